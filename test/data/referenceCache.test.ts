import { describe, expect, it } from 'vitest';
import { cachedReference, invalidateReference, REFERENCE_TTL_MS } from '../../data/referenceCache';
import type { Db } from '../../data/types';

/** A database handle only as a cache key: the loader stands for the query. */
const handle = () => ({}) as Db;

describe('reference data cache', () => {
  it('reads once while fresh, and concurrent callers share that read', async () => {
    const db = handle();
    let reads = 0;
    const load = async () => [{ code: 'gold', reads: ++reads }];
    const [a, b] = await Promise.all([cachedReference(db, 'tiers', load, 0), cachedReference(db, 'tiers', load, 0)]);
    const c = await cachedReference(db, 'tiers', load, REFERENCE_TTL_MS - 1);
    expect(reads).toBe(1);
    expect(a).toBe(b);
    expect(c).toBe(a);
  });

  it('reads again once the time to live has passed', async () => {
    const db = handle();
    let reads = 0;
    const load = async () => ++reads;
    await cachedReference(db, 'countries', load, 0);
    expect(await cachedReference(db, 'countries', load, REFERENCE_TTL_MS)).toBe(2);
  });

  it('keeps one cache per database handle and per key', async () => {
    const [first, second] = [handle(), handle()];
    await cachedReference(first, 'tiers', async () => 'first', 0);
    expect(await cachedReference(second, 'tiers', async () => 'second', 0)).toBe('second');
    expect(await cachedReference(first, 'dealers', async () => 'dealers', 0)).toBe('dealers');
  });

  it('does not keep a failed read: a waiting caller and the next one read for themselves', async () => {
    const db = handle();
    let fail!: (error: Error) => void;
    const failing = cachedReference(db, 'catalogue', () => new Promise<string>((_, reject) => (fail = reject)), 0);
    const waiting = cachedReference(db, 'catalogue', async () => 'read by the waiting caller', 0);
    fail(new Error('that turn’s transaction was aborted'));
    await expect(failing).rejects.toThrow('aborted');
    expect(await waiting).toBe('read by the waiting caller');
    expect(await cachedReference(db, 'catalogue', async () => 'not read again', 0)).toBe('read by the waiting caller');
  });

  it('hands out frozen values, so no caller can change what the others see', async () => {
    const rows = await cachedReference(handle(), 'models', async () => [{ id: 'eos-r5', points: 250 }], 0);
    expect(Object.isFrozen(rows)).toBe(true);
    expect(Object.isFrozen(rows[0])).toBe(true);
  });

  it('invalidateReference drops the keys with the given prefixes, and only those', async () => {
    const db = handle();
    let reads = 0;
    const load = async () => ++reads;
    await cachedReference(db, 'catalogue.models', load, 0);
    await cachedReference(db, 'countries', load, 0);
    invalidateReference(db, 'catalogue.');
    expect(await cachedReference(db, 'catalogue.models', load, 1)).toBe(3);
    expect(await cachedReference(db, 'countries', load, 1)).toBe(2);
  });
});
