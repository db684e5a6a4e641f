import type { JobKind } from '../../domain/jobs';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '../../data/database';
import { createJobRepository } from '../../data/repositories/jobs';
import { jobs } from '../../data/schema/jobs';
import { scoped } from '../../data/transaction';
import { backoffSeconds, createJobRunner, transactional, type JobHandler } from '../../jobs/runner';
import { silentLog } from '../support/bot';
import { createTestDatabase, type TestDatabase } from '../support/database';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database?.close();
});

async function enqueue(kind: JobKind, count: number, maxAttempts = 5): Promise<void> {
  const repository = createJobRepository(database.db);
  for (let i = 0; i < count; i++) await repository.enqueue({ kind, payload: { n: i }, maxAttempts });
}

async function statusOf(kind: string): Promise<string[]> {
  return rowsOf<{ status: string }>(await database.db.execute(sql`select status from jobs where kind = ${kind} order by created_at`)).map((r) => r.status);
}

describe('the job runner', () => {
  it('runs a handler that waits on the network outside any transaction: the database stays free for everyone else', async () => {
    let release = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    let waiting = () => {};
    const started = new Promise<void>((resolve) => (waiting = resolve));
    const handler: JobHandler = async (_payload, { complete }) => {
      waiting();
      await gate; // a slow host
      await complete(async () => {
        await scoped(database.db).execute(sql`select 1`);
      });
    };
    await enqueue('document.read', 1);
    const runner = createJobRunner({ db: database.db, log: silentLog, handlers: { 'document.read': handler } });
    const run = runner.runDue();
    await started;
    if (database.kind === 'pglite') {
      // One connection: a transaction held across the wait would block this read until the test times out.
      expect(rowsOf<{ one: number }>(await database.db.execute(sql`select 1 as one`))[0]?.one).toBe(1);
    } else {
      const [row] = rowsOf<{ n: number }>(
        await database.db.execute(sql`select count(*)::int as n from pg_stat_activity where state = 'idle in transaction' and datname = current_database()`),
      );
      expect(row?.n).toBe(0);
    }
    release();
    expect(await run).toBe(1);
    expect(await statusOf('document.read')).toEqual(['done']);
  });

  it('runs up to `concurrency` jobs at the same time', async () => {
    let running = 0;
    let most = 0;
    const handler: JobHandler = async () => {
      running++;
      most = Math.max(most, running);
      await new Promise((resolve) => setTimeout(resolve, 20));
      running--;
    };
    await enqueue('support.notify', 12);
    const runner = createJobRunner({ db: database.db, log: silentLog, handlers: { 'support.notify': handler }, concurrency: 3 });
    expect(await runner.runDue()).toBe(12);
    expect(most).toBe(3);
    expect(new Set(await statusOf('support.notify'))).toEqual(new Set(['done']));
  });

  it('rolls back a transactional handler’s writes when it fails, and parks the job after its last attempt', async () => {
    const handler = transactional(async (payload) => {
      await scoped(database.db).insert(jobs).values({ kind: 'test.side-effect', payload });
      throw new Error('provider said no');
    });
    await enqueue('invoice.reminder', 1, 2);
    const runner = createJobRunner({ db: database.db, log: silentLog, handlers: { 'invoice.reminder': handler }, random: () => 1 });
    await runner.runDue();
    await database.db.execute(sql`update jobs set run_at = now() where kind = 'invoice.reminder'`);
    await runner.runDue();
    expect(await statusOf('invoice.reminder')).toEqual(['failed']);
    expect(await statusOf('test.side-effect')).toEqual([]);
  });
});

describe('backoffSeconds', () => {
  it('doubles per attempt up to ten minutes, then spreads each delay over 50–100 %', () => {
    expect(backoffSeconds(1, () => 1)).toBe(2);
    expect(backoffSeconds(3, () => 1)).toBe(8);
    expect(backoffSeconds(3, () => 0)).toBe(4);
    expect(backoffSeconds(20, () => 1)).toBe(600);
  });
});
