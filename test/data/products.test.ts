import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { count, eq } from 'drizzle-orm';
import { createLegacyRepository } from '../../data/repositories/legacy';
import { createProductRepository, isUniqueViolation } from '../../data/repositories/products';
import { productMigrations } from '../../data/schema/legacy';
import { registeredProducts } from '../../data/schema/products';
import { withTransaction } from '../../data/transaction';
import type { ProductValues } from '../../domain/products';
import { givenApprovedBusiness, givenLegacyAccount, randomDigits } from '../support/business';
import { createTestDatabase, type TestDatabase, type TestDatabaseKind } from '../support/database';

// Both engines when PostgreSQL is available: the race behaves differently on one PGlite connection and on a pool.
const kinds: TestDatabaseKind[] = inject('postgres') ? ['pglite', 'postgres'] : ['pglite'];

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function r5(serial: string, details: Partial<ProductValues> = {}): ProductValues {
  return { modelId: 'eos-r5', serialNumber: serial, purchaseDate: '2023-05-02', purchaseCountry: 'DK', dealer: 'Photocare', ...details };
}

describe.each(kinds)('registered products on %s', (kind) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase(kind, { poolSize: 6 });
  });
  afterAll(async () => {
    await database.close();
  });

  const rowsWithSerial = async (serial: string) =>
    (await database.db.select({ n: count() }).from(registeredProducts).where(eq(registeredProducts.serialNumber, serial)))[0]?.n;

  it('two businesses registering the same serial at the same moment: exactly one wins, the other gets a conflict', async () => {
    const products = createProductRepository(database.db);
    const a = await givenApprovedBusiness(database.db, `race-a-${randomUUID()}`);
    const b = await givenApprovedBusiness(database.db, `race-b-${randomUUID()}`);
    const serial = randomDigits(12);
    const attempt = (businessId: string) =>
      withTransaction(database.db, async () => {
        const outcome = await products.register(businessId, r5(serial));
        // Hold the transaction open so the other one really runs into it.
        await sleep(150);
        return outcome;
      });
    const outcomes = await Promise.all([attempt(a.businessId), attempt(b.businessId)]);
    expect(outcomes.map((o) => o.kind).sort()).toEqual(['conflict', 'created']);
    expect(await rowsWithSerial(serial)).toBe(1);
  });

  it('the same entry submitted twice is one registration (double tap, redelivery)', async () => {
    const products = createProductRepository(database.db);
    const { businessId } = await givenApprovedBusiness(database.db, `tap-${randomUUID()}`);
    const entryId = randomUUID();
    const values = r5(randomDigits(12), { dealer: null });
    const first = await withTransaction(database.db, () => products.register(businessId, values, entryId));
    const second = await withTransaction(database.db, () => products.register(businessId, values, entryId));
    expect(first.kind).toBe('created');
    expect(second).toMatchObject({ kind: 'existing', product: { id: entryId } });
    expect(await products.list(businessId)).toHaveLength(1);
  });

  it('the same model and serial registered again by the same business is the existing registration', async () => {
    const products = createProductRepository(database.db);
    const { businessId } = await givenApprovedBusiness(database.db, `again-${randomUUID()}`);
    const serial = randomDigits(12);
    const first = await products.register(businessId, r5(serial));
    const second = await products.register(businessId, r5(serial, { dealer: 'Goecker' }));
    expect(second).toMatchObject({ kind: 'existing', product: { id: first.kind === 'created' ? first.product.id : '' } });
  });

  it('a registration without serial can be saved twice with different entries (nothing unique to clash on)', async () => {
    const products = createProductRepository(database.db);
    const { businessId } = await givenApprovedBusiness(database.db, `noserial-${randomUUID()}`);
    await products.register(businessId, r5('', { serialNumber: null }));
    await products.register(businessId, r5('', { serialNumber: null }));
    expect(await products.list(businessId)).toHaveLength(2);
  });

  it('an edit to a serial another business owns is a conflict and leaves the registration unchanged', async () => {
    const products = createProductRepository(database.db);
    const a = await givenApprovedBusiness(database.db, `edit-a-${randomUUID()}`);
    const b = await givenApprovedBusiness(database.db, `edit-b-${randomUUID()}`);
    const owned = randomDigits(12);
    await products.register(a.businessId, r5(owned));
    const mine = await products.register(b.businessId, r5(randomDigits(12)));
    if (mine.kind !== 'created') throw new Error('setup failed');
    const outcome = await withTransaction(database.db, () => products.update(b.businessId, mine.product.id, r5(owned)));
    expect(outcome.kind).toBe('conflict');
    expect((await products.find(b.businessId, mine.product.id))?.serialNumber).toBe(mine.product.serialNumber);
  });

  it('recognises a unique violation from this driver, so an edit racing a registration can be answered', async () => {
    const { businessId } = await givenApprovedBusiness(database.db, `unique-${randomUUID()}`);
    const values = { businessId, ...r5(randomDigits(12)) };
    await database.db.insert(registeredProducts).values(values);
    const error = await database.db
      .insert(registeredProducts)
      .values(values)
      .then(() => undefined, (e: unknown) => e);
    expect(isUniqueViolation(error)).toBe(true);
  });
});

describe.each(kinds)('migration from an old CPS account on %s', (kind) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase(kind, { poolSize: 6 });
  });
  afterAll(async () => {
    await database.close();
  });

  it('moves the free products once; running it again changes nothing', async () => {
    const legacy = createLegacyRepository(database.db);
    const products = createProductRepository(database.db);
    const email = `old-${randomUUID()}@example.com`;
    const mine = await givenApprovedBusiness(database.db, `mig-${randomUUID()}`, { oldCpsEmail: email });
    const other = await givenApprovedBusiness(database.db, `other-${randomUUID()}`);
    const taken = randomDigits(12);
    await products.register(other.businessId, r5(taken));
    const accountId = await givenLegacyAccount(database.db, email, [
      r5(randomDigits(12)),
      { modelId: 'rf-24-70mm-f2-8-l-is-usm', serialNumber: randomDigits(10), purchaseDate: null, purchaseCountry: 'DK', dealer: null },
      { modelId: 'ef-24-70mm-f2-8l-ii-usm', serialNumber: null, purchaseDate: '2015-03-01', purchaseCountry: 'SE', dealer: 'Scandinavian Photo' },
      r5(taken),
    ]);

    const preview = await legacy.candidates(mine.businessId, accountId);
    expect(preview.map((c) => c.status).sort()).toEqual(['registered-elsewhere', 'to-migrate', 'to-migrate', 'to-migrate']);

    const first = await withTransaction(database.db, () => legacy.migrate(mine.businessId, accountId));
    expect(first.migrated).toBe(3);
    const afterFirst = await products.list(mine.businessId);
    expect(afterFirst.map((p) => p.source)).toEqual(['migration', 'migration', 'migration']);

    const second = await withTransaction(database.db, () => legacy.migrate(mine.businessId, accountId));
    expect(second.migrated).toBe(0);
    expect(await products.list(mine.businessId)).toEqual(afterFirst);
    const records = await database.db.select().from(productMigrations).where(eq(productMigrations.businessId, mine.businessId));
    expect(records).toHaveLength(1);
    expect(records[0]?.productCount).toBe(3);
    expect((await legacy.candidates(mine.businessId, accountId)).map((c) => c.status).sort()).toEqual([
      'migrated',
      'migrated',
      'migrated',
      'registered-elsewhere',
    ]);
  });

  it('two migrations of the same account at once move each product once', async () => {
    const legacy = createLegacyRepository(database.db);
    const products = createProductRepository(database.db);
    const email = `twice-${randomUUID()}@example.com`;
    const mine = await givenApprovedBusiness(database.db, `both-${randomUUID()}`, { oldCpsEmail: email });
    const accountId = await givenLegacyAccount(database.db, email, [r5(randomDigits(12)), r5(randomDigits(12), { serialNumber: null })]);
    const run = () =>
      withTransaction(database.db, async () => {
        const result = await legacy.migrate(mine.businessId, accountId);
        await sleep(100);
        return result;
      });
    const results = await Promise.all([run(), run()]);
    expect(results.map((r) => r.migrated).reduce((a, b) => a + b, 0)).toBe(2);
    expect(await products.list(mine.businessId)).toHaveLength(2);
  });

  it('importing the same legacy account again adds nothing', async () => {
    const legacy = createLegacyRepository(database.db);
    const email = `import-${randomUUID()}@example.com`;
    const items = [r5(randomDigits(12)), r5('', { serialNumber: null, dealer: null })];
    const first = await legacy.importAccount({ email, membershipNumber: null, products: items });
    const second = await legacy.importAccount({ email, membershipNumber: 'CPS-77', products: items });
    expect(first).toMatchObject({ created: true, added: 2 });
    expect(second).toMatchObject({ accountId: first.accountId, created: false, added: 0, unchanged: 2, productCount: 2 });
    expect((await legacy.accountByEmail(email.toUpperCase()))?.membershipNumber).toBe('CPS-77');
  });
});
