import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../../bot/app';
import type { Database } from '../../../data/database';
import { LANGUAGES, translator, type Language } from '../../../locales';
import { cardSubmit, createTestApp, createTestBot } from '../../support/bot';
import { givenApprovedBusiness } from '../../support/business';
import { createTestDatabase } from '../../support/database';
import { actionsWith, cardsIn, exchange, givenPoints, textsIn } from '../../support/membership';

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

describe.each(LANGUAGES)('a chosen tier not paid yet, in %s', (language: Language) => {
  it('survives a restart, a language switch and cancel: "Join CPS" resumes at the payment step and says which tier was kept', async () => {
    const bot = createTestBot(app, language);
    const { businessId } = await givenApprovedBusiness(database.db, bot.userId);
    await givenPoints(database.db, businessId, 1200);
    await exchange(bot, 'menu');
    await exchange(bot, cardSubmit({ verb: 'tier.select', tier: 'gold' }));

    const restarted = await createTestApp(shared(database));
    try {
      const again = createTestBot(restarted, language, { userId: bot.userId });
      await exchange(again, 'menu');
      const resumed = await exchange(again, cardSubmit({ verb: 'cps.join' }));
      expect(textsIn(resumed)).toContain(again.t('membership.draft.kept', { tier: 'Gold' }));
      expect(actionsWith(cardsIn(resumed), 'payment.submit')).toEqual([expect.objectContaining({ tier: 'gold' })]);

      await exchange(again, cardSubmit({ verb: 'language.set', language: other[language] }));
      await exchange(again, cancelWord[language]);
      const switched = await exchange(again, cardSubmit({ verb: 'cps.join' }));
      expect(textsIn(switched)).toContain(translator(other[language])('membership.draft.kept', { tier: 'Gold' }));

      // "Back" on the payment card shows every tier again.
      const back = await exchange(again, cardSubmit({ verb: 'cps.join', change: true }));
      expect(actionsWith(cardsIn(back), 'tier.select').length).toBeGreaterThan(1);
      expect(actionsWith(cardsIn(back), 'payment.submit')).toEqual([]);
    } finally {
      await restarted.close();
    }
  });
});
