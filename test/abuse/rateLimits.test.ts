import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { translator } from '../../locales';
import { createTestDatabase } from '../support/database';
import { newMember, post, startApp, type RunningApp } from '../support/http';

/** Budgets per conversation on /api/messages and per client address on the public routes (bot/http/rateLimit.ts). */
let running: RunningApp;
let strict: RunningApp;
beforeAll(async () => {
  const database = await createTestDatabase();
  running = await startApp(database, { RATE_LIMIT_MESSAGES_PER_MINUTE: '5', RATE_LIMIT_REQUESTS_PER_MINUTE: '1000' });
  strict = await startApp(database, { RATE_LIMIT_REQUESTS_PER_MINUTE: '12' });
});
afterAll(async () => {
  await running.app.close();
  await strict.app.close();
});

describe('rate limits', () => {
  it('a conversation over its budget is told once in its language how long to wait, then gets 429 with Retry-After', async () => {
    const member = newMember('da');
    for (let i = 0; i < 5; i++) expect((await post(running.url, member, { text: 'hej' })).status).toBe(200);
    const told = await post(running.url, member, { text: 'hej' });
    expect(told.status).toBe(200);
    const text = told.activities.map((a) => a.text).join(' ');
    expect(text).toMatch(/^Du sender beskeder hurtigere/);
    expect(text).toContain(translator('da')('error.slowDown', { seconds: Number(/(\d+) sekund/.exec(text)?.[1]) }));

    const response = await fetch(`${running.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ type: 'message', id: 'x', channelId: 'cli', serviceUrl: 'http://127.0.0.1/cli', from: { id: member.userId }, recipient: { id: 'bot' }, conversation: { id: member.conversationId }, text: 'hej', deliveryMode: 'expectReplies' }),
    });
    expect(response.status).toBe(429);
    expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it('one conversation over its budget does not slow down another', async () => {
    const busy = newMember('sv');
    for (let i = 0; i < 7; i++) await post(running.url, busy, { text: 'hej' });
    const other = await post(running.url, newMember('sv'), { text: 'hej' });
    expect(other.status).toBe(200);
    expect(other.activities.map((a) => a.text).join(' ')).not.toContain('snabbare');
  });

  it('a client address over its budget on the public APIs gets 429 with Retry-After; probes are never limited', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 14; i++) statuses.push((await fetch(`${strict.url}/api/faq/search?q=points&locale=en`)).status);
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThan(0);
    const limited = await fetch(`${strict.url}/api/catalogue?locale=en`);
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    for (let i = 0; i < 20; i++) expect((await fetch(`${strict.url}/healthz`)).status).toBe(200);
  });
});
