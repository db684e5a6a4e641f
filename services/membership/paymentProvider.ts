import { createHash, randomBytes } from 'node:crypto';

/**
 * The payment-provider adapter (rule M3). The chat never sees a card number: the member stores a
 * card on a hosted page, the app keeps only brand, last four digits and the provider's reference,
 * and the `card.charge` job charges that reference on the invoice due date.
 *
 * A real provider (Adyen, Stripe, …) implements `PaymentProvider` with its own hosted page and
 * webhooks; the sandbox below serves its page from this app (`GET /pay/:token`, bot/routes/payments.ts)
 * so development and tests need nothing external.
 */

export interface ChargeRequest {
  /** The provider's stored-card reference. */
  readonly providerReference: string;
  readonly amountMinor: number;
  readonly currency: string;
  /** The same key never charges twice (a retried job after a crash). */
  readonly idempotencyKey: string;
}

export type ChargeResult = { readonly ok: true; readonly reference: string } | { readonly ok: false; readonly reason: string };

export interface PaymentProvider {
  readonly name: string;
  charge(request: ChargeRequest): Promise<ChargeResult>;
}

/** What the member types on the hosted page. */
export interface CardEntry {
  readonly number: string;
  readonly expiry: string;
  readonly cvc: string;
  readonly holder: string;
}

export type CardField = keyof CardEntry;
export type CardProblem = 'invalidNumber' | 'unsupportedBrand' | 'invalidExpiry' | 'expired' | 'invalidCvc' | 'holderRequired' | 'declined';

export interface StoredCard {
  readonly brand: string;
  readonly last4: string;
  readonly providerReference: string;
}

export type StoreCardResult = { readonly ok: true; readonly card: StoredCard } | { readonly ok: false; readonly problems: Partial<Record<CardField, CardProblem>> };

/** A provider whose hosted page is served by this app (only the sandbox). */
export interface HostedCardVault {
  storeCard(entry: CardEntry, now: Date): Promise<StoreCardResult>;
}

/** Luhn checksum over the digits of a card number. */
export function luhnValid(digits: string): boolean {
  if (!/^\d+$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let digit = Number(digits.charAt(digits.length - 1 - i));
    if (i % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

/** The card scheme from the number's prefix (the schemes the sandbox accepts). */
export function cardBrand(digits: string): 'Visa' | 'Mastercard' | 'American Express' | undefined {
  if (/^4\d{12}(\d{3}){0,2}$/.test(digits)) return 'Visa';
  if (/^(5[1-5]\d{14}|2(2[2-9][1-9]|2[3-9]\d|[3-6]\d\d|7[01]\d|720)\d{12})$/.test(digits)) return 'Mastercard';
  if (/^3[47]\d{13}$/.test(digits)) return 'American Express';
  return undefined;
}

/** `MM/YY` (or `MM/YYYY`) → the last instant the card is valid, or undefined when malformed. */
export function parseExpiry(value: string): { readonly month: number; readonly year: number } | undefined {
  const match = /^\s*(\d{1,2})\s*\/\s*(\d{2}|\d{4})\s*$/.exec(value);
  if (!match) return undefined;
  const month = Number(match[1]);
  const year = match[2]?.length === 2 ? 2000 + Number(match[2]) : Number(match[2]);
  if (month < 1 || month > 12) return undefined;
  return { month, year };
}

/** Sandbox test card that is stored fine but declined when charged. */
export const SANDBOX_DECLINE_CARD = '4000000000000002';
const DECLINE_PREFIX = 'sbx_card_decline_';

/**
 * The local sandbox: validates what a real hosted page would (Luhn, scheme, expiry, CVC, name),
 * "stores" the card by returning an opaque reference, and charges deterministically: the charge
 * reference is derived from the idempotency key, and cards stored from `SANDBOX_DECLINE_CARD` decline.
 */
export function createSandboxPaymentProvider(): PaymentProvider & HostedCardVault {
  return {
    name: 'sandbox',

    async storeCard(entry, now) {
      const problems: Partial<Record<CardField, CardProblem>> = {};
      const digits = entry.number.replace(/[\s-]/g, '');
      const brand = cardBrand(digits);
      if (!/^\d{12,19}$/.test(digits) || !luhnValid(digits)) problems.number = 'invalidNumber';
      else if (!brand) problems.number = 'unsupportedBrand';
      const expiry = parseExpiry(entry.expiry);
      if (!expiry) problems.expiry = 'invalidExpiry';
      else if (expiry.year * 12 + expiry.month < now.getUTCFullYear() * 12 + now.getUTCMonth() + 1) problems.expiry = 'expired';
      const cvcLength = brand === 'American Express' ? 4 : 3;
      if (!new RegExp(`^\\d{${cvcLength}}$`).test(entry.cvc.trim())) problems.cvc = 'invalidCvc';
      if (entry.holder.trim().length < 2) problems.holder = 'holderRequired';
      if (Object.keys(problems).length > 0 || !brand) return { ok: false, problems };
      const prefix = digits === SANDBOX_DECLINE_CARD ? DECLINE_PREFIX : 'sbx_card_';
      return { ok: true, card: { brand, last4: digits.slice(-4), providerReference: `${prefix}${randomBytes(12).toString('hex')}` } };
    },

    async charge(request) {
      if (request.providerReference.startsWith(DECLINE_PREFIX)) return { ok: false, reason: 'card_declined' };
      if (!request.providerReference.startsWith('sbx_card_')) return { ok: false, reason: 'unknown_card' };
      const reference = `sbx_ch_${createHash('sha256').update(request.idempotencyKey).digest('hex').slice(0, 24)}`;
      return { ok: true, reference };
    },
  };
}
