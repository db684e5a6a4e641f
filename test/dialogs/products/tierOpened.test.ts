import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../../bot/app';
import type { Database } from '../../../data/database';
import { LANGUAGES, type Language } from '../../../locales';
import { cardSubmit, createTestApp, createTestBot, type TestBot } from '../../support/bot';
import { givenApprovedBusiness } from '../../support/business';
import { createTestDatabase } from '../../support/database';
import { actionsWith, cardsIn, exchange, givenPoints, textsIn } from '../../support/membership';

let database: Database;
let app: App;
beforeAll(async () => {
  database = await createTestDatabase();
  app = await createTestApp(database);
});
afterAll(async () => {
  await app.close();
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
