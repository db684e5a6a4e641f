import { randomUUID } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createJobRepository } from '../../data/repositories/jobs';
import { createMembershipRepository } from '../../data/repositories/memberships';
import { jobs } from '../../data/schema/jobs';
import { invoices } from '../../data/schema/memberships';
import { INVOICE_ISSUE_JOB, invoiceIssueDedupeKey } from '../../services/membership/jobs';
import { generateMembershipNumber } from '../../domain/membershipNumber';
import { givenApprovedBusiness } from '../support/business';
import { createTestDatabase, defaultKind, type TestDatabase } from '../support/database';
import { startServerProcess, type ServerProcess } from '../support/serverProcess';

/**
 * Two real server processes (`bot/server.ts`, as `npm start` runs it) on one PostgreSQL database,
 * both polling the jobs table: every invoice is issued once. PGlite is a single-process database
 * (a second server on the same DATA_DIR is refused), so this runs only with TEST_DATABASE_URL.
 */
const onPostgres = defaultKind() === 'postgres';

describe.runIf(onPostgres)('invoice.issue with two server processes on PostgreSQL', () => {
  let database: TestDatabase;
  const servers: ServerProcess[] = [];

  beforeAll(async () => {
    database = await createTestDatabase('postgres');
  });
  afterAll(async () => {
    for (const server of servers) {
      server.child.kill('SIGTERM');
      await server.exited;
    }
    await database.close();
  });

  it('issues each invoice exactly once', { timeout: 120_000 }, async () => {
    if (!database.url) throw new Error('PostgreSQL test database without URL');
    const repository = createMembershipRepository(database.db);
    const jobRepository = createJobRepository(database.db);
    const count = 20;
    const membershipIds: string[] = [];
    // All due at the same moment, a few seconds from now, when both processes are polling.
    const runAt = new Date(Date.now() + 60_000);
    for (let i = 0; i < count; i++) {
      const { businessId, memberId } = await givenApprovedBusiness(database.db, `proc-${randomUUID()}`, { countryCode: 'SE' });
      const outcome = await repository.create({
        businessId,
        tierCode: 'gold',
        membershipNumber: generateMembershipNumber('SE'),
        previousMembershipNumber: null,
        paymentMethod: 'bank-transfer',
        startedAt: new Date(),
        validUntil: '2099-01-01',
      });
      if (outcome.kind !== 'created') throw new Error('membership not created');
      membershipIds.push(outcome.membership.id);
      await jobRepository.enqueue({
        kind: INVOICE_ISSUE_JOB,
        payload: { membershipId: outcome.membership.id, memberId, language: 'sv', currency: 'SEK', netMinor: 219_500, vatRateBp: 2500 },
        runAt,
        dedupeKey: invoiceIssueDedupeKey(outcome.membership.id),
      });
    }

    const env = { DATABASE_URL: database.url, LOG_LEVEL: 'info' };
    servers.push(...(await Promise.all([startServerProcess(env), startServerProcess(env)])));
    await database.db.update(jobs).set({ runAt: sql`now()` }).where(sql`${jobs.payload}->>'membershipId' in ${membershipIds}`);

    const deadline = Date.now() + 60_000;
    let done = 0;
    while (Date.now() < deadline) {
      const [row] = await database.db
        .select({ done: sql<number>`count(*)::int` })
        .from(jobs)
        .where(sql`${jobs.kind} = ${INVOICE_ISSUE_JOB} and ${jobs.status} = 'done' and ${jobs.payload}->>'membershipId' in ${membershipIds}`);
      done = row?.done ?? 0;
      if (done === count) break;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    expect(done).toBe(count);
    for (const membershipId of membershipIds) {
      expect(await database.db.select().from(invoices).where(eq(invoices.membershipId, membershipId))).toHaveLength(1);
    }
    const issueJobs = await database.db.select().from(jobs).where(sql`${jobs.kind} = ${INVOICE_ISSUE_JOB} and ${jobs.payload}->>'membershipId' in ${membershipIds}`);
    expect(issueJobs.every((j) => j.attempts === 1)).toBe(true);
    // Both processes took part (each logs the jobs it ran with its worker id).
    const workers = servers.map((s) => (s.output().match(/"kind":"invoice.issue"[^\n]*"msg":"job done"/g) ?? []).length);
    expect(workers.reduce((a, b) => a + b, 0)).toBe(count);
  });
});
