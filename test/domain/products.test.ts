import { describe, expect, it } from 'vitest';
import { localDate } from '../../domain/businessDays';
import { SERIAL_PATTERNS } from '../../data/seed/catalogue';
import {
  checkProductInput,
  isComplete,
  isIsoDate,
  migrationStatus,
  missingFields,
  summariseMigration,
  type CatalogueModelFacts,
  type ProductInput,
} from '../../domain/products';

const r5: CatalogueModelFacts = {
  id: 'eos-r5',
  name: 'Canon EOS R5',
  category: 'camera-body',
  points: 300,
  serialPattern: SERIAL_PATTERNS.eosBody,
  serialExample: '032021001234',
  releaseDate: '2020-07-09',
  registrable: true,
  notRegistrableReasonKey: null,
};
const ink: CatalogueModelFacts = {
  id: 'pfi-1000-ink-tank',
  name: 'Canon PFI-1000 ink tank',
  category: 'accessory',
  points: 0,
  serialPattern: null,
  serialExample: null,
  releaseDate: null,
  registrable: false,
  notRegistrableReasonKey: 'products.notRegistrable.consumable',
};
const complete: ProductInput = { model: 'eos-r5', serialNumber: '0320 2100 9876', purchaseDate: '2023-05-02', purchaseCountry: 'dk', dealer: '  Photocare  ' };
const today = '2026-01-15';

describe('completeness (rule P3)', () => {
  const details = { serialNumber: '032021001234', purchaseDate: '2023-05-02', purchaseCountry: 'DK', dealer: 'Photocare' };

  it('is complete when serial number, purchase date, country of purchase and dealer are present', () => {
    expect(isComplete(details)).toBe(true);
    expect(missingFields(details)).toEqual([]);
  });

  it('names every missing detail, in the order they are asked for', () => {
    expect(missingFields({ ...details, serialNumber: null, dealer: null })).toEqual(['serialNumber', 'dealer']);
    expect(isComplete({ ...details, purchaseCountry: null })).toBe(false);
  });

  it('counts a blank value as missing', () => {
    expect(missingFields({ ...details, dealer: '  ' })).toEqual(['dealer']);
  });
});

describe('checkProductInput', () => {
  it('normalises a complete registration: serial, country code, dealer spacing', () => {
    expect(checkProductInput(complete, r5, today)).toEqual({
      ok: true,
      values: { modelId: 'eos-r5', serialNumber: '032021009876', purchaseDate: '2023-05-02', purchaseCountry: 'DK', dealer: 'Photocare' },
    });
  });

  it('saves an incomplete registration (best guess or empty is fine)', () => {
    const result = checkProductInput({ model: 'eos-r5', serialNumber: '', purchaseDate: '', purchaseCountry: '', dealer: '' }, r5, today);
    expect(result).toEqual({ ok: true, values: { modelId: 'eos-r5', serialNumber: null, purchaseDate: null, purchaseCountry: null, dealer: null } });
  });

  it('requires a model from the catalogue', () => {
    expect(checkProductInput({ ...complete, model: '' }, undefined, today)).toMatchObject({ ok: false, errors: [{ field: 'model', code: 'required' }] });
    expect(checkProductInput({ ...complete, model: 'eos-r99' }, undefined, today)).toMatchObject({ ok: false, errors: [{ field: 'model', code: 'unknown' }] });
  });

  it('refuses non-registrable items with their reason', () => {
    expect(checkProductInput({ ...complete, model: ink.id, serialNumber: '' }, ink, today)).toMatchObject({
      ok: false,
      errors: [{ field: 'model', code: 'not-registrable', reasonKey: 'products.notRegistrable.consumable' }],
    });
  });

  it('rejects a serial that does not match the model’s pattern and shows the example', () => {
    expect(checkProductInput({ ...complete, serialNumber: '12345' }, r5, today)).toMatchObject({
      ok: false,
      errors: [{ field: 'serialNumber', code: 'pattern', example: '032021001234' }],
    });
  });

  it('refuses the catalogue example (the model’s own, or another shown in the hint), however it is typed', () => {
    expect(checkProductInput({ ...complete, serialNumber: 'S/N 0320 2100 1234' }, r5, today)).toEqual({
      ok: false,
      errors: [{ field: 'serialNumber', code: 'example', example: '032021001234' }],
    });
    expect(checkProductInput({ ...complete, serialNumber: '012045001234' }, r5, today, ['012045001234'])).toMatchObject({
      ok: false,
      errors: [{ field: 'serialNumber', code: 'example', example: '012045001234' }],
    });
    expect(checkProductInput(complete, r5, today, ['012045001234'])).toMatchObject({ ok: true });
  });

  it('rejects a purchase date in the future, before the model’s release, or not a date', () => {
    expect(checkProductInput({ ...complete, purchaseDate: '2026-01-16' }, r5, today)).toMatchObject({ errors: [{ field: 'purchaseDate', code: 'future' }] });
    expect(checkProductInput({ ...complete, purchaseDate: '2020-07-08' }, r5, today)).toMatchObject({
      errors: [{ field: 'purchaseDate', code: 'before-release', releaseDate: '2020-07-09' }],
    });
    expect(checkProductInput({ ...complete, purchaseDate: '2023-02-30' }, r5, today)).toMatchObject({ errors: [{ field: 'purchaseDate', code: 'format' }] });
  });

  it('accepts the release day and today', () => {
    expect(checkProductInput({ ...complete, purchaseDate: '2020-07-09' }, r5, today).ok).toBe(true);
    expect(checkProductInput({ ...complete, purchaseDate: today }, r5, today).ok).toBe(true);
  });

  it('rejects a country that is not an ISO 3166-1 alpha-2 code', () => {
    expect(checkProductInput({ ...complete, purchaseCountry: 'XX' }, r5, today)).toMatchObject({ errors: [{ field: 'purchaseCountry', code: 'unknown' }] });
    expect(checkProductInput({ ...complete, purchaseCountry: 'Denmark' }, r5, today)).toMatchObject({ errors: [{ field: 'purchaseCountry', code: 'unknown' }] });
  });

  it('reports every problem at once', () => {
    const result = checkProductInput({ ...complete, serialNumber: 'x', purchaseDate: '2099-01-01', dealer: 'd'.repeat(101) }, r5, today);
    expect(result.ok ? [] : result.errors.map((e) => e.field)).toEqual(['serialNumber', 'purchaseDate', 'dealer']);
  });
});

describe('dates', () => {
  it('knows real calendar dates', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('15-03-2024')).toBe(false);
  });

  it('takes “today” in the business’s time zone', () => {
    const lateEvening = new Date('2025-12-31T23:30:00Z');
    expect(localDate(lateEvening, 'Europe/Copenhagen')).toBe('2026-01-01');
    expect(localDate(lateEvening, 'Europe/London')).toBe('2025-12-31');
  });
});

describe('migration (rule P2)', () => {
  it('classifies a legacy product for a business', () => {
    expect(migrationStatus('b1', { migratedInto: 'b1', serialOwner: 'b1' })).toBe('migrated');
    expect(migrationStatus('b1', { migratedInto: null, serialOwner: 'b1' })).toBe('already-registered');
    expect(migrationStatus('b1', { migratedInto: null, serialOwner: 'b2' })).toBe('registered-elsewhere');
    expect(migrationStatus('b1', { migratedInto: 'b2', serialOwner: null })).toBe('registered-elsewhere');
    expect(migrationStatus('b1', { migratedInto: null, serialOwner: null })).toBe('to-migrate');
  });

  it('sums up the dry run: found, already registered, incomplete, points of the complete ones', () => {
    const full = { serialNumber: '1', purchaseDate: '2020-01-01', purchaseCountry: 'DK', dealer: 'X' };
    const summary = summariseMigration([
      { ...full, status: 'to-migrate', points: 300 },
      { ...full, dealer: null, status: 'to-migrate', points: 150 },
      { ...full, status: 'migrated', points: 100 },
      { ...full, status: 'registered-elsewhere', points: 100 },
    ]);
    expect(summary).toEqual({ found: 4, alreadyRegistered: 1, registeredElsewhere: 1, toMigrate: 2, incomplete: 1, points: 300 });
  });
});
