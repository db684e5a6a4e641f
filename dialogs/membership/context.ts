import { createHash, randomBytes } from 'node:crypto';
import type { DialogContext } from 'botbuilder-dialogs';
import { joinBlockedCard } from '../../cards/membershipNotices';
import { createCatalogueRepository, type CatalogueRepository } from '../../data/repositories/catalogue';
import { createInvoiceRepository, type InvoiceRepository } from '../../data/repositories/invoices';
import { createMembershipRepository, type MembershipBusiness, type MembershipRepository, type MembershipRow } from '../../data/repositories/memberships';
import { createPaymentRepository, type PaymentRepository } from '../../data/repositories/payments';
import { createProductRepository, type ProductRepository } from '../../data/repositories/products';
import { createTierRepository, type TierRepository } from '../../data/repositories/tiers';
import type { TierPrice } from '../../data/schema/tiers';
import { formatDate, formatMoney, formatVatRate, pickPrice, quote, type Quote } from '../../domain/billing';
import { allocatePoints } from '../../domain/points';
import { isComplete } from '../../domain/products';
import { intlLocale, type Language } from '../../locales';
import type { Services } from '../services';
import { sendCard } from '../replies';
import { turnOf } from '../turn';
import { createSandboxPaymentProvider, type HostedCardVault, type PaymentProvider } from './paymentProvider';

/** What every step of the membership journey works with. */
export interface MembershipContext {
  readonly services: Services;
  readonly tiers: TierRepository;
  readonly memberships: MembershipRepository;
  readonly invoices: InvoiceRepository;
  readonly payments: PaymentRepository;
  readonly products: ProductRepository;
  readonly catalogue: CatalogueRepository;
  readonly provider: PaymentProvider;
}

/** The sandbox is the only provider so far; one instance serves the journey and the hosted page. */
let sandbox: (PaymentProvider & HostedCardVault) | undefined;
export function paymentProvider(): PaymentProvider & HostedCardVault {
  sandbox ??= createSandboxPaymentProvider();
  return sandbox;
}

export function createMembershipContext(services: Services): MembershipContext {
  return {
    services,
    tiers: createTierRepository(services.db),
    memberships: createMembershipRepository(services.db),
    invoices: createInvoiceRepository(services.db),
    payments: createPaymentRepository(services.db),
    products: createProductRepository(services.db),
    catalogue: createCatalogueRepository(services.db),
    provider: paymentProvider(),
  };
}

/**
 * The member's active business (with its active CPS membership, if any), or undefined after telling
 * them what to do first: apply for a business account, wait for the validation, or contact support
 * when the account is not active.
 */
export async function requireBusiness(dc: DialogContext, ctx: MembershipContext): Promise<(MembershipBusiness & { readonly active: MembershipRow | undefined }) | undefined> {
  const turn = turnOf(dc.context);
  const found = await ctx.memberships.memberBusinessWithMembership(turn.memberId);
  const business = found?.business;
  if (found && business?.status === 'active') return { ...business, active: found.active };
  if (business) {
    await sendCard(dc.context, joinBlockedCard({ state: 'inactive' }, turn.t));
    return undefined;
  }
  const application = await ctx.products.latestApplicationStatus(turn.memberId);
  await sendCard(dc.context, joinBlockedCard({ state: application === 'under-review' ? 'pending' : 'apply' }, turn.t));
  return undefined;
}

/** The business's registrations and their points, through the products journey's repository and rules (P3). */
export async function standingOf(ctx: MembershipContext, businessId: string) {
  const rows = await ctx.products.list(businessId);
  return { rows, total: allocatePoints(rows), incomplete: rows.filter((r) => !isComplete(r)) };
}

/** The points total of a business: the sum over its complete registrations (never a stored counter). */
export async function pointsOf(ctx: MembershipContext, businessId: string): Promise<number> {
  return (await standingOf(ctx, businessId)).total;
}

/** The quote for a tier for this business (its country's currency if priced, else EUR; its VAT rate). */
export function quoteFor(business: MembershipBusiness, prices: readonly TierPrice[], tierCode: string): Quote | undefined {
  const price = pickPrice(
    prices.filter((p) => p.tierCode === tierCode),
    business.currency,
  );
  return price ? quote(price, business.vatRateBp) : undefined;
}

/** Money, rates and dates in one language's Intl locale. */
export function formatterFor(language: Language) {
  const locale = intlLocale[language];
  return {
    money: (minor: number, currency: string) => formatMoney(minor, currency, locale),
    rate: (vatRateBp: number) => formatVatRate(vatRateBp, locale),
    date: (date: string) => formatDate(date, locale),
  };
}

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
