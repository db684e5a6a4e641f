import { and, eq, ne } from 'drizzle-orm';
import { applications } from '../schema/businesses';
import { conversationRefs, members, type Member } from '../schema/members';
import { scoped } from '../transaction';
import type { Db } from '../types';
import type { Language } from '../../domain/language';

/** The fields of a Bot Framework ConversationReference we keep (structural; data/ does not import botbuilder). */
export type StoredConversationReference = Readonly<Record<string, unknown>>;

/** Chat users and what we need to reach them again. */
export function createMemberRepository(db: Db) {
  /**
   * Creates the member for a channel identity on first contact; if a turn of another conversation
   * created it meanwhile, that one is returned (`created: false`).
   */
  async function create(channelId: string, channelUserId: string, displayName?: string): Promise<Member & { created: boolean }> {
    const ex = scoped(db);
    const [inserted] = await ex
      .insert(members)
      .values({ channelId, channelUserId, displayName: displayName ?? null })
      .onConflictDoNothing()
      .returning();
    if (inserted) return { ...inserted, created: true };
    // Created by a turn of another conversation in the meantime.
    const [raced] = await ex
      .select()
      .from(members)
      .where(and(eq(members.channelId, channelId), eq(members.channelUserId, channelUserId)));
    if (!raced) throw new Error('member vanished between insert and select');
    return { ...raced, created: false };
  }

  return {
    create,

    /** Finds the member for a channel identity, creating it on first contact. */
    async findOrCreate(channelId: string, channelUserId: string, displayName?: string): Promise<Member & { created: boolean }> {
      // The common case (a known member) is one read; only first contact writes.
      const [existing] = await scoped(db)
        .select()
        .from(members)
        .where(and(eq(members.channelId, channelId), eq(members.channelUserId, channelUserId)));
      return existing ? { ...existing, created: false } : create(channelId, channelUserId, displayName);
    },

    async byId(memberId: string): Promise<Member | undefined> {
      const [row] = await scoped(db).select().from(members).where(eq(members.id, memberId));
      return row;
    },

    async setLanguage(memberId: string, language: Language): Promise<void> {
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

    /** True once the member has sent an application for a business account (the menu then offers its status). */
    async hasSubmittedApplication(memberId: string): Promise<boolean> {
      const [row] = await scoped(db)
        .select({ id: applications.id })
        .from(applications)
        .where(and(eq(applications.memberId, memberId), ne(applications.status, 'draft')))
        .limit(1);
      return row !== undefined;
    },
  };
}

export type MemberRepository = ReturnType<typeof createMemberRepository>;
