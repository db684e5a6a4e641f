import { euVat, stdnum, type Validator } from 'stdnum';

/** Why a VAT number was refused. */
export type VatProblem =
  /** Letters, length or layout do not fit the country's VAT numbers. */
  | 'format'
  /** The layout fits but the check digits do not add up (a typo). */
  | 'checksum'
  /** The number carries another country's prefix (`otherCountry` says which). */
  | 'other-country'
  /** We have no VAT rules for the business's country. */
  | 'unsupported-country';

export type VatCheck =
  | { readonly ok: true; readonly normalised: string }
  | { readonly ok: false; readonly problem: VatProblem; readonly otherCountry?: string };

/**
 * VAT prefix → ISO country, for the prefixes a member may type by mistake. Greece uses `EL`,
 * Northern Ireland `XI` (a UK business may carry either GB or XI).
 */
const PREFIX_COUNTRY: Readonly<Record<string, string>> = {
  AT: 'AT', BE: 'BE', BG: 'BG', CY: 'CY', CZ: 'CZ', DE: 'DE', DK: 'DK', EE: 'EE', EL: 'GR', ES: 'ES',
  FI: 'FI', FR: 'FR', GB: 'GB', HR: 'HR', HU: 'HU', IE: 'IE', IT: 'IT', LT: 'LT', LU: 'LU', LV: 'LV',
  MT: 'MT', NL: 'NL', NO: 'NO', PL: 'PL', PT: 'PT', RO: 'RO', SE: 'SE', SI: 'SI', SK: 'SK', XI: 'GB', CH: 'CH',
};

/** The maintained validators (stdnum, a port of python-stdnum) for every participating country. */
function validatorFor(country: string): Validator | undefined {
  if (country === 'GB') return stdnum['GB']?.['vat'];
  if (country === 'NO') return stdnum['NO']?.['mva'];
  return euVat[country]?.[0];
}

/** Countries whose VAT numbers {@link checkVatNumber} can check. */
export function supportsVatCountry(country: string): boolean {
  return validatorFor(country) !== undefined;
}

/**
 * Checks a VAT number for the business's country: format and check digits, with the country's own
 * rules (stdnum). Accepts the number with or without its country prefix, with spaces, dots and
 * dashes; Norwegian numbers with or without the `MVA` suffix. Dutch numbers pass with either the
 * standard "elfproef" or the mod-97 check of sole traders' (eenmanszaak) btw-id since 2020.
 *
 * @returns the number normalised as `<prefix><digits>` (e.g. `DK13585628`, `NO974760673MVA`), or the problem.
 */
export function checkVatNumber(country: string, input: string): VatCheck {
  const validator = validatorFor(country);
  if (!validator) return { ok: false, problem: 'unsupported-country' };
  let compact = input.toUpperCase().replace(/[\s.\-/]/g, '');
  if (compact === '') return { ok: false, problem: 'format' };

  const typedPrefix = /^[A-Z]{2}/.test(compact) ? compact.slice(0, 2) : undefined;
  const ownPrefixes = country === 'GB' ? ['GB', 'XI'] : [country];
  let prefix = country;
  if (typedPrefix !== undefined && PREFIX_COUNTRY[typedPrefix] !== undefined) {
    if (!ownPrefixes.includes(typedPrefix)) return { ok: false, problem: 'other-country', otherCountry: PREFIX_COUNTRY[typedPrefix] };
    prefix = typedPrefix;
    compact = compact.slice(2);
  }
  if (country === 'NO' && /^\d{9}$/.test(compact)) compact = `${compact}MVA`;

  const result = validator.validate(compact);
  if (!result.isValid) {
    return { ok: false, problem: result.error.name === 'InvalidChecksum' ? 'checksum' : 'format' };
  }
  const digits = result.compact.startsWith(prefix) ? result.compact.slice(prefix.length) : result.compact;
  return { ok: true, normalised: `${prefix}${digits}` };
}
