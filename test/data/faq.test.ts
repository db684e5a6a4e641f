import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../data/database';
import { createFaqRepository, type FaqRepository } from '../../data/repositories/faq';
import { faqEntries, faqFeedback, faqSearchTerms, faqUnanswered } from '../../data/schema/faq';
import { seedDatabase } from '../../data/seed';
import { faqContentHash, faqSeed } from '../../data/seed/faq';
import { FAQ_TOPIC_IDS, faqLanguages } from '../../domain/faq';
import { detectLanguage, type Language } from '../../domain/language';
import { createTestDatabase } from '../support/database';

let database: Database;
let faq: FaqRepository;
beforeAll(async () => {
  database = await createTestDatabase();
  faq = createFaqRepository(database.db);
});
afterAll(async () => {
  await database.close();
});

/** The topic the FAQ answers with, as the API and the chat ask: in `language`, detection included. */
async function answer(language: Language, question: string): Promise<string | undefined> {
  const [best] = await faq.findAnswers({ question, ...faqLanguages(language, await detectLanguage(question)) });
  return best?.topicId;
}

describe('FAQ content', () => {
  it('answers every FAQ topic (docs/domain.md, "Questions the assistant answers") in en, da, sv and nl', async () => {
    const rows = await database.db.select({ topicId: faqEntries.topicId, language: faqEntries.language }).from(faqEntries);
    for (const topicId of FAQ_TOPIC_IDS) {
      expect(rows.filter((r) => r.topicId === topicId).map((r) => r.language).sort()).toEqual(['da', 'en', 'nl', 'sv']);
    }
  });

  it('has several phrasings per topic and language', () => {
    expect(faqSeed.every((entry) => entry.phrasings.length >= 5)).toBe(true);
  });

  it('stores as seed hash what the database computes for the same content', async () => {
    const entry = faqSeed.find((e) => e.topicId === 'account.apply' && e.language === 'en');
    const [row] = await database.db
      .select({ contentHash: faqEntries.contentHash, seedHash: faqEntries.seedHash })
      .from(faqEntries)
      .where(and(eq(faqEntries.topicId, 'account.apply'), eq(faqEntries.language, 'en')));
    expect(entry && faqContentHash(entry)).toBe(row?.contentHash);
    expect(row?.seedHash).toBe(row?.contentHash);
  });
});

describe('ranking: hand-picked tricky questions', () => {
  it.each([
    ['da', 'vi har intet momsnummer hvad skal vi uploade', 'account.documents-no-vat'],
    ['da', 'vi er momsregistrerede hvilket dokument skal jeg bruge', 'account.documents-vat'],
    ['da', 'hvornår trækkes pengene fra kreditkortet', 'payment.card-charge'],
    ['da', 'hvornår får jeg min faktra', 'payment.invoice'],
    ['sv', 'jag ser ingen grön bock vid kameran', 'points.missing-tick'],
    ['sv', 'glömt lösenorde', 'account.password-reset'],
    ['sv', 'när förfaller fakturan vid banköverföring', 'payment.bank-due'],
    ['nl', 'ik zie de knop producten migreren nergens', 'products.migrate-missing'],
    ['nl', 'hoe zet ik mijn producten over naar het nieuwe account', 'products.migrate'],
    ['nl', 'vanaf hoeveel punten kan ik lid worden', 'cps.invitation'],
    ['nl', 'factuur nog niet ontvnagen', 'payment.invoice'],
    ['en', 'we are not vat registered what should we upload', 'account.documents-no-vat'],
    ['en', 'invoce not arived', 'payment.invoice'],
    ['en', 'when will my credit card be debited', 'payment.card-charge'],
  ] as const)('%s: “%s” → %s', async (language, question, topicId) => {
    expect(await answer(language, question)).toBe(topicId);
  });

  it.each([
    ['en', 'what is the capital of france'],
    ['sv', 'vilken film ska jag se ikväll'],
    ['nl', 'wat is de beste camera voor beginners'],
    ['da', 'hvordan laver man en god kop kaffe'],
  ] as const)('%s: “%s” is out of scope and gets no answer', async (language, question) => {
    expect(await faq.findAnswers({ question, ...faqLanguages(language, await detectLanguage(question)) })).toEqual([]);
  });

  it('finds the topic of a question asked in English by a Danish member, and answers in Danish', async () => {
    const [best] = await faq.findAnswers({ question: 'when do I get my invoice', answerLanguage: 'da', searchLanguages: ['da', 'en'] });
    expect(best?.topicId).toBe('payment.invoice');
    expect(best?.title).toBe(faqSeed.find((e) => e.topicId === 'payment.invoice' && e.language === 'da')?.title);
  });

  it('returns matches best first with scores between 0 and 1', async () => {
    const ranked = await faq.search({ question: 'bank transfer fees', answerLanguage: 'en', searchLanguages: ['en'] });
    expect(ranked[0]?.topicId).toBe('payment.bank-fees');
    const scores = ranked.map((m) => m.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(scores.every((s) => s > 0 && s <= 1)).toBe(true);
  });

  it('returns nothing for a question of stop words only', async () => {
    expect(await faq.search({ question: 'what is it', answerLanguage: 'en', searchLanguages: ['en'] })).toEqual([]);
  });
});

describe('editing without a deploy', () => {
  it('makes a phrasing an editor adds searchable at once', async () => {
    const question = 'zorgverzekering kortingscode';
    expect(await answer('nl', question)).toBeUndefined();
    await database.db
      .update(faqEntries)
      .set({ phrasings: sql`${faqEntries.phrasings} || array['kortingscode voor de zorgverzekering']` })
      .where(and(eq(faqEntries.topicId, 'cps.tiers'), eq(faqEntries.language, 'nl')));
    expect(await answer('nl', question)).toBe('cps.tiers');
  });

  it('keeps an editor’s answer when the seed runs again', async () => {
    const where = and(eq(faqEntries.topicId, 'payment.invoice'), eq(faqEntries.language, 'sv'));
    await database.db.update(faqEntries).set({ answer: 'Fakturan kommer inom två timmar.' }).where(where);
    await seedDatabase(database.db);
    const [row] = await database.db.select({ answer: faqEntries.answer }).from(faqEntries).where(where);
    expect(row?.answer).toBe('Fakturan kommer inom två timmar.');
  });

  it('updates an unedited entry when the seed changed', async () => {
    const where = and(eq(faqEntries.topicId, 'membership.start'), eq(faqEntries.language, 'da'));
    // As if an older seed had written this content: the row is unedited but outdated.
    await database.db.update(faqEntries).set({ answer: 'Gammel tekst.', seedHash: sql`faq_content_hash(${faqEntries.title}, 'Gammel tekst.', ${faqEntries.phrasings})` }).where(where);
    await seedDatabase(database.db);
    const [row] = await database.db.select({ answer: faqEntries.answer }).from(faqEntries).where(where);
    expect(row?.answer).toBe(faqSeed.find((e) => e.topicId === 'membership.start' && e.language === 'da')?.answer);
  });

  it('removes a deleted entry from the search', async () => {
    const where = and(eq(faqEntries.topicId, 'support.priority'), eq(faqEntries.language, 'en'));
    await database.db.delete(faqEntries).where(where);
    const left = await database.db
      .select({ n: sql<number>`count(*)::int` })
      .from(faqSearchTerms)
      .where(and(eq(faqSearchTerms.topicId, 'support.priority'), eq(faqSearchTerms.language, 'en')));
    expect(left[0]?.n).toBe(0);
    await seedDatabase(database.db);
    expect(await answer('en', 'how do I reach CPS Priority Support')).toBe('support.priority');
  });
});

describe('what members tell us', () => {
  it('stores an unanswered question with its language', async () => {
    await faq.recordUnanswered('hvordan laver man en god kop kaffe', 'da');
    const rows = await database.db.select().from(faqUnanswered).where(eq(faqUnanswered.question, 'hvordan laver man en god kop kaffe'));
    expect(rows.map((r) => r.language)).toEqual(['da']);
  });

  it('stores feedback with the question it rated', async () => {
    expect(await faq.recordFeedback({ topicId: 'cps.tiers', language: 'nl', memberId: null, helpful: false, question: 'welke niveaus zijn er' })).toBe(true);
    const rows = await database.db.select().from(faqFeedback).where(eq(faqFeedback.topicId, 'cps.tiers'));
    expect(rows.map((r) => ({ language: r.language, helpful: r.helpful, question: r.question }))).toEqual([
      { language: 'nl', helpful: false, question: 'welke niveaus zijn er' },
    ]);
  });

  it('refuses feedback for a topic that does not exist', async () => {
    expect(await faq.recordFeedback({ topicId: 'made.up', language: 'en', memberId: null, helpful: true })).toBe(false);
    expect(await database.db.select().from(faqFeedback).where(eq(faqFeedback.topicId, 'made.up'))).toEqual([]);
  });
});
