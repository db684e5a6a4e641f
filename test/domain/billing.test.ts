import { describe, expect, it } from 'vitest';
import { localDate } from '../../domain/businessDays';
import {
  addDays,
  cardChargeAt,
  creditorReference,
  formatDate,
  formatMoney,
  formatVatRate,
  groupsOfFour,
  invoiceDueDate,
  invoiceNumber,
  isValidCreditorReference,
  membershipPeriod,
  parsePaymentMethod,
  pickPrice,
  proRataMinor,
  quote,
  reminderAt,
  upgradeInvoiceNumber,
  vatOf,
} from '../../domain/billing';

/** Intl uses no-break spaces (U+00A0, U+202F) and the real minus sign (U+2212); compare as plain text. */
function plain(value: string): string {
  return value.replace(/[\u00a0\u202f]/g, ' ').replace(/\u2212/g, '-');
}

describe('invoiceDueDate (issue + 30 days)', () => {
  it.each([
    ['2026-03-10', '2026-04-09'],
    ['2026-01-31', '2026-03-02'],
    ['2026-02-15', '2026-03-17'],
    ['2028-02-15', '2028-03-16'],
    ['2028-01-30', '2028-02-29'],
    ['2028-02-29', '2028-03-30'],
    ['2026-12-15', '2027-01-14'],
    ['2026-12-31', '2027-01-30'],
    ['2100-02-15', '2100-03-17'],
  ])('issued %s is due %s', (issued, due) => {
    expect(invoiceDueDate(issued)).toBe(due);
  });

  it('refuses something that is not a calendar date', () => {
    expect(() => invoiceDueDate('2027-02-29')).toThrow(RangeError);
    expect(() => invoiceDueDate('15/02/2026')).toThrow(RangeError);
  });

  it('goes back over a year end too', () => {
    expect(addDays('2027-01-03', -5)).toBe('2026-12-29');
  });
});

describe('membershipPeriod', () => {
  it('lasts one year: the last day is the day before the anniversary', () => {
    expect(membershipPeriod('2026-03-10')).toEqual({ start: '2026-03-10', end: '2027-03-09' });
    expect(membershipPeriod('2026-01-01')).toEqual({ start: '2026-01-01', end: '2026-12-31' });
  });

  it('a membership started on 29 February ends on 28 February', () => {
    expect(membershipPeriod('2028-02-29').end).toBe('2029-02-28');
  });

  it('a year that contains 29 February still ends the day before the anniversary', () => {
    expect(membershipPeriod('2027-03-01').end).toBe('2028-02-29');
  });
});

describe('localDate', () => {
  it('is the date where the business is, not in UTC', () => {
    expect(localDate(new Date('2026-03-31T22:30:00Z'), 'Europe/Copenhagen')).toBe('2026-04-01');
    expect(localDate(new Date('2026-03-31T22:30:00Z'), 'Europe/London')).toBe('2026-03-31');
    expect(localDate(new Date('2026-12-31T23:30:00Z'), 'Europe/Stockholm')).toBe('2027-01-01');
  });
});

describe('charge and reminder times', () => {
  it('charges the card early on the due date', () => {
    expect(cardChargeAt('2026-04-09').toISOString()).toBe('2026-04-09T06:00:00.000Z');
    expect(localDate(cardChargeAt('2026-04-09'), 'Europe/Helsinki')).toBe('2026-04-09');
  });

  it('reminds five days before the due date, never in the past', () => {
    const issued = new Date('2026-03-10T12:00:00Z');
    expect(reminderAt('2026-04-09', issued).toISOString()).toBe('2026-04-04T08:00:00.000Z');
    expect(reminderAt('2026-03-12', issued)).toBe(issued);
  });
});

describe('VAT and quotes', () => {
  it('rounds VAT half up to the minor unit', () => {
    expect(vatOf(74_500, 2500)).toBe(18_625);
    expect(vatOf(9_900, 2550)).toBe(2_525);
    expect(vatOf(1, 2500)).toBe(0);
    expect(vatOf(2, 2500)).toBe(1);
    expect(vatOf(0, 2100)).toBe(0);
  });

  it('refuses a negative amount or a rate above 100 %', () => {
    expect(() => vatOf(-1, 2500)).toThrow(RangeError);
    expect(() => vatOf(100, 10_001)).toThrow(RangeError);
  });

  it('adds net and VAT into the total', () => {
    expect(quote({ currency: 'DKK', annualFeeMinor: 149_500 }, 2500)).toEqual({ currency: 'DKK', netMinor: 149_500, vatRateBp: 2500, vatMinor: 37_375, grossMinor: 186_875 });
  });

  it('prices in the local currency when the tier has it, otherwise in EUR', () => {
    const prices = [
      { currency: 'EUR', annualFeeMinor: 19_900 },
      { currency: 'DKK', annualFeeMinor: 149_500 },
      { currency: 'SEK', annualFeeMinor: 219_500 },
    ];
    expect(pickPrice(prices, 'DKK')?.currency).toBe('DKK');
    expect(pickPrice(prices, 'SEK')?.currency).toBe('SEK');
    expect(pickPrice(prices, 'EUR')?.currency).toBe('EUR');
    expect(pickPrice(prices, 'NOK')?.currency).toBe('EUR');
    expect(pickPrice(prices.filter((p) => p.currency === 'SEK'), 'NOK')).toBeUndefined();
  });
});

describe('fee formatting', () => {
  it('da-DK: 1.234,50 kr.', () => {
    expect(plain(formatMoney(123_450, 'DKK', 'da-DK'))).toBe('1.234,50 kr.');
  });

  it('sv-SE: 1 234,50 kr with no-break spaces', () => {
    const formatted = formatMoney(123_450, 'SEK', 'sv-SE');
    expect(plain(formatted)).toBe('1 234,50 kr');
    expect(formatted).toMatch(/[\u00a0\u202f]/);
  });

  it('nl-NL: € 1.234,50', () => {
    expect(plain(formatMoney(123_450, 'EUR', 'nl-NL'))).toBe('€ 1.234,50');
  });

  it('negative amounts: sv-SE writes U+2212, which reads as a minus once normalised', () => {
    const formatted = formatMoney(-123_450, 'SEK', 'sv-SE');
    expect(formatted).toContain('\u2212');
    expect(plain(formatted)).toBe('-1 234,50 kr');
    expect(plain(formatMoney(-123_450, 'DKK', 'da-DK'))).toBe('-1.234,50 kr.');
    expect(plain(formatMoney(-123_450, 'EUR', 'nl-NL'))).toBe('€ -1.234,50');
  });

  it('always shows two decimals, also for whole amounts', () => {
    expect(plain(formatMoney(74_500, 'DKK', 'da-DK'))).toBe('745,00 kr.');
    expect(plain(formatMoney(9_900, 'EUR', 'en-GB'))).toBe('€99.00');
  });

  it('VAT rates as percentages per locale', () => {
    expect(plain(formatVatRate(2500, 'da-DK'))).toBe('25 %');
    expect(plain(formatVatRate(2550, 'nl-NL'))).toBe('25,5%');
    expect(plain(formatVatRate(2100, 'sv-SE'))).toBe('21 %');
  });

  it('dates written out per locale', () => {
    expect(formatDate('2028-03-16', 'da-DK')).toBe('16. marts 2028');
    expect(formatDate('2028-03-16', 'sv-SE')).toBe('16 mars 2028');
    expect(formatDate('2028-03-16', 'nl-NL')).toBe('16 maart 2028');
  });
});

describe('invoice number and payment reference', () => {
  it('names the membership year', () => {
    expect(invoiceNumber('7K3M9Q2P', '2026-03-10')).toBe('INV-2026-7K3M9Q2P');
  });

  it('builds ISO 11649 references that banks accept', () => {
    expect(creditorReference('539007547034')).toBe('RF18539007547034');
    const reference = creditorReference('INV-2026-7K3M9Q2P');
    expect(reference).toBe('RF39INV20267K3M9Q2P');
    expect(isValidCreditorReference(reference)).toBe(true);
    expect(isValidCreditorReference(groupsOfFour(reference))).toBe(true);
  });

  it('recognises a mistyped reference', () => {
    const reference = creditorReference('INV-2026-7K3M9Q2P');
    const typo = reference.slice(0, -1) + (reference.endsWith('P') ? 'Q' : 'P');
    expect(isValidCreditorReference(typo)).toBe(false);
    expect(isValidCreditorReference('RF00ABC')).toBe(false);
  });

  it('refuses a reference body over 21 characters', () => {
    expect(() => creditorReference('X'.repeat(22))).toThrow(RangeError);
  });

  it('groups in fours as printed', () => {
    expect(groupsOfFour('DK5000400440116243')).toBe('DK50 0040 0440 1162 43');
  });
});

describe('payment method', () => {
  it('accepts the two methods of the contract only', () => {
    expect(parsePaymentMethod('card')).toBe('card');
    expect(parsePaymentMethod(' Bank-Transfer ')).toBe('bank-transfer');
    expect(parsePaymentMethod('cash')).toBeUndefined();
    expect(parsePaymentMethod(undefined)).toBeUndefined();
  });
});

describe('proRataMinor and the upgrade invoice number', () => {
  it('charges the days left of the membership year, both ends counted', () => {
    expect(proRataMinor(36_500, '2027-01-01', '2027-12-31')).toBe(36_500);
    expect(proRataMinor(36_500, '2027-12-31', '2027-12-31')).toBe(100);
    expect(proRataMinor(36_600, '2028-02-29', '2028-03-01')).toBe(200);
    expect(proRataMinor(10_000, '2028-01-01', '2027-12-31')).toBe(0);
  });

  it('rounds half up to the minor unit', () => {
    expect(proRataMinor(73, '2027-07-02', '2027-12-31')).toBe(37);
  });

  it('numbers the upgrade invoice after the year of the upgrade', () => {
    expect(upgradeInvoiceNumber('7K3M9Q2P', '2027-03-14')).toBe('INV-2027-7K3M9Q2P-1');
  });
});
