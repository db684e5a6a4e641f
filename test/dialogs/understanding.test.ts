import type { Activity } from 'botbuilder';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../bot/app';
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

async function turn(bot: TestBot, activity: string | Partial<Activity>): Promise<Partial<Activity>[]> {
  await bot.adapter.receiveActivity(activity);
  return bot.adapter.activeQueue.splice(0);
}

/** A conversation past its greeting. */
async function greeted(language: Language): Promise<TestBot> {
  const bot = createTestBot(app, language);
  await turn(bot, { type: 'conversationUpdate', membersAdded: [{ id: bot.userId, name: 'Member' }] });
  return bot;
}

function everyText(replies: Partial<Activity>[]): string[] {
  return replies.flatMap((r) => [...(r.text ? [r.text] : []), ...cardTexts(cardOf(r))]);
}

describe('the understanding step in the conversation', () => {
  it('“jeg vil gerne oprette en virksomhedskonto” opens the application card, as the Apply button does', async () => {
    const typed = everyText(await turn(await greeted('da'), 'jeg vil gerne oprette en virksomhedskonto'));
    const pressed = everyText(await turn(await greeted('da'), cardSubmit({ verb: 'account.apply' })));
    expect(typed).toContain(translator('da')('account.form.title'));
    expect(typed).toEqual(pressed);
  });

  it('“stil mig om til support” starts the hand-off', async () => {
    const replies = await turn(await greeted('da'), 'stil mig om til support');
    expect(everyText(replies)).toContain(translator('da')('support.queue.joined'));
  });

  it('“Hej” in a Swedish conversation is answered in Swedish', async () => {
    const bot = await greeted('sv');
    const replies = await turn(bot, 'Hej');
    expect(replies.map((r) => r.locale)).toEqual(replies.map(() => 'sv'));
    expect(everyText(replies)).toContain(translator('sv')('understanding.smalltalk.greeting'));
  });

  it('a German “Guten Tag” in a Swedish conversation gets English and the line about our languages', async () => {
    const bot = await greeted('sv');
    const replies = await turn(bot, 'Guten Tag');
    const en = translator('en');
    expect(everyText(replies)[0]).toBe(en('language.notice.unsupported'));
    expect(replies.every((r) => r.locale === 'en')).toBe(true);
  });

  it('a French question in a Dutch conversation gets English and the line about our languages', async () => {
    const replies = await turn(await greeted('nl'), 'Bonjour, comment puis-je enregistrer mon nouvel objectif ?');
    expect(everyText(replies)[0]).toBe(translator('en')('language.notice.unsupported'));
    expect(replies.every((r) => r.locale === 'en')).toBe(true);
  });

  it('Norwegian in an English conversation is answered in Danish, and that is said once', async () => {
    const bot = await greeted('en');
    const notice = translator('da')('language.notice.norwegian');
    const first = await turn(bot, 'Hei, jeg vil gjerne registrere et nytt objektiv på kontoen min');
    expect(everyText(first)[0]).toBe(notice);
    expect(first.every((r) => r.locale === 'da')).toBe(true);
    const second = await turn(bot, 'Hvor finner jeg medlemsnummeret mitt?');
    expect(everyText(second)).not.toContain(notice);
    expect(second.every((r) => r.locale === 'da')).toBe(true);
  });

  it('“bli medlem i cps” in a Swedish conversation stays Swedish', async () => {
    const replies = await turn(await greeted('sv'), 'bli medlem i cps');
    expect(replies.length).toBeGreaterThan(0);
    expect(replies.every((r) => r.locale === 'sv')).toBe(true);
  });

  it('thanks get a short reply, not an FAQ answer', async () => {
    const replies = await turn(await greeted('en'), 'thanks a lot, that helped');
    expect(everyText(replies)).toEqual([translator('en')('understanding.smalltalk.thanks')]);
  });

  it('an FAQ answer with a natural next step carries its button', async () => {
    const replies = await turn(await greeted('en'), 'how do i register my new lens?');
    const verbs = replies.flatMap((r) => cardActions(cardOf(r))).map((a) => (a['data'] as Record<string, unknown>)['verb']);
    expect(verbs).toEqual(expect.arrayContaining(['product.add', 'faq.feedback']));
  });

  it('“None of these” on a “Did you mean …” card says so honestly and points to a person', async () => {
    const t = translator('nl');
    const replies = await turn(await greeted('nl'), cardSubmit({ verb: 'faq.topic', faqId: '', question: 'iets over mijn camera' }));
    expect(everyText(replies)).toEqual([t('understanding.noneOfThese.reply', { support: t('menu.support') })]);
  });

  it('“stil mig om til support” typed while the application form waits starts the hand-off, and the form keeps what was typed', async () => {
    const bot = await greeted('da');
    await turn(bot, cardSubmit({ verb: 'account.apply' }));
    await turn(bot, cardSubmit({ verb: 'account.submit', companyName: 'Studio Lys ApS', address: 'Nørregade 1, 1165 København' }));
    const support = await turn(bot, 'stil mig om til support tak');
    expect(everyText(support)).toContain(translator('da')('support.queue.joined'));
    await turn(bot, cardSubmit({ verb: 'handoff.cancel' }));
    const resumed = await turn(bot, cardSubmit({ verb: 'account.apply' }));
    expect(JSON.stringify(resumed.map(cardOf))).toContain('Studio Lys ApS');
  });

  it('“take me back to the main menu” typed while the application form waits opens the menu', async () => {
    const bot = await greeted('en');
    await turn(bot, cardSubmit({ verb: 'account.apply' }));
    const replies = await turn(bot, 'take me back to the main menu please');
    expect(everyText(replies)).not.toContain(translator('en')('account.form.waiting'));
    const verbs = replies.flatMap((r) => cardActions(cardOf(r))).map((a) => (a['data'] as Record<string, unknown> | undefined)?.['verb']);
    expect(verbs).toContain('account.apply');
  });

  it('other text while the application form waits is still the form’s', async () => {
    const bot = await greeted('en');
    await turn(bot, cardSubmit({ verb: 'account.apply' }));
    const replies = await turn(bot, 'our company is called Bright Light Studio');
    expect(everyText(replies)).toContain(translator('en')('account.form.waiting'));
  });
});
