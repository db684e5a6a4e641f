import { and, eq, inArray } from 'drizzle-orm';
import type { Activity } from 'botbuilder';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { App } from '../../../bot/app';
import { createMemberRepository } from '../../../data/repositories/members';
import { supportCases, supportMessages } from '../../../data/schema/support';
import { LANGUAGES, type Language } from '../../../locales';
import { cardOf, cardSubmit, cardTexts, createTestApp, createTestBot, type TestBot } from '../../support/bot';
import { createTestDatabase, type TestDatabase } from '../../support/database';
import { actionsWith } from '../../support/membership';

let database: TestDatabase;
let app: App;
/** Wednesday 25 November 2026, 10:00 in Copenhagen: support is open. */
const OPEN_HOUR = new Date('2026-11-25T09:00:00Z');

beforeAll(async () => {
  database = await createTestDatabase();
  app = await createTestApp(database, {}, { clock: () => OPEN_HOUR });
});
beforeEach(async () => {
  await database.db.update(supportCases).set({ status: 'cancelled', closedAt: OPEN_HOUR }).where(inArray(supportCases.status, ['queued', 'active']));
});
afterAll(async () => {
  await app.close();
});

async function turn(bot: TestBot, activity: string | Partial<Activity>): Promise<Partial<Activity>[]> {
  await bot.adapter.receiveActivity(activity);
  return bot.adapter.activeQueue.splice(0);
}

const cards = (replies: Partial<Activity>[]) => replies.map((r) => cardOf(r)).filter((c) => c !== undefined);

async function memberMessages(bot: TestBot): Promise<string[]> {
  const member = await createMemberRepository(database.db).findOrCreate('test', bot.userId);
  const [open] = await database.db.select().from(supportCases).where(and(eq(supportCases.memberId, member.id), eq(supportCases.status, 'queued')));
  const rows = await database.db.select().from(supportMessages).where(eq(supportMessages.caseId, open?.id ?? ''));
  return rows.filter((m) => m.sender === 'member').map((m) => m.text);
}

const questions: Record<Language, readonly [string, string]> = {
  da: ['Mit serienummer bliver ikke godkendt', 'Det er et Canon EOS R5-kamera'],
  sv: ['Mitt serienummer godkänns inte', 'Det är en Canon EOS R5-kamera'],
  nl: ['Mijn serienummer wordt niet geaccepteerd', 'Het is een Canon EOS R5-camera'],
  en: ['My serial number is not accepted', 'It is a Canon EOS R5 camera'],
};
const typedMenu: Record<Language, string> = { da: 'menu', sv: 'meny', nl: 'menu', en: 'menu' };

describe.each(LANGUAGES)('while queued for support, in %s', (language: Language) => {
  it('every message is answered with the place, the wait and the options', async () => {
    const bot = createTestBot(app, language);
    await turn(bot, cardSubmit({ verb: 'handoff.request' }));
    for (const message of questions[language]) {
      const replies = cards(await turn(bot, message));
      expect(replies).toHaveLength(1);
      expect(cardTexts(replies[0])).toEqual(expect.arrayContaining([bot.t('support.queue.received'), bot.t('support.queue.placeLabel'), '1', bot.t('support.waiting.options')]));
      expect(actionsWith(replies, 'handoff.request')).toHaveLength(1);
      expect(actionsWith(replies, 'handoff.cancel')).toHaveLength(1);
    }
    expect(await memberMessages(bot)).toEqual([...questions[language]]);
  });

  it('"menu" is answered too (the menu is paused while waiting), and is not passed to the agent', async () => {
    const bot = createTestBot(app, language);
    await turn(bot, cardSubmit({ verb: 'handoff.request' }));
    const replies = cards(await turn(bot, typedMenu[language]));
    expect(cardTexts(replies[0])).toEqual(expect.arrayContaining([bot.t('support.waiting.menu'), bot.t('support.queue.placeLabel'), bot.t('support.queue.waitLabel')]));
    expect(await memberMessages(bot)).toEqual([]);
    // "Cancel my request and open the menu" ends the wait.
    const cancelled = await turn(bot, cardSubmit({ verb: 'handoff.cancel' }));
    expect(cancelled[0]?.text).toBe(bot.t('support.cancelled'));
  });
});
