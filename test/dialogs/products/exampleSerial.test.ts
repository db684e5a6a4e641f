import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../../bot/app';
import type { Database } from '../../../data/database';
import { registeredProducts } from '../../../data/schema/products';
import { LANGUAGES, type Language } from '../../../locales';
import { cardSubmit, createTestApp, createTestBot } from '../../support/bot';
import { givenApprovedBusiness } from '../../support/business';
import { createTestDatabase } from '../../support/database';
import { actionsWith, cardsIn, exchange, inputOf, textsIn } from '../../support/membership';

let database: Database;
let app: App;
beforeAll(async () => {
  database = await createTestDatabase();
  app = await createTestApp(database);
});
afterAll(async () => {
  await app.close();
});

describe.each(LANGUAGES)('a catalogue example serial in %s', (language: Language) => {
  it('is refused with a friendly message, keeping everything typed; the real serial is then saved', async () => {
    const bot = createTestBot(app, language);
    const { businessId } = await givenApprovedBusiness(database.db, bot.userId);
    await exchange(bot, 'menu');
    const entryId = actionsWith(cardsIn(await exchange(bot, cardSubmit({ verb: 'product.add' }))), 'product.submit')[0]?.['entryId'];
    const typed = { model: 'eos-r5', serialNumber: '0320 2100 1234', purchaseDate: '2023-05-02', purchaseCountry: 'DK', dealer: 'Photocare' };

    const refused = await exchange(bot, cardSubmit({ verb: 'product.submit', entryId, ...typed }));
    expect(textsIn(refused)).toContain(bot.t('products.error.serialNumber.example', { example: '032021001234' }));
    for (const [id, value] of Object.entries(typed)) expect(inputOf(cardsIn(refused), id)?.['value'], id).toBe(value);
    expect(await database.db.select().from(registeredProducts).where(eq(registeredProducts.businessId, businessId))).toEqual([]);

    // Another model's example (shown in the hint before a model is chosen) is refused too.
    const other = await exchange(bot, cardSubmit({ verb: 'product.submit', entryId, ...typed, model: 'eos-r3', serialNumber: '012045001234' }));
    expect(textsIn(other)).toContain(bot.t('products.error.serialNumber.example', { example: '012045001234' }));

    // A serial of its own per language: a serial belongs to one business.
    const own = `0320210${10_000 + LANGUAGES.indexOf(language) * 111}`;
    await exchange(bot, cardSubmit({ verb: 'product.submit', entryId, ...typed, serialNumber: own }));
    const [saved] = await database.db.select().from(registeredProducts).where(eq(registeredProducts.businessId, businessId));
    expect(saved?.serialNumber).toBe(own);
  });
});
