import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { rowsOf } from '../../data/database';
import { createJobRepository } from '../../data/repositories/jobs';
import { ACCOUNT_DECISION_NOTICE_JOB } from '../../dialogs/account';
import { translator } from '../../locales';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { newMember, post } from '../support/http';
import { startServerProcess, type ServerProcess } from '../support/serverProcess';
import { startFakeChannel, type FakeChannel } from '../support/channel';
import { approveOverHttp, BACKOFFICE_TOKEN, companyOf, productSubmit, readable, submitWithDocument, verbsIn } from './helpers';

/**
 * Scale-out (README.md, "Run against PostgreSQL"): several bot processes share one PostgreSQL and nothing that matters
 * lives in a process. Two real server processes (`bot/server.ts`) take turns of the same
 * conversation, one of them dies in the middle of a turn, and a job falls due while both are down.
 * (Killed between turns and restarted: test/e2e/server.test.ts.)
 */
const pg = inject('postgres');

describe.runIf(pg)('two server processes on one PostgreSQL', () => {
  let database: TestDatabase;
  let dataDir: string;
  let channel: FakeChannel;
  let a: ServerProcess;
  let b: ServerProcess;
  let env: Record<string, string>;
  const t = translator('en');
  const member = newMember('en');
  // Proactive messages for this member go to the fake channel (the reference is saved on its first turn).
  const send = (server: ServerProcess, body: Record<string, unknown>) => post(server.url, member, { serviceUrl: channel.url, ...body });
  const stateKey = `cli/conversations/${member.conversationId}/`;

  async function stateVersion(): Promise<number> {
    return Number(rowsOf<{ etag: number }>(await database.db.execute(sql`select etag from bot_state where key = ${stateKey}`))[0]?.etag ?? 0);
  }

  async function registrations(): Promise<number> {
    const [row] = rowsOf<{ n: number }>(
      await database.db.execute(sql`
        select count(*)::int as n from registered_products p join applications a on a.business_id = p.business_id
        where a.company_name = ${companyOf(member)}`),
    );
    return row?.n ?? 0;
  }

  beforeAll(async () => {
    database = await createTestDatabase('postgres');
    dataDir = mkdtempSync(join(tmpdir(), 'cps-faults-'));
    channel = await startFakeChannel();
    env = { DATABASE_URL: database.url ?? '', DATA_DIR: dataDir, BACKOFFICE_TOKEN, LOG_LEVEL: 'warn' };
    [a, b] = await Promise.all([startServerProcess(env), startServerProcess(env)]);
  });
  afterAll(async () => {
    for (const server of [a, b]) {
      if (server && server.child.exitCode === null && server.child.signalCode === null) {
        server.child.kill('SIGTERM');
        await server.exited;
      }
    }
    await channel?.close();
    await database?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('alternating turns of one conversation: the application dialog advances one step per turn', async () => {
    await send(a, { type: 'conversationUpdate', membersAdded: [{ id: member.userId }] });
    expect(verbsIn((await send(b, { value: { verb: 'account.apply' } })).activities)).toContain('account.submit');
    expect(verbsIn((await send(a, submitWithDocument(member))).activities)).toContain('account.confirm');
    const submitted = await send(b, { value: { verb: 'account.confirm' } });
    expect(verbsIn(submitted.activities)).not.toContain('account.confirm');
    expect(await stateVersion()).toBe(4);
    await approveOverHttp(a.url, member);
    const status = await send(b, { value: { verb: 'account.status' } });
    expect(status.activities.length).toBeGreaterThan(0);
  });

  it('ten turns at once, spread over both processes, run one at a time (advisory lock across processes)', async () => {
    const before = await stateVersion();
    const results = await Promise.all(Array.from({ length: 10 }, (_, i) => send(i % 2 === 0 ? a : b, productSubmit(`7200000000${String(i).padStart(2, '0')}`))));
    expect(results.map((r) => r.status)).toEqual(Array(10).fill(200));
    const totals = results.flatMap((r) => Array.from({ length: 10 }, (_, i) => (i + 1) * 400).filter((points) => readable(r.activities).includes(t('products.saved.total', { points }))));
    expect(totals.sort((x, y) => x - y)).toEqual(Array.from({ length: 10 }, (_, i) => (i + 1) * 400));
    expect(await registrations()).toBe(10);
    expect(await stateVersion()).toBe(before + 10);
  });

  it('one process killed in the middle of a turn: nothing of it is kept, and the retry on the other is processed once', { timeout: 60_000 }, async () => {
    const before = await stateVersion();
    // Hold the turn before its last write (bot_state), then kill its process outright.
    const holder = postgres(database.url ?? '', { max: 1, onnotice: () => {} });
    const monitor = postgres(database.url ?? '', { max: 1, onnotice: () => {} });
    let release = () => {};
    let locked = () => {};
    const isLocked = new Promise<void>((resolve) => (locked = resolve));
    const held = holder.begin(async (tx) => {
      await tx`lock table bot_state in exclusive mode`;
      locked();
      await new Promise<void>((resolve) => (release = resolve));
    });
    // The lock must be held before the turn starts: a turn takes a few milliseconds and could
    // otherwise finish before the lock is in place.
    await isLocked;
    try {
      const submit = { id: 'killed-mid-turn', ...productSubmit('720000000099') };
      const lost = send(a, submit).catch((error: unknown) => error);
      let waiting = 0;
      for (let i = 0; i < 200 && waiting === 0; i++) {
        await new Promise((r) => setTimeout(r, 25));
        const [row] = await monitor<{ n: number }[]>`select count(*)::int as n from pg_stat_activity where wait_event_type = 'Lock' and datname = current_database()`;
        waiting = row?.n ?? 0;
      }
      expect(waiting, 'the turn is waiting in the middle of its transaction').toBe(1);
      a.child.kill('SIGKILL');
      await a.exited;
      expect(await lost).toBeInstanceOf(Error);
      release();
      await held;

      // The channel gets no answer and retries the same activity on the surviving process.
      const retried = await send(b, submit);
      expect(readable(retried.activities)).toContain(t('products.saved.total', { points: 11 * 400 }));
      const again = await send(b, submit);
      expect(again.activities).toEqual([]);
      expect(await registrations()).toBe(11);
      expect(await stateVersion()).toBe(before + 1);
    } finally {
      release();
      await held.catch(() => undefined);
      await Promise.all([holder.end(), monitor.end()]);
    }
  });

  it('a job that fell due while every process was down runs exactly once after they restart', { timeout: 120_000 }, async () => {
    // Earlier tests' notices must be delivered first, or one of them may arrive after the restart
    // and be counted as a second delivery of this job.
    for (let i = 0; i < 200; i++) {
      const [open] = rowsOf<{ n: number }>(await database.db.execute(sql`select count(*)::int as n from jobs where status in ('pending', 'running')`));
      if (Number(open?.n ?? 0) === 0) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    b.child.kill('SIGTERM');
    expect(await b.exited).toBe(0);
    const noticesBefore = channel.to(member.conversationId).length;
    const [application] = rowsOf<{ id: string }>(await database.db.execute(sql`select id from applications where company_name = ${companyOf(member)}`));
    await createJobRepository(database.db).enqueue({
      kind: ACCOUNT_DECISION_NOTICE_JOB,
      payload: { applicationId: application?.id },
      runAt: new Date(Date.now() - 60_000),
      dedupeKey: 'faults:due-while-down',
    });

    [a, b] = await Promise.all([startServerProcess(env), startServerProcess(env)]);
    let job: { status: string; attempts: number } | undefined;
    for (let i = 0; i < 100 && job?.status !== 'done'; i++) {
      await new Promise((r) => setTimeout(r, 100));
      job = rowsOf<{ status: string; attempts: number }>(await database.db.execute(sql`select status, attempts from jobs where dedupe_key = 'faults:due-while-down'`))[0];
    }
    // Give the other process a few polls to (wrongly) run it again.
    await new Promise((r) => setTimeout(r, 2500));
    expect(job).toEqual({ status: 'done', attempts: 1 });
    const notices = channel.to(member.conversationId).slice(noticesBefore);
    expect(notices.filter((activity) => activity.text?.includes(companyOf(member)))).toHaveLength(1);
  });
});
