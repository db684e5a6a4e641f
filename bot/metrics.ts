import { collectDefaultMetrics, Counter, Histogram, Registry } from 'prom-client';

export interface Metrics {
  readonly registry: Registry;
  readonly turnDuration: Histogram<'type' | 'outcome'>;
}

export interface MetricsOptions {
  /** Statements sent to the database so far (`CPS_COUNT_QUERIES=1`); exposed as `db_queries_total`. */
  readonly queryCount?: (() => number) | undefined;
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
  const { queryCount } = options;
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
