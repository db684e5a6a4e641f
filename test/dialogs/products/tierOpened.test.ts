import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../../bot/app';
import type { Database } from '../../../data/database';
import { LANGUAGES, type Language } from '../../../locales';
import { cardSubmit, createTestApp, createTestBot, type TestBot } from '../../support/bot';
import { givenApprovedBusiness } from '../../support/business';
import { createTestDatabase } from '../../support/database';
import { startFakeChannel, type FakeChannel } from '../../support/channel';
import { actionsWith, cardsIn, createChannelBot, exchange, givenPoints, textsIn } from '../../support/membership';

let database: Database;
let app: App;
let channel: FakeChannel;
beforeAll(async () => {
  database = await createTestDatabase();
  channel = await startFakeChannel();
  app = await createTestApp(database);
});
afterAll(async () => {
  await app.close();
  await channel.close();
});

async function register(bot: TestBot, model: string, serialNumber: string) {
  const entryId = actionsWith(cardsIn(await exchange(bot, cardSubmit({ verb: 'product.add' }))), 'product.submit')[0]?.['entryId'];
  return exchange(bot, cardSubmit({ verb: 'product.submit', entryId, model, serialNumber, purchaseDate: '2023-05-02', purchaseCountry: 'DK', dealer: 'Photocare' }));
}

describe.each(LANGUAGES)('a tier opening in %s', (language: Language) => {
  it('is told on the registration that reaches it, once', async () => {
    const bot = createTestBot(app, language);
    const { businessId } = await givenApprovedBusiness(database.db, bot.userId);
    await givenPoints(database.db, businessId, 700);
    await exchange(bot, 'menu');
    const index = LANGUAGES.indexOf(language);

    const reached = await register(bot, 'eos-r5', `0320210${30_000 + index * 111}`);
    expect(textsIn(reached)).toContain(bot.t('products.tierOpened', { tier: 'Gold', points: 1000 }));

    const more = await register(bot, 'eos-r3', `0230310${30_000 + index * 111}`);
    expect(textsIn(more).filter((text) => text === bot.t('products.tierOpened', { tier: 'Gold', points: 1400 }))).toEqual([]);
    expect(textsIn(more).join('\n')).not.toContain('🎉');
  });
});

describe('the business\'s other members', () => {
  it('are told in chat, once, in their own language', async () => {
    const bot = createTestBot(app, 'da');
    const { businessId } = await givenApprovedBusiness(database.db, bot.userId);
    const colleague = createChannelBot(app, 'sv', channel.url);
    await givenApprovedBusiness(database.db, colleague.userId, { businessId });
    await exchange(colleague, 'menu');
    await givenPoints(database.db, businessId, 1800);
    await exchange(bot, 'menu');
    await register(bot, 'eos-r5', '032021055555');
    await app.jobs.runDue();
    await app.jobs.runDue();
    const told = channel.to(colleague.conversationId).map((a) => a.text ?? '');
    expect(told.filter((text) => text === colleague.t('products.tierOpened', { tier: 'Platinum', points: 2100 }))).toHaveLength(1);
    expect(told.filter((text) => text === colleague.t('products.tierOpened', { tier: 'Gold', points: 2100 }))).toHaveLength(1);
  }, 60_000);
});
