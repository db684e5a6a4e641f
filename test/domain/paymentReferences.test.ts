import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { invoiceNumber } from '../../domain/billing';
import { generateMembershipNumber, membershipCode } from '../../domain/membershipNumber';
import {
  findReferences,
  invoiceReferenceDigits,
  isValidReference,
  normaliseReference,
  paymentReference,
  REFERENCE_SCHEMES,
  referenceSchemeFor,
  type ReferenceScheme,
} from '../../domain/paymentReferences';

/** Invoice numbers as billing makes them, from random membership numbers of random years. */
const invoiceNumbers = fc
  .tuple(fc.array(fc.integer({ min: 0, max: 31 }), { minLength: 7, maxLength: 7 }), fc.integer({ min: 2000, max: 2099 }))
  .map(([body, year]) => invoiceNumber(membershipCode(generateMembershipNumber('DK', () => body)), `${year}-03-10`));

describe('referenceSchemeFor', () => {
  it.each([
    ['SE', 'ocr'],
    ['DK', 'fik71'],
    ['NL', 'betalingskenmerk'],
    ['se', 'ocr'],
    ['DE', 'rf'],
    ['GB', 'rf'],
    ['NO', 'rf'],
  ])('%s pays with %s', (country, scheme) => {
    expect(referenceSchemeFor(country)).toBe(scheme);
  });
});

describe('invoiceReferenceDigits', () => {
  it('is the year in two digits and the seven code characters in base 32', () => {
    // 7K3M9Q2 in base 32 (K = 19, M = 20, Q = 23): 7·32⁶ + 19·32⁵ + 3·32⁴ + 20·32³ + 9·32² + 23·32 + 2
    const value = 7 * 32 ** 6 + 19 * 32 ** 5 + 3 * 32 ** 4 + 20 * 32 ** 3 + 9 * 32 ** 2 + 23 * 32 + 2;
    expect(invoiceReferenceDigits('INV-2026-7K3M9Q2P')).toBe(`26${String(value).padStart(11, '0')}`);
  });

  it('refuses other layouts and years beyond 2099', () => {
    expect(() => invoiceReferenceDigits('INV-2026-7K3M9Q2')).toThrow(RangeError);
    expect(() => invoiceReferenceDigits('INV-2100-7K3M9Q2P')).toThrow(RangeError);
    expect(() => invoiceReferenceDigits('2026-7K3M9Q2P')).toThrow(RangeError);
  });

  it('never gives two invoice numbers the same digits', () => {
    fc.assert(
      fc.property(invoiceNumbers, invoiceNumbers, (a, b) => {
        fc.pre(a !== b);
        expect(invoiceReferenceDigits(a)).not.toBe(invoiceReferenceDigits(b));
      }),
    );
  });
});

describe('the upgrade invoice of a year', () => {
  it('gets digits of its own, beyond every code of seven characters, still thirteen digits', () => {
    const digits = invoiceReferenceDigits('INV-2026-ZZZZZZZZ-1');
    expect(digits).toBe(`26${String(2 * 32 ** 7 - 1).padStart(11, '0')}`);
    expect(invoiceReferenceDigits('INV-2026-7K3M9Q2P-1')).not.toBe(invoiceReferenceDigits('INV-2026-7K3M9Q2P'));
    expect(() => invoiceReferenceDigits('INV-2026-7K3M9Q2P-2')).toThrow(RangeError);
  });
});

describe('paymentReference', () => {
  it.each([
    ['ocr', /^\d{15}$/],
    ['fik71', /^0\d{14}$/],
    ['betalingskenmerk', /^\d0\d{14}$/],
    ['rf', /^RF\d{2}26\d{11}$/],
  ] as const)('%s has its layout', (scheme, layout) => {
    expect(paymentReference(scheme, 'INV-2026-7K3M9Q2P').value).toMatch(layout);
  });

  it('is the same every time for the same invoice number, and passes its own check', () => {
    fc.assert(
      fc.property(invoiceNumbers, fc.constantFrom(...REFERENCE_SCHEMES), (number, scheme) => {
        const reference = paymentReference(scheme, number);
        expect(paymentReference(scheme, number)).toEqual(reference);
        expect(isValidReference(scheme, reference.value)).toBe(true);
        expect(normaliseReference(scheme, reference.value)).toBe(reference.value);
      }),
    );
  });

  it('differs between invoices', () => {
    fc.assert(
      fc.property(invoiceNumbers, invoiceNumbers, fc.constantFrom(...REFERENCE_SCHEMES), (a, b, scheme) => {
        fc.pre(a !== b);
        expect(paymentReference(scheme, a).value).not.toBe(paymentReference(scheme, b).value);
      }),
    );
  });
});

/** Every value with one character replaced by another of the same kind: a digit by a digit, a letter by a letter. */
function substitutions(value: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < value.length; i++) {
    const kind = /\d/.test(value.charAt(i)) ? '0123456789' : 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
    for (const other of kind) {
      if (other !== value.charAt(i)) out.push(`${value.slice(0, i)}${other}${value.slice(i + 1)}`);
    }
  }
  return out;
}

/** Every value with two different neighbours swapped, from position `from` to `to` (exclusive). */
function transpositions(value: string, from = 0, to = value.length, skip: (a: string, b: string) => boolean = () => false): string[] {
  const out: string[] = [];
  for (let i = from; i < to - 1; i++) {
    const a = value.charAt(i);
    const b = value.charAt(i + 1);
    if (a !== b && !skip(a, b)) out.push(`${value.slice(0, i)}${b}${a}${value.slice(i + 2)}`);
  }
  return out;
}

/** Luhn misses exactly one swap: 09 ↔ 90. */
const nineAndZero = (a: string, b: string) => (a === '0' && b === '9') || (a === '9' && b === '0');

describe('a wrong character is always detected', () => {
  it.each(REFERENCE_SCHEMES)('%s: every single substitution of every generated reference', (scheme: ReferenceScheme) => {
    fc.assert(
      fc.property(invoiceNumbers, (number) => {
        const { value } = paymentReference(scheme, number);
        for (const wrong of substitutions(value)) expect(isValidReference(scheme, wrong), `${value} → ${wrong}`).toBe(false);
      }),
      { numRuns: 200 },
    );
  });

  it.each([
    ['ocr', nineAndZero, 0],
    ['fik71', nineAndZero, 0],
    // The weighted modulus 11 promises it among the fifteen weighted digits (the check digit stands apart).
    ['betalingskenmerk', () => false, 1],
    ['rf', () => false, 0],
  ] as const)('%s: every swap of two neighbours it promises to catch', (scheme, skip, from) => {
    fc.assert(
      fc.property(invoiceNumbers, (number) => {
        const { value } = paymentReference(scheme, number);
        for (const wrong of transpositions(value, from, value.length, skip)) expect(isValidReference(scheme, wrong), `${value} → ${wrong}`).toBe(false);
      }),
      { numRuns: 200 },
    );
  });
});

describe('findReferences', () => {
  const number = 'INV-2026-7K3M9Q2P';
  const ocr = paymentReference('ocr', number).value;
  const fi = paymentReference('fik71', number).value;
  const kenmerk = paymentReference('betalingskenmerk', number).value;
  const rf = paymentReference('rf', number).value;

  function schemesIn(text: string, value: string): ReferenceScheme[] {
    return findReferences(text)
      .filter((r) => r.value === value)
      .map((r) => r.scheme);
  }

  it('finds each reference as typed, alone or in groups, in a sentence', () => {
    expect(schemesIn(`Faktura ${ocr} tack`, ocr)).toContain('ocr');
    expect(schemesIn(`+71< ${fi} +85123456<`, fi)).toContain('fik71');
    expect(schemesIn(`Betaling ${fi}`, fi)).toContain('fik71');
    expect(schemesIn(`kenmerk ${kenmerk.replace(/(.{4})(?=.)/g, '$1 ')}.`, kenmerk)).toContain('betalingskenmerk');
    expect(schemesIn(`ref: ${rf.replace(/(.{4})(?=.)/g, '$1 ').toLowerCase()}`, rf)).toContain('rf');
  });

  it('finds nothing whose check digits fail', () => {
    const wrong = `${ocr.slice(0, -1)}${(Number(ocr.slice(-1)) + 1) % 10}`;
    expect(findReferences(`Faktura ${wrong}`).some((r) => r.value === wrong)).toBe(false);
    expect(findReferences('Membership fee thank you')).toEqual([]);
  });

});
