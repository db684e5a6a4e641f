import { mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { constants, createBrotliCompress, createDeflate, createGzip } from 'node:zlib';
import type { Transform } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServerProcess, type ServerProcess } from '../support/serverProcess';

/**
 * Bodies that used to kill or stall the process, sent from outside without any credentials to a
 * real server process: compression bombs (1.2 MB inflating to 1.2 GB), a 20 MB body, 20,000-deep
 * JSON. Each gets a 4xx with a fixed JSON error, and the process lives on.
 */
let server: ServerProcess;
let dataDir: string;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'cps-bodies-'));
  server = await startServerProcess({ DATA_DIR: dataDir, LOG_LEVEL: 'warn' });
});
afterAll(async () => {
  if (server && server.child.exitCode === null) {
    server.child.kill('SIGTERM');
    await server.exited;
  }
  rmSync(dataDir, { recursive: true, force: true });
});

/** 1,200 MB of spaces, compressed as it is produced (never held uncompressed). */
async function bomb(compressor: Transform): Promise<Buffer> {
  const chunk = Buffer.alloc(1 << 20, 0x20);
  const out: Buffer[] = [];
  compressor.on('data', (c: Buffer) => out.push(c));
  const ended = new Promise((resolve) => compressor.once('end', resolve));
  for (let i = 0; i < 1200; i++) if (!compressor.write(chunk)) await new Promise((resolve) => compressor.once('drain', resolve));
  compressor.end();
  await ended;
  return Buffer.concat(out);
}

/** Posts the body in pieces as a client would, stopping when the server has already answered. */
function send(path: string, body: Buffer, headers: Record<string, string>): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const target = new URL(path, server.url);
    let answered = false;
    const req = request(
      { host: target.hostname, port: target.port, path: target.pathname, method: 'POST', headers: { 'content-type': 'application/json', 'content-length': String(body.byteLength), ...headers } },
      (res) => {
        answered = true;
        let text = '';
        res.on('data', (c: Buffer) => (text += c.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
        res.on('error', reject);
      },
    );
    // The server may answer and close while we are still writing: that is the point. A reset before
    // the answer was read would mean the answer was lost, so it fails the test rather than hanging it.
    req.on('error', (error: NodeJS.ErrnoException) => {
      if (!answered) reject(new Error(`connection ${error.code ?? 'failed'} before the answer was read`));
    });
    void (async () => {
      for (let at = 0; at < body.byteLength && !answered && !req.destroyed; at += 64 * 1024) {
        if (!req.write(body.subarray(at, at + 64 * 1024))) await new Promise((r) => setTimeout(r, 5));
      }
      if (!answered) req.end();
    })();
  });
}

async function alive(): Promise<void> {
  expect(server.child.exitCode).toBeNull();
  expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
}

describe('hostile bodies against a real server process', () => {
  it.each([
    // Run-length strategy: the same 1,000:1 bomb as level 9's default, four times faster to make.
    ['gzip', () => createGzip({ level: 9, strategy: constants.Z_RLE })],
    ['deflate', () => createDeflate({ level: 9, strategy: constants.Z_RLE })],
    ['br', () => createBrotliCompress({ params: { [constants.BROTLI_PARAM_QUALITY]: 5 } })],
  ] as const)('a %s bomb on /api/messages and on a JSON API gets 413, never inflated past the limit', { timeout: 60_000 }, async (encoding, compressor) => {
    const body = await bomb(compressor());
    for (const path of ['/api/messages', '/api/directline/token']) {
      const answer = await send(path, body, { 'content-encoding': encoding });
      expect(answer.status).toBe(413);
      expect(JSON.parse(answer.body)).toMatchObject({ error: 'body too large' });
    }
    await alive();
  });

  it('an unknown content encoding gets 415', async () => {
    const answer = await send('/api/messages', Buffer.from('{}'), { 'content-encoding': 'zstd-ish' });
    expect(answer.status).toBe(415);
    await alive();
  });

  it('a 20 MB body gets 413', async () => {
    const answer = await send('/api/messages', Buffer.alloc(20 * 1024 * 1024, 0x20), {});
    expect(answer.status).toBe(413);
    await alive();
  });

  it('20,000-deep JSON gets 400 without any runtime error text', async () => {
    const deep = `{"type":"message","value":${'['.repeat(20_000)}${']'.repeat(20_000)}}`;
    for (const path of ['/api/messages', '/api/backoffice/applications/x/decision', '/v3/directline/conversations/x/activities']) {
      const answer = await send(path, Buffer.from(deep), {});
      expect(answer.status).toBe(400);
      expect(answer.body).not.toMatch(/RangeError|stack|Maximum call/);
    }
    await alive();
  });

  it('an unsupported media type gets 415 and malformed JSON 400', async () => {
    expect((await send('/api/messages', Buffer.from('<a/>'), { 'content-type': 'application/x-evil' })).status).toBe(415);
    const broken = await send('/api/messages', Buffer.from('{"type": "message",'), {});
    expect(broken.status).toBe(400);
    expect(JSON.parse(broken.body)).toEqual({ error: 'invalid JSON' });
    await alive();
  });
});
