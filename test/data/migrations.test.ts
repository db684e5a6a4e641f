import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import postgres from 'postgres';
import { describe, expect, inject, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { DataDirInUseError, openDatabase, rowsOf } from '../../data/database';
import { withDatabase } from '../support/globalSetup';

const pg = inject('postgres');

describe.runIf(pg)('migrations on PostgreSQL', () => {
  it('two processes starting at once on an empty database both come up, migrated once', async () => {
    const name = `cps_t_mig_${randomUUID().replace(/-/g, '').slice(0, 12)}`;
    const admin = postgres(pg!.adminUrl, { max: 1, onnotice: () => {} });
    await admin.unsafe(`create database ${name}`);
    try {
      const url = withDatabase(pg!.adminUrl, name);
      const [a, b] = await Promise.all([openDatabase({ databaseUrl: url, poolSize: 2 }), openDatabase({ databaseUrl: url, poolSize: 2 })]);
      expect(await a.isReady()).toBe(true);
      const applied = rowsOf<{ n: number }>(await b.db.execute(sql`select count(*)::int as n from drizzle.__drizzle_migrations`));
      expect(Number(applied[0]?.n)).toBeGreaterThan(0);
      const tiers = rowsOf<{ n: number }>(await b.db.execute(sql`select count(*)::int as n from tiers`));
      expect(Number(tiers[0]?.n)).toBe(4);
      await Promise.all([a.close(), b.close()]);
    } finally {
      await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end();
    }
  });
});

describe('embedded database folder', () => {
  it('a second process on the same DATA_DIR fails fast with a clear message', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cps-datadir-'));
    try {
      // A live pid that is not ours holds the folder (our parent: the test runner).
      const { writeFileSync } = await import('node:fs');
      writeFileSync(join(dir, 'server.lock'), String(process.ppid));
      await expect(openDatabase({ dataDir: dir })).rejects.toThrow(DataDirInUseError);
      await expect(openDatabase({ dataDir: dir })).rejects.toThrow(/already used by process/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('0017_products_reason_keys', () => {
  it('renames a stored reason key of the old product.* form and leaves the others alone', async () => {
    const { readFileSync } = await import('node:fs');
    const { createTestDatabase } = await import('../support/database');
    const database = await createTestDatabase();
    const models = [
      ['test-old-key', 'product.notRegistrable.accessory'],
      ['test-new-key', 'products.notRegistrable.consumable'],
    ] as const;
    for (const [id, key] of models) {
      await database.db.execute(sql`insert into catalogue_models (id, name, category, points, registrable, not_registrable_reason_key) values (${id}, ${id}, 'accessory', 0, false, ${key})`);
    }
    await database.db.execute(sql.raw(readFileSync(join(import.meta.dirname, '../../data/migrations/0017_products_reason_keys.sql'), 'utf8')));
    const rows = rowsOf<{ id: string; key: string }>(await database.db.execute(sql`select id, not_registrable_reason_key as key from catalogue_models where id like 'test-%' order by id`));
    expect(rows).toEqual([
      { id: 'test-new-key', key: 'products.notRegistrable.consumable' },
      { id: 'test-old-key', key: 'products.notRegistrable.accessory' },
    ]);
  });
});
