import { and, desc, eq, inArray, isNotNull, isNull, or, sql } from 'drizzle-orm';
import { withoutPersonalData } from '../../domain/faq';
import type { Language } from '../../domain/language';
import { faqEntries, faqFeedback, faqUnanswered, type FaqQuestionReview } from '../schema/faq';
import { scoped } from '../transaction';
import type { Db } from '../types';

/** `unanswered`: nothing answered it; `unhelpful`: the answer given was rated 👎. */
export type FailedQuestionKind = 'unanswered' | 'unhelpful';

export interface FailedQuestion {
  readonly kind: FailedQuestionKind;
  readonly id: string;
  /** Without personal data (`withoutPersonalData`). */
  readonly question: string;
  readonly language: Language;
  /** The topic whose answer was rated unhelpful. */
  readonly ratedTopicId: string | null;
  readonly review: FaqQuestionReview | null;
  readonly at: Date;
}

export interface FailedQuestionRef {
  readonly kind: FailedQuestionKind;
  readonly id: string;
}

/** Most questions of each kind read for grouping, the newest. */
const READ_LIMIT = 2000;

/** The questions the FAQ failed, for the operations console, and what staff decide about them. */
export function createFaqReviewRepository(db: Db) {
  function reviewFilter(status: 'open' | 'new-topic', column: typeof faqUnanswered.review | typeof faqFeedback.review) {
    return status === 'open' ? isNull(column) : eq(column, 'new-topic');
  }

  return {
    /** Open questions (no review yet), or those marked as a topic to write; newest first. */
    async list(status: 'open' | 'new-topic'): Promise<FailedQuestion[]> {
      const unanswered = await scoped(db)
        .select()
        .from(faqUnanswered)
        .where(reviewFilter(status, faqUnanswered.review))
        .orderBy(desc(faqUnanswered.at))
        .limit(READ_LIMIT);
      const unhelpful = await scoped(db)
        .select()
        .from(faqFeedback)
        .where(and(eq(faqFeedback.helpful, false), isNotNull(faqFeedback.question), reviewFilter(status, faqFeedback.review)))
        .orderBy(desc(faqFeedback.at))
        .limit(READ_LIMIT);
      return [
        ...unanswered.map((r) => ({ kind: 'unanswered' as const, id: r.id, question: r.question, language: r.language, ratedTopicId: null, review: r.review, at: r.at })),
        ...unhelpful.map((r) => ({ kind: 'unhelpful' as const, id: r.id, question: withoutPersonalData(r.question ?? ''), language: r.language, ratedTopicId: r.topicId, review: r.review, at: r.at })),
      ].sort((a, b) => b.at.getTime() - a.at.getTime());
    },

    /** The referenced questions that exist and are not linked yet (open or marked as a new topic). */
    async unlinked(refs: readonly FailedQuestionRef[]): Promise<FailedQuestion[]> {
      const ids = (kind: FailedQuestionKind) => refs.filter((r) => r.kind === kind).map((r) => r.id);
      const notLinked = (column: typeof faqUnanswered.review | typeof faqFeedback.review) => or(isNull(column), eq(column, 'new-topic'));
      const unanswered = ids('unanswered').length === 0 ? [] : await scoped(db).select().from(faqUnanswered)
        .where(and(inArray(faqUnanswered.id, ids('unanswered')), notLinked(faqUnanswered.review)));
      const unhelpful = ids('unhelpful').length === 0 ? [] : await scoped(db).select().from(faqFeedback)
        .where(and(inArray(faqFeedback.id, ids('unhelpful')), eq(faqFeedback.helpful, false), isNotNull(faqFeedback.question), notLinked(faqFeedback.review)));
      return [
        ...unanswered.map((r) => ({ kind: 'unanswered' as const, id: r.id, question: r.question, language: r.language, ratedTopicId: null, review: r.review, at: r.at })),
        ...unhelpful.map((r) => ({ kind: 'unhelpful' as const, id: r.id, question: withoutPersonalData(r.question ?? ''), language: r.language, ratedTopicId: r.topicId, review: r.review, at: r.at })),
      ];
    },

    /** Marks questions as linked to a topic or as a topic to write. */
    async setReview(refs: readonly FailedQuestionRef[], review: FaqQuestionReview, topicId: string | null): Promise<void> {
      const ids = (kind: FailedQuestionKind) => refs.filter((r) => r.kind === kind).map((r) => r.id);
      if (ids('unanswered').length > 0) await scoped(db).update(faqUnanswered).set({ review, reviewTopicId: topicId }).where(inArray(faqUnanswered.id, ids('unanswered')));
      if (ids('unhelpful').length > 0) await scoped(db).update(faqFeedback).set({ review, reviewTopicId: topicId }).where(inArray(faqFeedback.id, ids('unhelpful')));
    },

    /**
     * Adds questions to a topic's phrasings in one language (those it has not already); the search
     * terms follow by trigger, so the next search finds them. False when the topic has no entry in
     * that language.
     */
    async addPhrasings(topicId: string, language: Language, questions: readonly string[]): Promise<boolean> {
      const rows = await scoped(db)
        .update(faqEntries)
        .set({ phrasings: sql`${faqEntries.phrasings} || array(select distinct q from unnest(${sql.param([...questions])}::text[]) as q where not (q = any(${faqEntries.phrasings})))` })
        .where(and(eq(faqEntries.topicId, topicId), eq(faqEntries.language, language)))
        .returning({ topicId: faqEntries.topicId });
      return rows.length > 0;
    },

    /** Questions staff linked to a topic, newest first (at most {@link READ_LIMIT} of each kind). */
    async linked(): Promise<{ language: Language; question: string; topicId: string }[]> {
      const unanswered = await scoped(db)
        .select({ language: faqUnanswered.language, question: faqUnanswered.question, topicId: faqUnanswered.reviewTopicId })
        .from(faqUnanswered)
        .where(and(eq(faqUnanswered.review, 'linked'), isNotNull(faqUnanswered.reviewTopicId)))
        .orderBy(desc(faqUnanswered.at))
        .limit(READ_LIMIT);
      const unhelpful = await scoped(db)
        .select({ language: faqFeedback.language, question: faqFeedback.question, topicId: faqFeedback.reviewTopicId })
        .from(faqFeedback)
        .where(and(eq(faqFeedback.review, 'linked'), isNotNull(faqFeedback.reviewTopicId), isNotNull(faqFeedback.question)))
        .orderBy(desc(faqFeedback.at))
        .limit(READ_LIMIT);
      return [
        ...unanswered.map((r) => ({ language: r.language, question: r.question, topicId: r.topicId ?? '' })),
        ...unhelpful.map((r) => ({ language: r.language, question: withoutPersonalData(r.question ?? ''), topicId: r.topicId ?? '' })),
      ];
    },

    /** The topics of a language, for choosing one to link to. */
    async topics(language: Language): Promise<{ topicId: string; title: string }[]> {
      return scoped(db).select({ topicId: faqEntries.topicId, title: faqEntries.title }).from(faqEntries).where(eq(faqEntries.language, language)).orderBy(faqEntries.topicId);
    },
  };
}

export type FaqReviewRepository = ReturnType<typeof createFaqReviewRepository>;
