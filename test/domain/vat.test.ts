import { describe, expect, it } from 'vitest';
import { checkVatNumber, supportsVatCountry } from '../../domain/vat';
import { countrySeed } from '../../data/seed/countries';

/** One real, valid VAT number per participating country (docs/domain.md, "Our own choices"), and the same with its last digit changed. */
const VALID: Readonly<Record<string, string>> = {
  AT: 'ATU13585627',
  BE: 'BE0403170701',
  CZ: 'CZ25123891',
  DK: 'DK13585628',
  FI: 'FI20774740',
  FR: 'FR40303265045',
  DE: 'DE136695976',
  HU: 'HU12892312',
  IE: 'IE6433435F',
  IT: 'IT00743110157',
  LU: 'LU15027442',
  NL: 'NL004495445B01',
  NO: 'NO974760673MVA',
  PL: 'PL8567346215',
  PT: 'PT501964843',
  SK: 'SK2022749619',
  ES: 'ESA13585625',
  SE: 'SE556188840401',
  GB: 'GB980780684',
};

/**
 * Changes the check digit of a number so it no longer fits: the last digit, except for Dutch
 * numbers, whose last two digits (after the B) are a branch number and the check digit comes before the B.
 */
function breakCheckDigit(vat: string): string {
  const match = vat.startsWith('NL') ? /^(.*)(\d)(B\d\d)$/.exec(vat) : /^(.*)(\d)(\D*)$/.exec(vat);
  if (!match) throw new Error(`no digit in ${vat}`);
  const [, head = '', digit = '0', tail = ''] = match;
  return `${head}${(Number(digit) + 1) % 10}${tail}`;
}

describe('VAT numbers of every participating country', () => {
  it('covers exactly the seeded participating countries', () => {
    expect(Object.keys(VALID).sort()).toEqual(countrySeed.map((c) => c.code).sort());
    for (const { code } of countrySeed) expect(supportsVatCountry(code)).toBe(true);
  });

  it.each(Object.entries(VALID))('%s: accepts %s', (country, vat) => {
    expect(checkVatNumber(country, vat)).toEqual({ ok: true, normalised: vat });
  });

  it.each(Object.entries(VALID))('%s: refuses a wrong check digit', (country, vat) => {
    const broken = breakCheckDigit(vat);
    const result = checkVatNumber(country, broken);
    expect(result.ok).toBe(false);
    // Some layouts also constrain the last digit itself; either way it is not accepted as valid.
    if (!result.ok) expect(['checksum', 'format']).toContain(result.problem);
  });
});

describe('checkVatNumber', () => {
  it('reports a checksum problem for a typo in a well-formed Danish number', () => {
    expect(checkVatNumber('DK', 'DK13585627')).toEqual({ ok: false, problem: 'checksum' });
  });

  it('accepts spaces, dots, dashes and a missing prefix, and normalises', () => {
    expect(checkVatNumber('DK', '13 58 56 28')).toEqual({ ok: true, normalised: 'DK13585628' });
    expect(checkVatNumber('BE', 'be 0403.170.701')).toEqual({ ok: true, normalised: 'BE0403170701' });
    expect(checkVatNumber('SE', '5561888404-01')).toEqual({ ok: true, normalised: 'SE556188840401' });
  });

  it('says which country a number belongs to when it carries another prefix', () => {
    expect(checkVatNumber('DK', 'SE556188840401')).toEqual({ ok: false, problem: 'other-country', otherCountry: 'SE' });
    expect(checkVatNumber('NL', 'DE136695976')).toEqual({ ok: false, problem: 'other-country', otherCountry: 'DE' });
  });

  it('refuses text that is no VAT number at all as a format problem', () => {
    expect(checkVatNumber('DK', 'hello')).toEqual({ ok: false, problem: 'format' });
    expect(checkVatNumber('DK', '')).toEqual({ ok: false, problem: 'format' });
  });

  it('accepts a Norwegian number without its MVA suffix', () => {
    expect(checkVatNumber('NO', '974 760 673')).toEqual({ ok: true, normalised: 'NO974760673MVA' });
  });

  it('accepts an Austrian number typed without the AT prefix', () => {
    expect(checkVatNumber('AT', 'U13585627')).toEqual({ ok: true, normalised: 'ATU13585627' });
  });

  it('accepts a Northern Ireland (XI) number for a UK business', () => {
    expect(checkVatNumber('GB', 'XI980780684')).toEqual({ ok: true, normalised: 'XI980780684' });
  });

  it('has no rules for a country outside CPS', () => {
    expect(checkVatNumber('US', '123456789')).toEqual({ ok: false, problem: 'unsupported-country' });
  });
});

describe('Dutch VAT numbers', () => {
  /** ISO 7064 mod 97-10 over the number with NL as digits (N=23, L=21), as for an IBAN. */
  function mod97(vat: string): number {
    const digits = vat.replace(/[A-Z]/g, (letter) => String(letter.charCodeAt(0) - 55));
    return Number(BigInt(digits) % 97n);
  }
  /** The "elfproef" of the nine digits (weights 9..2 and -1). */
  function elfproef(vat: string): boolean {
    const digits = vat.slice(2, 11).split('').map(Number);
    const weights = [9, 8, 7, 6, 5, 4, 3, 2, -1];
    return digits.reduce((sum, d, i) => sum + d * (weights[i] ?? 0), 0) % 11 === 0;
  }

  it('accepts a standard number that passes the elfproef', () => {
    expect(elfproef('NL004495445B01')).toBe(true);
    expect(checkVatNumber('NL', 'NL004495445B01').ok).toBe(true);
  });

  it('accepts a sole trader (eenmanszaak) btw-id that passes only mod 97', () => {
    const soleTrader = 'NL000099998B57';
    expect(elfproef(soleTrader)).toBe(false);
    expect(mod97(soleTrader)).toBe(1);
    expect(checkVatNumber('NL', soleTrader)).toEqual({ ok: true, normalised: soleTrader });
  });

  it('refuses a number that passes neither check', () => {
    expect(mod97('NL123456789B90')).not.toBe(1);
    expect(checkVatNumber('NL', 'NL123456789B90')).toEqual({ ok: false, problem: 'checksum' });
  });

  it('needs the B and two digits', () => {
    expect(checkVatNumber('NL', 'NL004495445')).toMatchObject({ ok: false, problem: 'format' });
  });
});
