import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFaqRepository } from '../../../data/repositories/faq';
import { createFaqReviewRepository } from '../../../data/repositories/faqReview';
import { createQuestionsReview, learnLinkedQuestionsFrom } from '../../../services/ops/questions';
import { linkedQuestionsLearnt, prepareUnderstander, understander } from '../../../services/understanding';
import { createTestDatabase, type TestDatabase } from '../../support/database';

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
  await prepareUnderstander();
});

afterAll(async () => {
  await database.close();
});

/** A question nothing answers today, and another way of asking it. */
const QUESTION = 'får vi loyalitetsbonus for gamle køb fra forhandleren';
const PARAPHRASE = 'loyalitetsbonus for gamle køb?';

describe('linking a question we fail to a topic', () => {
  it('also teaches the understanding step the question, in the background after the commit', async () => {
    expect(understander().understand({ text: PARAPHRASE, language: 'da' }).level).toBe('unknown');
    await createFaqRepository(database.db).recordUnanswered(QUESTION, 'da');
    const [open] = await createFaqReviewRepository(database.db).list('open');

    const outcome = await createQuestionsReview(database.db).link({ language: 'da', topicId: 'points.allocated', items: [{ kind: 'unanswered', id: open?.id ?? '' }] }, 'agent:test');
    await linkedQuestionsLearnt();

    expect(outcome).toEqual({ outcome: 'linked', count: 1 });
    expect(understander().understand({ text: PARAPHRASE, language: 'da' })).toMatchObject({ kind: 'faq', id: 'points.allocated' });
  });

  it('reads the questions linked before, for start-up, and learns each once', async () => {
    expect(await createFaqReviewRepository(database.db).linked()).toEqual([{ language: 'da', question: QUESTION, topicId: 'points.allocated' }]);
    expect(await learnLinkedQuestionsFrom(database.db)).toBe(0);
  });
});
