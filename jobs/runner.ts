import { randomUUID } from 'node:crypto';
import type { Logger } from 'pino';
import { createJobRepository } from '../data/repositories/jobs';
import type { Job } from '../data/schema/jobs';
import { withTransaction } from '../data/transaction';
import type { Db } from '../data/types';
import { isJobKind, type JobKind } from '../domain/jobs';

export interface JobContext {
  readonly job: Job;
  readonly log: Logger;
  /**
   * Runs `work` (the job's database writes) in one transaction together with marking the job done.
   * Call it after the job's network I/O, which must never happen inside a transaction; the runner
   * completes a job whose handler returns without calling it.
   */
  complete(work?: () => Promise<void>): Promise<void>;
}

/**
 * Does the work of one job, outside any transaction: read, talk to the network (chat, e-mail, card
 * provider), then `context.complete(writes)`. A failure anywhere retries the whole job, so network
 * effects must be idempotent (an idempotency key, an outbox row's status). Handlers that only touch
 * the database wrap themselves in `transactional`.
 */
export type JobHandler = (payload: Record<string, unknown>, context: JobContext) => Promise<void>;

/** Handlers by job kind (the closed list in `domain/jobs.ts`). */
export type JobHandlers = Readonly<Partial<Record<JobKind, JobHandler>>>;

/** A handler that only reads and writes the database: all of it in one transaction with its completion. */
export function transactional(handler: JobHandler): JobHandler {
  return (payload, context) => context.complete(() => handler(payload, context));
}

export interface JobRunnerOptions {
  readonly db: Db;
  readonly log: Logger;
  readonly handlers: JobHandlers;
  readonly pollIntervalMs?: number;
  readonly lockSeconds?: number;
  /** Jobs run at the same time (their network waits overlap); default 4. */
  readonly concurrency?: number;
  /** Jitter for retry delays (tests pin it). */
  readonly random?: () => number;
}

/** Retry delay after the n-th failed attempt: 2 s, 4 s, 8 s … capped at 10 minutes, then 50–100 % of it so retries spread out. */
export function backoffSeconds(attempt: number, random: () => number = Math.random): number {
  return Math.min(600, 2 ** Math.max(1, attempt)) * (0.5 + random() / 2);
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
    const handler = isJobKind(job.kind) ? options.handlers[job.kind] : undefined;
    const jobLog = log.child({ jobId: job.id, kind: job.kind, attempt: job.attempts });
    let completed = false;
    const complete = async (work?: () => Promise<void>) => {
      if (completed) throw new Error('job completed twice');
      completed = true;
      await withTransaction(options.db, async () => {
        await work?.();
        // Another worker took the job over (our lock expired): roll our writes back.
        if (!(await repository.complete(job.id, workerId))) throw new Error('job lock lost before completion');
      });
    };
    try {
      if (!handler) throw new Error(`no handler for job kind ${job.kind}`);
      await handler(job.payload, { job, log: jobLog, complete });
      if (!completed) await complete();
      jobLog.info('job done');
    } catch (error) {
      const retryAt = new Date(Date.now() + backoffSeconds(job.attempts, options.random) * 1000);
      const parked = job.attempts >= job.maxAttempts;
      jobLog.error({ err: error, retryAt: parked ? undefined : retryAt }, parked ? 'job failed for good; parked' : 'job failed; will retry');
      await repository.fail(job, workerId, error instanceof Error ? error.message : String(error), retryAt).catch((e: unknown) => jobLog.error({ err: e }, 'could not record the failure'));
    }
  }

  /** Claims and runs every due job, `concurrency` at a time; returns how many ran. Tests call this directly. */
  async function runDue(): Promise<number> {
    const concurrency = Math.max(1, options.concurrency ?? 4);
    let total = 0;
    for (;;) {
      const batch = await repository.claimDue(workerId, concurrency * 2, options.lockSeconds ?? 120);
      if (batch.length === 0) return total;
      let next = 0;
      const lane = async () => {
        while (next < batch.length) {
          const job = batch[next++];
          if (job) await runOne(job);
        }
      };
      await Promise.all(Array.from({ length: Math.min(concurrency, batch.length) }, lane));
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
