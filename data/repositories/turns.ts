import { sql } from 'drizzle-orm';
import { rowsOf } from '../database';
import { scoped } from '../transaction';
import type { Db } from '../types';

/**
 * Per-conversation bookkeeping of a turn, inside the turn's transaction.
 */
export function createTurnRepository(db: Db) {
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
  };
}

export type TurnRepository = ReturnType<typeof createTurnRepository>;
