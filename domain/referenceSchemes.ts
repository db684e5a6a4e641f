import { isLuhnValid, lettersToDigits, luhnCheckDigit, mod97 } from './checkDigits';

/**
 * The local payment references a bookkeeper expects, each made and checked with its own check
 * digits, and the account numbers they are paid to:
 * - Sweden: Bankgiro numbers and OCR references (Bankgirot, "hård kontroll" with length digit);
 * - Denmark: FI card type 71 ("+71<payment id>+<creditor number><", Nets/FI);
 * - Netherlands: the 16-digit betalingskenmerk (Betaalvereniging Nederland / Currence);
 * - everywhere: the ISO 11649 structured creditor reference ("RF reference").
 * Every `is…` function takes the value as printed or typed (spaces, hyphens allowed) and never throws.
 */

/** Digits only: spaces, hyphens and dots that people type between groups are dropped. */
function compactDigits(value: string): string {
  return value.replace(/[\s.-]/g, '');
}

const ONLY_DIGITS = /^\d+$/;

// --- Sweden: Bankgiro and OCR -------------------------------------------------------------------

/** True for a Bankgiro number: 7 or 8 digits whose last one is the Luhn check digit (e.g. `5050-1055`). */
export function isValidBankgiro(value: string): boolean {
  const digits = compactDigits(value);
  return ONLY_DIGITS.test(digits) && (digits.length === 7 || digits.length === 8) && isLuhnValid(digits);
}

/** A Bankgiro number as printed: `505-1055` or `5050-1055`. */
export function formatBankgiro(value: string): string {
  const digits = compactDigits(value);
  if (!isValidBankgiro(digits)) throw new RangeError(`not a Bankgiro number: ${value}`);
  return `${digits.slice(0, -4)}-${digits.slice(-4)}`;
}

/** Bankgirot accepts OCR references of 2 to 25 digits. */
export const OCR_MAX_LENGTH = 25;

/**
 * An OCR reference with length digit and check digit ("hård kontroll, variabel längd"): `digits`,
 * then the total length modulo 10, then the Luhn check digit over everything before it. E.g.
 * `123` → `12351` (Bankgirot's user manual for Bankgiro Inbetalningar, OCR reference control).
 *
 * @throws RangeError when `digits` is not 1–23 decimal digits.
 */
export function ocrReference(digits: string): string {
  if (!ONLY_DIGITS.test(digits) || digits.length > OCR_MAX_LENGTH - 2) throw new RangeError(`an OCR reference holds 1–23 digits, got “${digits}”`);
  const withLength = `${digits}${(digits.length + 2) % 10}`;
  return `${withLength}${luhnCheckDigit(withLength)}`;
}

/** True for an OCR reference whose length digit and Luhn check digit both match. */
export function isValidOcrReference(value: string): boolean {
  const digits = compactDigits(value);
  if (!ONLY_DIGITS.test(digits) || digits.length < 3 || digits.length > OCR_MAX_LENGTH) return false;
  return Number(digits.charAt(digits.length - 2)) === digits.length % 10 && isLuhnValid(digits);
}

// --- Denmark: FI card type 71 --------------------------------------------------------------------

/** Digits of an FI payment id (betalingsidentifikation) on a type 71 card, check digit included. */
export const FI71_PAYMENT_ID_LENGTH = 15;

/**
 * The 15-digit payment id of an FI card type 71: `digits` left-padded with zeros to 14, then the
 * modulus 10 check digit (weights 1-2-1-2… from the left, digit sum of each product: the Luhn
 * rule). E.g. `2` → `000000000000026`.
 *
 * @throws RangeError when `digits` is not 1–14 decimal digits.
 */
export function fiPaymentId(digits: string): string {
  if (!ONLY_DIGITS.test(digits) || digits.length > FI71_PAYMENT_ID_LENGTH - 1) throw new RangeError(`an FI payment id holds 1–14 digits, got “${digits}”`);
  const padded = digits.padStart(FI71_PAYMENT_ID_LENGTH - 1, '0');
  return `${padded}${luhnCheckDigit(padded)}`;
}

/** True for a 15-digit FI payment id whose check digit matches. */
export function isValidFiPaymentId(value: string): boolean {
  const digits = compactDigits(value);
  return digits.length === FI71_PAYMENT_ID_LENGTH && isLuhnValid(digits);
}

/**
 * True for an FI creditor number (FI-kreditornummer): 8 digits, the first an 8. The number is
 * assigned by the bank; the FI rules publish no check digit for it, so the layout is all there is
 * to check.
 */
export function isValidFiCreditorNumber(value: string): boolean {
  return /^8\d{7}$/.test(compactDigits(value));
}

/** The code line of an FI card type 71 as printed and typed in Danish net banks: `+71<payment id+creditor<`. */
export function fik71Line(paymentId: string, creditorNumber: string): string {
  if (!isValidFiPaymentId(paymentId)) throw new RangeError(`not an FI payment id: ${paymentId}`);
  if (!isValidFiCreditorNumber(creditorNumber)) throw new RangeError(`not an FI creditor number: ${creditorNumber}`);
  return `+71<${compactDigits(paymentId)}+${compactDigits(creditorNumber)}<`;
}

const FIK71_LINE = /^\+71<(\d{15})\+(\d{8})<$/;

/** The payment id and creditor number of an FI type 71 code line (spaces allowed); undefined unless both check out. */
export function parseFik71Line(value: string): { readonly paymentId: string; readonly creditorNumber: string } | undefined {
  const match = FIK71_LINE.exec(value.replace(/\s/g, ''));
  if (!match?.[1] || !match[2]) return undefined;
  if (!isValidFiPaymentId(match[1]) || !isValidFiCreditorNumber(match[2])) return undefined;
  return { paymentId: match[1], creditorNumber: match[2] };
}

// --- Netherlands: betalingskenmerk ---------------------------------------------------------------

export const BETALINGSKENMERK_LENGTH = 16;
/** Weights of the betalingskenmerk, from the rightmost digit leftwards, repeating after ten. */
const MOD11_WEIGHTS = [2, 4, 8, 5, 10, 9, 7, 3, 6, 1] as const;

/** The weighted sum modulo 11 of the 15 digits after the check digit. */
export function betalingskenmerkRemainder(fifteen: string): number {
  if (!/^\d{15}$/.test(fifteen)) throw new RangeError(`a betalingskenmerk has 15 digits after its check digit, got “${fifteen}”`);
  let sum = 0;
  for (let i = 0; i < fifteen.length; i++) {
    sum += Number(fifteen.charAt(fifteen.length - 1 - i)) * (MOD11_WEIGHTS[i % MOD11_WEIGHTS.length] ?? 0);
  }
  return sum % 11;
}

/** The check digit from a remainder: 11 − remainder, where 10 counts as 1 and 11 as 0. */
function checkDigitOf(remainder: number): number {
  const check = 11 - remainder;
  return check === 11 ? 0 : check === 10 ? 1 : check;
}

/**
 * The 16-digit betalingskenmerk for 15 digits: the weighted modulus 11 check digit in front. E.g.
 * `000056789012345` → `5000056789012345` (Betaalvereniging Nederland, "Specificaties
 * betalingskenmerk").
 */
export function betalingskenmerk(fifteen: string): string {
  return `${checkDigitOf(betalingskenmerkRemainder(fifteen))}${fifteen}`;
}

/** True for a 16-digit betalingskenmerk whose first digit is the check digit of the other fifteen. */
export function isValidBetalingskenmerk(value: string): boolean {
  const digits = compactDigits(value);
  if (digits.length !== BETALINGSKENMERK_LENGTH || !ONLY_DIGITS.test(digits)) return false;
  return checkDigitOf(betalingskenmerkRemainder(digits.slice(1))) === Number(digits.charAt(0));
}

/**
 * Remainders 1 and 10 both give check digit 1, so a wrong digit that turns one into the other
 * passes the check. A betalingskenmerk whose remainder is neither catches every wrong digit and
 * every swap of two neighbours among its fifteen digits.
 */
export function isUnambiguousRemainder(remainder: number): boolean {
  return remainder !== 1 && remainder !== 10;
}

// --- ISO 11649 creditor reference ----------------------------------------------------------------

/**
 * The ISO 11649 structured creditor reference for `base`: `RF`, two check digits (ISO 7064
 * MOD 97-10), then `base` (letters and digits, at most 21). E.g. `539007547034` →
 * `RF18539007547034` (the example of ISO 11649). Banks across Europe validate it.
 *
 * @throws RangeError when `base` has no letters or digits, or more than 21.
 */
export function creditorReference(base: string): string {
  const body = base.replace(/[^0-9A-Z]/gi, '').toUpperCase();
  if (body === '' || body.length > 21) throw new RangeError(`a creditor reference holds 1–21 letters and digits, got “${base}”`);
  const check = 98 - mod97(lettersToDigits(`${body}RF00`));
  return `RF${String(check).padStart(2, '0')}${body}`;
}

/** True for a well-formed ISO 11649 reference (spaces allowed, as printed). */
export function isValidCreditorReference(reference: string): boolean {
  const compact = reference.replace(/\s+/g, '').toUpperCase();
  if (!/^RF\d{2}[0-9A-Z]{1,21}$/.test(compact)) return false;
  return mod97(lettersToDigits(`${compact.slice(4)}${compact.slice(0, 4)}`)) === 1;
}
