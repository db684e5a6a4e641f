import cluster, { type Worker } from 'node:cluster';
import { createServer, type Server } from 'node:http';
import { AggregatorRegistry, type PrometheusContentType } from 'prom-client';
import { RateLimiterClusterMaster } from 'rate-limiter-flexible';
import type { Logger } from './logger';

/** How long the whole service may take to stop after SIGTERM before stragglers are killed. */
export const STOP_DEADLINE_MS = 10_000;

/** IPC between a worker's `/metrics` route and the primary, which asks every worker and adds them up. */
export const METRICS_REQUEST = 'cps:metrics-request';
export const METRICS_RESPONSE = 'cps:metrics-response';

export interface SupervisorOptions {
  readonly workers: number;
  readonly log: Logger;
  /** Serve the workers' summed metrics on 127.0.0.1 at this port (`METRICS_PORT`). */
  readonly metricsPort: number | undefined;
}

/**
 * The primary process in production: forks the workers that serve HTTP, restarts one that dies
 * (with a growing delay when they keep dying, and the reason in the log), answers metrics for all
 * of them, and on SIGTERM/SIGINT stops them gracefully, exiting 0 once all have, or 1 after 10 s.
 */
export function superviseWorkers(options: SupervisorOptions): void {
  const { log } = options;
  const aggregator = new AggregatorRegistry<PrometheusContentType>();
  // Keeps the workers' rate-limit counts (bot/http/rateLimit.ts), so the budget is per service, not per worker.
  new RateLimiterClusterMaster();
  let stopping = false;
  let failures = 0;
  let lastStart = Date.now();

  const fork = () => {
    lastStart = Date.now();
    const worker = cluster.fork();
    worker.on('message', (message: unknown) => void answerMetrics(worker, message));
  };
  async function answerMetrics(worker: Worker, message: unknown): Promise<void> {
    if (!isMetricsRequest(message)) return;
    const body = await aggregator.clusterMetrics().catch((error: unknown) => {
      log.error({ err: error }, 'could not collect metrics from the workers');
      return undefined;
    });
    if (worker.isConnected()) worker.send({ type: METRICS_RESPONSE, id: message.id, body, contentType: aggregator.contentType });
  }

  cluster.on('online', (worker) => log.info({ worker: worker.id, pid: worker.process.pid }, 'worker started'));
  cluster.on('exit', (worker, code, signal) => {
    if (stopping) return;
    // A worker that ran a minute before dying starts the count again.
    failures = Date.now() - lastStart > 60_000 ? 1 : failures + 1;
    const delay = Math.min(100 * 2 ** (failures - 1), 30_000);
    log.error({ worker: worker.id, pid: worker.process.pid, code, signal, restartInMs: delay }, 'worker died; starting another');
    setTimeout(() => stopping || fork(), delay).unref();
  });
  for (let i = 0; i < options.workers; i++) fork();
  const metricsServer = options.metricsPort === undefined ? undefined : serveMetrics(aggregator, options.metricsPort, log);

  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal, workers: Object.keys(cluster.workers ?? {}).length }, 'stopping: letting the workers finish');
    metricsServer?.close();
    const deadline = setTimeout(() => {
      log.error('the workers did not stop within 10 s; killing them');
      for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill('SIGKILL');
      process.exit(1);
    }, STOP_DEADLINE_MS);
    deadline.unref();
    const alive = () => Object.values(cluster.workers ?? {}).filter((w) => w && !w.isDead()).length;
    cluster.on('exit', () => {
      if (alive() === 0) {
        log.info('stopped');
        process.exit(0);
      }
    });
    for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill('SIGTERM');
    if (alive() === 0) process.exit(0);
  };
  process.once('SIGTERM', () => stop('SIGTERM'));
  process.once('SIGINT', () => stop('SIGINT'));
}

function isMetricsRequest(message: unknown): message is { type: string; id: number } {
  return typeof message === 'object' && message !== null && (message as { type?: unknown }).type === METRICS_REQUEST;
}

/** `/metrics` on a loopback-only port: for a scraper on the same machine, unreachable from outside. */
function serveMetrics(aggregator: AggregatorRegistry<PrometheusContentType>, port: number, log: Logger): Server {
  const server = createServer((req, res) => {
    if (req.url !== '/metrics') {
      res.statusCode = 404;
      res.end();
      return;
    }
    aggregator.clusterMetrics().then(
      (body: string) => {
        res.setHeader('content-type', aggregator.contentType);
        res.end(body);
      },
      (error: unknown) => {
        log.error({ err: error }, 'could not collect metrics from the workers');
        res.statusCode = 503;
        res.end();
      },
    );
  });
  server.listen(port, '127.0.0.1', () => log.info({ metrics: `http://127.0.0.1:${port}/metrics` }, 'metrics for all workers'));
  return server;
}
