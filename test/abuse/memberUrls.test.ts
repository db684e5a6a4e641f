import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { translator } from '../../locales';
import { newMember, post, type Member } from '../support/http';
import { startHttpsServer, type HttpsTestServer } from '../support/https';
import { startServerProcess, type ServerProcess } from '../support/serverProcess';
import { applicationForm, readable, verbsIn } from '../faults/helpers';

/**
 * A member's document URL pointing inside: a real server process (trusting the test certificate),
 * an HTTPS server on loopback. Only 127.0.0.1 is exempt (ATTACHMENT_ALLOWED_HOSTS), so a file there
 * is fetched (the control); `localhost` — the same server under another name — is refused, directly
 * and when 127.0.0.1 redirects to it, and the member reads the same words as for a host that does
 * not exist.
 */
let server: ServerProcess;
let inside: HttpsTestServer;
let dataDir: string;
const t = translator('da');

beforeAll(async () => {
  inside = await startHttpsServer((req, res) => {
    if (req.url?.startsWith('/to/')) {
      res.writeHead(302, { location: decodeURIComponent(req.url.slice(4)) });
      return res.end();
    }
    res.writeHead(200, { 'content-type': 'application/pdf' });
    res.end('%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n');
  });
  dataDir = mkdtempSync(join(tmpdir(), 'cps-urls-'));
  server = await startServerProcess({
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
  await inside?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

async function sendDocument(url: string): Promise<{ text: string; verbs: string[] }> {
  const member: Member = newMember('da');
  await post(server.url, member, { value: { verb: 'account.apply' } });
  const reply = await post(server.url, member, { value: applicationForm(member), attachments: [{ contentType: 'application/pdf', contentUrl: url, name: 'faktura.pdf' }] });
  return { text: readable(reply.activities), verbs: verbsIn(reply.activities) };
}

describe('member-supplied URLs', () => {
  it('fetch from an exempt host (the control: the test server really serves the file)', async () => {
    const fetched = await sendDocument(`https://127.0.0.1:${inside.port}/faktura.pdf`);
    expect(fetched.verbs).toContain('account.confirm');
    expect(inside.requests).toContain('/faktura.pdf');
  });

  it('never reach a loopback server by another name, directly or by redirect, and say the same as for a missing host', { timeout: 60_000 }, async () => {
    const before = inside.requests.length;
    const direct = await sendDocument(`https://localhost:${inside.port}/secret.pdf`);
    const redirected = await sendDocument(`https://127.0.0.1:${inside.port}/to/${encodeURIComponent(`https://localhost:${inside.port}/secret.pdf`)}`);
    const nowhere = await sendDocument('https://no-such-host.invalid/faktura.pdf');
    expect(inside.requests.slice(before).filter((path) => path.startsWith('/secret'))).toEqual([]);
    for (const reply of [direct, redirected, nowhere]) {
      expect(reply.text).toContain(JSON.stringify(t('account.document.unreachable')).slice(1, -1).slice(0, 40));
      expect(reply.verbs).not.toContain('account.confirm');
    }
  });
});
