import { describe, expect, it } from 'vitest';
import { isCountryCode, parseCountry, parseDealer, parseModel, parseTierEdit } from '../../../services/ops/referenceData';

const MODEL = { id: 'eos-r9', name: 'Canon EOS R9', category: 'camera-body', points: 100, serialPattern: '^[0-9]{12}$', serialExample: '0320 2100 1234', releaseDate: '2026-01-02', registrable: true };

describe('reference data validation', () => {
  it('accepts a model whose example matches its pattern, normalising the example like members\' serials', () => {
    expect(parseModel(MODEL)).toMatchObject({ ok: true, value: { serialExample: '032021001234', notRegistrableReasonKey: null } });
  });

  it('refuses a pattern that does not match its example', () => {
    expect(parseModel({ ...MODEL, serialPattern: '^[A-Z]{2}[0-9]{4}$' })).toEqual({ ok: false, error: 'pattern-does-not-match-example', fields: ['serialPattern', 'serialExample'] });
  });

  it('refuses an unanchored or broken pattern, a bad id, category and date', () => {
    expect(parseModel({ ...MODEL, serialPattern: '[0-9]+' })).toMatchObject({ ok: false, fields: ['serialPattern'] });
    expect(parseModel({ ...MODEL, serialPattern: '^([0-9$' })).toMatchObject({ ok: false, fields: ['serialPattern'] });
    expect(parseModel({ ...MODEL, id: 'EOS R9', category: 'toaster', releaseDate: '2026-13-45' })).toMatchObject({ ok: false, fields: ['id', 'category', 'releaseDate'] });
  });

  it('needs a reason key for a model that cannot be registered', () => {
    expect(parseModel({ ...MODEL, registrable: false })).toMatchObject({ ok: false, fields: ['notRegistrableReasonKey'] });
  });

  it('takes only one of the known reasons, never a free key that members would see raw', () => {
    expect(parseModel({ ...MODEL, registrable: false, notRegistrableReasonKey: 'products.notRegistrable.accessory' })).toMatchObject({ ok: true, value: { notRegistrableReasonKey: 'products.notRegistrable.accessory' } });
    expect(parseModel({ ...MODEL, registrable: false, notRegistrableReasonKey: 'menu.products' })).toMatchObject({ ok: false, fields: ['notRegistrableReasonKey'] });
  });

  it('wants positive fees in known currencies, each currency once', () => {
    expect(parseTierEdit({ minPoints: 500, fees: [{ currency: 'EUR', annualFeeMinor: 9900 }] })).toMatchObject({ ok: true });
    expect(parseTierEdit({ minPoints: -1, fees: [{ currency: 'EUR', annualFeeMinor: -5 }] })).toMatchObject({ ok: false, fields: ['minPoints', 'fees.0.annualFeeMinor'] });
    expect(parseTierEdit({ minPoints: 500, fees: [] })).toMatchObject({ ok: false, fields: ['fees'] });
    expect(parseTierEdit({ minPoints: 500, fees: [{ currency: 'DKK', annualFeeMinor: 1 }, { currency: 'DKK', annualFeeMinor: 2 }] })).toMatchObject({ ok: false, error: 'duplicate-key' });
  });

  it('knows real ISO country codes only', () => {
    expect(['DK', 'BE', 'SE'].every(isCountryCode)).toBe(true);
    expect(['XX', 'ZZ', 'QQ', 'dk', 'DNK'].some(isCountryCode)).toBe(false);
    expect(parseCountry({ code: 'dk', name: 'Denmark', currency: 'DKK', vatRateBp: 2500, timeZone: 'Europe/Copenhagen' })).toMatchObject({ ok: true, value: { code: 'DK' } });
    expect(parseCountry({ code: 'DK', name: 'Denmark', currency: 'DKK', vatRateBp: 2500, timeZone: 'Mars/Olympus' })).toMatchObject({ ok: false, fields: ['timeZone'] });
    expect(parseDealer({ countryCode: 'ZZ', name: ' ' })).toMatchObject({ ok: false, fields: ['countryCode', 'name'] });
  });
});
