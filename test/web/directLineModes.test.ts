import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { startApp, type RunningApp } from '../support/http';

/** With MicrosoftAppId set, /api/messages demands Bot Framework tokens: the local Direct Line must not be a way around that. */
describe('with MicrosoftAppId set', () => {
  let database: TestDatabase;
  let running: RunningApp;

  beforeAll(async () => {
    database = await createTestDatabase();
    running = await startApp(database, { MicrosoftAppId: '00000000-0000-0000-0000-0000000000aa', MicrosoftAppPassword: 'secret' });
  });
  afterAll(async () => {
    await running?.app.close();
  });

  it('has no local Direct Line: the page is told the chat is not configured', async () => {
    const token = await fetch(`${running.url}/api/directline/token`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    expect(token.status).toBe(503);
    expect(await token.json()).toEqual({ error: 'not-configured' });
    const start = await fetch(`${running.url}/v3/directline/conversations`, { method: 'POST', headers: { authorization: 'Bearer x' } });
    expect(start.status).toBe(404);
    const connector = await fetch(`${running.url}/directline/connector/v3/conversations/x/activities`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"type":"message"}' });
    expect(connector.status).toBe(404);
  });
});

describe('with DIRECT_LINE_SECRET (Azure Direct Line, the production path)', () => {
  let database: TestDatabase;
  let running: RunningApp;
  let azure: Server;
  const requests: { authorization: string | undefined; body: unknown; url: string | undefined }[] = [];

  beforeAll(async () => {
    // A stand-in for directline.botframework.com on this machine.
    azure = createServer((req: IncomingMessage, res) => {
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString()));
      req.on('end', () => {
        requests.push({ authorization: req.headers.authorization, body: JSON.parse(body || '{}'), url: req.url });
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ conversationId: 'azure-conv-1', token: 'azure-token', expires_in: 3600 }));
      });
    });
    await new Promise<void>((resolve) => azure.listen(0, '127.0.0.1', resolve));
    const { port } = azure.address() as AddressInfo;
    database = await createTestDatabase();
    running = await startApp(database, {
      MicrosoftAppId: '00000000-0000-0000-0000-0000000000bb',
      MicrosoftAppPassword: 'secret',
      DIRECT_LINE_SECRET: 'the-direct-line-secret',
      DIRECT_LINE_ENDPOINT: `http://127.0.0.1:${port}/v3/directline`,
    });
  });
  afterAll(async () => {
    await running?.app.close();
    await new Promise<void>((resolve) => azure?.close(() => resolve()));
  });

  it('exchanges the secret for a conversation token bound to the visitor’s identity; the secret never reaches the page', async () => {
    const response = await fetch(`${running.url}/api/directline/token`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    expect(response.status).toBe(200);
    const body = (await response.json()) as Record<string, unknown>;
    expect(body).toMatchObject({ mode: 'azure', token: 'azure-token', conversationId: 'azure-conv-1', domain: expect.stringMatching(/\/v3\/directline$/) });
    expect(JSON.stringify(body)).not.toContain('the-direct-line-secret');
    expect(requests.at(-1)).toEqual({ authorization: 'Bearer the-direct-line-secret', body: { user: { id: body['userId'] } }, url: '/v3/directline/tokens/generate' });
    expect(body['userId']).toMatch(/^dl_/);
  });

  it('lets the chat page connect to Azure Direct Line (connect-src)', async () => {
    const page = await fetch(`${running.url}/`);
    expect(page.headers.get('content-security-policy')).toMatch(/connect-src 'self' http:\/\/127\.0\.0\.1:\d+ /);
  });
});
