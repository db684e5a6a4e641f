import { describe, expect, it } from 'vitest';
import { checkCharacter, generateMembershipNumber, isValidMembershipNumber, MEMBERSHIP_ALPHABET, membershipCode } from '../../domain/membershipNumber';

const fixed = (digits: number[]) => () => digits;

describe('membership numbers', () => {
  it('have the documented format CPS-<country>-<7 characters><check character>', () => {
    const number = generateMembershipNumber('dk');
    expect(number).toMatch(/^CPS-DK-[0-9A-HJKMNP-TV-Z]{8}$/);
    expect(isValidMembershipNumber(number)).toBe(true);
  });

  it('are deterministic for a given random source', () => {
    const number = generateMembershipNumber('SE', fixed([7, 20, 3, 21, 9, 23, 2]));
    expect(number.startsWith('CPS-SE-7M3N9Q2')).toBe(true);
    expect(number.slice(-1)).toBe(checkCharacter('7M3N9Q2'));
  });

  it('the check character catches every single mistyped character', () => {
    const number = generateMembershipNumber('NL', fixed([1, 2, 3, 4, 5, 6, 7]));
    const code = membershipCode(number);
    for (let position = 0; position < code.length; position++) {
      for (const replacement of MEMBERSHIP_ALPHABET) {
        if (replacement === code[position]) continue;
        const typo = `CPS-NL-${code.slice(0, position)}${replacement}${code.slice(position + 1)}`;
        expect(isValidMembershipNumber(typo), typo).toBe(false);
      }
    }
  });

  it('the check character catches two swapped neighbours', () => {
    const number = generateMembershipNumber('DK', fixed([10, 2, 30, 4, 17, 6, 25]));
    const code = membershipCode(number);
    for (let i = 0; i < code.length - 1; i++) {
      if (code[i] === code[i + 1]) continue;
      const swapped = code.slice(0, i) + code[i + 1] + code[i] + code.slice(i + 2);
      expect(isValidMembershipNumber(`CPS-DK-${swapped}`), swapped).toBe(false);
    }
  });

  it('never contain I, L, O or U', () => {
    for (let i = 0; i < 200; i++) expect(membershipCode(generateMembershipNumber('DK'))).not.toMatch(/[ILOU]/);
  });

  it('are accepted in lower case, as typed', () => {
    const number = generateMembershipNumber('SE');
    expect(isValidMembershipNumber(number.toLowerCase())).toBe(true);
  });

  it('refuse bad input', () => {
    expect(() => generateMembershipNumber('Denmark')).toThrow(RangeError);
    expect(() => generateMembershipNumber('DK', fixed([1, 2, 3]))).toThrow(RangeError);
    expect(() => generateMembershipNumber('DK', fixed([1, 2, 3, 4, 5, 6, 32]))).toThrow(RangeError);
    expect(isValidMembershipNumber('CPS-DK-1234567')).toBe(false);
    expect(() => membershipCode('12345')).toThrow(RangeError);
  });
});
