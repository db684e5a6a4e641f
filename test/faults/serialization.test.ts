import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { rowsOf } from '../../data/database';
import { translator } from '../../locales';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { newMember, post, startApp, type RunningApp } from '../support/http';
import { approvedMember, BACKOFFICE_TOKEN, companyOf, productSubmit, readable } from './helpers';

/**
 * Twenty activities of one conversation arriving at the same instant (a member double-tapping
 * through a slow network, a channel flushing its queue) run one after the other: each turn sees
 * everything the earlier ones wrote, and none is lost.
 */
let database: TestDatabase;
let running: RunningApp;

beforeAll(async () => {
  database = await createTestDatabase();
  running = await startApp(database, { BACKOFFICE_TOKEN });
});
afterAll(async () => {
  await running.app.close();
});

describe('20 activities for one conversation at once', () => {
  it('are processed one at a time: the running totals are 400, 800 … 8,000 and every registration is kept', async () => {
    const t = translator('en');
    const member = await approvedMember(running.url, newMember('en'));
    const key = `cli/conversations/${member.conversationId}/`;
    const versionBefore = Number(rowsOf<{ etag: number }>(await database.db.execute(sql`select etag from bot_state where key = ${key}`))[0]?.etag);

    const results = await Promise.all(Array.from({ length: 20 }, (_, i) => post(running.url, member, productSubmit(`5110${String(i).padStart(8, '0')}`))));

    expect(results.every((r) => r.status === 200)).toBe(true);
    // Each reply states the total after its own registration; two turns that overlapped would
    // have seen the same earlier state and reported the same total.
    const totals = results.map((r) => {
      const found = Array.from({ length: 20 }, (_, i) => (i + 1) * 400).filter((points) => readable(r.activities).includes(JSON.stringify(t('products.saved.total', { points })).slice(1, -1)));
      expect(found, readable(r.activities).slice(0, 300)).toHaveLength(1);
      return found[0];
    });
    expect([...totals].sort((a = 0, b = 0) => a - b)).toEqual(Array.from({ length: 20 }, (_, i) => (i + 1) * 400));

    const [registered] = rowsOf<{ n: number }>(
      await database.db.execute(sql`
        select count(*)::int as n from registered_products p
        join applications a on a.business_id = p.business_id where a.company_name = ${companyOf(member)}`),
    );
    expect(registered?.n).toBe(20);
    const versionAfter = Number(rowsOf<{ etag: number }>(await database.db.execute(sql`select etag from bot_state where key = ${key}`))[0]?.etag);
    expect(versionAfter).toBe(versionBefore + 20);
  });

  it('in another conversation meanwhile, are not held up by the first one’s queue', async () => {
    const a = newMember('da');
    const b = newMember('nl');
    const [fromA, fromB] = await Promise.all([
      Promise.all(Array.from({ length: 10 }, () => post(running.url, a, { text: 'menu' }))),
      Promise.all(Array.from({ length: 10 }, () => post(running.url, b, { text: 'menu' }))),
    ]);
    expect([...fromA, ...fromB].every((r) => r.status === 200 && r.activities.length > 0)).toBe(true);
  });
});
