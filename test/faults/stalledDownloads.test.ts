import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ServerResponse } from 'node:http';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { translator } from '../../locales';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { newMember, post, type Member } from '../support/http';
import { startHttpsServer, type HttpsTestServer } from '../support/https';
import { startServerProcess, type ServerProcess } from '../support/serverProcess';
import { applicationForm, readable, verbsIn } from './helpers';

/**
 * 25 members attach a document from a host that accepts the request and then says nothing. The
 * downloads happen before the turn takes its lock and transaction, so while all 25 are still
 * hanging, other members join and open the menu and `/readyz` answers — on the embedded database
 * (one connection) and on PostgreSQL. Then the stalled members are told the file could not be fetched.
 */
const STALLED = 25;
const pg = inject('postgres');

let database: TestDatabase | undefined;
let server: ServerProcess;
let slowHost: HttpsTestServer;
let dataDir: string;
const hanging = new Set<ServerResponse>();

beforeAll(async () => {
  slowHost = await startHttpsServer((_req, res) => {
    hanging.add(res);
    res.on('close', () => hanging.delete(res));
  });
  dataDir = mkdtempSync(join(tmpdir(), 'cps-stall-'));
  database = pg ? await createTestDatabase('postgres') : undefined;
  server = await startServerProcess({
    DATABASE_URL: database?.url ?? '',
    DATA_DIR: dataDir,
    LOG_LEVEL: 'warn',
    ATTACHMENT_ALLOWED_HOSTS: '127.0.0.1',
    NODE_EXTRA_CA_CERTS: join(import.meta.dirname, '../support/tls/cert.pem'),
  });
});
afterAll(async () => {
  if (server && server.child.exitCode === null) {
    server.child.kill('SIGTERM');
    await server.exited;
  }
  await slowHost?.close();
  await database?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

async function until(condition: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not reached in time');
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe(`${STALLED} downloads stalled at a slow host`, () => {
  it('hold neither the database nor other members: join, menu and /readyz answer while all of them still hang', { timeout: 120_000 }, async () => {
    const stalledMembers: Member[] = Array.from({ length: STALLED }, () => newMember('da'));
    await Promise.all(stalledMembers.map((member) => post(server.url, member, { value: { verb: 'account.apply' } })));
    const stalledReplies = stalledMembers.map((member) =>
      post(server.url, member, {
        value: applicationForm(member),
        attachments: [{ contentType: 'application/pdf', contentUrl: `https://127.0.0.1:${slowHost.port}/slow.pdf`, name: 'faktura.pdf' }],
      }),
    );
    await until(() => hanging.size === STALLED, 30_000);

    const other = newMember('sv');
    const joined = await post(server.url, other, { text: 'hej' });
    const menu = await post(server.url, other, { value: { verb: 'menu' } });
    const ready = await fetch(`${server.url}/readyz`);

    // Still all hanging: the answers above did not wait for any of the downloads.
    expect(hanging.size).toBe(STALLED);
    expect(joined.status).toBe(200);
    expect(joined.activities.length).toBeGreaterThan(0);
    expect(verbsIn(menu.activities)).toContain('account.apply');
    expect(ready.status).toBe(200);

    // The stalled members get the one "could not fetch" answer once the fetch gives up (10 s).
    const unreachable = JSON.stringify(translator('da')('account.document.unreachable')).slice(1, 41);
    for (const reply of await Promise.all(stalledReplies)) {
      expect(reply.status).toBe(200);
      expect(readable(reply.activities)).toContain(unreachable);
    }
  });
});
