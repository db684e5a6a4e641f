import { createRetentionRepository } from '../../data/repositories/retention';
import type { Db } from '../../data/types';
import { daysBefore, type RetentionPeriods } from '../../domain/retention';

export const RETENTION_JOB = 'privacy.retention';

export interface RetentionRun {
  readonly processedActivities: number;
  readonly botState: number;
  readonly questions: number;
  readonly rejectedDocuments: number;
  readonly supportMessages: number;
}

/** One pass of the retention rules (domain/retention.ts) as of `now`. Joins the caller's transaction. */
export async function applyRetention(db: Db, periods: RetentionPeriods, now: Date): Promise<RetentionRun> {
  const repository = createRetentionRepository(db);
  return {
    processedActivities: await repository.deleteProcessedActivities(daysBefore(now, periods.processedActivitiesDays)),
    botState: await repository.deleteInactiveBotState(daysBefore(now, periods.inactiveBotStateDays)),
    questions: await repository.anonymiseQuestions(daysBefore(now, periods.unansweredQuestionsDays)),
    rejectedDocuments: await repository.deleteRejectedDocuments(daysBefore(now, periods.rejectedDocumentsDays)),
    supportMessages: await repository.deleteClosedTranscripts(daysBefore(now, periods.closedSupportTranscriptDays)),
  };
}

/** The next daily run: 03:00 UTC after `now`, and its dedupe key (one job per day, whatever the number of processes). */
export function nextRetentionRun(now: Date): { readonly runAt: Date; readonly dedupeKey: string } {
  const runAt = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate(), 3));
  if (runAt <= now) runAt.setUTCDate(runAt.getUTCDate() + 1);
  return { runAt, dedupeKey: `${RETENTION_JOB}:${runAt.toISOString().slice(0, 10)}` };
}
