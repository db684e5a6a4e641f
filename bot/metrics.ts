import cluster from 'node:cluster';
import { AggregatorRegistry, collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import { METRICS_REQUEST, METRICS_RESPONSE } from './supervisor';

export interface Metrics {
  readonly registry: Registry;
  readonly turnDuration: Histogram<'type' | 'outcome'>;
}

export interface MetricsOptions {
  /** Statements sent to the database so far (`CPS_COUNT_QUERIES=1`); exposed as `db_queries_total`. */
  readonly queryCount?: (() => number) | undefined;
  /** Jobs parked after their last attempt (`jobs_parked`). */
  readonly parkedJobs?: () => Promise<number>;
}

/** One registry per app instance, so tests can build several apps in one process. */
export function createMetrics(options: MetricsOptions = {}): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const turnDuration = new Histogram({
    name: 'bot_turn_duration_seconds',
    help: 'Time to process one Bot Framework activity, from receipt to reply',
    labelNames: ['type', 'outcome'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.15, 0.25, 0.5, 1, 2.5, 5],
    registers: [registry],
  });
  const { queryCount, parkedJobs } = options;
  if (parkedJobs) {
    new Gauge({
      name: 'jobs_parked',
      help: 'Jobs that failed on every attempt and wait for a person (status failed in the jobs table)',
      registers: [registry],
      // Every worker reads the same table: summed over the workers it would count each job N times.
      aggregator: 'max',
      async collect() {
        this.set(await parkedJobs());
      },
    });
  }
  if (queryCount) {
    let reported = 0;
    new Counter({
      name: 'db_queries_total',
      help: 'Statements sent to the database, BEGIN and COMMIT included (counted only with CPS_COUNT_QUERIES=1)',
      registers: [registry],
      collect() {
        const now = queryCount();
        this.inc(now - reported);
        reported = now;
      },
    });
  }
  return { registry, turnDuration };
}

/**
 * The metrics to answer `/metrics` with: this process's own, or — in a worker of the production
 * supervisor — every worker's, summed by the primary (bot/supervisor.ts).
 */
export async function metricsSnapshot(metrics: Metrics): Promise<{ body: string; contentType: string }> {
  if (!cluster.isWorker || !process.send) return { body: await metrics.registry.metrics(), contentType: metrics.registry.contentType };
  const id = ++requests;
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      process.off('message', onMessage);
      reject(new Error('the primary did not answer the metrics request'));
    }, 5_000);
    const onMessage = (message: unknown) => {
      const answer = message as { type?: unknown; id?: unknown; body?: unknown; contentType?: unknown };
      if (answer?.type !== METRICS_RESPONSE || answer.id !== id) return;
      clearTimeout(timer);
      process.off('message', onMessage);
      if (typeof answer.body === 'string') resolve({ body: answer.body, contentType: String(answer.contentType) });
      else reject(new Error('the primary could not collect the workers’ metrics'));
    };
    process.on('message', onMessage);
    process.send?.({ type: METRICS_REQUEST, id });
  });
}
let requests = 0;

/** In a supervised worker, lets the primary read this process's registry. */
export function shareWithSupervisor(metrics: Metrics): void {
  if (!cluster.isWorker) return;
  new AggregatorRegistry(); // installs the worker's answer to the primary's requests
  AggregatorRegistry.setRegistries([metrics.registry]);
}
