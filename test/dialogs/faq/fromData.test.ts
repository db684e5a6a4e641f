import type { Activity } from 'botbuilder';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../../bot/app';
import { formatMoney } from '../../../domain/billing';
import type { Language } from '../../../locales';
import { cardActions } from '../../support/cards';
import { cardOf, cardTexts, createTestApp, createTestBot, type TestBot } from '../../support/bot';
import { createTestDatabase, type TestDatabase } from '../../support/database';

let database: TestDatabase;
let app: App;
beforeAll(async () => {
  database = await createTestDatabase();
  app = await createTestApp(database);
});
afterAll(async () => {
  await app.close();
});

async function ask(language: Language, text: string): Promise<Partial<Activity>[]> {
  const bot: TestBot = createTestBot(app, language);
  await bot.adapter.receiveActivity({ type: 'conversationUpdate', membersAdded: [{ id: bot.userId, name: 'Member' }] });
  bot.adapter.activeQueue.splice(0);
  await bot.adapter.receiveActivity(text);
  return bot.adapter.activeQueue.splice(0);
}

const texts = (replies: Partial<Activity>[]): string => replies.flatMap((r) => [...(r.text ? [r.text] : []), ...cardTexts(cardOf(r))]).join('\n');
const verbs = (replies: Partial<Activity>[]): unknown[] =>
  replies.flatMap((r) => cardActions(cardOf(r))).map((a) => (a['data'] as Record<string, unknown> | undefined)?.['verb']);

describe('FAQ answers from reference data', () => {
  it('names the points of the model in the question, from the catalogue', async () => {
    const replies = await ask('en', 'how many points does the EOS R5 give?');
    expect(texts(replies)).toContain('**EOS R5**: 300 points');
    expect(verbs(replies)).toContain('product.add');
  });

  it('tells a Danish visitor each tier’s fee in Danish kroner', async () => {
    const replies = await ask('da', 'hvad koster platinum om året?');
    expect(texts(replies)).toContain(`**Platinum**: fra 2.000 point · ${formatMoney(224_500, 'DKK', 'da-DK')} om året uden moms`);
  });

  it('answers how to cancel with the way to “My membership”', async () => {
    const replies = await ask('sv', 'hur säger jag upp mitt medlemskap?');
    expect(verbs(replies)).toContain('membership.view');
  });

  it('offers CPS Priority Support for repair times instead of promising one', async () => {
    const replies = await ask('nl', 'hoe lang duurt een reparatie van mijn camera?');
    expect(verbs(replies)).toContain('handoff.request');
  });
});
