import cluster from 'node:cluster';
import { performance } from 'node:perf_hooks';
import { ConfigError, loadConfig, type Config } from './config';
import { createApp, type App } from './app';
import { createLogger, type Logger } from './logger';
import { DataDirInUseError } from '../data/database';
import { STOP_DEADLINE_MS, superviseWorkers } from './supervisor';
import { learnLinkedQuestionsFrom } from '../services/ops/questions';
import { warmUpUnderstanding } from '../services/understanding';

/**
 * Process entry. In production a primary supervises `config.workers` worker processes
 * (bot/supervisor.ts); otherwise — and in each worker — this process builds the app and listens.
 */
async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(78);
    }
    throw error;
  }
  const log = createLogger(config.logLevel);
  if (config.supervised && cluster.isPrimary) {
    log.info({ workers: config.workers }, 'supervising the worker processes');
    superviseWorkers({ workers: config.workers, log, metricsPort: config.metrics.port });
    return;
  }
  await serve(config, log);
}

/** How long after listening free text's understanding is trained in the background. */
const WARM_UP_AFTER_MS = 1_000;

async function serve(config: Config, log: Logger): Promise<void> {
  let app: App;
  try {
    app = await createApp(config, { log });
  } catch (error) {
    if (error instanceof DataDirInUseError) {
      log.fatal(error.message);
      process.exit(75);
    }
    throw error;
  }
  app.jobs.start();
  app.server.listen(config.port, config.host, () => {
    announce(app, config, log);
    // Free text's first message should not wait for training (~0.1 s of CPU per language): done
    // soon, off the turns — once readiness probes and the first requests after a start are answered.
    setTimeout(() => {
      warmUpUnderstanding()
        .then(async (ms) => {
          log.debug({ ms: Math.round(ms) }, 'understanding ready');
          // Questions staff linked to a topic in the operations console are examples of that topic too.
          const learnt = await learnLinkedQuestionsFrom(app.database.db);
          log.debug({ count: learnt }, 'linked questions learnt');
        })
        .catch((error: unknown) => log.error({ err: error }, 'understanding warm-up failed'));
    }, WARM_UP_AFTER_MS).unref();
  });
  if (config.metrics.port !== undefined && cluster.isPrimary) serveLocalMetrics(app, config.metrics.port, log);

  const stop = (signal: string) => {
    log.info({ signal }, 'stopping: finishing in-flight turns');
    const timer = setTimeout(() => {
      log.error('graceful stop took longer than 10 s; exiting');
      process.exit(1);
    }, STOP_DEADLINE_MS);
    timer.unref();
    app.close().then(
      () => process.exit(0),
      (error: unknown) => {
        log.error({ err: error }, 'error while stopping');
        process.exit(1);
      },
    );
  };
  process.once('SIGTERM', () => stop('SIGTERM'));
  process.once('SIGINT', () => stop('SIGINT'));
}

/** The first lines an operator reads: where it listens, in which mode, on which database, what to open. */
function announce(app: App, config: Config, log: Logger): void {
  const address = app.server.server.address();
  const listening = typeof address === 'object' && address ? `http://${address.family === 'IPv6' ? `[${address.address}]` : address.address}:${address.port}` : String(address);
  const database = app.database.kind === 'pglite' ? `embedded PGlite in ${app.database.location}` : `PostgreSQL at ${app.database.location}`;
  log.info({ listening, mode: config.bot.localMode ? 'local' : 'production', database, startedInMs: Math.round(performance.now()) }, 'CPS onboarding assistant listening');
  if (cluster.isWorker) return;
  const open = config.publicUrl;
  log.info({ webChat: `${open}/`, myCpsTab: `${open}/tab`, agentConsole: `${open}/agent`, terminalChat: 'npm run chat -- --locale da' }, 'open in a browser, or chat from a terminal');
  if (config.bot.localMode) {
    log.warn('MicrosoftAppId is empty: Bot Framework authentication is OFF. Fine for local use, never in production.');
  }
}

/** Without a supervisor, METRICS_PORT serves this process's metrics on loopback. */
function serveLocalMetrics(app: App, port: number, log: Logger): void {
  void import('node:http').then(({ createServer }) =>
    createServer((req, res) => {
      if (req.url !== '/metrics') {
        res.statusCode = 404;
        return void res.end();
      }
      void app.metrics.registry.metrics().then((body) => {
        res.setHeader('content-type', app.metrics.registry.contentType);
        res.end(body);
      });
    })
      .listen(port, '127.0.0.1', () => log.info({ metrics: `http://127.0.0.1:${port}/metrics` }, 'metrics on loopback'))
      .unref(),
  );
}

main().catch((error: unknown) => {
  process.stderr.write(`Failed to start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
