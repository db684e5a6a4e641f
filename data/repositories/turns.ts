import { and, eq, inArray, sql } from 'drizzle-orm';
import { rowsOf } from '../database';
import { preparedQuery } from '../prepared';
import { botState } from '../schema/botState';
import { members, type Member } from '../schema/members';
import { supportCases, type SupportCase } from '../schema/support';
import { scoped } from '../transaction';
import type { Db } from '../types';

/** What a turn reads before any dialog runs; every part is absent on first contact. */
export interface TurnContextRow {
  readonly member: Member | undefined;
  /** The member's open support case (a human agent has, or is about to have, the conversation). */
  readonly openCase: SupportCase | undefined;
  /** The conversation's stored bot state. */
  readonly state: { readonly data: Record<string, unknown>; readonly etag: number } | undefined;
}

/**
 * Per-conversation bookkeeping of a turn, inside the turn's transaction.
 */
export function createTurnRepository(db: Db) {
  // One row whatever exists: the member (by channel identity), their open case (at most one: a
  // partial unique index) and the conversation's state, each left-joined to a single row.
  const context = preparedQuery(db, 'turn_context', (db) =>
    db
      .select({ member: members, openCase: supportCases, state: { data: botState.data, etag: botState.etag } })
      .from(sql`(select 1) as one`)
      .leftJoin(members, and(eq(members.channelId, sql.placeholder('channelId')), eq(members.channelUserId, sql.placeholder('channelUserId'))))
      .leftJoin(supportCases, and(eq(supportCases.memberId, members.id), inArray(supportCases.status, ['queued', 'active'])))
      .leftJoin(botState, eq(botState.key, sql.placeholder('stateKey'))),
  );

  return {
    /**
     * The first statement of every turn. Takes the conversation's transaction-scoped advisory lock,
     * so turns of one conversation run one at a time across every process sharing the database
     * (released at commit/rollback), and records `activityId` as processed. False when it already
     * was: a redelivery. One statement, so the turn's later reads (each its own statement, with a
     * snapshot taken after the lock was granted) see everything the previous turn committed.
     */
    async begin(conversationId: string, activityId: string | undefined): Promise<boolean> {
      const lock = sql`select pg_advisory_xact_lock(hashtextextended(${conversationId}, 0))`;
      if (activityId === undefined) {
        await scoped(db).execute(lock);
        return true;
      }
      const rows = await scoped(db).execute(
        sql`insert into processed_activities (conversation_id, activity_id)
            select ${conversationId}, ${activityId} from (${lock}) as locked
            on conflict do nothing returning activity_id`,
      );
      return rowsOf(rows).length > 0;
    },

    /**
     * Everything a turn needs before its dialogs run, in one statement: who is talking (with their
     * open support case) and the conversation's bot state. Run after `begin` has returned, so it
     * sees what the conversation's previous turn committed.
     */
    async context(channelId: string, channelUserId: string, stateKey: string): Promise<TurnContextRow> {
      const [row] = await context({ channelId, channelUserId, stateKey });
      return { member: row?.member ?? undefined, openCase: row?.openCase ?? undefined, state: row?.state ?? undefined };
    },
  };
}

export type TurnRepository = ReturnType<typeof createTurnRepository>;
