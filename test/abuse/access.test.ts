import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { rowsOf } from '../../data/database';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { newMember, startApp, type Member, type RunningApp } from '../support/http';
import { AgentClient } from '../e2e/supportHelpers';
import { approvedMember, BACKOFFICE_TOKEN, companyOf } from '../faults/helpers';

/**
 * Credentials are not interchangeable: a member's dashboard token, an agent's session and the
 * back-office token each open their own door and no other, and a member's token shows that
 * member's data only. (Per-endpoint details live with each area's tests; this is the cross-check.)
 */
let database: TestDatabase;
let running: RunningApp;
let agent: AgentClient;
let memberA: Member;
let memberB: Member;
let tokenA: string;
let tokenB: string;

async function memberId(member: Member): Promise<string> {
  const [row] = rowsOf<{ id: string }>(await database.db.execute(sql`select id from members where channel_user_id = ${member.userId}`));
  if (!row) throw new Error('member not found');
  return row.id;
}

beforeAll(async () => {
  database = await createTestDatabase();
  running = await startApp(database, { BACKOFFICE_TOKEN });
  memberA = await approvedMember(running.url, newMember('da'));
  memberB = await approvedMember(running.url, newMember('sv'));
  tokenA = await running.app.dashboardTokens.issue(await memberId(memberA));
  tokenB = await running.app.dashboardTokens.issue(await memberId(memberB));
  agent = new AgentClient(running.url);
  expect((await agent.signIn()).status).toBe(200);
});
afterAll(async () => {
  await running.app.close();
});

type Credential = 'none' | 'wrong bearer' | 'back-office token' | 'member token' | 'agent session';

function headersFor(credential: Credential, extra: Record<string, string> = {}): Record<string, string> {
  switch (credential) {
    case 'none':
      return extra;
    case 'wrong bearer':
      return { ...extra, authorization: `Bearer ${BACKOFFICE_TOKEN}x` };
    case 'back-office token':
      return { ...extra, authorization: `Bearer ${BACKOFFICE_TOKEN}` };
    case 'member token':
      return { ...extra, authorization: `Bearer ${tokenA}` };
    case 'agent session':
      return { ...extra, cookie: agent.cookieHeader(), ...(agent.csrf ? { 'x-csrf-token': agent.csrf } : {}) };
  }
}

async function call(method: 'GET' | 'POST', path: string, credential: Credential, body?: unknown): Promise<number> {
  const response = await fetch(`${running.url}${path}`, {
    method,
    headers: headersFor(credential, body === undefined ? {} : { 'content-type': 'application/json' }),
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  await response.arrayBuffer();
  return response.status;
}

const someId = randomUUID();
const BACKOFFICE: [method: 'GET' | 'POST', path: string, body?: unknown][] = [
  ['GET', '/api/backoffice/applications?status=pending'],
  ['GET', `/api/backoffice/applications/${someId}`],
  ['GET', `/api/backoffice/applications/${someId}/documents/${randomUUID()}`],
  ['POST', `/api/backoffice/applications/${someId}/decision`, { decision: 'approve' }],
  ['POST', '/api/backoffice/legacy-accounts', { email: 'old@cps.example', products: [] }],
  ['POST', '/api/backoffice/agents', { email: 'new-agent@cps.example', displayName: 'New', password: 'a-long-password' }],
];

describe('the back-office API', () => {
  it.each(['none', 'wrong bearer', 'member token', 'agent session'] as const)('refuses %s on every route with 401', async (credential) => {
    for (const [method, path, body] of BACKOFFICE) expect(await call(method, path, credential, body), `${method} ${path}`).toBe(401);
  });

  it('lets the back-office token in (the answer is about the request, not about who asks)', async () => {
    for (const [method, path, body] of BACKOFFICE) expect(await call(method, path, 'back-office token', body), `${method} ${path}`).not.toBe(401);
  });
});

describe('the agent console API', () => {
  const AGENT: [method: 'GET' | 'POST', path: string, body?: unknown][] = [
    ['GET', '/api/agent/session'],
    ['GET', '/api/agent/queue'],
    ['GET', `/api/agent/cases/${someId}`],
    ['POST', `/api/agent/cases/${someId}/claim`, {}],
    ['POST', `/api/agent/cases/${someId}/messages`, { text: 'hello' }],
    ['POST', `/api/agent/cases/${someId}/close`, {}],
  ];

  it.each(['none', 'wrong bearer', 'back-office token', 'member token'] as const)('refuses %s with 401', async (credential) => {
    for (const [method, path, body] of AGENT) expect(await call(method, path, credential, body), `${method} ${path}`).toBe(401);
  });

  it('serves a signed-in agent', async () => {
    expect(await call('GET', '/api/agent/queue', 'agent session')).toBe(200);
  });
});

describe('the member dashboard (Teams tab / web)', () => {
  async function dashboard(authorization: string | undefined) {
    const response = await fetch(`${running.url}/api/tab/dashboard`, { headers: authorization ? { authorization } : {} });
    return { status: response.status, body: (await response.json()) as { business?: { companyName?: string } | null } };
  }

  it('shows member A their own business, and member B theirs, each from their own token only', async () => {
    const a = await dashboard(`Bearer ${tokenA}`);
    const b = await dashboard(`Bearer ${tokenB}`);
    expect([a.status, b.status]).toEqual([200, 200]);
    expect(a.body.business?.companyName).toBe(companyOf(memberA));
    expect(b.body.business?.companyName).toBe(companyOf(memberB));
    expect(JSON.stringify(a.body)).not.toContain(companyOf(memberB));
  });

  it('ignores any attempt to name another member in the request', async () => {
    const idB = await memberId(memberB);
    for (const path of [`/api/tab/dashboard?memberId=${idB}`, `/api/tab/dashboard?sub=${idB}`, `/api/tab/dashboard/${idB}`]) {
      const response = await fetch(`${running.url}${path}`, { headers: { authorization: `Bearer ${tokenA}`, 'x-member-id': idB } });
      const text = await response.text();
      expect(text, path).not.toContain(companyOf(memberB));
    }
  });

  it('refuses a token whose subject was swapped for member B, unsigned tokens and other credentials', async () => {
    const [header, payload, signature] = tokenA.split('.');
    const claims = JSON.parse(Buffer.from(payload ?? '', 'base64url').toString()) as Record<string, unknown>;
    const swapped = Buffer.from(JSON.stringify({ ...claims, sub: await memberId(memberB) })).toString('base64url');
    const none = `${Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url')}.${swapped}.`;
    for (const authorization of [`Bearer ${header}.${swapped}.${signature}`, `Bearer ${none}`, `Bearer ${BACKOFFICE_TOKEN}`, undefined]) {
      const { status, body } = await dashboard(authorization);
      expect(status, authorization).toBe(401);
      expect(JSON.stringify(body)).not.toContain(companyOf(memberB));
    }
    const withAgentCookie = await fetch(`${running.url}/api/tab/dashboard`, { headers: { cookie: agent.cookieHeader() } });
    expect(withAgentCookie.status).toBe(401);
  });
});
