import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { freePort, startServerProcess, type ServerProcess } from '../support/serverProcess';

/**
 * Production mode as `npm start` runs it: a primary supervising two workers on one PostgreSQL.
 * A worker killed outright is replaced while the other keeps serving; SIGTERM stops everything
 * with exit code 0 well within 10 s; /metrics is closed to strangers.
 */
const pg = inject('postgres');
const METRICS_TOKEN = 'metrics-token-for-the-supervisor-test';

function productionEnv(database: TestDatabase, dataDir: string, extra: Record<string, string> = {}): Record<string, string> {
  return {
    NODE_ENV: 'production',
    LOG_LEVEL: 'info',
    DATABASE_URL: database.url ?? '',
    DATA_DIR: dataDir,
    HOST: '127.0.0.1',
    MicrosoftAppId: '00000000-0000-0000-0000-00000000c0de',
    MicrosoftAppPassword: 'not-a-real-secret',
    BACKOFFICE_TOKEN: 'backoffice-token-for-the-supervisor-test',
    DASHBOARD_SECRET: 'a-dashboard-secret-of-at-least-32-characters',
    WEB_CONCURRENCY: '2',
    ...extra,
  };
}

function workerPids(output: string): number[] {
  return [...output.matchAll(/"pid":(\d+)[^\n]*"msg":"worker started"/g)].map((m) => Number(m[1]));
}

describe.runIf(pg)('the production supervisor', () => {
  let database: TestDatabase;
  let dataDir: string;
  let server: ServerProcess;

  beforeAll(async () => {
    database = await createTestDatabase('postgres');
    dataDir = mkdtempSync(join(tmpdir(), 'cps-supervisor-'));
    server = await startServerProcess(productionEnv(database, dataDir, { METRICS_TOKEN }));
    // Both workers listening (each has then shared its metrics with the primary): a scrape while one
    // is still loading waits for it and can time out.
    const listening = () => [...server.output().matchAll(/"msg":"CPS onboarding assistant listening"/g)].length;
    for (let waited = 0; workerPids(server.output()).length < 2 || listening() < 2; waited += 100) {
      if (waited > 30_000) throw new Error(`two workers did not start:\n${server.output()}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  });
  afterAll(async () => {
    if (server && server.child.exitCode === null) server.child.kill('SIGKILL');
    await database?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('refuses unsigned activities and anonymous /metrics, and sums both workers for the token', async () => {
    const unsigned = await fetch(`${server.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ type: 'message', id: 'a1', channelId: 'msteams', serviceUrl: 'https://smba.trafficmanager.net/emea/', from: { id: 'u1' }, recipient: { id: 'bot' }, conversation: { id: 'c1' }, text: 'hej' }) });
    expect(unsigned.status).toBe(401);
    expect((await fetch(`${server.url}/metrics`)).status).toBe(401);
    const metrics = await fetch(`${server.url}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } });
    expect(metrics.status).toBe(200);
    expect(await metrics.text()).toContain('bot_turn_duration_seconds');
  });

  it('replaces a worker that is killed, and keeps serving meanwhile', { timeout: 60_000 }, async () => {
    const [victim] = workerPids(server.output());
    process.kill(victim ?? 0, 'SIGKILL');
    // A connection that was open to the dead worker is reset; a new one reaches the other worker at once.
    await expect.poll(async () => (await fetch(`${server.url}/healthz`).catch(() => undefined))?.status, { timeout: 1_000, interval: 50 }).toBe(200);
    await expect.poll(() => workerPids(server.output()).length, { timeout: 30_000 }).toBe(3);
    expect(server.output()).toContain('worker died; starting another');
    expect((await fetch(`${server.url}/readyz`)).status).toBe(200);
  });

  it('stops on SIGTERM with exit code 0 within 10 s', { timeout: 30_000 }, async () => {
    const started = Date.now();
    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(0);
    expect(Date.now() - started).toBeLessThan(10_000);
  });
});

describe.runIf(pg)('METRICS_PORT', () => {
  it('serves the summed metrics on loopback only, and /metrics on the public port is closed', { timeout: 60_000 }, async () => {
    const database = await createTestDatabase('postgres');
    const dataDir = mkdtempSync(join(tmpdir(), 'cps-metrics-'));
    const port = await freePort();
    const server = await startServerProcess(productionEnv(database, dataDir, { METRICS_PORT: String(port), WEB_CONCURRENCY: '1' }));
    try {
      expect((await fetch(`${server.url}/metrics`)).status).toBe(404);
      await expect.poll(async () => (await fetch(`http://127.0.0.1:${port}/metrics`).catch(() => undefined))?.status, { timeout: 10_000 }).toBe(200);
    } finally {
      server.child.kill('SIGTERM');
      await server.exited;
      await database.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
