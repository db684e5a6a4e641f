import { eq, getTableColumns, sql } from 'drizzle-orm';
import { conversationRefs, members, type Member } from '../schema/members';
import { scoped } from '../transaction';
import type { Db } from '../types';
import type { SupportedLanguage } from '../../domain/language';

/** The fields of a Bot Framework ConversationReference we keep (structural; data/ does not import botbuilder). */
export type StoredConversationReference = Readonly<Record<string, unknown>>;

/** Chat users and what we need to reach them again. */
export function createMemberRepository(db: Db) {
  return {
    /**
     * Finds the member for a channel identity, creating it on first contact. One round trip:
     * the upsert returns the row either way, and `created` says whether it is new.
     */
    async findOrCreate(channelId: string, channelUserId: string, displayName?: string): Promise<Member & { created: boolean }> {
      const [row] = await scoped(db)
        .insert(members)
        .values({ channelId, channelUserId, displayName: displayName ?? null })
        .onConflictDoUpdate({
          target: [members.channelId, members.channelUserId],
          // A no-op update so RETURNING yields the existing row.
          set: { channelId: sql`excluded.channel_id` },
        })
        .returning({ ...getTableColumns(members), created: sql<boolean>`(xmax = 0)` });
      if (!row) throw new Error('member upsert returned no row');
      return row;
    },

    async byId(memberId: string): Promise<Member | undefined> {
      const [row] = await scoped(db).select().from(members).where(eq(members.id, memberId));
      return row;
    },

    async setLanguage(memberId: string, language: SupportedLanguage): Promise<void> {
      await scoped(db).update(members).set({ language }).where(eq(members.id, memberId));
    },

    async saveConversationReference(memberId: string, channelId: string, reference: StoredConversationReference): Promise<void> {
      await scoped(db)
        .insert(conversationRefs)
        .values({ memberId, channelId, reference })
        .onConflictDoUpdate({ target: [conversationRefs.memberId, conversationRefs.channelId], set: { reference, updatedAt: new Date() } });
    },

    async conversationReferences(memberId: string) {
      return scoped(db).select().from(conversationRefs).where(eq(conversationRefs.memberId, memberId));
    },
  };
}

export type MemberRepository = ReturnType<typeof createMemberRepository>;
