/**
 * CPS membership numbers (rule M6: a new membership gets a new number).
 *
 * Format: `CPS-<CC>-<code>`, e.g. `CPS-DK-7K3M9Q2R`
 * - `CC`: the business's country (ISO 3166-1 alpha-2), so support sees at a glance where it belongs;
 * - `code`: 7 random characters from Crockford's base 32 alphabet (digits and upper-case letters
 *   without I, L, O and U, so nothing is mistaken for 1 or 0 when read aloud or typed), followed by one
 *   check character computed with the Luhn mod N algorithm (N = 32) over those 7 — a single mistyped
 *   character or two swapped neighbours is recognised.
 *
 * 32⁷ ≈ 34 billion codes; the unique constraint on `memberships.membership_number` catches the rare clash.
 */

export const MEMBERSHIP_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const N = MEMBERSHIP_ALPHABET.length;
const BODY_LENGTH = 7;
const PATTERN = /^CPS-([A-Z]{2})-([0-9A-HJKMNP-TV-Z]{8})$/;

function valueOf(char: string): number {
  const value = MEMBERSHIP_ALPHABET.indexOf(char);
  if (value < 0) throw new RangeError(`“${char}” is not in the membership alphabet`);
  return value;
}

/** The Luhn mod 32 check character for `body` (characters of the membership alphabet). */
export function checkCharacter(body: string): string {
  let factor = 2;
  let sum = 0;
  for (let i = body.length - 1; i >= 0; i--) {
    const addend = factor * valueOf(body.charAt(i));
    sum += Math.floor(addend / N) + (addend % N);
    factor = factor === 2 ? 1 : 2;
  }
  return MEMBERSHIP_ALPHABET.charAt((N - (sum % N)) % N);
}

function luhnValid(code: string): boolean {
  let factor = 1;
  let sum = 0;
  for (let i = code.length - 1; i >= 0; i--) {
    const addend = factor * valueOf(code.charAt(i));
    sum += Math.floor(addend / N) + (addend % N);
    factor = factor === 2 ? 1 : 2;
  }
  return sum % N === 0;
}

/** Random integers in [0, 32): `crypto.getRandomValues` by default; tests pass their own. */
export type RandomDigits = (count: number) => readonly number[];

const cryptoDigits: RandomDigits = (count) => Array.from(crypto.getRandomValues(new Uint8Array(count)), (byte) => byte % N);

/**
 * A new membership number for a business in `countryCode`.
 *
 * @throws RangeError when the country is not two letters.
 */
export function generateMembershipNumber(countryCode: string, random: RandomDigits = cryptoDigits): string {
  const country = countryCode.trim().toUpperCase();
  if (!/^[A-Z]{2}$/.test(country)) throw new RangeError(`not a country code: ${countryCode}`);
  const digits = random(BODY_LENGTH);
  if (digits.length !== BODY_LENGTH || digits.some((d) => !Number.isInteger(d) || d < 0 || d >= N)) {
    throw new RangeError('the random source must give 7 integers in [0, 32)');
  }
  const body = digits.map((d) => MEMBERSHIP_ALPHABET.charAt(d)).join('');
  return `CPS-${country}-${body}${checkCharacter(body)}`;
}

/** True for a number in the documented format whose check character matches. */
export function isValidMembershipNumber(value: string): boolean {
  const match = PATTERN.exec(value.trim().toUpperCase());
  return match?.[2] !== undefined && luhnValid(match[2]);
}

/** The 8-character code of a membership number (`CPS-DK-7K3M9Q2R` → `7K3M9Q2R`). */
export function membershipCode(membershipNumber: string): string {
  const match = PATTERN.exec(membershipNumber.trim().toUpperCase());
  if (!match?.[2]) throw new RangeError(`not a membership number: ${membershipNumber}`);
  return match[2];
}
