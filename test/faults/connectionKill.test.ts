import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { translator, type Language } from '../../locales';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { newMember, post, type Member } from '../support/http';
import { startServerProcess, type ServerProcess } from '../support/serverProcess';
import { BACKOFFICE_TOKEN, verbsIn } from './helpers';

/**
 * A failover as the bot process sees it: while 20 members use it, PostgreSQL terminates all of the
 * process's connections, six times. The process must live through it (no crash, no 5xx), answer the
 * members hit in that moment with the localized "please try again", and serve normally afterwards.
 */
const pg = inject('postgres');

describe.runIf(pg)('PostgreSQL connections killed under 20 concurrent members', () => {
  let database: TestDatabase;
  let admin: postgres.Sql;
  let server: ServerProcess;
  let dataDir: string;

  beforeAll(async () => {
    database = await createTestDatabase('postgres');
    admin = postgres(pg?.adminUrl ?? '', { max: 1, onnotice: () => {} });
    dataDir = mkdtempSync(join(tmpdir(), 'cps-kill-'));
    server = await startServerProcess({ DATABASE_URL: database.url ?? '', DATA_DIR: dataDir, BACKOFFICE_TOKEN, LOG_LEVEL: 'warn' });
  });
  afterAll(async () => {
    if (server && server.child.exitCode === null) {
      server.child.kill('SIGTERM');
      await server.exited;
    }
    await admin?.end();
    await database?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('stays up, apologises in the member’s language for the turns it lost, and answers normally afterwards', { timeout: 90_000 }, async () => {
    const name = new URL(database.url ?? '').pathname.slice(1);
    const members: Member[] = Array.from({ length: 20 }, (_, i) => newMember(['da', 'sv', 'nl', 'en'][i % 4]));
    const statuses: number[] = [];
    const unexpected: string[] = [];
    let apologies = 0;
    let stop = false;
    const chat = async (member: Member) => {
      const apology = translator(member.locale as Language)('error.apology');
      while (!stop) {
        const reply = await post(server.url, member, { value: { verb: 'menu.open' } });
        statuses.push(reply.status);
        const texts = reply.activities.map((a) => a.text ?? '');
        if (texts.includes(apology)) apologies++;
        else if (verbsIn(reply.activities).length === 0) unexpected.push(JSON.stringify(reply.raw).slice(0, 200));
      }
    };
    const chats = members.map(chat);
    for (let kill = 0; kill < 6; kill++) {
      await new Promise((resolve) => setTimeout(resolve, 400));
      await admin`select pg_terminate_backend(pid) from pg_stat_activity where datname = ${name} and pid <> pg_backend_pid()`;
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
    stop = true;
    await Promise.all(chats);

    expect(server.child.exitCode).toBeNull();
    expect(server.output()).not.toMatch(/TypeError|uncaught|Unhandled/i);
    expect(statuses.every((status) => status === 200)).toBe(true);
    expect(unexpected).toEqual([]);
    // The kills did hit turns in flight (otherwise this test proved nothing).
    expect(apologies).toBeGreaterThan(0);
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    await expect.poll(async () => (await fetch(`${server.url}/readyz`)).status, { timeout: 5_000, interval: 100 }).toBe(200);
    const after = await post(server.url, members[0] ?? newMember('da'), { value: { verb: 'menu.open' } });
    expect(verbsIn(after.activities)).toContain('account.apply');
  });
});
