import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../../bot/app';
import type { Database } from '../../../data/database';
import { jobs } from '../../../data/schema/jobs';
import { memberships } from '../../../data/schema/memberships';
import { formatDate } from '../../../dialogs/account/format';
import { addDays } from '../../../domain/billing';
import { localDate } from '../../../domain/businessDays';
import { LANGUAGES, type Language } from '../../../locales';
import { RENEWAL_SWEEP_JOB } from '../../../services/member/renewalReminders';
import { cardSubmit, createTestApp, type TestBot } from '../../support/bot';
import { givenApprovedBusiness } from '../../support/business';
import { startFakeChannel, type FakeChannel } from '../../support/channel';
import { createTestDatabase } from '../../support/database';
import { createChannelBot, exchange } from '../../support/membership';

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

const today = () => localDate(new Date(), 'UTC');

async function givenMember(bot: TestBot, validUntil: string) {
  const { businessId } = await givenApprovedBusiness(database.db, bot.userId);
  const membershipNumber = `CPS-RENEW-${randomUUID().slice(0, 8)}`;
  const [membership] = await database.db.insert(memberships).values({ businessId, tierCode: 'silver', membershipNumber, paymentMethod: 'card', validUntil }).returning({ id: memberships.id });
  await exchange(bot, 'menu');
  return { membershipId: membership?.id ?? '', membershipNumber };
}

/** Runs one daily pass now (and the reminders it schedules), leaving the pass scheduled for tomorrow alone. */
async function runSweep(): Promise<void> {
  await database.db.update(jobs).set({ runAt: new Date('2100-01-01T00:00:00Z') }).where(and(eq(jobs.kind, RENEWAL_SWEEP_JOB), eq(jobs.status, 'pending')));
  await database.db.insert(jobs).values({ kind: RENEWAL_SWEEP_JOB, payload: {}, runAt: new Date(Date.now() - 1000), dedupeKey: `test:${randomUUID()}` });
  await app.jobs.runDue();
}

const reminders = (bot: TestBot) => channel.to(bot.conversationId).map((a) => a.text ?? '').filter((text) => text.includes('CPS-RENEW-'));

describe.each(LANGUAGES)('renewal reminders in %s', (language: Language) => {
  it('30 and 7 days before the renewal, each sent once, in the member\'s language', async () => {
    const bot = createChannelBot(app, language, channel.url);
    const validUntil = addDays(today(), 30);
    const member = await givenMember(bot, validUntil);
    const text = bot.t('renewal.reminder', { number: member.membershipNumber, tier: 'Silver', date: formatDate(language, validUntil) });

    await runSweep();
    await runSweep();
    expect(reminders(bot)).toEqual([text]);

    // Three weeks later: the renewal is 7 days away.
    const sooner = addDays(today(), 7);
    await database.db.update(memberships).set({ validUntil: sooner }).where(eq(memberships.id, member.membershipId));
    await runSweep();
    await runSweep();
    const seven = bot.t('renewal.reminder', { number: member.membershipNumber, tier: 'Silver', date: formatDate(language, sooner) });
    expect(reminders(bot)).toEqual([text, seven]);
  });

  it('a cancelled membership gets none', async () => {
    const bot = createChannelBot(app, language, channel.url);
    await givenMember(bot, addDays(today(), 7));
    await exchange(bot, cardSubmit({ verb: 'membership.cancel', confirm: true }));
    await runSweep();
    expect(reminders(bot)).toEqual([]);
  });
});
