import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../bot/app';
import { members } from '../../data/schema';
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
