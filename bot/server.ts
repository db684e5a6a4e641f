import { performance } from 'node:perf_hooks';
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
  running.server.listen(config.port, config.host, () => {
    const address = running.server.server.address();
    const listening = typeof address === 'object' && address ? `http://${address.family === 'IPv6' ? `[${address.address}]` : address.address}:${address.port}` : String(address);
    const database = running.database.kind === 'pglite' ? `embedded PGlite in ${running.database.location}` : `PostgreSQL at ${running.database.location}`;
    log.info({ listening, mode: config.bot.localMode ? 'local' : 'production', database, startedInMs: Math.round(performance.now()) }, 'CPS onboarding assistant listening');
    const open = config.publicUrl;
    log.info({ webChat: `${open}/`, myCpsTab: `${open}/tab`, agentConsole: `${open}/agent`, terminalChat: 'npm run chat -- --locale da' }, 'open in a browser, or chat from a terminal');
    if (config.bot.localMode) {
      log.warn('MicrosoftAppId is empty: Bot Framework authentication is OFF. Fine for local use, never in production.');
    }
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
