import { and, eq, inArray, ne, sql } from 'drizzle-orm';
import { preparedQuery } from '../prepared';
import { applications } from '../schema/businesses';
import { conversationRefs, members, type Member } from '../schema/members';
import { supportCases, type SupportCase } from '../schema/support';
import { scoped } from '../transaction';
import type { Db } from '../types';
import type { SupportedLanguage } from '../../domain/language';

/** The fields of a Bot Framework ConversationReference we keep (structural; data/ does not import botbuilder). */
export type StoredConversationReference = Readonly<Record<string, unknown>>;

/** Chat users and what we need to reach them again. */
export function createMemberRepository(db: Db) {
  const memberForTurn = preparedQuery(db, 'member_for_turn', (db) =>
    db
      .select({ member: members, openCase: supportCases })
      .from(members)
      .leftJoin(supportCases, and(eq(supportCases.memberId, members.id), inArray(supportCases.status, ['queued', 'active'])))
      .where(and(eq(members.channelId, sql.placeholder('channelId')), eq(members.channelUserId, sql.placeholder('channelUserId')))),
  );

  async function create(channelId: string, channelUserId: string, displayName: string | undefined): Promise<Member & { created: boolean }> {
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
    /** Finds the member for a channel identity, creating it on first contact. */
    async findOrCreate(channelId: string, channelUserId: string, displayName?: string): Promise<Member & { created: boolean }> {
      // The common case (a known member) is one read; only first contact writes.
      const [existing] = await scoped(db)
        .select()
        .from(members)
        .where(and(eq(members.channelId, channelId), eq(members.channelUserId, channelUserId)));
      return existing ? { ...existing, created: false } : create(channelId, channelUserId, displayName);
    },

    /**
     * What every turn needs to know about who is talking, in one read: the member (created on
     * first contact) and their open support case, if a human agent has or is about to have the
     * conversation (at most one per member: a partial unique index).
     */
    async forTurn(channelId: string, channelUserId: string, displayName?: string): Promise<{ member: Member & { created: boolean }; openCase: SupportCase | undefined }> {
      const [row] = await memberForTurn({ channelId, channelUserId });
      if (row) return { member: { ...row.member, created: false }, openCase: row.openCase ?? undefined };
      return { member: await create(channelId, channelUserId, displayName), openCase: undefined };
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
