import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { hashPassword } from '../../bot/routes/agentAuth';
import { DEMO_AGENT_EMAIL, SESSION_COOKIE } from '../../bot/routes/agent';
import { createAgentRepository } from '../../data/repositories/agents';
import { auditLog } from '../../data/schema/audit';
import { countries } from '../../data/schema/countries';
import { agents } from '../../data/schema/support';
import { startFakeChannel, type FakeChannel } from '../support/channel';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { newMember, post, startApp, type Member, type RunningApp } from '../support/http';
import { AgentClient, ALWAYS_OPEN, DEMO_PASSWORD } from './supportHelpers';

let database: TestDatabase;
let running: RunningApp;
let channel: FakeChannel;
let alice: AgentClient;
let bob: AgentClient;

const BOB = { email: 'bob@cps.example', password: 'bob-password-1' };
const UNKNOWN_CASE = '00000000-0000-4000-8000-000000000000';
const BACKOFFICE_TOKEN = 'support-test-backoffice-token';

beforeAll(async () => {
  database = await createTestDatabase();
  await database.db.update(countries).set(ALWAYS_OPEN);
  running = await startApp(database, { BACKOFFICE_TOKEN });
  channel = await startFakeChannel();
  await createAgentRepository(database.db).create({ email: BOB.email, displayName: 'Bob', passwordHash: await hashPassword(BOB.password) });
  alice = new AgentClient(running.url);
  bob = new AgentClient(running.url);
  expect((await alice.signIn()).status).toBe(200);
  expect((await bob.signIn(BOB.email, BOB.password)).status).toBe(200);
});
afterAll(async () => {
  await running.app.close();
  await channel.close();
});

/** A member who asked for a person over /api/messages; returns the case id the console shows. */
async function queuedMember(language = 'en'): Promise<{ member: Member; caseId: string }> {
  const member = newMember(language);
  const before = new Set(((await alice.get('/api/agent/queue')).body['queued'] as { id: string }[]).map((c) => c.id));
  const result = await post(running.url, member, { serviceUrl: channel.url, value: { verb: 'handoff.request', reason: 'validation-errors' } });
  expect(result.status).toBe(200);
  const queued = (await alice.get('/api/agent/queue')).body['queued'] as { id: string }[];
  const fresh = queued.find((c) => !before.has(c.id));
  if (!fresh) throw new Error('the member did not reach the queue');
  return { member, caseId: fresh.id };
}

describe('signing in', () => {
  it('sets an HttpOnly, SameSite=Strict session cookie limited to the API', async () => {
    const client = new AgentClient(running.url);
    const csrf = await client.get('/api/agent/csrf');
    client.csrf = String(csrf.body['csrfToken']);
    const response = await fetch(`${running.url}/api/agent/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: client.cookieHeader(), 'x-csrf-token': client.csrf },
      body: JSON.stringify({ email: DEMO_AGENT_EMAIL, password: DEMO_PASSWORD }),
    });
    expect(response.status).toBe(200);
    const session = response.headers.getSetCookie().find((c) => c.startsWith(`${SESSION_COOKIE}=`));
    expect(session).toMatch(/HttpOnly/);
    expect(session).toMatch(/SameSite=Strict/);
    expect(session).toMatch(/Path=\/api\/agent/);
    expect(session).not.toMatch(/Secure/);
  });

  it('marks the cookie Secure when served over https', async () => {
    const client = new AgentClient(running.url);
    const csrf = await client.get('/api/agent/csrf');
    const response = await fetch(`${running.url}/api/agent/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: client.cookieHeader(), 'x-csrf-token': String(csrf.body['csrfToken']), 'x-forwarded-proto': 'https' },
      body: JSON.stringify({ email: DEMO_AGENT_EMAIL, password: DEMO_PASSWORD }),
    });
    expect(response.headers.getSetCookie().find((c) => c.startsWith(`${SESSION_COOKIE}=`))).toMatch(/; Secure/);
  });

  it('refuses a wrong password with 401 and records the attempt', async () => {
    const client = new AgentClient(running.url);
    expect((await client.signIn(DEMO_AGENT_EMAIL, 'not-the-password')).status).toBe(401);
    const failures = await database.db.select().from(auditLog).where(eq(auditLog.subject, `agent-email:${DEMO_AGENT_EMAIL}`));
    expect(failures.map((f) => f.action)).toContain('agent.sign-in-failed');
  });

  it('answers an unknown e-mail exactly like a wrong password', async () => {
    const result = await new AgentClient(running.url).signIn('nobody@cps.example', 'whatever-password');
    expect(result).toEqual({ status: 401, body: { error: 'invalid-credentials' } });
  });

  it('stores only argon2 hashes', async () => {
    const rows = await database.db.select({ hash: agents.passwordHash }).from(agents);
    for (const row of rows) expect(row.hash).toMatch(/^\$argon2id\$/);
  });

  it('signs out: the old cookie no longer works', async () => {
    const client = new AgentClient(running.url);
    await client.signIn();
    const cookie = client.cookieHeader();
    expect((await client.post('/api/agent/sign-out')).status).toBe(204);
    const replay = await fetch(`${running.url}/api/agent/queue`, { headers: { cookie } });
    expect(replay.status).toBe(401);
  });
});

describe('authorisation', () => {
  it.each([
    ['GET', '/api/agent/session'],
    ['GET', '/api/agent/queue'],
    ['GET', `/api/agent/cases/${UNKNOWN_CASE}`],
    ['GET', `/api/agent/cases/${UNKNOWN_CASE}/events`],
    ['POST', `/api/agent/cases/${UNKNOWN_CASE}/claim`],
    ['POST', `/api/agent/cases/${UNKNOWN_CASE}/messages`],
    ['POST', `/api/agent/cases/${UNKNOWN_CASE}/close`],
    ['POST', '/api/agent/sign-out'],
  ])('%s %s without an agent session is 401', async (method, path) => {
    const response = await fetch(`${running.url}${path}`, { method, headers: { 'content-type': 'application/json' }, ...(method === 'POST' ? { body: '{}' } : {}) });
    expect(response.status).toBe(401);
  });

  it('a chat member cannot reach the agent API with what a channel sends (bearer token, forged cookie)', async () => {
    const { caseId } = await queuedMember();
    const asMember = await fetch(`${running.url}/api/agent/cases/${caseId}`, {
      headers: { authorization: 'Bearer member-channel-token', cookie: `${SESSION_COOKIE}=forged-token` },
    });
    expect(asMember.status).toBe(401);
  });

  it('an unclaimed case is open to every agent; once claimed, only its owner may see or act on it', async () => {
    const { caseId } = await queuedMember();
    expect((await bob.get(`/api/agent/cases/${caseId}`)).status).toBe(200);
    expect((await alice.post(`/api/agent/cases/${caseId}/claim`)).status).toBe(200);
    expect((await bob.get(`/api/agent/cases/${caseId}`)).status).toBe(403);
    expect((await bob.get(`/api/agent/cases/${caseId}/events`)).status).toBe(403);
    expect((await bob.post(`/api/agent/cases/${caseId}/messages`, { text: 'Hello from Bob' })).status).toBe(403);
    expect((await bob.post(`/api/agent/cases/${caseId}/close`, { resolution: 'Not mine' })).status).toBe(403);
    expect((await bob.post(`/api/agent/cases/${caseId}/claim`)).status).toBe(409);
    expect((await alice.post(`/api/agent/cases/${caseId}/close`, { resolution: 'Done' })).status).toBe(200);
    // A closed case is still its owner's alone, and nobody can write to it any more.
    expect((await bob.get(`/api/agent/cases/${caseId}`)).status).toBe(403);
    expect((await alice.post(`/api/agent/cases/${caseId}/messages`, { text: 'Too late' })).status).toBe(409);
  });

  it('an unknown or malformed case id is 404', async () => {
    expect((await alice.get(`/api/agent/cases/${UNKNOWN_CASE}`)).status).toBe(404);
    expect((await alice.get('/api/agent/cases/not-a-uuid')).status).toBe(404);
  });

  it('validates what an agent sends: an empty message or resolution is 400', async () => {
    const { caseId } = await queuedMember();
    expect((await alice.post(`/api/agent/cases/${caseId}/claim`)).status).toBe(200);
    expect((await alice.post(`/api/agent/cases/${caseId}/messages`, { text: '   ' })).body).toEqual({ error: 'text-required' });
    expect((await alice.post(`/api/agent/cases/${caseId}/close`, {})).body).toEqual({ error: 'resolution-required' });
    expect((await alice.post(`/api/agent/cases/${caseId}/close`, { resolution: 'ok' })).status).toBe(200);
  });

  it('relays an agent message only to that case member: another waiting member gets nothing of it', async () => {
    const first = await queuedMember('da');
    const second = await queuedMember('nl');
    expect((await alice.post(`/api/agent/cases/${first.caseId}/claim`)).status).toBe(200);
    expect((await alice.post(`/api/agent/cases/${first.caseId}/messages`, { text: 'Private answer for the first member' })).status).toBe(201);
    await running.app.jobs.runDue();
    const toFirst = channel.to(first.member.conversationId).map((a) => a.text ?? '');
    const toSecond = channel.to(second.member.conversationId).map((a) => JSON.stringify(a));
    expect(toFirst.some((text) => text.includes('Private answer for the first member'))).toBe(true);
    expect(toSecond.some((text) => text.includes('Private answer'))).toBe(false);
    // What the second member can ask the bot about support shows their own case only.
    const own = await post(running.url, second.member, { serviceUrl: channel.url, value: { verb: 'handoff.request' } });
    expect(JSON.stringify(own.activities)).not.toContain('Private answer');
    await alice.post(`/api/agent/cases/${first.caseId}/close`, { resolution: 'Done' });
    await post(running.url, second.member, { serviceUrl: channel.url, value: { verb: 'handoff.cancel' } });
  });
});

describe('CSRF protection', () => {
  it('rejects a state-changing request without the token', async () => {
    const { caseId } = await queuedMember();
    const response = await alice.request('POST', `/api/agent/cases/${caseId}/claim`, undefined, { 'x-csrf-token': '' });
    expect(response).toEqual({ status: 403, body: { error: 'csrf' } });
  });

  it('rejects a wrong token, and a token from another agent session', async () => {
    const { caseId } = await queuedMember();
    expect((await alice.request('POST', `/api/agent/cases/${caseId}/claim`, undefined, { 'x-csrf-token': 'guessed' })).status).toBe(403);
    expect((await alice.request('POST', `/api/agent/cases/${caseId}/claim`, undefined, { 'x-csrf-token': bob.csrf ?? '' })).status).toBe(403);
  });

  it('rejects a request from a foreign origin even with the right token', async () => {
    const { caseId } = await queuedMember();
    expect((await alice.request('POST', `/api/agent/cases/${caseId}/claim`, undefined, { origin: 'https://evil.example' })).status).toBe(403);
  });

  it('protects the sign-in itself with a double-submit token', async () => {
    const response = await fetch(`${running.url}/api/agent/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: DEMO_AGENT_EMAIL, password: DEMO_PASSWORD }),
    });
    expect(response.status).toBe(403);
  });

  it('rejects sign-out without the token', async () => {
    expect((await alice.post('/api/agent/sign-out', undefined, { 'x-csrf-token': 'nope' })).status).toBe(403);
    expect((await alice.get('/api/agent/session')).status).toBe(200);
  });
});

describe('claiming', () => {
  it('two agents claiming the same case at the same moment: exactly one wins', async () => {
    const { caseId } = await queuedMember();
    const results = await Promise.all([alice.post(`/api/agent/cases/${caseId}/claim`), bob.post(`/api/agent/cases/${caseId}/claim`)]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    const loser = results.find((r) => r.status === 409);
    expect(loser?.body).toEqual({ error: 'already-claimed' });
    const winner = results[0]?.status === 200 ? alice : bob;
    expect((await winner.post(`/api/agent/cases/${caseId}/close`, { resolution: 'Done' })).status).toBe(200);
  });
});

describe('live messages', () => {
  it('streams what the member writes to the agent as server-sent events', async () => {
    const { member, caseId } = await queuedMember('sv');
    expect((await alice.post(`/api/agent/cases/${caseId}/claim`)).status).toBe(200);
    const controller = new AbortController();
    const response = await fetch(`${running.url}/api/agent/cases/${caseId}/events`, { headers: { cookie: alice.cookieHeader() }, signal: controller.signal });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/text\/event-stream/);
    await post(running.url, member, { serviceUrl: channel.url, text: 'Hej, mitt serienummer fungerar inte' });
    const reader = response.body!.getReader();
    const decoder = new TextDecoder();
    let received = '';
    const deadline = Date.now() + 10_000;
    while (!received.includes('mitt serienummer fungerar inte') && Date.now() < deadline) {
      const { value, done } = await reader.read();
      if (done) break;
      received += decoder.decode(value);
    }
    controller.abort();
    expect(received).toMatch(/event: message\nid: [0-9a-f-]+\ndata: .*mitt serienummer fungerar inte/);
    await alice.post(`/api/agent/cases/${caseId}/close`, { resolution: 'Done' });
  });
});

describe('agent accounts', () => {
  const create = (body: unknown, token = BACKOFFICE_TOKEN) =>
    fetch(`${running.url}/api/backoffice/agents`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify(body) });

  it('the back office adds an agent, who can then sign in', async () => {
    const response = await create({ email: 'Dana@CPS.example', displayName: 'Dana', password: 'a-long-enough-password' });
    expect(response.status).toBe(201);
    expect(await response.json()).toMatchObject({ email: 'dana@cps.example', displayName: 'Dana' });
    expect((await new AgentClient(running.url).signIn('dana@cps.example', 'a-long-enough-password')).status).toBe(200);
  });

  it('refuses a wrong bearer token, a duplicate e-mail and a short password', async () => {
    expect((await create({ email: 'eve@cps.example', displayName: 'Eve', password: 'a-long-enough-password' }, 'wrong')).status).toBe(401);
    expect((await create({ email: DEMO_AGENT_EMAIL, displayName: 'Again', password: 'a-long-enough-password' })).status).toBe(409);
    const short = await create({ email: 'eve@cps.example', displayName: 'Eve', password: 'short' });
    expect(short.status).toBe(400);
    expect(await short.json()).toEqual({ error: 'invalid-agent', fields: ['password'] });
  });
});

describe('the console page', () => {
  it('is served at /agent with a strict content security policy and no third-party scripts', async () => {
    const response = await fetch(`${running.url}/agent`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
    const html = await response.text();
    expect(html).toContain('<label for="email">');
    expect(html).not.toMatch(/src="https?:/);
    expect((await fetch(`${running.url}/agent/console.js`)).headers.get('content-type')).toMatch(/javascript/);
    expect((await fetch(`${running.url}/agent/../package.json`)).status).toBe(404);
  });
});
