import { describe, expect, it } from 'vitest';
import { countrySeed } from '../../data/seed/countries';
import { PARTICIPATING_COUNTRIES, STANDARD_VAT_RATES_BP, vatTreatment } from '../../domain/vatRules';

describe('standard VAT rates', () => {
  it('has one for every participating country, and the country seed takes them from here', () => {
    expect(Object.keys(STANDARD_VAT_RATES_BP).sort()).toEqual([...PARTICIPATING_COUNTRIES].sort());
    expect(countrySeed.map((c) => [c.code, c.vatRateBp])).toEqual(PARTICIPATING_COUNTRIES.map((c) => [c, STANDARD_VAT_RATES_BP[c]]));
  });

  it.each([
    ['DK', 2500],
    ['SE', 2500],
    ['NL', 2100],
    ['FI', 2550],
    ['DE', 1900],
    ['LU', 1700],
    ['HU', 2700],
  ] as const)('%s: %i basis points', (country, rate) => {
    expect(STANDARD_VAT_RATES_BP[country]).toBe(rate);
  });
});

describe('vatTreatment', () => {
  it('charges the common country’s rate when seller and buyer are in the same country, VAT number or not', () => {
    expect(vatTreatment({ sellerCountry: 'DK', buyerCountry: 'DK', buyerVatNumber: 'DK13585628' })).toEqual({ kind: 'domestic', rateBp: 2500 });
    expect(vatTreatment({ sellerCountry: 'NL', buyerCountry: 'NL', buyerVatNumber: null })).toEqual({ kind: 'domestic', rateBp: 2100 });
  });

  it('leaves VAT to a business buyer with a VAT number in another country (reverse charge)', () => {
    expect(vatTreatment({ sellerCountry: 'NL', buyerCountry: 'BE', buyerVatNumber: 'BE0403170701' })).toEqual({ kind: 'reverse-charge', rateBp: 0 });
  });

  it('charges the seller’s rate to a buyer abroad without a VAT number', () => {
    expect(vatTreatment({ sellerCountry: 'NL', buyerCountry: 'PL', buyerVatNumber: null })).toEqual({ kind: 'seller-country', rateBp: 2100 });
    expect(vatTreatment({ sellerCountry: 'NL', buyerCountry: 'PL', buyerVatNumber: '  ' })).toEqual({ kind: 'seller-country', rateBp: 2100 });
  });

  it('refuses a seller outside the participating countries', () => {
    expect(() => vatTreatment({ sellerCountry: 'US', buyerCountry: 'DK', buyerVatNumber: null })).toThrow(RangeError);
  });
});
