import type { Activity } from 'botbuilder';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../bot/app';
import { createMemberRepository } from '../../data/repositories/members';
import { faqFeedback, faqUnanswered } from '../../data/schema/faq';
import { faqSeed } from '../../data/seed/faq';
import { translator, type Language } from '../../locales';
import { cardActions } from '../support/cards';
import { cardOf, cardSubmit, cardTexts, createTestApp, createTestBot, type TestBot } from '../support/bot';
import { createTestDatabase, type TestDatabase } from '../support/database';

let database: TestDatabase;
let app: App;
beforeAll(async () => {
  database = await createTestDatabase();
  app = await createTestApp(database);
});
afterAll(async () => {
  await app.close();
});

/** Sends one activity through the real pipeline and returns every reply. */
async function turn(bot: TestBot, activity: string | Partial<Activity>): Promise<Partial<Activity>[]> {
  await bot.adapter.receiveActivity(activity);
  return bot.adapter.activeQueue.splice(0);
}

/** A conversation past its greeting, so every later turn answers only the question. */
async function greeted(language: Language): Promise<TestBot> {
  const bot = createTestBot(app, language);
  await turn(bot, { type: 'conversationUpdate', membersAdded: [{ id: bot.userId, name: 'Member' }] });
  return bot;
}

function titleOf(topicId: string, language: Language): string | undefined {
  return faqSeed.find((e) => e.topicId === topicId && e.language === language)?.title;
}

/** The answer card among the replies, with its feedback buttons' data. */
function answerCard(replies: Partial<Activity>[]) {
  const card = replies.map(cardOf).find((c) => c !== undefined);
  const feedback = cardActions(card).map((a) => a['data'] as Record<string, unknown>);
  return { card, texts: cardTexts(card), feedback };
}

async function memberIdOf(bot: TestBot): Promise<string> {
  return (await createMemberRepository(database.db).findOrCreate('test', bot.userId)).id;
}

const invoiceQuestion: Record<Language, string> = {
  da: 'hvornår får jeg min faktura efter købet',
  sv: 'när kommer fakturan efter köpet',
  nl: 'wanneer ontvang ik de factuur na mijn aankoop',
  en: 'when do i get the invoice after buying',
};

const outOfScope: Record<Language, string> = {
  da: 'hvordan laver man en god kop kaffe',
  sv: 'vilken film ska jag se ikväll',
  nl: 'wat is de hoofdstad van frankrijk',
  en: 'what is the capital of france',
};

describe.each<Language>(['da', 'sv', 'nl', 'en'])('FAQ in chat, %s', (language) => {
  const t = translator(language);

  it('answers a typed question with the entry in the member’s language and 👍/👎 buttons', async () => {
    const bot = await greeted(language);
    const { texts, feedback } = answerCard(await turn(bot, invoiceQuestion[language]));
    expect(texts).toEqual(expect.arrayContaining([titleOf('payment.invoice', language), t('faq.answer.prompt'), t('faq.answer.yes'), t('faq.answer.no')]));
    expect(feedback).toEqual([
      { verb: 'faq.feedback', faqId: 'payment.invoice', helpful: true, language },
      { verb: 'faq.feedback', faqId: 'payment.invoice', helpful: false, language },
    ]);
  });

  it('stores 👍 with the question it answered, and thanks the member', async () => {
    const bot = await greeted(language);
    await turn(bot, invoiceQuestion[language]);
    const replies = await turn(bot, cardSubmit({ verb: 'faq.feedback', faqId: 'payment.invoice', helpful: 'true', language }));
    expect(replies.map((r) => r.text)).toEqual([t('faq.feedback.thanks')]);
    const rows = await database.db.select().from(faqFeedback).where(eq(faqFeedback.memberId, await memberIdOf(bot)));
    expect(rows.map((r) => ({ topicId: r.topicId, language: r.language, helpful: r.helpful, question: r.question }))).toEqual([
      { topicId: 'payment.invoice', language, helpful: true, question: invoiceQuestion[language] },
    ]);
  });

  it('says honestly that it does not know, and stores the question with its language', async () => {
    const bot = await greeted(language);
    const replies = await turn(bot, outOfScope[language]);
    expect(replies.map((r) => r.text)).toEqual([t('faq.unanswered', { support: t('menu.support') })]);
    const rows = await database.db.select().from(faqUnanswered).where(eq(faqUnanswered.question, outOfScope[language]));
    expect(rows.map((r) => r.language)).toContain(language);
  });

  it('offers CPS Priority Support after an unanswered question and an unhelpful answer', async () => {
    const bot = await greeted(language);
    await turn(bot, outOfScope[language]);
    await turn(bot, invoiceQuestion[language]);
    const replies = await turn(bot, cardSubmit({ verb: 'faq.feedback', faqId: 'payment.invoice', helpful: false, language }));
    expect(replies[0]?.text).toBe(t('faq.feedback.sorry'));
    const offer = replies.map(cardOf).find((c) => c !== undefined);
    expect(cardTexts(offer)).toEqual(expect.arrayContaining([t('faq.offer.title'), t('faq.offer.body'), t('faq.offer.button')]));
    expect(cardActions(offer).map((a) => a['data'])).toEqual([{ verb: 'handoff.request', reason: 'faq-unanswered' }]);
  });
});

describe('two strikes', () => {
  const t = translator('nl');

  it('offers CPS Priority Support after two unanswered questions in a row, and starts counting again', async () => {
    const bot = await greeted('nl');
    expect((await turn(bot, outOfScope.nl)).map(cardOf).filter(Boolean)).toEqual([]);
    const second = await turn(bot, 'hoe laat gaat de supermarkt dicht');
    expect(cardTexts(second.map(cardOf).find(Boolean))).toContain(t('faq.offer.button'));
    expect((await turn(bot, 'wie wint het wk voetbal')).map(cardOf).filter(Boolean)).toEqual([]);
  });

  it('does not count an answer the member moved on from as a miss', async () => {
    const bot = await greeted('nl');
    await turn(bot, outOfScope.nl);
    await turn(bot, invoiceQuestion.nl);
    expect((await turn(bot, 'hoe laat gaat de supermarkt dicht')).map(cardOf).filter(Boolean)).toEqual([]);
  });
});

describe('feedback buttons', () => {
  const t = translator('sv');

  it('counts a second click on the same card once', async () => {
    const bot = await greeted('sv');
    await turn(bot, invoiceQuestion.sv);
    await turn(bot, cardSubmit({ verb: 'faq.feedback', faqId: 'payment.invoice', helpful: false, language: 'sv' }));
    const again = await turn(bot, cardSubmit({ verb: 'faq.feedback', faqId: 'payment.invoice', helpful: false, language: 'sv' }));
    expect(again.map((r) => r.text)).toEqual([t('faq.feedback.already')]);
    const rows = await database.db.select().from(faqFeedback).where(eq(faqFeedback.memberId, await memberIdOf(bot)));
    expect(rows).toHaveLength(1);
  });

  it.each([
    { faqId: 'made.up', helpful: true },
    { faqId: 'payment.invoice', helpful: 'maybe' },
    { faqId: '<script>', helpful: false },
  ])('refuses %j without storing anything', async (data) => {
    const bot = await greeted('sv');
    const replies = await turn(bot, cardSubmit({ verb: 'faq.feedback', ...data }));
    expect(replies.map((r) => r.text)).toEqual([t('faq.feedback.invalid')]);
    expect(await database.db.select().from(faqFeedback).where(eq(faqFeedback.memberId, await memberIdOf(bot)))).toEqual([]);
  });
});

describe('the language of the answer', () => {
  it('answers in the language the question is written in when the member has not chosen one', async () => {
    const bot = await greeted('en');
    const { texts, feedback } = answerCard(await turn(bot, 'hur lång tid tar valideringen av mitt företagskonto'));
    expect(texts).toContain(titleOf('account.validation-time', 'sv'));
    // The answer's first button is its next step (the application status); the feedback buttons follow.
    expect(feedback.find((data) => data['verb'] === 'faq.feedback')).toMatchObject({ faqId: 'account.validation-time', language: 'sv' });
  });

  it('keeps the language the member chose, and still finds the topic of a question in another language', async () => {
    const bot = await greeted('en');
    await turn(bot, cardSubmit({ verb: 'language.set', language: 'da' }));
    const { texts } = answerCard(await turn(bot, 'when is my credit card charged'));
    expect(texts).toContain(titleOf('payment.card-charge', 'da'));
  });

  it('leaves greetings and thanks to the understanding step: a short reply, nothing stored', async () => {
    const bot = await greeted('da');
    const replies = await turn(bot, 'tak');
    expect(replies.map((r) => r.text)).toEqual([translator('da')('understanding.smalltalk.thanks')]);
    const stored = await database.db.select().from(faqUnanswered).where(and(eq(faqUnanswered.question, 'tak'), eq(faqUnanswered.language, 'da')));
    expect(stored).toEqual([]);
  });
});
