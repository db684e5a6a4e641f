import { scoped } from './transaction';
import type { Db } from './types';

/** What drizzle's `.prepare()` gives on both drivers: the built SQL, run with placeholder values. */
interface PreparedQuery<R> {
  execute(values?: Record<string, unknown>): Promise<R>;
}

/**
 * A query for the per-turn hot path, built by drizzle once instead of on every call (building is
 * most of drizzle's cost per query), and run on whatever executor is current: the surrounding
 * transaction (`scoped`) or the pool. Values go in through `sql.placeholder`.
 *
 * Drizzle ties a prepared query to the session it was built on. Both drivers' prepared queries
 * send through their `client` field, and a transaction's session keeps its connection in
 * `session.client`; so the query built on `db` runs in a transaction as a view of itself with that
 * transaction's client. test/data/prepared.test.ts checks this against both drivers.
 */
/** Per database handle, each named query is built once, however often a repository is created (bot state: every turn). */
const made = new WeakMap<Db, Map<string, (values?: Record<string, unknown>) => Promise<unknown>>>();

export function preparedQuery<R>(db: Db, name: string, build: (db: Db) => { prepare(name: string): PreparedQuery<R> }): (values?: Record<string, unknown>) => Promise<R> {
  let byName = made.get(db);
  if (!byName) made.set(db, (byName = new Map()));
  const existing = byName.get(name);
  if (existing) return existing as (values?: Record<string, unknown>) => Promise<R>;
  let query: PreparedQuery<R> | undefined;
  const run = (values?: Record<string, unknown>): Promise<R> => {
    query ??= build(db).prepare(name);
    const executor = scoped(db);
    if (executor === db) return query.execute(values);
    const client = (executor as unknown as { session: { client: unknown } }).session.client;
    return (Object.create(query, { client: { value: client } }) as PreparedQuery<R>).execute(values);
  };
  byName.set(name, run);
  return run;
}
