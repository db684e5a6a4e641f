import { and, eq, sql } from 'drizzle-orm';
import { rowsOf } from '../database';
import { jobs, type Job } from '../schema/jobs';
import { scoped } from '../transaction';
import type { Db } from '../types';
import type { JobKind } from '../../domain/jobs';

export interface EnqueueJob {
  readonly kind: JobKind;
  readonly payload?: Record<string, unknown>;
  /** When it becomes due (default now). */
  readonly runAt?: Date;
  /** Schedules the work once: a second enqueue with the same key is ignored. */
  readonly dedupeKey?: string;
  readonly maxAttempts?: number;
}

/** Durable scheduled work, claimed with `FOR UPDATE SKIP LOCKED` so each job runs in one process. */
export function createJobRepository(db: Db) {
  return {
    /**
     * Adds a job in the current transaction (so it exists only if the work that asked for it commits).
     * Returns false when a job with the same `dedupeKey` already exists (nothing was scheduled).
     */
    async enqueue(job: EnqueueJob): Promise<boolean> {
      const inserted = await scoped(db)
        .insert(jobs)
        .values({
          kind: job.kind,
          payload: job.payload ?? {},
          runAt: job.runAt ?? new Date(),
          dedupeKey: job.dedupeKey ?? null,
          maxAttempts: job.maxAttempts ?? 5,
        })
        .onConflictDoNothing()
        .returning({ id: jobs.id });
      return inserted.length > 0;
    },

    /**
     * Claims up to `limit` due jobs for `workerId`: pending ones whose time has come, and running
     * ones whose lock expired (their worker died). Each claim counts as an attempt.
     */
    async claimDue(workerId: string, limit: number, lockSeconds: number): Promise<Job[]> {
      const result = await scoped(db).execute(sql`
        update jobs set status = 'running', locked_by = ${workerId},
          locked_until = now() + make_interval(secs => ${lockSeconds}), attempts = attempts + 1, updated_at = now()
        where id in (
          select id from jobs
          where (status = 'pending' and run_at <= now()) or (status = 'running' and locked_until < now())
          order by run_at
          limit ${limit}
          for update skip locked
        )
        returning id, kind, payload, run_at as "runAt", attempts, max_attempts as "maxAttempts", status,
          locked_by as "lockedBy", locked_until as "lockedUntil", last_error as "lastError", dedupe_key as "dedupeKey",
          created_at as "createdAt", updated_at as "updatedAt"`);
      return rowsOf<Job>(result);
    },

    /** Marks a claimed job done; false if this worker no longer holds it. */
    async complete(id: string, workerId: string): Promise<boolean> {
      const rows = await scoped(db)
        .update(jobs)
        .set({ status: 'done', lockedBy: null, lockedUntil: null, lastError: null })
        .where(and(eq(jobs.id, id), eq(jobs.lockedBy, workerId)))
        .returning({ id: jobs.id });
      return rows.length > 0;
    },

    /** Records a failure: retried at `retryAt`, or failed for good once attempts are used up. */
    async fail(job: Pick<Job, 'id' | 'attempts' | 'maxAttempts'>, workerId: string, error: string, retryAt: Date): Promise<void> {
      const exhausted = job.attempts >= job.maxAttempts;
      await scoped(db)
        .update(jobs)
        .set({ status: exhausted ? 'failed' : 'pending', runAt: retryAt, lockedBy: null, lockedUntil: null, lastError: error.slice(0, 2000) })
        .where(and(eq(jobs.id, job.id), eq(jobs.lockedBy, workerId)));
    },

    /** Jobs that used up their attempts and wait for a person (exported as `jobs_parked` on /metrics). */
    async parkedCount(): Promise<number> {
      const [row] = rowsOf<{ n: number }>(await scoped(db).execute(sql`select count(*)::int as n from jobs where status = 'failed'`));
      return Number(row?.n ?? 0);
    },

    async byKind(kind: string): Promise<Job[]> {
      return scoped(db).select().from(jobs).where(eq(jobs.kind, kind));
    },
  };
}

export type JobRepository = ReturnType<typeof createJobRepository>;
