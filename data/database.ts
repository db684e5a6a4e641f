import { createHash } from 'node:crypto';
import { mkdirSync, openSync, readdirSync, readFileSync, rmSync, writeFileSync, closeSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator';
import postgres from 'postgres';
import { PROJECT_ROOT } from './projectRoot';
import { seedDatabase, seedFingerprint } from './seed';
import { faqSeed } from './seed/faq';
import type { Db } from './types';

export const MIGRATIONS_FOLDER = join(PROJECT_ROOT, 'data', 'migrations');

/**
 * Settings for embedded databases. PostgreSQL's default 128 MB of shared buffers costs PGlite
 * 0.3 s of zeroing at every start and 96 MB of memory; the embedded database of one developer or
 * one test file holds a few MB.
 */
export const PGLITE_SETTINGS: readonly string[] = ['shared_buffers=32MB'];

/** Advisory-lock key under which migrations and seeding run, so concurrent starts take turns. */
const MIGRATION_LOCK_KEY = 72_413_001;

export type DatabaseKind = 'pglite' | 'postgres';

export interface Database {
  readonly kind: DatabaseKind;
  /** Where the data lives, for the start-up log: the embedded folder, or PostgreSQL's host, port and database (never credentials). */
  readonly location: string;
  readonly db: Db;
  /** True once the connection answers and migrations are applied. */
  isReady(): Promise<boolean>;
  close(): Promise<void>;
  /** Statements sent so far (BEGIN and COMMIT included), when opened with `countQueries`. */
  readonly queryCount?: () => number;
}

export class DataDirInUseError extends Error {
  override readonly name = 'DataDirInUseError';
}

export interface OpenOptions {
  /** PostgreSQL connection string; when absent an embedded PGlite database is used. */
  readonly databaseUrl?: string | undefined;
  /** Folder for the embedded database (ignored for PostgreSQL). */
  readonly dataDir?: string;
  /** An already-created PGlite instance (tests clone a migrated template into memory). */
  readonly pglite?: PGlite;
  /** postgres.js pool size. */
  readonly poolSize?: number;
  /** Run migrations and seed data before returning (default true). */
  readonly migrate?: boolean;
  /**
   * Count every statement sent through drizzle, plus BEGIN and COMMIT of each transaction, and
   * expose the total as `queryCount` (the bench's round trips per turn). Off by default: it costs a call per query.
   */
  readonly countQueries?: boolean;
}

/**
 * Opens the database: PostgreSQL through postgres.js when a URL is given, otherwise PGlite
 * file-backed in `dataDir`. Applies migrations and seed data under an advisory lock.
 */
export async function openDatabase(options: OpenOptions): Promise<Database> {
  const counter = options.countQueries ? { queries: 0 } : undefined;
  const database = options.databaseUrl
    ? openPostgres(options.databaseUrl, options.poolSize ?? 20, counter)
    : await openPglite(options, counter);
  if (options.migrate ?? true) {
    try {
      await migrateAndSeed(database);
    } catch (error) {
      await database.close();
      throw error;
    }
  }
  return database;
}

interface QueryCounter {
  queries: number;
}

/** Drizzle's logger sees every statement; BEGIN and COMMIT (or ROLLBACK) are two more per transaction. */
function counted(db: Db, counter: QueryCounter | undefined): Pick<Database, 'queryCount'> {
  if (!counter) return {};
  const transaction = db.transaction.bind(db);
  db.transaction = ((work, config) => {
    counter.queries += 2;
    return transaction(work, config);
  }) as typeof db.transaction;
  return { queryCount: () => counter.queries };
}

function queryLogger(counter: QueryCounter | undefined) {
  return counter ? { logger: { logQuery: () => void counter.queries++ } } : {};
}

/**
 * Drizzle sends its built queries unnamed (`prepare: false`) unless given a statement name, so
 * PostgreSQL parses and plans every one of them again. Our statement texts are a fixed set (one
 * per query in the code; values are always parameters), so this client prepares every statement
 * once per connection and then only binds and executes it: less work for the server and a
 * smaller message per query. Applies to the pool, its transactions and their savepoints.
 * One consequence: postgres.js describes a statement before its first use on a connection and sends
 * it only then, so statements sent together (not awaited one by one) may run out of order. Never
 * send a statement together with one whose effect it must see.
 */
function preparingStatements(client: postgres.Sql): postgres.Sql {
  preparing(client);
  const begin = client.begin as (options: string, work: (tx: postgres.TransactionSql) => unknown) => Promise<unknown>;
  client.begin = ((options: unknown, work?: unknown) => {
    const [mode, fn] = typeof options === 'function' ? ['', options] : [String(options), work];
    return begin(mode, (tx) => (fn as (tx: postgres.TransactionSql) => unknown)(preparingTransaction(tx)));
  }) as typeof client.begin;
  return client;
}

function preparingTransaction(tx: postgres.TransactionSql): postgres.TransactionSql {
  preparing(tx);
  const savepoint = tx.savepoint as (name: string | undefined, work: (sp: postgres.TransactionSql) => unknown) => Promise<unknown>;
  tx.savepoint = ((name: unknown, work?: unknown) => {
    const [label, fn] = typeof name === 'function' ? [undefined, name] : [name as string, work];
    return savepoint(label, (sp) => (fn as (sp: postgres.TransactionSql) => unknown)(preparingTransaction(sp)));
  }) as typeof tx.savepoint;
  return tx;
}

/** Every query sent through `sql.unsafe` (drizzle's only way in) asks for a prepared statement. */
function preparing(sql: postgres.Sql | postgres.TransactionSql): void {
  const unsafe = sql.unsafe;
  sql.unsafe = ((query, parameters, options) => unsafe(query, parameters, { ...options, prepare: true })) as typeof sql.unsafe;
}

/**
 * Seconds before the pool tries to connect again after failed attempts. While it waits it fails
 * queries fast (members get the "please try again" reply at once instead of a hanging turn);
 * postgres.js' default grows to 20 s, which would keep a recovered database unused that long.
 */
function reconnectBackoff(retries: number): number {
  return Math.min(0.05 * 2 ** retries, 1) * (0.5 + Math.random() / 2);
}

function openPostgres(url: string, poolSize: number, counter: QueryCounter | undefined): Database {
  const client = preparingStatements(
    postgres(url, { max: poolSize, onnotice: () => {}, idle_timeout: 60, connect_timeout: 10, backoff: reconnectBackoff }),
  );
  const db = drizzlePostgres(client, { ...queryLogger(counter) }) as unknown as Db;
  const parsed = new URL(url);
  return {
    kind: 'postgres',
    location: `${parsed.hostname}:${parsed.port || '5432'}${parsed.pathname}`,
    db,
    isReady: () => checkReady(db),
    close: () => client.end({ timeout: 5 }),
    ...counted(db, counter),
  };
}

/** What `npm start` (scripts/start.mjs) put here: PGlite's WebAssembly, compiled while the server's code loaded. */
const PGLITE_PRELOAD = Symbol.for('cps.pglitePreload');

interface PglitePreload {
  readonly pgliteWasmModule: WebAssembly.Module;
  readonly fsBundle: Blob;
}

/** The preloaded module and file bundle, or nothing (tests, the chat client): PGlite then loads them itself. */
async function pglitePreload(): Promise<PglitePreload | Record<string, never>> {
  const preload = (globalThis as Record<symbol, unknown>)[PGLITE_PRELOAD] as Promise<PglitePreload> | undefined;
  return (await preload?.catch(() => undefined)) ?? {};
}

async function openPglite(options: OpenOptions, counter: QueryCounter | undefined): Promise<Database> {
  // Loaded only when used: a server on PostgreSQL does not carry the embedded database in memory.
  const [{ PGlite }, { pg_trgm }, { drizzle: drizzlePglite }] = await Promise.all([
    import('@electric-sql/pglite'),
    import('@electric-sql/pglite/contrib/pg_trgm'),
    import('drizzle-orm/pglite'),
  ]);
  let release = () => {};
  let client = options.pglite;
  const dir = resolve(options.dataDir ?? '.data');
  if (!client) {
    mkdirSync(dir, { recursive: true });
    release = lockDataDir(dir);
    try {
      const preloaded = await pglitePreload();
      client = await PGlite.create({ dataDir: join(dir, 'pgdata'), extensions: { pg_trgm }, postgresqlconf: [...PGLITE_SETTINGS], ...preloaded });
    } catch (error) {
      release();
      throw error;
    }
  }
  const pg = client;
  const db = drizzlePglite(pg, { ...queryLogger(counter) }) as unknown as Db;
  return {
    kind: 'pglite',
    location: options.pglite ? 'in memory' : join(dir, 'pgdata'),
    db,
    isReady: () => checkReady(db),
    close: async () => {
      if (!pg.closed) await pg.close();
      release();
    },
    ...counted(db, counter),
  };
}

/**
 * PGlite is a single-process database: a second server on the same folder would corrupt it.
 * A lock file with the owner's pid makes the second one fail fast; a stale file (dead pid) is taken over.
 */
function lockDataDir(dir: string): () => void {
  const lockFile = join(dir, 'server.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(lockFile, 'wx');
      writeFileSync(fd, String(process.pid));
      closeSync(fd);
      return () => rmSync(lockFile, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = Number.parseInt(readFileSync(lockFile, 'utf8'), 10);
      if (Number.isInteger(owner) && owner !== process.pid && isAlive(owner)) {
        throw new DataDirInUseError(
          `The embedded database in ${dir} is already used by process ${owner}. ` +
            'Stop that process, or give this one its own DATA_DIR, or use PostgreSQL with DATABASE_URL.',
        );
      }
      rmSync(lockFile, { force: true });
    }
  }
  throw new DataDirInUseError(`Could not lock ${dir}`);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function checkReady(db: Db): Promise<boolean> {
  try {
    const rows = await db.execute<{ ready: boolean }>(sql`select to_regclass('public.bot_state') is not null as ready`);
    return rowsOf<{ ready: boolean }>(rows)[0]?.ready === true;
  } catch {
    return false;
  }
}

/** Normalises `db.execute` results: postgres.js returns an array, PGlite `{ rows }`. */
export function rowsOf<T>(result: unknown): T[] {
  if (Array.isArray(result)) return result as T[];
  const rows = (result as { rows?: unknown }).rows;
  return Array.isArray(rows) ? (rows as T[]) : [];
}

const FINGERPRINT_KEY = 'reference-fingerprint';

/** The migrations (their SQL and journal) and the seed data, hashed: what a database is at after `migrateAndSeed`. */
export function referenceFingerprint(): string {
  const hash = createHash('sha256');
  const files = readdirSync(MIGRATIONS_FOLDER).filter((name) => name.endsWith('.sql')).sort();
  for (const name of [...files, 'meta/_journal.json']) hash.update(name).update(readFileSync(join(MIGRATIONS_FOLDER, name)));
  return hash.update(seedFingerprint()).digest('hex');
}

/**
 * True when the database is at this fingerprint and still holds every seeded FAQ row: an editor
 * hands a FAQ answer back to the seed by deleting its row, and the next start writes it again.
 * False also when the tables do not exist yet.
 */
async function isCurrent(db: Db, fingerprint: string): Promise<boolean> {
  try {
    const rows = await db.execute<{ value: string | null; faq: number }>(
      sql`select (select value from app_meta where key = ${FINGERPRINT_KEY}) as value,
                 (select count(*)::int from faq_entries where seed_hash is not null) as faq`,
    );
    const row = rowsOf<{ value: string | null; faq: number }>(rows)[0];
    return row?.value === fingerprint && Number(row.faq) >= faqSeed.length;
  } catch {
    return false;
  }
}

async function storeFingerprint(db: Db, fingerprint: string): Promise<void> {
  await db.execute(
    sql`insert into app_meta (key, value) values (${FINGERPRINT_KEY}, ${fingerprint})
        on conflict (key) do update set value = excluded.value, updated_at = now()`,
  );
}

/**
 * Applies committed migrations and idempotent seed data, one process at a time. A database whose
 * stored fingerprint matches this code's migrations and seed is left alone: a restart costs one read.
 */
export async function migrateAndSeed(database: Database): Promise<void> {
  const fingerprint = referenceFingerprint();
  if (await isCurrent(database.db, fingerprint)) return;
  if (database.kind === 'postgres') {
    // Migrations run on the pool; the lock is held on a reserved connection for the whole time.
    const client = (database.db as unknown as { $client: postgres.Sql }).$client;
    const reserved = await client.reserve();
    try {
      await reserved`select pg_advisory_lock(${MIGRATION_LOCK_KEY})`;
      await reserved`create extension if not exists pg_trgm`;
      await migratePostgres(database.db as never, { migrationsFolder: MIGRATIONS_FOLDER });
      await seedDatabase(database.db);
      await storeFingerprint(database.db, fingerprint);
    } finally {
      await reserved`select pg_advisory_unlock(${MIGRATION_LOCK_KEY})`.catch(() => {});
      reserved.release();
    }
    return;
  }
  const { migrate: migratePglite } = await import('drizzle-orm/pglite/migrator');
  await database.db.execute(sql`create extension if not exists pg_trgm`);
  await migratePglite(database.db as never, { migrationsFolder: MIGRATIONS_FOLDER });
  await seedDatabase(database.db);
  await storeFingerprint(database.db, fingerprint);
}
