import { randomUUID } from 'node:crypto';
import type { Logger } from 'pino';
import { createJobRepository } from '../data/repositories/jobs';
import type { Job } from '../data/schema/jobs';
import { withTransaction } from '../data/transaction';
import type { Db } from '../data/types';

export interface JobContext {
  readonly job: Job;
  readonly log: Logger;
}

/**
 * Does the work of one job. Runs inside a transaction together with marking the job done, so its
 * database effects happen exactly once; effects outside the database (e-mail, chat) must be
 * idempotent or go through their own job.
 */
export type JobHandler = (payload: Record<string, unknown>, context: JobContext) => Promise<void>;

export interface JobRunnerOptions {
  readonly db: Db;
  readonly log: Logger;
  readonly handlers: Readonly<Record<string, JobHandler>>;
  readonly pollIntervalMs?: number;
  readonly lockSeconds?: number;
  readonly batchSize?: number;
}

/** Retry delay after the n-th failed attempt: 2 s, 4 s, 8 s … capped at 10 minutes. */
export function backoffSeconds(attempt: number): number {
  return Math.min(600, 2 ** Math.max(1, attempt));
}

/**
 * A small table-backed scheduler: polls `jobs`, claims due rows with FOR UPDATE SKIP LOCKED, runs
 * each handler in a transaction with its completion, retries with exponential backoff. Several
 * processes on one PostgreSQL never run a job twice at the same time; a job whose worker died is
 * picked up again when its lock expires.
 */
export function createJobRunner(options: JobRunnerOptions) {
  const workerId = `${process.pid}-${randomUUID().slice(0, 8)}`;
  const repository = createJobRepository(options.db);
  const log = options.log.child({ worker: workerId });
  const pollMs = options.pollIntervalMs ?? 1000;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<number> | undefined;
  let stopped = true;

  async function runOne(job: Job): Promise<void> {
    const handler = options.handlers[job.kind];
    const jobLog = log.child({ jobId: job.id, kind: job.kind, attempt: job.attempts });
    try {
      if (!handler) throw new Error(`no handler for job kind ${job.kind}`);
      await withTransaction(options.db, async () => {
        await handler(job.payload, { job, log: jobLog });
        await repository.complete(job.id, workerId);
      });
      jobLog.info('job done');
    } catch (error) {
      const retryAt = new Date(Date.now() + backoffSeconds(job.attempts) * 1000);
      jobLog.error({ err: error, retryAt }, job.attempts >= job.maxAttempts ? 'job failed for good' : 'job failed; will retry');
      await repository.fail(job, workerId, error instanceof Error ? error.message : String(error), retryAt).catch((e: unknown) => jobLog.error({ err: e }, 'could not record the failure'));
    }
  }

  /** Claims and runs every due job once; returns how many ran. Tests call this directly. */
  async function runDue(): Promise<number> {
    let total = 0;
    for (;;) {
      const batch = await repository.claimDue(workerId, options.batchSize ?? 10, options.lockSeconds ?? 120);
      if (batch.length === 0) return total;
      for (const job of batch) await runOne(job);
      total += batch.length;
    }
  }

  function schedule(): void {
    if (stopped) return;
    timer = setTimeout(() => {
      running = runDue()
        .catch((error: unknown) => {
          log.error({ err: error }, 'job poll failed');
          return 0;
        })
        .finally(() => {
          running = undefined;
          schedule();
        });
    }, pollMs);
    timer.unref();
  }

  return {
    workerId,
    runDue,
    start(): void {
      if (!stopped) return;
      stopped = false;
      schedule();
    },
    /** Stops polling and waits for the batch in progress. */
    async stop(): Promise<void> {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running;
    },
  };
}

export type JobRunner = ReturnType<typeof createJobRunner>;
