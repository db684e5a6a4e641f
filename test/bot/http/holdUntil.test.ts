import { createServer, type Server } from 'restify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { holdUntil } from '../../../bot/http/holdUntil';

let server: Server;
let url: string;
let finish: () => void;
let fail: (error: Error) => void;

beforeEach(async () => {
  server = createServer();
  const work = new Promise<void>((resolve, reject) => {
    finish = resolve;
    fail = reject;
  });
  holdUntil(server, ['/api/agent'], work);
  for (const path of ['/api/agent/session', '/api/agents', '/readyz']) server.get(path, (_req, res, next) => {
      res.send(200, { path });
      next();
    });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  url = `http://127.0.0.1:${(address as { port: number }).port}`;
});
afterEach(() => new Promise<void>((resolve) => server.close(() => resolve())));

/** The status, or 'waiting' when no answer came within 300 ms. */
async function statusWithin(path: string): Promise<number | 'waiting'> {
  const answer = fetch(`${url}${path}`).then((response) => response.status);
  return Promise.race([answer, new Promise<'waiting'>((resolve) => setTimeout(() => resolve('waiting'), 300))]);
}

describe('holdUntil', () => {
  it('serves other paths at once, including one that only starts with the prefix text', async () => {
    expect(await statusWithin('/readyz')).toBe(200);
    expect(await statusWithin('/api/agents')).toBe(200);
  });

  it('holds a request under the prefix until the work is done, then serves it', async () => {
    const held = fetch(`${url}/api/agent/session`).then((response) => response.status);
    expect(await Promise.race([held, new Promise((resolve) => setTimeout(() => resolve('waiting'), 300))])).toBe('waiting');
    finish();
    expect(await held).toBe(200);
  });

  it('serves the held requests when the work fails too', async () => {
    const held = fetch(`${url}/api/agent/session`).then((response) => response.status);
    fail(new Error('seeding failed'));
    expect(await held).toBe(200);
  });
});
