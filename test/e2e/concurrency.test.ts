import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { botState } from '../../data/schema/botState';
import { translator } from '../../locales';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { newMember, post, startApp, type RunningApp } from '../support/http';

let database: TestDatabase;
let running: RunningApp;

beforeAll(async () => {
  database = await createTestDatabase();
  running = await startApp(database);
});
afterAll(async () => {
  await running.app.close();
});

describe('turns of one conversation', () => {
  it('the same activity id delivered three times at once produces one reply set', async () => {
    const member = newMember('da');
    const activity = { id: 'same-activity-id', text: 'hjælp' };
    const results = await Promise.all([1, 2, 3].map(() => post(running.url, member, activity)));
    expect(results.map((r) => r.status)).toEqual([200, 200, 200]);
    const replySets = results.filter((r) => r.activities.length > 0);
    expect(replySets).toHaveLength(1);
  });

  it('two different activities sent at the same instant are processed one after the other', async () => {
    const member = newMember('sv');
    await post(running.url, member, { type: 'conversationUpdate', membersAdded: [{ id: member.userId }] });
    // Both ask for the language card; serialized, the second finds the first one's dialog waiting.
    const [a, b] = await Promise.all([post(running.url, member, { text: 'språk' }), post(running.url, member, { text: 'språk' })]);
    expect([a.status, b.status]).toEqual([200, 200]);
    const [row] = await database.db.select().from(botState).where(eq(botState.key, `cli/conversations/${member.conversationId}/`));
    // conversationUpdate + two turns = three versions, none lost to a race.
    expect(row?.etag).toBe(3);
  });

  it('a double-tapped language choice advances the language dialog once', async () => {
    const member = newMember('nl');
    await post(running.url, member, { text: 'taal' });
    const choice = { id: 'tap-1', type: 'message', text: 'svenska' };
    const [first, second] = await Promise.all([post(running.url, member, choice), post(running.url, member, choice)]);
    const all = [...first.activities, ...second.activities].map((a) => a.text);
    expect(all.filter((text) => text === translator('sv')('language.changed'))).toHaveLength(1);
  });
});

describe('bad requests', () => {
  it('rejects an activity without a conversation with a 400 and a reason', async () => {
    const response = await fetch(`${running.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ type: 'message', text: 'hi' }),
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: expect.stringContaining('conversation') });
  });

  it('rejects a body over the limit with 413', async () => {
    const response = await fetch(`${running.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ type: 'message', text: 'x'.repeat(17 * 1024 * 1024) }),
    });
    expect(response.status).toBe(413);
  });
});
