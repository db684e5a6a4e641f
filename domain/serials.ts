import { isOneOf } from './records';
/**
 * Serial numbers as members type them ("S/N 0320 2100 1234", "no. 94120-01234") and as we store
 * them: upper case, no white space or separators. How a serial is cleaned depends on the product
 * line: camera bodies, lenses, Cinema EOS and PowerShot serials are digits only, so letters that
 * look like digits (O, I, L) are read as 0 and 1 there; printers and projectors have letters in
 * their serials, so their letters are kept as typed.
 */

/** The product lines of the catalogue (the `category` of a catalogue model). */
export const PRODUCT_CATEGORIES = [
  'camera-body',
  'lens-rf',
  'lens-ef',
  'cinema',
  'compact',
  'printer',
  'projector',
  'accessory',
] as const;
export type ProductCategory = (typeof PRODUCT_CATEGORIES)[number];

export function isProductCategory(value: unknown): value is ProductCategory {
  return isOneOf(PRODUCT_CATEGORIES, value);
}

interface SerialRule {
  /** Serials of this line are digits only. */
  readonly digitsOnly: boolean;
}

const SERIAL_RULES: Readonly<Record<ProductCategory, SerialRule>> = {
  'camera-body': { digitsOnly: true },
  'lens-rf': { digitsOnly: true },
  'lens-ef': { digitsOnly: true },
  cinema: { digitsOnly: true },
  compact: { digitsOnly: true },
  printer: { digitsOnly: false },
  projector: { digitsOnly: false },
  accessory: { digitsOnly: false },
};

/** "S/N", "SN:", "Serial no.", "Serienummer", "No." and the like in front of the number. */
const LABELS: readonly RegExp[] = [
  /^(?:S\/N|SERIAL\s*(?:NO|NUMBER|NR)?|SERIE?NUMME?R|SERIENR|SN|NO|NR)\s*[.:#]\s*/,
  /^(?:S\/N|SERIAL\s*(?:NO|NUMBER|NR)?|SERIE?NUMME?R|SERIENR|SN)\s+/,
  /^(?:NO|NR)\s+(?=[0-9])/,
];
/** White space and the separators people put in long numbers. */
const SEPARATORS = /[\s\-‐‑‒–—_.·/]+/gu;
const LOOKALIKE_DIGITS: Readonly<Record<string, string>> = { O: '0', I: '1', L: '1' };

/**
 * The stored form of a serial typed for a model of `category`: Unicode-normalised (full-width
 * digits become ASCII), upper case, a leading "S/N"/"No." label removed, white space and
 * separators removed; for digit-only lines, O/I/L read as 0/1 when everything else is digits.
 * Returns '' when nothing is left.
 */
export function normaliseSerial(raw: string, category: ProductCategory): string {
  let serial = raw.normalize('NFKC').toUpperCase().trim();
  for (const label of LABELS) serial = serial.replace(label, '');
  serial = serial.replace(SEPARATORS, '');
  if (SERIAL_RULES[category].digitsOnly && /^[0-9OIL]+$/.test(serial) && /[0-9]/.test(serial)) {
    serial = serial.replace(/[OIL]/g, (c) => LOOKALIKE_DIGITS[c] ?? c);
  }
  return serial;
}

/** True when `pattern` (an anchored regular expression source from the catalogue) matches. */
export function serialMatchesPattern(serial: string, pattern: string): boolean {
  return new RegExp(pattern).test(serial);
}

export type SerialCheck =
  | { readonly kind: 'empty' }
  | { readonly kind: 'valid'; readonly serial: string }
  | { readonly kind: 'invalid'; readonly serial: string };

/**
 * Normalises a typed serial for a model and checks it against the model's pattern. An empty
 * serial is allowed (the registration is then incomplete, rule P3).
 */
export function checkSerial(raw: string, model: { readonly category: ProductCategory; readonly serialPattern: string | null }): SerialCheck {
  const serial = normaliseSerial(raw, model.category);
  if (serial === '') return { kind: 'empty' };
  if (model.serialPattern !== null && !serialMatchesPattern(serial, model.serialPattern)) return { kind: 'invalid', serial };
  return { kind: 'valid', serial };
}
