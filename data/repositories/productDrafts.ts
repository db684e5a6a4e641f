import { eq, sql } from 'drizzle-orm';
import { botState } from '../schema/botState';
import { scoped } from '../transaction';
import type { Db } from '../types';

/** What a member typed into a new product's entry card and did not get saved yet. */
export interface ProductDraft {
  readonly entryId: string;
  readonly values: Readonly<Record<string, string>>;
}

const key = (memberId: string) => `product-draft:${memberId}`;

/**
 * The member's unsaved product form, kept in `bot_state` (so it survives a restart, the menu,
 * a language switch and days of silence; the retention job removes it with inactive bot state).
 */
export function createProductDraftRepository(db: Db) {
  return {
    async keep(memberId: string, draft: ProductDraft, at: Date): Promise<void> {
      const data: Record<string, unknown> = { entryId: draft.entryId, values: draft.values };
      await scoped(db)
        .insert(botState)
        .values({ key: key(memberId), data })
        .onConflictDoUpdate({ target: botState.key, set: { data, etag: sql`${botState.etag} + 1`, updatedAt: at } });
    },

    async find(memberId: string): Promise<ProductDraft | undefined> {
      const [found] = await scoped(db).select({ data: botState.data }).from(botState).where(eq(botState.key, key(memberId)));
      const entryId = found?.data['entryId'];
      const values = found?.data['values'];
      if (typeof entryId !== 'string' || typeof values !== 'object' || values === null) return undefined;
      const strings = Object.fromEntries(Object.entries(values).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
      return { entryId, values: strings };
    },

    async drop(memberId: string): Promise<void> {
      await scoped(db).delete(botState).where(eq(botState.key, key(memberId)));
    },
  };
}
