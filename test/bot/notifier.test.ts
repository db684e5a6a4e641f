import { randomBytes } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../bot/app';
import { applications, jobs, members } from '../../data/schema';
import { withTransaction } from '../../data/transaction';
import { ACCOUNT_DECISION_NOTICE_JOB, createAccountDecisions } from '../../services/account/decisions';
import { createTestApp } from '../support/bot';
import { startFakeChannel, type FakeChannel } from '../support/channel';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { createChannelBot, exchange } from '../support/membership';

let database: TestDatabase;
let channel: FakeChannel;
let app: App;

beforeAll(async () => {
  database = await createTestDatabase();
  // The channel refuses the first proactive message, as Teams does when it cannot deliver.
  channel = await startFakeChannel({ failFirst: { times: 1, status: 403 } });
  app = await createTestApp(database);
});
afterAll(async () => {
  await app?.close();
  await channel?.close();
});

describe('proactive messages count as delivered only when the channel accepted them', () => {
  it('a refused send throws (so the job stays pending and retries) and the next attempt delivers', async () => {
    const bot = createChannelBot(app, 'da', channel.url);
    await exchange(bot, 'menu'); // stores the conversation reference, with the channel's serviceUrl
    const [member] = await database.db.select({ id: members.id }).from(members).where(eq(members.channelUserId, bot.userId));
    if (!member) throw new Error('no member');
    const notice = () => app.services.notifier.notify(member.id, (t) => ({ text: t('menu.title') }));

    // The adapter's onTurnError must not turn the refusal into a success.
    await expect(notice()).rejects.toThrow(/could not be reached/);
    expect(channel.to(bot.conversationId)).toEqual([]);

    await expect(notice()).resolves.toBe(1);
    expect(channel.to(bot.conversationId).map((a) => [a.text, a.locale])).toEqual([[bot.t('menu.title'), 'da']]);
  });
});

describe('the approval notice job', () => {
  it('stays pending when the channel refuses the notice, and delivers it on the retry', async () => {
    const refusing = await startFakeChannel({ failFirst: { times: 1, status: 403 } });
    try {
      const bot = createChannelBot(app, 'da', refusing.url);
      await exchange(bot, 'menu');
      const [member] = await database.db.select({ id: members.id }).from(members).where(eq(members.channelUserId, bot.userId));
      if (!member) throw new Error('no member');
      const [application] = await database.db
        .insert(applications)
        .values({
          reference: `APP-${randomBytes(3).toString('hex').toUpperCase()}`,
          memberId: member.id,
          countryCode: 'DK',
          companyName: 'Nordlys Foto ApS',
          address: 'Vestergade 12, 1456 København K',
          vatRegistered: true,
          vatNumber: 'DK13585628',
          documentType: 'vat-certificate',
          authorised: true,
          contactEmail: 'info@example.com',
          status: 'under-review',
          submittedAt: new Date(),
          expectedDecisionDate: '2026-12-08',
        })
        .returning({ id: applications.id });
      if (!application) throw new Error('no application');
      await withTransaction(database.db, () => createAccountDecisions(app.services).decide(application.id, { decision: 'approve', actor: 'test' }));
      const notice = () => database.db.select().from(jobs).where(eq(jobs.dedupeKey, `${ACCOUNT_DECISION_NOTICE_JOB}:${application.id}`));

      await app.jobs.runDue();
      const [afterRefusal] = await notice();
      expect([afterRefusal?.status, afterRefusal?.attempts]).toEqual(['pending', 1]);
      expect(refusing.to(bot.conversationId)).toEqual([]);

      await database.db.update(jobs).set({ runAt: sql`now() - interval '1 second'` }).where(eq(jobs.dedupeKey, `${ACCOUNT_DECISION_NOTICE_JOB}:${application.id}`));
      await app.jobs.runDue();
      const [afterRetry] = await notice();
      expect([afterRetry?.status, afterRetry?.attempts]).toEqual(['done', 2]);
      expect(refusing.to(bot.conversationId)).toHaveLength(1);
    } finally {
      await refusing.close();
    }
  });
});
