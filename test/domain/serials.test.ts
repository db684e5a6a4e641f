import { describe, expect, it } from 'vitest';
import { SERIAL_PATTERNS, catalogueSeed } from '../../data/seed/catalogue';
import { checkSerial, isProductCategory, normaliseSerial, serialMatchesPattern } from '../../domain/serials';

describe('normaliseSerial', () => {
  it('drops spaces, separators and case on every product line', () => {
    expect(normaliseSerial(' 0320 2100-1234 ', 'camera-body')).toBe('032021001234');
    expect(normaliseSerial('94.120.01234', 'lens-rf')).toBe('9412001234');
    expect(normaliseSerial('aksh 01234', 'printer')).toBe('AKSH01234');
    expect(normaliseSerial('sj2a-012345', 'projector')).toBe('SJ2A012345');
  });

  it('removes a leading label such as “S/N”, “Serial no.” or “Serienummer:”', () => {
    expect(normaliseSerial('S/N 032021001234', 'camera-body')).toBe('032021001234');
    expect(normaliseSerial('Serial no. 9412001234', 'lens-ef')).toBe('9412001234');
    expect(normaliseSerial('Serienummer: 401021000123', 'cinema')).toBe('401021000123');
    expect(normaliseSerial('No. 672051001234', 'compact')).toBe('672051001234');
  });

  it('reads O, I and L as digits on digit-only lines (bodies, lenses, Cinema EOS, PowerShot)', () => {
    expect(normaliseSerial('O32O21OO1234', 'camera-body')).toBe('032021001234');
    expect(normaliseSerial('94I2OO1234', 'lens-rf')).toBe('9412001234');
    expect(normaliseSerial('4O1O21OOO123', 'cinema')).toBe('401021000123');
  });

  it('keeps letters as typed on printers and projectors, whose serials contain letters', () => {
    expect(normaliseSerial('AKSHO1234', 'printer')).toBe('AKSHO1234');
    expect(normaliseSerial('SLIO012345', 'projector')).toBe('SLIO012345');
  });

  it('turns full-width digits into ASCII', () => {
    expect(normaliseSerial('０３２０２１００１２３４', 'camera-body')).toBe('032021001234');
  });

  it('leaves nothing when only white space or a label was typed', () => {
    expect(normaliseSerial('   ', 'lens-rf')).toBe('');
    expect(normaliseSerial('S/N:', 'lens-rf')).toBe('');
  });
});

describe('checkSerial', () => {
  const lens = { category: 'lens-rf' as const, serialPattern: SERIAL_PATTERNS.lens };

  it('accepts a serial that matches the model’s pattern after normalisation', () => {
    expect(checkSerial('9412 001 234', lens)).toEqual({ kind: 'valid', serial: '9412001234' });
  });

  it('rejects a serial of the wrong shape', () => {
    expect(checkSerial('032021001234', lens)).toEqual({ kind: 'invalid', serial: '032021001234' });
  });

  it('treats an empty serial as missing, not as invalid', () => {
    expect(checkSerial('', lens)).toEqual({ kind: 'empty' });
  });
});

describe('the seeded catalogue', () => {
  it('gives every registrable model a known product line and an example that matches its pattern after normalisation', () => {
    for (const model of catalogueSeed.filter((m) => m.registrable !== false)) {
      expect(isProductCategory(model.category)).toBe(true);
      expect(model.serialPattern).toBeTruthy();
      expect(model.serialExample).toBeTruthy();
      const example = model.serialExample ?? '';
      expect(normaliseSerial(example, model.category), model.id).toBe(example);
      expect(serialMatchesPattern(example, model.serialPattern ?? ''), model.id).toBe(true);
    }
  });
});
