import { createAuditLog } from '../../data/repositories/audit';
import { createFaqRepository } from '../../data/repositories/faq';
import { createFaqReviewRepository, type FailedQuestion, type FailedQuestionRef } from '../../data/repositories/faqReview';
import { withTransaction } from '../../data/transaction';
import type { Db } from '../../data/types';
import { isTopicIdShape } from '../../domain/faq';
import { isLanguage, type Language } from '../../domain/language';
import { groupQuestions } from '../../domain/questionGroups';
import { learnLinkedQuestions, type LinkedQuestion } from '../understanding';

/** Most groups listed; most questions of a group shown (all are counted and referenced). */
const MAX_GROUPS = 100;
const SHOWN_QUESTIONS = 5;
/** Most questions one action may take. */
export const MAX_GROUP_ITEMS = 500;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface QuestionGroupView {
  readonly language: Language;
  readonly count: number;
  readonly unanswered: number;
  readonly unhelpful: number;
  /** Distinct wordings, most recent first (at most five). */
  readonly questions: readonly string[];
  /** The topics whose answers were rated unhelpful in this group. */
  readonly ratedTopics: readonly string[];
  /** The topic the FAQ search ranks first for the group's first question, confident or not. */
  readonly candidate: { readonly topicId: string; readonly title: string; readonly score: number } | null;
  /** Every question of the group, for the actions. */
  readonly items: readonly FailedQuestionRef[];
  readonly lastAt: string;
}

export interface QuestionsAction {
  readonly language: Language;
  readonly items: readonly FailedQuestionRef[];
  readonly topicId?: string;
}

/** Reads `{ language, items: [{ kind, id }], topicId? }`; the names of the wrong fields otherwise. */
export function parseQuestionsAction(body: Record<string, unknown>, needsTopic: boolean): { ok: true; value: QuestionsAction } | { ok: false; fields: string[] } {
  const language = body['language'];
  const rawItems = body['items'];
  const items = Array.isArray(rawItems) && rawItems.length > 0 && rawItems.length <= MAX_GROUP_ITEMS ? rawItems.map(parseRef) : [undefined];
  const topicId = body['topicId'];
  const fields = [
    ...(isLanguage(language) ? [] : ['language']),
    ...(items.every((i) => i !== undefined) ? [] : ['items']),
    ...(!needsTopic || isTopicIdShape(topicId) ? [] : ['topicId']),
  ];
  if (fields.length > 0 || !isLanguage(language)) return { ok: false, fields };
  return { ok: true, value: { language, items: items.filter((i) => i !== undefined), ...(needsTopic && typeof topicId === 'string' ? { topicId } : {}) } };
}

function parseRef(value: unknown): FailedQuestionRef | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { kind, id } = value as Record<string, unknown>;
  if ((kind !== 'unanswered' && kind !== 'unhelpful') || typeof id !== 'string' || !UUID.test(id)) return undefined;
  return { kind, id: id.toLowerCase() };
}

/**
 * Teaches the understanding step every question staff have linked to a topic (at start-up, after
 * its warm-up: the links made while the process runs are learnt as they are made). Resolves with
 * how many were new.
 */
export async function learnLinkedQuestionsFrom(db: Db): Promise<number> {
  const linked = await createFaqReviewRepository(db).linked();
  return learnLinkedQuestions(linked.map((q) => ({ language: q.language, text: q.question, topicId: q.topicId })));
}

/**
 * “Questions we fail”: unanswered questions and answers rated unhelpful, grouped by language and
 * wording, with the FAQ's best candidate; linking a group adds its questions to a topic's
 * phrasings (the FAQ search answers them from then on), or marks it as a topic to write. Every
 * action is in the audit log.
 */
export function createQuestionsReview(db: Db) {
  const review = createFaqReviewRepository(db);
  const faq = createFaqRepository(db);

  async function candidateFor(question: string, language: Language): Promise<QuestionGroupView['candidate']> {
    const [best] = await faq.search({ question, searchLanguages: [language], answerLanguage: language, limit: 1 });
    return best ? { topicId: best.topicId, title: best.title, score: Math.round(best.score * 100) / 100 } : null;
  }

  async function view(language: Language, members: readonly FailedQuestion[]): Promise<QuestionGroupView> {
    const first = members[0];
    return {
      language,
      count: members.length,
      unanswered: members.filter((m) => m.kind === 'unanswered').length,
      unhelpful: members.filter((m) => m.kind === 'unhelpful').length,
      questions: [...new Set(members.map((m) => m.question))].slice(0, SHOWN_QUESTIONS),
      ratedTopics: [...new Set(members.flatMap((m) => (m.ratedTopicId ? [m.ratedTopicId] : [])))],
      candidate: first ? await candidateFor(first.question, language) : null,
      items: members.map((m) => ({ kind: m.kind, id: m.id })),
      lastAt: (first?.at ?? new Date(0)).toISOString(),
    };
  }

  return {
    async groups(status: 'open' | 'new-topic'): Promise<QuestionGroupView[]> {
      const questions = (await review.list(status)).map((q) => ({ ...q, key: q.id, text: q.question }));
      const groups = groupQuestions(questions).slice(0, MAX_GROUPS);
      return Promise.all(groups.map((g) => view(g.representative.language, g.members)));
    },

    topics: (language: Language) => review.topics(language),

    /**
     * Adds the group's questions to the topic's phrasings (the FAQ search), and, once that is
     * committed, to the understanding step's examples of the topic (retrained in the background).
     */
    async link(action: QuestionsAction, actor: string): Promise<{ outcome: 'linked'; count: number } | { outcome: 'unknown-topic' | 'nothing-to-link' }> {
      const topicId = action.topicId ?? '';
      let linked: LinkedQuestion[] = [];
      const result = await withTransaction(db, async () => {
        const found = (await review.unlinked(action.items)).filter((q) => q.language === action.language && q.question.trim() !== '');
        if (found.length === 0) return { outcome: 'nothing-to-link' as const };
        if (!(await review.addPhrasings(topicId, action.language, found.map((q) => q.question.trim())))) return { outcome: 'unknown-topic' as const };
        await review.setReview(found, 'linked', topicId);
        await createAuditLog(db).record({ actor, action: 'faq.questions-link', subject: `faq-topic:${topicId}`, details: { language: action.language, count: found.length } });
        linked = found.map((q) => ({ language: action.language, text: q.question.trim(), topicId }));
        return { outcome: 'linked' as const, count: found.length };
      });
      // Not awaited: the retraining runs in the background, after the commit.
      if (result.outcome === 'linked') void learnLinkedQuestions(linked).catch(() => 0);
      return result;
    },

    /** Keeps the group as a topic still to write. */
    async markNewTopic(action: QuestionsAction, actor: string): Promise<{ outcome: 'marked'; count: number } | { outcome: 'nothing-to-link' }> {
      return withTransaction(db, async () => {
        const found = (await review.unlinked(action.items)).filter((q) => q.language === action.language && q.review === null);
        if (found.length === 0) return { outcome: 'nothing-to-link' as const };
        await review.setReview(found, 'new-topic', null);
        await createAuditLog(db).record({ actor, action: 'faq.questions-new-topic', subject: `faq-questions:${action.language}`, details: { count: found.length } });
        return { outcome: 'marked' as const, count: found.length };
      });
    },
  };
}
