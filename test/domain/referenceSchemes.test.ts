import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isLuhnValid, luhnCheckDigit } from '../../domain/checkDigits';
import {
  betalingskenmerk,
  creditorReference,
  fik71Line,
  fiPaymentId,
  formatBankgiro,
  isValidBankgiro,
  isValidBetalingskenmerk,
  isValidCreditorReference,
  isValidFiCreditorNumber,
  isValidFiPaymentId,
  isValidOcrReference,
  ocrReference,
  parseFik71Line,
} from '../../domain/referenceSchemes';

describe('Luhn', () => {
  // The worked example of the Luhn algorithm in its Wikipedia article.
  it('gives 3 for 7992739871 (Wikipedia) and accepts 79927398713', () => {
    expect(luhnCheckDigit('7992739871')).toBe(3);
    expect(isLuhnValid('79927398713')).toBe(true);
    expect(isLuhnValid('79927398710')).toBe(false);
  });
});

describe('Bankgiro numbers (Sweden)', () => {
  // 5050-1055: the Bankgiro number Skatteverket publishes for tax payments;
  // 5402-9681: the example of the banktools-se gem; 7-digit numbers are printed NNN-NNNN.
  it.each(['5050-1055', '5402-9681', '5050 1055', '50501055'])('accepts %s', (number) => {
    expect(isValidBankgiro(number)).toBe(true);
  });

  it.each(['5050-1056', '5402-9682', '123456', '123456789', '5050-10X5', ''])('refuses %s', (number) => {
    expect(isValidBankgiro(number)).toBe(false);
  });

  it('prints the groups Bankgirot uses', () => {
    expect(formatBankgiro('50501055')).toBe('5050-1055');
    const seven = `123456${luhnCheckDigit('123456')}`;
    expect(formatBankgiro(seven)).toBe(`123-456${seven.slice(-1)}`);
  });
});

describe('OCR references with length digit (Bankgirot, hard check)', () => {
  // Bankgirot's manual for Bankgiro Inbetalningar: 123 → length digit 5 → check digit 1.
  it('makes 12351 from 123 (Bankgirot example)', () => {
    expect(ocrReference('123')).toBe('12351');
    expect(isValidOcrReference('12351')).toBe(true);
  });

  it('refuses a reference whose length digit is wrong even when the Luhn digit fits', () => {
    const wrongLength = `1234${luhnCheckDigit('1234')}`;
    expect(isLuhnValid(wrongLength)).toBe(true);
    expect(isValidOcrReference(wrongLength)).toBe(false);
  });

  it('counts lengths of ten and more by their last digit', () => {
    const reference = ocrReference('12345678901234');
    expect(reference).toHaveLength(16);
    expect(reference.charAt(14)).toBe('6');
    expect(isValidOcrReference(reference)).toBe(true);
  });

  it('keeps to 2–25 digits', () => {
    expect(() => ocrReference('1'.repeat(24))).toThrow(RangeError);
    expect(() => ocrReference('')).toThrow(RangeError);
    expect(isValidOcrReference(`${'0'.repeat(24)}0`)).toBe(false);
  });
});

describe('FI card type 71 (Denmark)', () => {
  // 026840149965328: the example of Business::DK::FI (CPAN); payment id 2 with check digit 6: the
  // example of the FI card printer giro-kort.dk; generate(1) = 000000000000018 (Business::DK::FI).
  it.each(['026840149965328', '000000000000026', '000000000000018', '000006535361999'])('accepts the published payment id %s', (id) => {
    expect(isValidFiPaymentId(id)).toBe(true);
  });

  it('makes the payment id with the modulus 10 check digit', () => {
    expect(fiPaymentId('2')).toBe('000000000000026');
    expect(fiPaymentId('1')).toBe('000000000000018');
    expect(fiPaymentId('02684014996532')).toBe('026840149965328');
  });

  it('refuses a wrong check digit and other lengths', () => {
    expect(isValidFiPaymentId('026840149965327')).toBe(false);
    expect(isValidFiPaymentId('0026840149965328')).toBe(false);
  });

  it('writes and reads the code line +71<payment id+creditor<', () => {
    const line = fik71Line('026840149965328', '85123456');
    expect(line).toBe('+71<026840149965328+85123456<');
    expect(parseFik71Line('+71< 026840149965328 +85123456<')).toEqual({ paymentId: '026840149965328', creditorNumber: '85123456' });
    expect(parseFik71Line('+71<026840149965327+85123456<')).toBeUndefined();
    expect(parseFik71Line('+73<026840149965328+85123456<')).toBeUndefined();
  });

  it('takes creditor numbers of eight digits starting with 8', () => {
    expect(isValidFiCreditorNumber('85123456')).toBe(true);
    expect(isValidFiCreditorNumber('75123456')).toBe(false);
    expect(isValidFiCreditorNumber('8512345')).toBe(false);
    expect(() => fik71Line('026840149965328', '1234')).toThrow(RangeError);
  });
});

describe('betalingskenmerk (Netherlands)', () => {
  // Betaalvereniging Nederland, "Specificaties betalingskenmerk": (5)000 0567 8901 2345.
  it('makes 5000056789012345 from 000056789012345 (Betaalvereniging example)', () => {
    expect(betalingskenmerk('000056789012345')).toBe('5000056789012345');
    expect(isValidBetalingskenmerk('5000 0567 8901 2345')).toBe(true);
  });

  it('maps check value 10 to 1 and 11 to 0', () => {
    // Weighted sums chosen so that 11 − remainder is 11 (remainder 0) and 10 (remainder 1).
    expect(betalingskenmerk('000000000000000')).toBe('0000000000000000');
    expect(betalingskenmerk('000000000000006')).toBe('1000000000000006');
  });

  it('refuses a wrong check digit and other lengths', () => {
    expect(isValidBetalingskenmerk('4000056789012345')).toBe(false);
    expect(isValidBetalingskenmerk('500005678901234')).toBe(false);
  });
});

describe('ISO 11649 creditor reference', () => {
  // The example of ISO 11649 itself: RF18 5390 0754 7034.
  it('makes RF18539007547034 from 539007547034 (ISO 11649 example)', () => {
    expect(creditorReference('539007547034')).toBe('RF18539007547034');
    expect(isValidCreditorReference('RF18 5390 0754 7034')).toBe(true);
    expect(isValidCreditorReference('RF18 5390 0754 7035')).toBe(false);
  });
});

const digits = (min: number, max: number) => fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: min, maxLength: max });

describe('random round trips', () => {
  it('every made reference passes its own check', () => {
    fc.assert(
      fc.property(digits(1, 23), digits(1, 14), digits(15, 15), fc.string({ unit: fc.constantFrom(...'0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ'), minLength: 1, maxLength: 21 }), (ocr, fi, kenmerk, rf) => {
        expect(isValidOcrReference(ocrReference(ocr))).toBe(true);
        expect(isValidFiPaymentId(fiPaymentId(fi))).toBe(true);
        expect(isValidBetalingskenmerk(betalingskenmerk(kenmerk))).toBe(true);
        expect(isValidCreditorReference(creditorReference(rf))).toBe(true);
      }),
    );
  });
});
