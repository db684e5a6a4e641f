import { MEMBERSHIP_ALPHABET } from './membershipNumber';
import {
  betalingskenmerk,
  betalingskenmerkRemainder,
  creditorReference,
  fiPaymentId,
  isUnambiguousRemainder,
  isValidBetalingskenmerk,
  isValidCreditorReference,
  isValidFiPaymentId,
  isValidOcrReference,
  ocrReference,
  parseFik71Line,
} from './referenceSchemes';

/**
 * Which payment reference an invoice carries, derived from its invoice number, and how a
 * reference is recognised again in what a payer typed on the bank transfer.
 */

/** The reference schemes, as the invoice list of the back office names them (`referenceScheme`). */
export const REFERENCE_SCHEMES = ['ocr', 'fik71', 'betalingskenmerk', 'rf'] as const;
export type ReferenceScheme = (typeof REFERENCE_SCHEMES)[number];

const SCHEME_BY_COUNTRY: Readonly<Record<string, ReferenceScheme>> = { SE: 'ocr', DK: 'fik71', NL: 'betalingskenmerk' };

/**
 * The reference a bookkeeper in `country` expects: Sweden an OCR reference (to a Bankgiro),
 * Denmark an FI card type 71, the Netherlands a betalingskenmerk, every other country the ISO 11649
 * RF reference.
 */
export function referenceSchemeFor(country: string): ReferenceScheme {
  return SCHEME_BY_COUNTRY[country.trim().toUpperCase()] ?? 'rf';
}

/** A reference as it travels: `value` compact (digits, or `RF…`), exactly what a bank statement carries back. */
export interface PaymentReference {
  readonly scheme: ReferenceScheme;
  readonly value: string;
}

const INVOICE_NUMBER = /^INV-(\d{4})-([0-9A-HJKMNP-TV-Z]{7})[0-9A-HJKMNP-TV-Z](-1)?$/;
/** Seven base-32 characters give codes below 2^35; an upgrade invoice (`-1`) counts from there. */
const UPGRADE_OFFSET = 32 ** 7;

/**
 * Thirteen digits that stand for one invoice number `INV-<year>-<membership code>`: the year less
 * 2000 (two digits), then the first seven characters of the membership code read as a base-32
 * number (eleven digits). The eighth character is the code's check character, fixed by the seven
 * before it, so two invoice numbers never give the same digits. An upgrade invoice of the year
 * (`INV-<year>-<code>-1`) adds 2^35 to the code, which still fits in eleven digits.
 *
 * @throws RangeError for another layout or a year outside 2000–2099.
 */
export function invoiceReferenceDigits(invoiceNumber: string): string {
  const match = INVOICE_NUMBER.exec(invoiceNumber.trim().toUpperCase());
  if (!match?.[1] || !match[2]) throw new RangeError(`not an invoice number: ${invoiceNumber}`);
  const year = Number(match[1]) - 2000;
  if (year < 0 || year > 99) throw new RangeError(`invoice year out of range: ${invoiceNumber}`);
  let code = 0;
  for (const char of match[2]) code = code * 32 + MEMBERSHIP_ALPHABET.indexOf(char);
  if (match[3]) code += UPGRADE_OFFSET;
  return `${String(year).padStart(2, '0')}${String(code).padStart(11, '0')}`;
}

/**
 * Fifteen digits for a betalingskenmerk: `0`, a variant digit, then the thirteen invoice digits.
 * The variant is the smallest that keeps the check digit unambiguous (see
 * `isUnambiguousRemainder`); one always exists, because ten variants give ten different remainders.
 */
function betalingskenmerkBody(digits: string): string {
  for (let variant = 0; variant <= 9; variant++) {
    const body = `0${variant}${digits}`;
    if (isUnambiguousRemainder(betalingskenmerkRemainder(body))) return body;
  }
  throw new Error('no variant digit gives an unambiguous betalingskenmerk');
}

/**
 * The reference of an invoice in `scheme`, derived from its invoice number alone (so issuing it
 * again gives the same reference): OCR `<13 digits><length><check>` (15 digits), FI payment id
 * `0<13 digits><check>` (15), betalingskenmerk `<check>0<variant><13 digits>` (16), RF
 * `RF<check><13 digits>` (17). The RF body is digits only, although ISO 11649 allows letters:
 * a letter counts as two digits in the check (X = 33), so `3X` and `X3` give the same number and a
 * swap would pass; with digits alone every wrong digit and every swap of neighbours is caught.
 */
export function paymentReference(scheme: ReferenceScheme, invoiceNumber: string): PaymentReference {
  switch (scheme) {
    case 'ocr':
      return { scheme, value: ocrReference(invoiceReferenceDigits(invoiceNumber)) };
    case 'fik71':
      return { scheme, value: fiPaymentId(invoiceReferenceDigits(invoiceNumber)) };
    case 'betalingskenmerk':
      return { scheme, value: betalingskenmerk(betalingskenmerkBody(invoiceReferenceDigits(invoiceNumber))) };
    case 'rf':
      return { scheme, value: creditorReference(invoiceReferenceDigits(invoiceNumber)) };
  }
}

/** True when `value` is a reference of `scheme` whose check digits add up. */
export function isValidReference(scheme: ReferenceScheme, value: string): boolean {
  switch (scheme) {
    case 'ocr':
      return isValidOcrReference(value);
    case 'fik71':
      return isValidFiPaymentId(value) || parseFik71Line(value) !== undefined;
    case 'betalingskenmerk':
      return isValidBetalingskenmerk(value);
    case 'rf':
      return isValidCreditorReference(value);
  }
}

/** The compact form of a reference of `scheme` (`+71<…+…<` becomes its payment id); undefined when its check digits fail. */
export function normaliseReference(scheme: ReferenceScheme, value: string): string | undefined {
  if (!isValidReference(scheme, value)) return undefined;
  if (scheme === 'fik71') return parseFik71Line(value)?.paymentId ?? value.replace(/[\s.-]/g, '');
  if (scheme === 'rf') return value.replace(/\s+/g, '').toUpperCase();
  return value.replace(/[\s.-]/g, '');
}

/** Groups of up to 7 neighbouring words are joined, so a reference typed in groups of four is found whole. */
const MAX_JOINED_WORDS = 7;

/**
 * Every reference whose check digits add up in a payer's free text (or a structured reference
 * field): single words and runs of neighbouring words joined, each tried against every scheme.
 * A number that happens to pass a check is harmless here: it still has to be the reference of an
 * open invoice to count.
 */
export function findReferences(text: string): PaymentReference[] {
  const words = text.toUpperCase().split(/\s+/).filter((w) => w !== '');
  const found = new Map<string, PaymentReference>();
  for (let start = 0; start < words.length; start++) {
    let joined = '';
    for (let end = start; end < Math.min(words.length, start + MAX_JOINED_WORDS); end++) {
      joined += words[end];
      const candidate = joined.replace(/^[^0-9A-Z+]+|[^0-9A-Z<]+$/g, '');
      for (const scheme of REFERENCE_SCHEMES) {
        const value = normaliseReference(scheme, candidate);
        if (value !== undefined) found.set(`${scheme}:${value}`, { scheme, value });
      }
    }
  }
  return [...found.values()];
}
