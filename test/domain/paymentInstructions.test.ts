import { describe, expect, it } from 'vitest';
import { paymentInstructions } from '../../domain/paymentInstructions';
import { isValidReference } from '../../domain/paymentReferences';
import { sellerFor } from '../../domain/sellerEntities';
import { PARTICIPATING_COUNTRIES } from '../../domain/vatRules';

const invoiceNumber = 'INV-2026-7K3M9Q2P';

function instructions(country: string, currency: string) {
  return paymentInstructions({ buyerCountry: country, currency, invoiceNumber, seller: sellerFor(country) });
}

describe('paymentInstructions', () => {
  it('Sweden in SEK: Bankgiro and OCR reference', () => {
    const result = instructions('SE', 'SEK');
    expect(result).toMatchObject({ scheme: 'ocr', bankgiro: '5550-0003' });
    expect(result.printed).toBe(result.reference);
  });

  it('Denmark in DKK: the FI card type 71 line with the creditor number, and IBAN/BIC', () => {
    const result = instructions('DK', 'DKK');
    expect(result.scheme).toBe('fik71');
    expect(result.printed).toBe(`+71<${result.reference}+81234567<`);
    expect(result.account).toMatchObject({ iban: 'DK5000400440116243', bic: 'DABADKKK' });
  });

  it('the Netherlands in EUR: IBAN and betalingskenmerk in groups of four', () => {
    const result = instructions('NL', 'EUR');
    expect(result.scheme).toBe('betalingskenmerk');
    expect(result.printed).toMatch(/^\d{4} \d{4} \d{4} \d{4}$/);
    expect(result.account.iban).toBe('NL20INGB0001234567');
  });

  it('another country: IBAN/BIC and the RF reference', () => {
    const result = instructions('DE', 'EUR');
    expect(result.scheme).toBe('rf');
    expect(result.printed).toMatch(/^RF\d{2} /);
  });

  it('falls back to RF where the local scheme cannot take the currency (a Danish invoice in EUR)', () => {
    const result = instructions('DK', 'EUR');
    expect(result.scheme).toBe('rf');
    expect(result.account.holder).toBe('Canon Europa N.V.');
  });

  it('gives every participating country valid instructions in EUR and in its own currency where collected', () => {
    for (const country of PARTICIPATING_COUNTRIES) {
      const result = instructions(country, 'EUR');
      expect(isValidReference(result.scheme, result.reference)).toBe(true);
    }
    for (const [country, currency] of [['SE', 'SEK'], ['DK', 'DKK'], ['NO', 'NOK'], ['GB', 'GBP']] as const) {
      expect(instructions(country, currency).account.currency).toBe(currency);
    }
  });

  it('refuses a currency nobody collects', () => {
    expect(() => instructions('HU', 'HUF')).toThrow(RangeError);
  });
});
