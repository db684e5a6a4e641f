import { formatCalendarDate, numberFormat } from './intlFormats';

/**
 * Money rules of joining CPS (rules M1–M4): which currency and VAT rate a business pays in, what an
 * invoice adds up to, its dates, its number and bank-transfer reference, and how amounts are shown.
 * Pure: prices and rates come in as arguments (from `tier_prices` and `countries`).
 */

export const PAYMENT_METHODS = ['card', 'bank-transfer'] as const;
/** The `method` input of `payment.submit` (rule M1). */
export type PaymentMethod = (typeof PAYMENT_METHODS)[number];

/** Reads the `method` input of `payment.submit`; undefined when it is not one of the two methods. */
export function parsePaymentMethod(value: unknown): PaymentMethod | undefined {
  if (typeof value !== 'string') return undefined;
  const wanted = value.trim().toLowerCase();
  return PAYMENT_METHODS.find((m) => m === wanted);
}

/** The currency every tier is priced in; used when the business's local currency has no price. */
export const FALLBACK_CURRENCY = 'EUR';

/** Days from the issue date to the due date (rules M3/M4: "usually within 30 days"). */
export const INVOICE_TERM_DAYS = 30;

/** Days before the due date on which an unpaid bank transfer is reminded. */
export const REMINDER_DAYS_BEFORE_DUE = 5;

/** A tier's annual fee in one currency (a `tier_prices` row). */
export interface Price {
  readonly currency: string;
  readonly annualFeeMinor: number;
}

/** What the business pays for a year of a tier: net fee, VAT and total, in minor units. */
export interface Quote {
  readonly currency: string;
  readonly netMinor: number;
  /** Basis points: 2500 = 25 %. */
  readonly vatRateBp: number;
  readonly vatMinor: number;
  readonly grossMinor: number;
}

/**
 * The price a business pays: in its country's currency when the tier is priced in it, otherwise in
 * EUR. Undefined when the tier has neither (the catalogue lacks a price; not the member's fault).
 */
export function pickPrice(prices: readonly Price[], countryCurrency: string): Price | undefined {
  return prices.find((p) => p.currency === countryCurrency) ?? prices.find((p) => p.currency === FALLBACK_CURRENCY);
}

/** VAT on `netMinor` at `vatRateBp` basis points, rounded half up to the minor unit. */
export function vatOf(netMinor: number, vatRateBp: number): number {
  if (!Number.isInteger(netMinor) || netMinor < 0) throw new RangeError(`net amount must be a non-negative integer, got ${netMinor}`);
  if (!Number.isInteger(vatRateBp) || vatRateBp < 0 || vatRateBp > 10_000) throw new RangeError(`VAT rate out of range: ${vatRateBp}`);
  return Math.floor((netMinor * vatRateBp + 5_000) / 10_000);
}

/** The quote for a price at the business's VAT rate (the standard rate of its country). */
export function quote(price: Price, vatRateBp: number): Quote {
  const vatMinor = vatOf(price.annualFeeMinor, vatRateBp);
  return { currency: price.currency, netMinor: price.annualFeeMinor, vatRateBp, vatMinor, grossMinor: price.annualFeeMinor + vatMinor };
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function parseDate(date: string): Date {
  const match = DATE.exec(date);
  if (!match) throw new RangeError(`not a YYYY-MM-DD date: ${date}`);
  const parsed = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  if (parsed.toISOString().slice(0, 10) !== date) throw new RangeError(`not a calendar date: ${date}`);
  return parsed;
}

/** `date` (YYYY-MM-DD) plus `days` calendar days (negative goes back), across month and year ends. */
export function addDays(date: string, days: number): string {
  const parsed = parseDate(date);
  parsed.setUTCDate(parsed.getUTCDate() + days);
  return parsed.toISOString().slice(0, 10);
}

/** Rules M3/M4: the due date of an invoice issued on `issueDate`, `INVOICE_TERM_DAYS` later. */
export function invoiceDueDate(issueDate: string, termDays: number = INVOICE_TERM_DAYS): string {
  return addDays(issueDate, termDays);
}

/**
 * A year of membership from `startDate` (YYYY-MM-DD): the last valid day is the day before the
 * anniversary (a membership started on 29 February ends on 28 February).
 */
export function membershipPeriod(startDate: string): { readonly start: string; readonly end: string } {
  const anniversary = parseDate(startDate);
  // 29 February + 1 year rolls over to 1 March in a common year, so the last day is 28 February.
  anniversary.setUTCFullYear(anniversary.getUTCFullYear() + 1);
  return { start: startDate, end: addDays(anniversary.toISOString().slice(0, 10), -1) };
}

/**
 * When the card is charged for an invoice due on `dueDate` (rule M3): 06:00 UTC on the due date,
 * which is early morning of that same date in every participating country.
 */
export function cardChargeAt(dueDate: string): Date {
  return new Date(`${parseDate(dueDate).toISOString().slice(0, 10)}T06:00:00Z`);
}

/**
 * When an unpaid bank transfer is reminded: `REMINDER_DAYS_BEFORE_DUE` days before the due date at
 * 08:00 UTC, but never before `notBefore` (an invoice with a short term is reminded right away).
 */
export function reminderAt(dueDate: string, notBefore: Date, daysBefore: number = REMINDER_DAYS_BEFORE_DUE): Date {
  const at = new Date(`${addDays(dueDate, -daysBefore)}T08:00:00Z`);
  return at.getTime() < notBefore.getTime() ? notBefore : at;
}

/**
 * The invoice number of a membership year: `INV-<year the period starts>-<membership code>`, e.g.
 * `INV-2026-7K3M9Q2P`. One membership period has exactly one number, so the unique constraint on
 * `invoices.invoice_number` makes issuing an invoice idempotent.
 */
export function invoiceNumber(membershipCode: string, periodStart: string): string {
  const code = membershipCode.replace(/[^0-9A-Z]/gi, '').toUpperCase();
  if (code === '') throw new RangeError('membership code is empty');
  return `INV-${parseDate(periodStart).getUTCFullYear()}-${code}`;
}

/** The ISO 11649 creditor reference lives with the other payment references. */
export { creditorReference, isValidCreditorReference } from './referenceSchemes';

/** A reference or IBAN in groups of four, as it is printed: `RF18 2026 7K3M 9Q2P`. */
export function groupsOfFour(value: string): string {
  return value.replace(/\s+/g, '').replace(/(.{4})(?=.)/g, '$1 ');
}

/** Minor units per major unit: every currency CPS bills in has two decimals. */
const MINOR_PER_MAJOR = 100;

/**
 * An amount in minor units formatted for `locale` with Intl, e.g. `1.234,50 kr.` (da-DK, DKK),
 * `1 234,50 kr` (sv-SE, SEK, with no-break spaces), `€ 1.234,50` (nl-NL, EUR).
 */
export function formatMoney(minor: number, currency: string, locale: string): string {
  return numberFormat(locale, { style: 'currency', currency, minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(
    minor / MINOR_PER_MAJOR,
  );
}

/** A VAT rate in basis points as a percentage for `locale`, e.g. 2550 → `25,5 %` (da-DK). */
export function formatVatRate(vatRateBp: number, locale: string): string {
  return numberFormat(locale, { style: 'percent', maximumFractionDigits: 2 }).format(vatRateBp / 10_000);
}

/** A YYYY-MM-DD date written out for `locale`, e.g. `16. marts 2028` (da-DK). */
export function formatDate(date: string, locale: string): string {
  parseDate(date);
  return formatCalendarDate(date, locale);
}

/** Days from `from` to `to` (YYYY-MM-DD), counting both. */
function daysInclusive(from: string, to: string): number {
  return Math.round((parseDate(to).getTime() - parseDate(from).getTime()) / 86_400_000) + 1;
}

/**
 * The share of a yearly amount for the rest of a membership year: from `today` to `validUntil`
 * (the last valid day), both counted, out of the days of the year that ends on `validUntil`;
 * rounded half up to the minor unit. 0 once the year is over.
 */
export function proRataMinor(annualMinor: number, today: string, validUntil: string): number {
  if (!Number.isInteger(annualMinor) || annualMinor < 0) throw new RangeError(`amount must be a non-negative integer, got ${annualMinor}`);
  const remaining = daysInclusive(today, validUntil);
  if (remaining <= 0) return 0;
  const dayAfter = parseDate(addDays(validUntil, 1));
  dayAfter.setUTCFullYear(dayAfter.getUTCFullYear() - 1);
  const total = daysInclusive(dayAfter.toISOString().slice(0, 10), validUntil);
  return Math.floor((annualMinor * Math.min(remaining, total) * 2 + total) / (2 * total));
}

/**
 * The number of the invoice for an upgrade during a membership year: the year's own number with
 * `-1` (`INV-2027-7K3M9Q2P-1`), in the calendar year of the upgrade. One per membership and year
 * (its bank-transfer reference needs a number of its own; see domain/paymentReferences.ts).
 */
export function upgradeInvoiceNumber(membershipCode: string, upgradeDate: string): string {
  return `${invoiceNumber(membershipCode, upgradeDate)}-1`;
}
