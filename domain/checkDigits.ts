/**
 * The check-digit arithmetic that payment references are built on. Pure functions over strings of
 * decimal digits; each scheme (`domain/referenceSchemes.ts`) says which one it uses and where the
 * check digit goes.
 */

const DIGITS = /^\d+$/;

function assertDigits(digits: string): void {
  if (!DIGITS.test(digits)) throw new RangeError(`expected decimal digits, got “${digits}”`);
}

/**
 * Luhn (modulus 10, weights 2-1-2-1… from the right, digit sum of each product): the check digit
 * to append to `digits`. Detects every single wrong digit and every swap of two neighbours
 * except 09 ↔ 90.
 */
export function luhnCheckDigit(digits: string): number {
  assertDigits(digits);
  let sum = 0;
  let weight = 2;
  for (let i = digits.length - 1; i >= 0; i--) {
    const product = Number(digits.charAt(i)) * weight;
    sum += product > 9 ? product - 9 : product;
    weight = 3 - weight;
  }
  return (10 - (sum % 10)) % 10;
}

/** True when the last digit of `digits` is the Luhn check digit of the ones before it. */
export function isLuhnValid(digits: string): boolean {
  if (!DIGITS.test(digits) || digits.length < 2) return false;
  return luhnCheckDigit(digits.slice(0, -1)) === Number(digits.slice(-1));
}

/** The remainder of a (long) decimal number modulo 97, digit by digit (ISO 7064 MOD 97-10). */
export function mod97(digits: string): number {
  assertDigits(digits);
  let remainder = 0;
  for (const digit of digits) remainder = (remainder * 10 + Number(digit)) % 97;
  return remainder;
}

/** ISO 7064 letter values for mod 97: A = 10 … Z = 35; digits stay as they are. */
export function lettersToDigits(value: string): string {
  let out = '';
  for (const char of value) {
    const code = char.charCodeAt(0);
    if (code >= 65 && code <= 90) out += String(code - 55);
    else if (code >= 48 && code <= 57) out += char;
    else throw new RangeError(`“${char}” is neither a digit nor an upper-case letter`);
  }
  return out;
}
