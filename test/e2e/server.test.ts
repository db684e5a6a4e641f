import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { translator } from '../../locales';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { newMember, post } from '../support/http';
import { startServerProcess, type ServerProcess } from '../support/serverProcess';

/**
 * The real server process, as `npm start` runs it: on PGlite in a temporary DATA_DIR, or on
 * PostgreSQL (a database of its own) when the suite runs with TEST_DATABASE_URL.
 */
let dataDir: string;
let database: TestDatabase | undefined;
let env: Record<string, string>;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'cps-e2e-'));
  env = { DATA_DIR: dataDir };
  const probe = await createTestDatabase();
  if (probe.kind === 'postgres' && probe.url) {
    database = probe;
    env = { ...env, DATABASE_URL: probe.url };
  } else {
    await probe.close();
  }
});
afterAll(async () => {
  await database?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

// Creating a fresh embedded database takes seconds, and much longer on a loaded 2-core machine.
describe('the server process', { timeout: 180_000 }, () => {
  let server: ServerProcess;

  it('starts, answers health and readiness, and greets in Danish', async () => {
    server = await startServerProcess(env);
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    const ready = await fetch(`${server.url}/readyz`);
    expect(await ready.json()).toMatchObject({ status: 'ready' });
    const { activities } = await post(server.url, newMember('da'), { type: 'conversationUpdate', membersAdded: [{ id: 'x' }] });
    expect(activities[0]?.text).toContain(translator('da')('welcome.title'));
  });

  it('exposes the turn-latency histogram on /metrics', async () => {
    const metrics = await (await fetch(`${server.url}/metrics`)).text();
    expect(metrics).toMatch(/bot_turn_duration_seconds_count\{type="conversationUpdate",outcome="ok"\} 1/);
    expect(metrics).toMatch(/^jobs_parked 0$/m);
  });

  it('killed mid-dialog, restarted, resumes the dialog at the same step', async () => {
    const member = newMember('sv');
    const asked = await post(server.url, member, { text: 'språk' });
    expect(JSON.stringify(asked.activities)).toContain(translator('sv')('language.title'));

    server.child.kill('SIGKILL');
    await server.exited;
    server = await startServerProcess(env);

    const answered = await post(server.url, member, { text: 'nederlands' });
    expect(answered.activities[0]?.text).toBe(translator('nl')('language.changed'));
  });

  it('stops gracefully on SIGTERM: exit code 0, embedded database released', async () => {
    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(0);
    if (!database) expect(existsSync(join(dataDir, 'server.lock'))).toBe(false);
  });

  it('refuses to start in production without credentials, saying why', async () => {
    const refused = await startServerProcess({ ...env, NODE_ENV: 'production' }, 60_000).catch((error: Error) => error);
    expect(refused).toBeInstanceOf(Error);
    expect(String(refused)).toContain('NODE_ENV=production needs Bot Framework credentials');
  });
});
