import type { Db } from './types';

/**
 * How long reference data read from the database is reused before it is read again. Tiers, fees,
 * countries, the product catalogue and dealers are operator-edited data that changes rarely, and
 * most turns need some of it: a change made in the database shows in every process within this time.
 */
export const REFERENCE_TTL_MS = 60_000;

interface Entry {
  readonly expires: number;
  readonly value: Promise<unknown>;
}

const caches = new WeakMap<Db, Map<string, Entry>>();

/**
 * Reference data under `key`, read by `load` at most once per `REFERENCE_TTL_MS` per database
 * handle (one app, one cache; tests get a fresh one with every database). Concurrent callers
 * share one read. `load` runs in the caller's transaction (`scoped`); if it fails there, the other
 * callers read again in their own instead of sharing that turn's failure. The value is frozen:
 * callers share it and must not change it.
 */
export async function cachedReference<T>(db: Db, key: string, load: () => Promise<T>, now = Date.now()): Promise<T> {
  let cache = caches.get(db);
  if (!cache) caches.set(db, (cache = new Map()));
  const entry = cache.get(key);
  if (entry && entry.expires > now) {
    try {
      return (await entry.value) as T;
    } catch {
      // The caller that started the read failed (its transaction, not ours): read for ourselves below.
    }
  }
  const value = load().then(deepFreeze);
  const fresh: Entry = { expires: now + REFERENCE_TTL_MS, value };
  cache.set(key, fresh);
  value.catch(() => {
    if (cache.get(key) === fresh) cache.delete(key);
  });
  return value;
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

/**
 * Forgets cached reference data whose key starts with one of `prefixes`, in this process only: the
 * process that saved a change reads it again at once; every other process within `REFERENCE_TTL_MS`.
 */
export function invalidateReference(db: Db, ...prefixes: string[]): void {
  const cache = caches.get(db);
  if (!cache) return;
  for (const key of [...cache.keys()]) if (prefixes.some((p) => key.startsWith(p))) cache.delete(key);
}
