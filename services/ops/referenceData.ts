import { and, asc, eq } from 'drizzle-orm';
import { createAuditLog } from '../../data/repositories/audit';
import { createCatalogueRepository } from '../../data/repositories/catalogue';
import { createTierRepository } from '../../data/repositories/tiers';
import { invalidateReference } from '../../data/referenceCache';
import type { CurrencyCode } from '../../data/schema/common';
import { countries } from '../../data/schema/countries';
import { catalogueModels, dealers, productCategoryEnum, type ProductCategory } from '../../data/schema/products';
import { tierPrices, tiers } from '../../data/schema/tiers';
import { scoped, withTransaction } from '../../data/transaction';
import type { Db } from '../../data/types';
import { isNotRegistrableReasonKey } from '../../domain/products';

export const CURRENCIES: readonly CurrencyCode[] = ['EUR', 'DKK', 'SEK', 'NOK', 'CZK', 'HUF', 'PLN', 'GBP'];
const REGIONS = new Intl.DisplayNames(['en'], { type: 'region' });
const TIME_ZONES = new Set(Intl.supportedValuesOf('timeZone'));

/** A refusal: a fixed code and the names of the wrong fields (never runtime text). */
export type Checked<T> = { ok: true; value: T } | { ok: false; error: string; fields: string[] };

const str = (v: unknown, max: number): string | undefined => (typeof v === 'string' && v.trim().length > 0 && v.trim().length <= max ? v.trim() : undefined);
const int = (v: unknown, min: number, max: number): number | undefined => (typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max ? v : undefined);
const refuse = <T>(fields: string[], error = 'invalid-reference'): Checked<T> => ({ ok: false, error, fields });

/** ISO 3166-1 alpha-2 codes that name a real region (not `XX`, `QQ`, `ZZ`). */
export function isCountryCode(code: unknown): code is string {
  if (typeof code !== 'string' || !/^[A-Z]{2}$/.test(code)) return false;
  const name = REGIONS.of(code);
  return name !== undefined && name !== code && name !== 'Unknown Region';
}

export interface TierEdit { readonly minPoints: number; readonly fees: readonly { currency: CurrencyCode; annualFeeMinor: number }[] }

/** A tier's threshold and its annual fees: positive, in a known currency, one fee per currency. */
export function parseTierEdit(input: Record<string, unknown>): Checked<TierEdit> {
  const minPoints = int(input['minPoints'], 0, 10_000_000);
  const raw = Array.isArray(input['fees']) ? (input['fees'] as unknown[]) : undefined;
  const fields: string[] = minPoints === undefined ? ['minPoints'] : [];
  const fees: { currency: CurrencyCode; annualFeeMinor: number }[] = [];
  if (!raw || raw.length === 0) fields.push('fees');
  for (const [i, fee] of (raw ?? []).entries()) {
    const f = (fee ?? {}) as Record<string, unknown>;
    const currency = f['currency'];
    const amount = int(f['annualFeeMinor'], 1, 100_000_000);
    if (typeof currency !== 'string' || !(CURRENCIES as readonly string[]).includes(currency)) fields.push(`fees.${i}.currency`);
    else if (fees.some((x) => x.currency === currency)) return refuse([`fees.${i}.currency`], 'duplicate-key');
    if (amount === undefined) fields.push(`fees.${i}.annualFeeMinor`);
    if (typeof currency === 'string' && amount !== undefined) fees.push({ currency: currency as CurrencyCode, annualFeeMinor: amount });
  }
  return fields.length > 0 || minPoints === undefined ? refuse(fields) : { ok: true, value: { minPoints, fees } };
}

export interface ModelInput {
  readonly id: string; readonly name: string; readonly category: ProductCategory; readonly points: number;
  readonly serialPattern: string | null; readonly serialExample: string | null; readonly releaseDate: string | null;
  readonly registrable: boolean; readonly notRegistrableReasonKey: string | null;
}

/** Compiles an anchored pattern; undefined when it is not a valid regular expression. */
function compile(pattern: string): RegExp | undefined {
  if (!pattern.startsWith('^') || !pattern.endsWith('$')) return undefined;
  try {
    return new RegExp(pattern);
  } catch {
    return undefined;
  }
}

/** A catalogue model; the serial pattern must compile and match its example (normalised like members' serials). */
export function parseModel(input: Record<string, unknown>): Checked<ModelInput> {
  const id = typeof input['id'] === 'string' && /^[a-z0-9]+(-[a-z0-9]+)*$/.test(input['id']) && input['id'].length <= 60 ? input['id'] : undefined;
  const name = str(input['name'], 120);
  const category = (productCategoryEnum.enumValues as readonly unknown[]).includes(input['category']) ? (input['category'] as ProductCategory) : undefined;
  const points = int(input['points'], 0, 100_000);
  const pattern = str(input['serialPattern'], 200) ?? null;
  const example = typeof input['serialExample'] === 'string' && input['serialExample'].trim() ? input['serialExample'].replace(/\s+/g, '').toUpperCase().slice(0, 60) : null;
  const releaseDate = input['releaseDate'] === null || input['releaseDate'] === '' || input['releaseDate'] === undefined ? null : typeof input['releaseDate'] === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(input['releaseDate']) && !Number.isNaN(Date.parse(input['releaseDate'])) ? input['releaseDate'] : undefined;
  const registrable = input['registrable'] === undefined ? true : input['registrable'];
  const reason = isNotRegistrableReasonKey(input['notRegistrableReasonKey']) ? input['notRegistrableReasonKey'] : null;
  const fields = [
    ...(id ? [] : ['id']), ...(name ? [] : ['name']), ...(category ? [] : ['category']), ...(points === undefined ? ['points'] : []),
    ...(releaseDate === undefined ? ['releaseDate'] : []), ...(typeof registrable === 'boolean' ? [] : ['registrable']),
    ...(registrable === true && (!pattern || !example) ? ['serialPattern'] : []),
    ...(registrable === false && !reason ? ['notRegistrableReasonKey'] : []),
  ];
  if (pattern !== null && !compile(pattern)) fields.push('serialPattern');
  if (fields.length > 0 || !id || !name || !category || points === undefined || releaseDate === undefined || typeof registrable !== 'boolean') return refuse([...new Set(fields)]);
  if (pattern !== null && example !== null && !compile(pattern)?.test(example)) return refuse(['serialPattern', 'serialExample'], 'pattern-does-not-match-example');
  return { ok: true, value: { id, name, category, points, serialPattern: pattern, serialExample: example, releaseDate, registrable, notRegistrableReasonKey: registrable ? null : reason } };
}

export interface CountryInput { readonly code: string; readonly name: string; readonly currency: CurrencyCode; readonly vatRateBp: number; readonly timeZone: string }

export function parseCountry(input: Record<string, unknown>): Checked<CountryInput> {
  const code = typeof input['code'] === 'string' ? input['code'].trim().toUpperCase() : '';
  const name = str(input['name'], 80);
  const currency = (CURRENCIES as readonly unknown[]).includes(input['currency']) ? (input['currency'] as CurrencyCode) : undefined;
  const vatRateBp = int(input['vatRateBp'], 0, 10_000);
  const timeZone = typeof input['timeZone'] === 'string' && TIME_ZONES.has(input['timeZone']) ? input['timeZone'] : undefined;
  const fields = [...(isCountryCode(code) ? [] : ['code']), ...(name ? [] : ['name']), ...(currency ? [] : ['currency']), ...(vatRateBp === undefined ? ['vatRateBp'] : []), ...(timeZone ? [] : ['timeZone'])];
  if (fields.length > 0 || !name || !currency || vatRateBp === undefined || !timeZone) return refuse(fields);
  return { ok: true, value: { code, name, currency, vatRateBp, timeZone } };
}

export function parseDealer(input: Record<string, unknown>): Checked<{ countryCode: string; name: string }> {
  const countryCode = typeof input['countryCode'] === 'string' ? input['countryCode'].trim().toUpperCase() : '';
  const name = str(input['name'], 120);
  const fields = [...(isCountryCode(countryCode) ? [] : ['countryCode']), ...(name ? [] : ['name'])];
  return fields.length > 0 || !name ? refuse(fields) : { ok: true, value: { countryCode, name } };
}

/** The outcome of a change: saved (with the new row), or a refusal with a fixed code. */
export type Saved<T> = { ok: true; value: T } | { ok: false; status: 404 | 409; error: string };

/** Cache keys each kind of change makes stale (data/referenceCache.ts). */
const CACHE_KEYS = { tiers: ['tiers'], models: ['catalogue.models'], countries: ['countries'], dealers: ['catalogue.dealers'] } as const;

/**
 * Reference data for admins: read it all, change tiers and fees, catalogue models, countries and
 * dealers. Reads go through the same cached repositories the bot uses; every change is written to
 * the audit log (actor, before, after: reference data holds no personal data) and drops this
 * process's cached copy, so it shows here at once and in every other process within a minute.
 */
export function createReferenceAdmin(db: Db) {
  const audit = createAuditLog(db);
  const catalogue = createCatalogueRepository(db);
  const tierRepo = createTierRepository(db);

  async function change<T>(kind: keyof typeof CACHE_KEYS, work: () => Promise<Saved<T>>): Promise<Saved<T>> {
    const result = await withTransaction(db, work);
    if (result.ok) invalidateReference(db, ...CACHE_KEYS[kind]);
    return result;
  }

  return {
    async all() {
      return withTransaction(db, async () => ({
        tiers: await tierRepo.catalogue(),
        fees: await tierRepo.prices(),
        models: await catalogue.allModels(),
        countries: await scoped(db).select({ code: countries.code, name: countries.name, currency: countries.currency, vatRateBp: countries.vatRateBp, timeZone: countries.timeZone }).from(countries).orderBy(asc(countries.code)),
        dealers: await scoped(db).select().from(dealers).orderBy(asc(dealers.countryCode), asc(dealers.name)),
        categories: productCategoryEnum.enumValues,
        currencies: CURRENCIES,
      }));
    },

    /** A tier's threshold and fees: listed currencies are set, unlisted ones removed. */
    updateTier(actor: string, code: string, edit: TierEdit) {
      return change('tiers', async () => {
        const [before] = await scoped(db).select().from(tiers).where(eq(tiers.code, code)).for('update');
        if (!before) return { ok: false, status: 404, error: 'not-found' } as const;
        const feesBefore = await scoped(db).select({ currency: tierPrices.currency, annualFeeMinor: tierPrices.annualFeeMinor }).from(tierPrices).where(eq(tierPrices.tierCode, code)).orderBy(asc(tierPrices.currency));
        await scoped(db).update(tiers).set({ minPoints: edit.minPoints }).where(eq(tiers.code, code));
        await scoped(db).delete(tierPrices).where(eq(tierPrices.tierCode, code));
        await scoped(db).insert(tierPrices).values(edit.fees.map((f) => ({ tierCode: code, ...f })));
        const after = { minPoints: edit.minPoints, fees: [...edit.fees].sort((a, b) => a.currency.localeCompare(b.currency)) };
        await audit.record({ actor, action: 'reference.tier.update', subject: `tier:${code}`, details: { before: { minPoints: before.minPoints, fees: feesBefore }, after } });
        return { ok: true, value: { code, ...after } } as const;
      });
    },

    /** Creates (`create`) or replaces a catalogue model; a new id that exists, or an unknown one to replace, is refused. */
    saveModel(actor: string, model: ModelInput, create: boolean) {
      return change('models', async () => {
        const [before] = await scoped(db).select().from(catalogueModels).where(eq(catalogueModels.id, model.id)).for('update');
        if (create && before) return { ok: false, status: 409, error: 'duplicate-key' } as const;
        if (!create && !before) return { ok: false, status: 404, error: 'not-found' } as const;
        const [after] = create
          ? await scoped(db).insert(catalogueModels).values(model).returning()
          : await scoped(db).update(catalogueModels).set({ ...model, updatedAt: new Date() }).where(eq(catalogueModels.id, model.id)).returning();
        await audit.record({ actor, action: create ? 'reference.model.create' : 'reference.model.update', subject: `catalogue-model:${model.id}`, details: { before: before ?? null, after: after ?? null } });
        return { ok: true, value: after! } as const;
      });
    },

    /** Adds a country or changes one (support hours are edited elsewhere and kept). */
    saveCountry(actor: string, country: CountryInput) {
      return change('countries', async () => {
        const [before] = await scoped(db).select({ code: countries.code, name: countries.name, currency: countries.currency, vatRateBp: countries.vatRateBp, timeZone: countries.timeZone }).from(countries).where(eq(countries.code, country.code)).for('update');
        if (before) await scoped(db).update(countries).set({ ...country, updatedAt: new Date() }).where(eq(countries.code, country.code));
        else await scoped(db).insert(countries).values(country);
        await audit.record({ actor, action: before ? 'reference.country.update' : 'reference.country.create', subject: `country:${country.code}`, details: { before: before ?? null, after: country } });
        return { ok: true, value: country } as const;
      });
    },

    addDealer(actor: string, dealer: { countryCode: string; name: string }) {
      return change('dealers', async () => {
        const [country] = await scoped(db).select({ code: countries.code }).from(countries).where(eq(countries.code, dealer.countryCode));
        if (!country) return { ok: false, status: 404, error: 'unknown-country' } as const;
        const [created] = await scoped(db).insert(dealers).values(dealer).onConflictDoNothing().returning();
        if (!created) return { ok: false, status: 409, error: 'duplicate-key' } as const;
        await audit.record({ actor, action: 'reference.dealer.create', subject: `dealer:${created.id}`, details: { before: null, after: dealer } });
        return { ok: true, value: created } as const;
      });
    },

    removeDealer(actor: string, id: string) {
      return change('dealers', async () => {
        const [removed] = await scoped(db).delete(dealers).where(and(eq(dealers.id, id))).returning();
        if (!removed) return { ok: false, status: 404, error: 'not-found' } as const;
        await audit.record({ actor, action: 'reference.dealer.delete', subject: `dealer:${id}`, details: { before: { countryCode: removed.countryCode, name: removed.name }, after: null } });
        return { ok: true, value: removed } as const;
      });
    },
  };
}

export type ReferenceAdmin = ReturnType<typeof createReferenceAdmin>;
