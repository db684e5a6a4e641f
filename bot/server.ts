import { ConfigError, loadConfig } from './config';
import { createApp } from './app';
import { createLogger } from './logger';
import { DataDirInUseError } from '../data/database';

/** Process entry: parse config, build the app, listen, stop gracefully on SIGTERM/SIGINT. */
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
  let app;
  try {
    app = await createApp(config, { log });
  } catch (error) {
    if (error instanceof DataDirInUseError) {
      log.fatal(error.message);
      process.exit(75);
    }
    throw error;
  }
  const running = app;
  running.jobs.start();
  running.server.listen(config.port, () => {
    log.info({ url: `http://localhost:${config.port}`, database: running.database.kind }, 'CPS onboarding assistant listening');
  });

  const stop = (signal: string) => {
    log.info({ signal }, 'stopping: finishing in-flight turns');
    const timer = setTimeout(() => {
      log.error('graceful stop took longer than 20 s; exiting');
      process.exit(1);
    }, 20_000);
    timer.unref();
    running.close().then(
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

main().catch((error: unknown) => {
  process.stderr.write(`Failed to start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
