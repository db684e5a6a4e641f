import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import postgres from 'postgres';
import { inject } from 'vitest';
import { openDatabase, PGLITE_SETTINGS, type Database } from '../../data/database';
import { testDatabasePrefix, withDatabase } from './globalSetup';

export type TestDatabaseKind = 'pglite' | 'postgres';

/** With TEST_DATABASE_URL set the whole suite runs on PostgreSQL, otherwise on PGlite. */
export function defaultKind(): TestDatabaseKind {
  return inject('postgres') ? 'postgres' : 'pglite';
}

let templateBytes: Buffer | undefined;

export interface TestDatabase extends Database {
  /** For PostgreSQL: the URL of this test's own database (a second process can connect to it). */
  readonly url?: string;
}

/** A fresh migrated and seeded database of the given kind, cloned from the run's template. */
export async function createTestDatabase(kind: TestDatabaseKind = defaultKind(), options: { poolSize?: number } = {}): Promise<TestDatabase> {
  if (kind === 'pglite') {
    templateBytes ??= readFileSync(inject('pgliteTemplate'));
    const client = await PGlite.create({ loadDataDir: new Blob([templateBytes]), extensions: { pg_trgm }, postgresqlconf: [...PGLITE_SETTINGS] });
    return openDatabase({ pglite: client, migrate: false });
  }
  const pg = inject('postgres');
  if (!pg) throw new Error('PostgreSQL tests need TEST_DATABASE_URL');
  const name = `${testDatabasePrefix(pg.template)}${randomUUID().replace(/-/g, '').slice(0, 16)}`;
  const admin = postgres(pg.adminUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name} template ${pg.template}`);
  await admin.end();
  const url = withDatabase(pg.adminUrl, name);
  const database = await openDatabase({ databaseUrl: url, migrate: false, poolSize: options.poolSize ?? 10 });
  return {
    ...database,
    kind: database.kind,
    db: database.db,
    url,
    async close() {
      await database.close();
      const dropper = postgres(pg.adminUrl, { max: 1, onnotice: () => {} });
      await dropper.unsafe(`drop database if exists ${name} with (force)`);
      await dropper.end();
    },
  };
}
