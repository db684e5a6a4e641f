import { and, eq, inArray, isNotNull, lt, ne, sql } from 'drizzle-orm';
import { botState, processedActivities } from '../schema/botState';
import { applicationDocuments, applications } from '../schema/businesses';
import { faqFeedback, faqUnanswered } from '../schema/faq';
import { supportCases, supportMessages } from '../schema/support';
import { scoped } from '../transaction';
import type { Db } from '../types';

/** The text an anonymised question keeps (the language and date stay, for statistics). */
export const ANONYMISED = '[anonymised]';

/** Deletes and anonymises data older than its retention period; each returns the rows touched. Joins the caller's transaction. */
export function createRetentionRepository(db: Db) {
  return {
    async deleteProcessedActivities(before: Date): Promise<number> {
      return (await scoped(db).delete(processedActivities).where(lt(processedActivities.processedAt, before)).returning({ id: processedActivities.activityId })).length;
    },

    async deleteInactiveBotState(before: Date): Promise<number> {
      return (await scoped(db).delete(botState).where(lt(botState.updatedAt, before)).returning({ key: botState.key })).length;
    },

    async anonymiseQuestions(before: Date): Promise<number> {
      const ex = scoped(db);
      const unanswered = await ex
        .update(faqUnanswered)
        .set({ question: ANONYMISED })
        .where(and(lt(faqUnanswered.at, before), ne(faqUnanswered.question, ANONYMISED)))
        .returning({ id: faqUnanswered.id });
      const feedback = await ex
        .update(faqFeedback)
        .set({ question: null, memberId: null })
        .where(and(lt(faqFeedback.at, before), sql`(${faqFeedback.question} is not null or ${faqFeedback.memberId} is not null)`))
        .returning({ id: faqFeedback.id });
      return unanswered.length + feedback.length;
    },

    async deleteRejectedDocuments(decidedBefore: Date): Promise<number> {
      const rejected = scoped(db)
        .select({ id: applications.id })
        .from(applications)
        .where(and(eq(applications.status, 'rejected'), lt(applications.decidedAt, decidedBefore)));
      return (await scoped(db).delete(applicationDocuments).where(inArray(applicationDocuments.applicationId, rejected)).returning({ id: applicationDocuments.id })).length;
    },

    async deleteClosedTranscripts(closedBefore: Date): Promise<number> {
      const ex = scoped(db);
      const closed = ex
        .select({ id: supportCases.id })
        .from(supportCases)
        .where(and(inArray(supportCases.status, ['closed', 'cancelled']), isNotNull(supportCases.closedAt), lt(supportCases.closedAt, closedBefore)));
      const messages = await ex.delete(supportMessages).where(inArray(supportMessages.caseId, closed)).returning({ id: supportMessages.id });
      await ex
        .update(supportCases)
        .set({ reason: null, snapshot: {} })
        .where(and(inArray(supportCases.status, ['closed', 'cancelled']), lt(supportCases.closedAt, closedBefore), sql`(${supportCases.reason} is not null or ${supportCases.snapshot} <> '{}'::jsonb)`));
      return messages.length;
    },
  };
}
