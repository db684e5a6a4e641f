import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { rowsOf } from '../../data/database';
import { translator } from '../../locales';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { newMember, post, startApp, type Member, type RunningApp } from '../support/http';
import { companyOf, submitWithDocument, verbsIn } from './helpers';

/**
 * PostgreSQL goes away in the middle of a turn. Only THIS test's database is taken down (other
 * test files share the server): connections to it are refused and its backends terminated, then
 * allowed again. The turn is held mid-way by a lock on bot_state (the turn's last write), so by
 * the time the database disappears it has already written its dedupe row, the draft and the document.
 */
const pg = inject('postgres');

describe.runIf(pg)('PostgreSQL stopped in the middle of a turn', () => {
  let database: TestDatabase;
  let running: RunningApp;
  let admin: postgres.Sql;
  let name: string;

  beforeAll(async () => {
    database = await createTestDatabase('postgres');
    if (!database.url || !pg) throw new Error('needs a PostgreSQL test database');
    name = new URL(database.url).pathname.slice(1);
    admin = postgres(pg.adminUrl, { max: 1, onnotice: () => {} });
    running = await startApp(database);
  });
  afterAll(async () => {
    await admin.unsafe(`alter database ${name} allow_connections true`);
    await admin.end();
    await running.app.close();
  });

  async function takeDown(): Promise<void> {
    await admin.unsafe(`alter database ${name} allow_connections false`);
    await admin`select pg_terminate_backend(pid) from pg_stat_activity where datname = ${name} and pid <> pg_backend_pid()`;
  }

  async function bringBack(): Promise<void> {
    await admin.unsafe(`alter database ${name} allow_connections true`);
  }

  async function waitForLockWaiter(): Promise<void> {
    for (let i = 0; i < 200; i++) {
      const [row] = await admin<{ n: number }[]>`select count(*)::int as n from pg_stat_activity where datname = ${name} and wait_event_type = 'Lock'`;
      if ((row?.n ?? 0) > 0) return;
      await new Promise((r) => setTimeout(r, 25));
    }
    throw new Error('the turn never reached the locked table');
  }

  async function records(member: Member, activityId: string) {
    const [application] = rowsOf<{ company: string | null; status: string; documents: number }>(
      await database.db.execute(sql`
        select a.company_name as company, a.status, (select count(*) from application_documents d where d.application_id = a.id)::int as documents
        from applications a join members m on m.id = a.member_id where m.channel_user_id = ${member.userId}`),
    );
    const [processed] = rowsOf<{ n: number }>(
      await database.db.execute(sql`select count(*)::int as n from processed_activities where conversation_id = ${member.conversationId} and activity_id = ${activityId}`),
    );
    const [state] = rowsOf<{ etag: number }>(await database.db.execute(sql`select etag from bot_state where key = ${`cli/conversations/${member.conversationId}/`}`));
    return { application, processed: processed?.n, stateVersion: Number(state?.etag) };
  }

  it('the member gets the localized apology, nothing of the turn is kept, and the dialog goes on once it is back', async () => {
    const t = translator('da');
    const member = newMember('da');
    expect(verbsIn((await post(running.url, member, { value: { verb: 'account.apply' } })).activities)).toContain('account.submit');
    const before = await records(member, 'during-outage');
    expect(before.application).toMatchObject({ company: null, status: 'draft', documents: 0 });

    // Hold the turn just before its final write: plain reads pass an EXCLUSIVE lock, writes wait.
    const holder = postgres(database.url ?? '', { max: 1, onnotice: () => {} });
    let locked = () => {};
    const isLocked = new Promise<void>((resolve) => (locked = resolve));
    const held = holder
      .begin(async (tx) => {
        await tx`lock table bot_state in exclusive mode`;
        locked();
        // Held until the outage terminates this backend too (a COMMIT racing it would be moot).
        await new Promise<void>(() => {});
      })
      .catch((error: unknown) => error);
    await isLocked;

    const inFlight = post(running.url, member, submitWithDocument(member, 'during-outage'));
    await waitForLockWaiter();
    await takeDown();
    expect(await held).toBeInstanceOf(Error);
    await holder.end({ timeout: 1 }).catch(() => undefined);

    try {
      const failed = await inFlight;
      expect(failed.status).toBe(200);
      expect(failed.activities.map((a) => a.text)).toEqual([t('error.apology')]);

      // While it is down: every turn apologises, readiness says so, nothing crashes.
      const meanwhile = await post(running.url, member, { text: 'hjælp' });
      expect(meanwhile.status).toBe(200);
      expect(meanwhile.activities.map((a) => a.text)).toEqual([t('error.apology')]);
      expect((await fetch(`${running.url}/readyz`)).status).toBe(503);
    } finally {
      await bringBack();
    }
    // It recovers by itself: the pool tries again within a second (it fails fast meanwhile).
    await expect.poll(async () => (await fetch(`${running.url}/readyz`)).status, { timeout: 5_000, interval: 100 }).toBe(200);

    // Transactions: the dedupe row, the draft's fields, the document and the state all rolled back.
    expect(await records(member, 'during-outage')).toEqual(before);

    // The channel retries the same activity: it is processed now, and the dialog continues.
    const retried = await post(running.url, member, submitWithDocument(member, 'during-outage'));
    expect(verbsIn(retried.activities)).toContain('account.confirm');
    const confirmed = await post(running.url, member, { value: { verb: 'account.confirm' } });
    expect(confirmed.activities.length).toBeGreaterThan(0);
    expect((await records(member, 'during-outage')).application).toEqual({ company: companyOf(member), status: 'under-review', documents: 1 });
    expect((await fetch(`${running.url}/readyz`)).status).toBe(200);
  });
});
