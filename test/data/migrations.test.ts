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
