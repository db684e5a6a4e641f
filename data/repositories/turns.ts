import { sql } from 'drizzle-orm';
import { processedActivities } from '../schema/botState';
import { scoped } from '../transaction';
import type { Db } from '../types';

/**
 * Per-conversation bookkeeping of a turn, inside the turn's transaction.
 */
export function createTurnRepository(db: Db) {
  return {
    /**
     * Takes the conversation's transaction-scoped advisory lock, so turns of one conversation run
     * one at a time across every process sharing the database. Released at commit/rollback.
     */
    async lockConversation(conversationId: string): Promise<void> {
      await scoped(db).execute(sql`select pg_advisory_xact_lock(hashtextextended(${conversationId}, 0))`);
    },

    /** Records the activity as processed; false when it already was (a redelivery). */
    async markProcessed(conversationId: string, activityId: string): Promise<boolean> {
      const rows = await scoped(db)
        .insert(processedActivities)
        .values({ conversationId, activityId })
        .onConflictDoNothing()
        .returning({ activityId: processedActivities.activityId });
      return rows.length > 0;
    },
  };
}

export type TurnRepository = ReturnType<typeof createTurnRepository>;
