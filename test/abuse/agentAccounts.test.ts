import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_AGENT_EMAIL } from '../../bot/routes/agent';
import { hashPassword } from '../../bot/routes/agentAuth';
import { createAgentRepository } from '../../data/repositories/agents';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { startApp, type RunningApp } from '../support/http';
import { AgentClient, DEMO_PASSWORD } from '../e2e/supportHelpers';

/**
 * Agent accounts from outside: guessing never locks a real agent out, the back office can disable
 * an agent (their sessions end), a password change ends the other sessions, and production has no
 * demo agent unless DEMO_AGENT_PASSWORD is set — not even one left in the database from local use.
 */
const BACKOFFICE_TOKEN = 'agent-accounts-backoffice-token';
let database: TestDatabase;
let running: RunningApp;

beforeAll(async () => {
  database = await createTestDatabase();
  running = await startApp(database, { BACKOFFICE_TOKEN });
});
afterAll(async () => {
  await running?.app.close();
  await database?.close();
});

async function newAgent(email: string, password: string): Promise<string> {
  const agents = createAgentRepository(database.db);
  await agents.create({ email, displayName: email.split('@')[0] ?? 'Agent', passwordHash: await hashPassword(password) });
  const agent = await agents.byEmail(email);
  if (!agent) throw new Error('agent not created');
  return agent.id;
}

/** One HTTP exchange from another loopback address (another client, as the server sees it). */
function fromAddress(localAddress: string, method: string, path: string, headers: Record<string, string>, body?: string): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }> {
  const { hostname, port } = new URL(running.url);
  return new Promise((resolve, reject) => {
    const req = request({ host: hostname, port, method, path, headers, localAddress }, (res) => {
      let text = '';
      res.on('data', (chunk: Buffer) => (text += chunk.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

async function guessFrom(localAddress: string, email: string, password: string): Promise<number> {
  const csrf = await fromAddress(localAddress, 'GET', '/api/agent/csrf', {});
  const token = String((JSON.parse(csrf.body) as { csrfToken: string }).csrfToken);
  const cookie = String([csrf.headers['set-cookie']].flat()[0]).split(';')[0] ?? '';
  const body = JSON.stringify({ email, password });
  const answer = await fromAddress(localAddress, 'POST', '/api/agent/session', { 'content-type': 'application/json', 'x-csrf-token': token, cookie }, body);
  return answer.status;
}

describe('sign-in throttling', () => {
  it('slows a guessing client down, but the real agent still signs in from their own client', { timeout: 60_000 }, async () => {
    const email = 'erin@cps.example';
    await newAgent(email, 'erin-real-password');
    const started = Date.now();
    for (let i = 0; i < 7; i++) expect(await guessFrom('127.0.0.2', email, `guess-${i}`)).toBe(401);
    // Failures 4–7 of that client waited 100 + 200 + 400 + 800 ms (and the account's 5th–7th a little more).
    expect(Date.now() - started).toBeGreaterThanOrEqual(1_500);
    expect((await new AgentClient(running.url).signIn(email, 'erin-real-password')).status).toBe(200);
  });
});

describe('disabling an agent (back office)', () => {
  it('ends their sessions at once and refuses their sign-in until enabled again', async () => {
    const email = 'frank@cps.example';
    const id = await newAgent(email, 'frank-real-password');
    const frank = new AgentClient(running.url);
    expect((await frank.signIn(email, 'frank-real-password')).status).toBe(200);
    const backoffice = { authorization: `Bearer ${BACKOFFICE_TOKEN}` };

    expect((await new AgentClient(running.url).post(`/api/backoffice/agents/${id}/disable`, undefined, backoffice)).status).toBe(200);
    expect((await frank.get('/api/agent/queue')).status).toBe(401);
    expect((await new AgentClient(running.url).signIn(email, 'frank-real-password')).status).toBe(401);

    expect((await new AgentClient(running.url).post(`/api/backoffice/agents/${id}/enable`, undefined, backoffice)).status).toBe(200);
    expect((await new AgentClient(running.url).signIn(email, 'frank-real-password')).status).toBe(200);
  });

  it('needs the back-office token and a known agent', async () => {
    const id = await newAgent('gina@cps.example', 'gina-real-password');
    expect((await new AgentClient(running.url).post(`/api/backoffice/agents/${id}/disable`)).status).toBe(401);
    const unknown = await new AgentClient(running.url).post('/api/backoffice/agents/00000000-0000-4000-8000-000000000000/disable', undefined, { authorization: `Bearer ${BACKOFFICE_TOKEN}` });
    expect(unknown.status).toBe(404);
  });
});

describe('changing the password', () => {
  it('ends the agent’s other sessions and keeps the one that changed it', async () => {
    const email = 'hugo@cps.example';
    await newAgent(email, 'hugo-first-password');
    const laptop = new AgentClient(running.url);
    const phone = new AgentClient(running.url);
    expect((await laptop.signIn(email, 'hugo-first-password')).status).toBe(200);
    expect((await phone.signIn(email, 'hugo-first-password')).status).toBe(200);

    const changed = await laptop.post('/api/agent/password', { currentPassword: 'hugo-first-password', newPassword: 'hugo-second-password' });
    expect(changed).toEqual({ status: 200, body: { status: 'changed', otherSessionsEnded: 1 } });
    expect((await laptop.get('/api/agent/queue')).status).toBe(200);
    expect((await phone.get('/api/agent/queue')).status).toBe(401);
    expect((await new AgentClient(running.url).signIn(email, 'hugo-first-password')).status).toBe(401);
    expect((await new AgentClient(running.url).signIn(email, 'hugo-second-password')).status).toBe(200);
  });

  it('refuses a wrong current password and a short new one', async () => {
    const email = 'ida@cps.example';
    await newAgent(email, 'ida-first-password');
    const ida = new AgentClient(running.url);
    await ida.signIn(email, 'ida-first-password');
    expect((await ida.post('/api/agent/password', { currentPassword: 'not-it-at-all', newPassword: 'ida-second-password' })).status).toBe(403);
    expect((await ida.post('/api/agent/password', { currentPassword: 'ida-first-password', newPassword: 'short' })).status).toBe(400);
  });
});

describe('the demo agent in production', () => {
  it('is disabled at start when DEMO_AGENT_PASSWORD is not set, even if a local run created it', async () => {
    // The app above (not production) seeded the demo agent with its default password.
    expect((await new AgentClient(running.url).signIn(DEMO_AGENT_EMAIL, DEMO_PASSWORD)).status).toBe(200);
    const production = await startApp(database, {
      NODE_ENV: 'production',
      MicrosoftAppId: 'app-id',
      MicrosoftAppPassword: 'app-secret',
      BACKOFFICE_TOKEN,
      DASHBOARD_SECRET: 'x'.repeat(32),
      WEB_CONCURRENCY: '1',
    });
    try {
      expect((await new AgentClient(production.url).signIn(DEMO_AGENT_EMAIL, DEMO_PASSWORD)).status).toBe(401);
    } finally {
      await production.app.close();
    }
  });
});
