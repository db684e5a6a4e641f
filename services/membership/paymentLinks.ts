import { createHash, randomBytes } from 'node:crypto';
import type { Language } from '../../locales';
import type { MembershipContext } from './context';

/** Hex SHA-256 of a payment-page token: what `payment_sessions.token_hash` stores. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** How long a payment link stays valid. */
export const PAYMENT_LINK_DAYS = 45;

/**
 * Opens a hosted-page session for a membership and returns its URL token. The token appears only in
 * the link; the database keeps its hash. Each call opens a new session (older ones stay valid
 * until used or expired), so a member can always ask for a fresh link.
 */
export async function openPaymentSession(ctx: MembershipContext, membershipId: string): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(ctx.services.clock().getTime() + PAYMENT_LINK_DAYS * 24 * 60 * 60 * 1000);
  await ctx.payments.openSession({ membershipId, tokenHash: hashToken(token), expiresAt });
  return token;
}

/** The hosted payment page of a session token, in `language`. */
export function paymentLink(publicUrl: string, token: string, language: Language): string {
  return `${publicUrl}/pay/${token}?lang=${language}`;
}

/** A new session's link (see `openPaymentSession`). */
export async function openPaymentLink(ctx: MembershipContext, membershipId: string, language: Language): Promise<string> {
  return paymentLink(ctx.services.settings.publicUrl, await openPaymentSession(ctx, membershipId), language);
}
