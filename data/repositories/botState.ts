import { and, eq, inArray, sql } from 'drizzle-orm';
import { preparedQuery } from '../prepared';
import { botState } from '../schema/botState';
import { scoped } from '../transaction';
import type { Db } from '../types';

/** A state write whose eTag no longer matches the stored row: someone else wrote first. */
export class StaleStateError extends Error {
  override readonly name = 'StaleStateError';
  constructor(readonly key: string) {
    super(`Stale bot state write for ${key}: it was changed since it was read`);
  }
}

export type StateItem = Record<string, unknown> & { eTag?: string };

/** Bot Framework's "write regardless" eTag. */
const ANY_ETAG = '*';

/**
 * A Bot Framework `Storage` (structurally: data/ does not import botbuilder) over `bot_state`,
 * with compare-and-swap on eTag (the row version):
 * - an item carrying the eTag it was read with is saved only if the row still has that version;
 * - a key read as absent is inserted only if it is still absent;
 * - BotState always writes eTag `*`, so this storage remembers what it read for each key and
 *   compares against that. Only a key never read through this instance is written unconditionally.
 * A stale write throws StaleStateError and changes nothing. Create one instance per turn.
 */
export function createBotStateStorage(db: Db) {
  const compareAndSwap = preparedQuery(db, 'bot_state_cas', (db) =>
    db
      .update(botState)
      .set({ data: sql`${sql.placeholder('data')}::jsonb`, etag: sql`${sql.placeholder('next')}`, updatedAt: sql`now()` })
      .where(and(eq(botState.key, sql.placeholder('key')), eq(botState.etag, sql.placeholder('expected'))))
      .returning({ etag: botState.etag }),
  );
  /** key → version read this turn; null = read as absent. */
  const versions = new Map<string, number | null>();
  /** key → row as first read by this instance; null = absent. */
  const loaded = new Map<string, { data: Record<string, unknown>; etag: number } | null>();

  async function writeOne(key: string, item: StateItem): Promise<void> {
    const { eTag, ...data } = item;
    const expected = eTag !== undefined && eTag !== ANY_ETAG ? Number(eTag) : versions.get(key);
    const ex = scoped(db);
    let written: { etag: number }[];
    if (expected === undefined) {
      written = await ex
        .insert(botState)
        .values({ key, data, etag: 1 })
        .onConflictDoUpdate({ target: botState.key, set: { data, etag: sql`${botState.etag} + 1`, updatedAt: new Date() } })
        .returning({ etag: botState.etag });
    } else if (expected === null) {
      written = await ex.insert(botState).values({ key, data, etag: 1 }).onConflictDoNothing().returning({ etag: botState.etag });
    } else {
      written = await compareAndSwap({ key, data: JSON.stringify(data), expected, next: expected + 1 });
    }
    const row = written[0];
    if (!row) throw new StaleStateError(key);
    versions.set(key, row.etag);
    loaded.set(key, { data, etag: row.etag });
    item.eTag = String(row.etag);
  }

  return {
    /** Takes `key` as read already (by the turn's first statement): `read` answers it without a query. */
    preload(key: string, row: { data: Record<string, unknown>; etag: number } | undefined): void {
      loaded.set(key, row ? { data: row.data, etag: row.etag } : null);
    },

    /**
     * Reads each key from the database at most once per instance: a key read before, or handed in
     * with `preload` (the turn's first read includes the conversation's state), is answered from
     * that, so BotState's own load costs no second query.
     */
    async read(keys: string[]): Promise<Record<string, StateItem>> {
      const missing = keys.filter((key) => !loaded.has(key));
      if (missing.length > 0) {
        for (const key of missing) loaded.set(key, null);
        const rows = await scoped(db).select().from(botState).where(inArray(botState.key, missing));
        for (const row of rows) loaded.set(row.key, { data: row.data, etag: row.etag });
      }
      const items: Record<string, StateItem> = {};
      for (const key of keys) {
        const row = loaded.get(key);
        versions.set(key, row ? row.etag : null);
        if (row) items[key] = { ...row.data, eTag: String(row.etag) };
      }
      return items;
    },

    async write(changes: Record<string, StateItem>): Promise<void> {
      for (const [key, item] of Object.entries(changes)) await writeOne(key, item);
    },

    async delete(keys: string[]): Promise<void> {
      if (keys.length === 0) return;
      await scoped(db).delete(botState).where(inArray(botState.key, keys));
      for (const key of keys) {
        versions.set(key, null);
        loaded.set(key, null);
      }
    },
  };
}
