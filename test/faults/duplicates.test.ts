import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { rowsOf } from '../../data/database';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { newMember, post, startApp, type Member, type RunningApp } from '../support/http';
import { companyOf, submitWithDocument, verbsIn } from './helpers';

/**
 * Channels redeliver: Teams and Direct Line retry a POST whose answer they did not get in time.
 * The same activity id, however often and whenever it arrives, has exactly one effect. (The reply
 * side of three simultaneous deliveries is in test/e2e/concurrency.test.ts; here: the records.)
 */
let database: TestDatabase;
let running: RunningApp;

beforeAll(async () => {
  database = await createTestDatabase();
  running = await startApp(database);
});
afterAll(async () => {
  await running.app.close();
});

async function applicationOf(member: Member) {
  const rows = rowsOf<{ status: string; documents: number }>(
    await database.db.execute(sql`
      select a.status, (select count(*) from application_documents d where d.application_id = a.id)::int as documents
      from applications a where a.company_name = ${companyOf(member)}`),
  );
  return rows;
}

async function stateVersion(member: Member): Promise<number> {
  const rows = rowsOf<{ etag: number }>(await database.db.execute(sql`select etag from bot_state where key = ${`cli/conversations/${member.conversationId}/`}`));
  return Number(rows[0]?.etag ?? 0);
}

async function processedCount(member: Member): Promise<number> {
  const rows = rowsOf<{ n: number }>(await database.db.execute(sql`select count(*)::int as n from processed_activities where conversation_id = ${member.conversationId}`));
  return Number(rows[0]?.n ?? 0);
}

describe('the same activity id delivered three times', () => {
  it('at once: one application document, one reply set, one state change', async () => {
    const member = newMember('da');
    await post(running.url, member, { value: { verb: 'account.apply' } });
    const before = await stateVersion(member);

    const delivery = submitWithDocument(member, 'redelivered-document');
    const results = await Promise.all([1, 2, 3].map(() => post(running.url, member, delivery)));

    expect(results.map((r) => r.status)).toEqual([200, 200, 200]);
    expect(results.filter((r) => r.activities.length > 0)).toHaveLength(1);
    expect(await applicationOf(member)).toEqual([{ status: 'draft', documents: 1 }]);
    expect(await stateVersion(member)).toBe(before + 1);
    expect(await processedCount(member)).toBe(2);
  });

  it('again after later turns: the late copies change nothing and answer nothing', async () => {
    const member = newMember('sv');
    await post(running.url, member, { value: { verb: 'account.apply' } });
    const delivery = submitWithDocument(member, 'late-redelivery');
    const first = await post(running.url, member, delivery);
    expect(verbsIn(first.activities)).toContain('account.confirm');
    const confirmed = await post(running.url, member, { id: 'confirm-once', value: { verb: 'account.confirm' } });
    expect(confirmed.activities.length).toBeGreaterThan(0);
    const before = await stateVersion(member);

    // Were the old form processed again, the application would be edited after submission.
    const late = [await post(running.url, member, delivery), await post(running.url, member, { id: 'confirm-once', value: { verb: 'account.confirm' } }), await post(running.url, member, delivery)];

    expect(late.map((r) => [r.status, r.activities.length])).toEqual([
      [200, 0],
      [200, 0],
      [200, 0],
    ]);
    expect(await applicationOf(member)).toEqual([{ status: 'under-review', documents: 1 }]);
    expect(await stateVersion(member)).toBe(before);
  });

  it('a card action (Action.Execute) delivered again is answered 200 like the first time, never the adapter’s 501', async () => {
    const member = newMember('nl');
    const invoke = { id: 'execute-twice', type: 'invoke', name: 'adaptiveCard/action', value: { action: { type: 'Action.Execute', verb: 'menu.open', data: { verb: 'menu.open' } } } };
    const first = await post(running.url, member, invoke);
    // Teams' own retry: no expectReplies, so the HTTP answer is the invoke response alone.
    const again = await post(running.url, member, { ...invoke, deliveryMode: 'normal' });
    expect([first.status, again.status]).toEqual([200, 200]);
  });
});
