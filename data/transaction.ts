import { AsyncLocalStorage } from 'node:async_hooks';
import type { Db } from './types';

const current = new AsyncLocalStorage<Db>();

/**
 * Runs `work` in one database transaction. Repositories called inside it (through `scoped`) use
 * the transaction automatically, so a turn's reads and writes commit or roll back together.
 */
export function withTransaction<T>(db: Db, work: (tx: Db) => Promise<T>): Promise<T> {
  const outer = current.getStore();
  if (outer) return work(outer);
  return db.transaction((tx) => current.run(tx as unknown as Db, () => work(tx as unknown as Db)));
}

/**
 * The executor to use: the transaction of the surrounding `withTransaction`, if any, else `db`.
 * On PGlite (one connection) a query on the root handle inside a transaction would wait forever,
 * so every repository goes through this.
 */
export function scoped(db: Db): Db {
  return current.getStore() ?? db;
}
