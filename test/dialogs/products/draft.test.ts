import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../../bot/app';
import type { Database } from '../../../data/database';
import { registeredProducts } from '../../../data/schema/products';
import { LANGUAGES, translator, type Language } from '../../../locales';
import { cardSubmit, createTestApp, createTestBot } from '../../support/bot';
import { givenApprovedBusiness } from '../../support/business';
import { createTestDatabase } from '../../support/database';
import { actionsWith, cardsIn, exchange, inputOf, textsIn } from '../../support/membership';

let database: Database;
let app: App;
/** The same database for a restarted app: closing that app must not close it. */
const shared = (db: Database): Database => ({ ...db, close: async () => {} });
beforeAll(async () => {
  database = await createTestDatabase();
  app = await createTestApp(shared(database));
});
afterAll(async () => {
  await app.close();
  await database.close();
});

const cancelWord: Record<Language, string> = { da: 'annuller', sv: 'avbryt', nl: 'annuleren', en: 'cancel' };
const other: Record<Language, Language> = { da: 'sv', sv: 'nl', nl: 'en', en: 'da' };

describe.each(LANGUAGES)('an unsaved product form in %s', (language: Language) => {
  it('survives a restart, a language switch and cancel, says truly what was kept, and is gone once saved', async () => {
    const bot = createTestBot(app, language);
    const { businessId } = await givenApprovedBusiness(database.db, bot.userId);
    await exchange(bot, 'menu');
    const entryId = actionsWith(cardsIn(await exchange(bot, cardSubmit({ verb: 'product.add' }))), 'product.submit')[0]?.['entryId'];
    const typed = { model: 'eos-r5', serialNumber: '12-34', purchaseDate: '2023-05-02', purchaseCountry: 'DK', dealer: 'Photocare' };
    await exchange(bot, cardSubmit({ verb: 'product.submit', entryId, ...typed }));

    // A new app over the same database: nothing of the first one's memory is used.
    const restarted = await createTestApp(shared(database));
    try {
      const again = createTestBot(restarted, language, { userId: bot.userId });
      await exchange(again, 'menu');
      const resumed = await exchange(again, cardSubmit({ verb: 'product.add' }));
      expect(textsIn(resumed)).toContain(again.t('products.draft.kept', { model: 'Canon EOS R5', serial: '12-34' }));
      for (const [id, value] of Object.entries(typed)) expect(inputOf(cardsIn(resumed), id)?.['value'], id).toBe(value);
      expect(actionsWith(cardsIn(resumed), 'product.submit')[0]?.['entryId']).toBe(entryId);

      await exchange(again, cardSubmit({ verb: 'language.set', language: other[language] }));
      const switched = await exchange(again, cardSubmit({ verb: 'product.add' }));
      expect(textsIn(switched)).toContain(translator(other[language])('products.draft.kept', { model: 'Canon EOS R5', serial: '12-34' }));
      await exchange(again, cardSubmit({ verb: 'language.set', language }));

      await exchange(again, cancelWord[language]);
      const afterCancel = await exchange(again, cardSubmit({ verb: 'product.add' }));
      expect(inputOf(cardsIn(afterCancel), 'serialNumber')?.['value']).toBe('12-34');

      const serialNumber = `0320210${40_000 + LANGUAGES.indexOf(language) * 111}`;
      await exchange(again, cardSubmit({ verb: 'product.submit', entryId, ...typed, serialNumber }));
      expect(await database.db.select().from(registeredProducts).where(eq(registeredProducts.businessId, businessId))).toHaveLength(1);
      const fresh = await exchange(again, cardSubmit({ verb: 'product.add' }));
      expect(textsIn(fresh)).not.toContain(again.t('products.draft.kept', { model: 'Canon EOS R5', serial: '12-34' }));
      expect(inputOf(cardsIn(fresh), 'model')?.['value'] ?? '').toBe('');
      expect(inputOf(cardsIn(fresh), 'serialNumber')?.['value'] ?? '').toBe('');
    } finally {
      await restarted.close();
    }
  });
});
