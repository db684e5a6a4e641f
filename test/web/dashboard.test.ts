import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT, type CryptoKey, type JWK } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDashboardTokens } from '../../bot/dashboardTokens';
import { createDashboardRepository } from '../../data/repositories/dashboard';
import { createMemberRepository } from '../../data/repositories/members';
import { loadWebKeys } from '../../bot/webSecret';
import { seedOnboardedMember } from '../browser/fixtures';
import { silentLog } from '../support/bot';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { startApp, type RunningApp } from '../support/http';
import type { DashboardView } from '../../web/tab/view';

const AUDIENCE = 'api://cps.example.com/7d3c1e2a-1111-4222-8333-944455556666';
const TENANT = '0f1e2d3c-4b5a-4697-8888-a1b2c3d4e5f6';

let database: TestDatabase;
let running: RunningApp;
let jwksServer: Server;
let signingKey: CryptoKey;
let strangerKey: CryptoKey;

beforeAll(async () => {
  const pair = await generateKeyPair('RS256');
  signingKey = pair.privateKey;
  strangerKey = (await generateKeyPair('RS256')).privateKey;
  const jwk: JWK = { ...(await exportJWK(pair.publicKey)), kid: 'test-key', use: 'sig', alg: 'RS256' };
  // The identity platform's published keys, served locally: nothing leaves this machine.
  jwksServer = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ keys: [jwk] }));
  });
  await new Promise<void>((resolve) => jwksServer.listen(0, '127.0.0.1', resolve));
  const { port } = jwksServer.address() as AddressInfo;
  database = await createTestDatabase();
  running = await startApp(database, { TEAMS_SSO_AUDIENCE: AUDIENCE, TEAMS_SSO_JWKS_URL: `http://127.0.0.1:${port}/keys` });
});

afterAll(async () => {
  await running?.app.close();
  await new Promise<void>((resolve) => jwksServer?.close(() => resolve()));
});

/** A member as a chat on `channel` creates one; Teams members also get a conversation reference with their Entra object id. */
async function member(channel = 'webchat', aadObjectId?: string): Promise<{ id: string; channelUserId: string }> {
  const members = createMemberRepository(database.db);
  const channelUserId = `u-${randomUUID()}`;
  const created = await members.findOrCreate(channel, channelUserId);
  if (aadObjectId) {
    await members.saveConversationReference(created.id, channel, {
      channelId: channel,
      conversation: { id: `a:${randomUUID()}` },
      user: { id: channelUserId, aadObjectId },
      serviceUrl: 'https://smba.trafficmanager.net/emea/',
    });
  }
  return { id: created.id, channelUserId };
}

async function dashboard(token: string | undefined): Promise<{ status: number; body: unknown }> {
  const response = await fetch(`${running.url}/api/tab/dashboard`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  return { status: response.status, body: await response.json() };
}

function ssoToken(claims: Record<string, unknown>, key: CryptoKey = signingKey, audience = AUDIENCE): Promise<string> {
  return new SignJWT({ tid: TENANT, ...claims })
    .setProtectedHeader({ alg: 'RS256', kid: 'test-key' })
    .setIssuer(`https://login.microsoftonline.com/${TENANT}/v2.0`)
    .setAudience(audience)
    .setIssuedAt()
    .setExpirationTime('10m')
    .sign(key);
}

describe('GET /api/tab/dashboard with the bot’s signed link', () => {
  it('shows an empty dashboard for a member who has only said hello', async () => {
    const { id } = await member();
    const token = await issueLink(id);
    const { status, body } = await dashboard(token);
    expect(status).toBe(200);
    const view = body as DashboardView;
    expect(view).toMatchObject({ application: null, business: null, products: [], membership: null, invoices: [] });
    expect(view.points).toMatchObject({ total: 0, invited: false, openTiers: [], next: { code: 'silver', toGo: 500 } });
    expect(view.tiers.map((t) => [t.code, t.shownPoints, t.moreThan])).toEqual([
      ['silver', 500, false],
      ['gold', 1000, false],
      ['platinum', 2000, false],
      ['corporate', 2500, true],
    ]);
  });

  it('shows the member’s products with ticks and missing details, points, membership and invoices', async () => {
    const someone = await member();
    const seeded = await seedOnboardedMember(database, someone.channelUserId);
    const { status, body } = await dashboard(await issueLink(someone.id));
    expect(status).toBe(200);
    const view = body as DashboardView;
    expect(view.application).toMatchObject({ status: 'approved', expectedDecisionDate: '2026-03-04' });
    expect(view.products.map((p) => [p.modelId, p.complete, p.missing])).toEqual([
      ['eos-r5', true, []],
      ['eos-r3', false, ['dealer']],
    ]);
    expect(view.points.total).toBe(300);
    expect(view.membership).toMatchObject({ membershipNumber: seeded.membershipNumber, previousMembershipNumber: 'CPS-OLD-4711', tierName: 'Gold', status: 'active' });
    expect(view.invoices).toEqual([expect.objectContaining({ invoiceNumber: seeded.invoiceNumber, currency: 'EUR', grossAmountMinor: 24_079, dueDate: '2026-04-14', status: 'issued' })]);
  });

  it('links each invoice to its PDF for this member (a signed link), and the link serves the PDF', async () => {
    const someone = await member();
    const seeded = await seedOnboardedMember(database, someone.channelUserId);
    const view = (await dashboard(await issueLink(someone.id))).body as DashboardView;
    const link = new URL(view.invoices[0]?.pdfUrl ?? '');
    expect(link.pathname).toMatch(/^\/invoices\/[0-9a-f-]{36}\/pdf$/);
    expect(link.searchParams.get('m')).toBe(someone.id);
    const pdf = await fetch(`${running.url}${link.pathname}${link.search}`);
    expect([pdf.status, pdf.headers.get('content-type')]).toEqual([200, 'application/pdf']);
    expect(Buffer.from(await pdf.arrayBuffer()).toString('latin1')).toContain(seeded.invoiceNumber);
  });

  it('never shows one member another member’s data', async () => {
    const alice = await member();
    const bob = await member();
    const bobs = await seedOnboardedMember(database, bob.channelUserId);
    const forAlice = (await dashboard(await issueLink(alice.id))).body as DashboardView;
    expect(forAlice.business).toBeNull();
    expect(JSON.stringify(forAlice)).not.toContain(bobs.membershipNumber);
    const forBob = (await dashboard(await issueLink(bob.id))).body as DashboardView;
    expect(forBob.membership?.membershipNumber).toBe(bobs.membershipNumber);
  });

  it('refuses a link whose token was changed to name someone else', async () => {
    const alice = await member();
    const bob = await member();
    const [header, , signature] = (await issueLink(alice.id)).split('.');
    const payload = Buffer.from(JSON.stringify({ sub: bob.id, aud: 'cps-dashboard', iss: 'cps-assistant', exp: Math.floor(Date.now() / 1000) + 600 })).toString('base64url');
    expect(await dashboard(`${header}.${payload}.${signature}`)).toEqual({ status: 401, body: { error: 'invalid' } });
  });

  it('refuses a link signed with another secret', async () => {
    const alice = await member();
    const otherServer = createDashboardTokens(loadWebKeys({ secret: 'another-secret-that-is-long-enough-to-pass', env: 'test', dataDir: '.' }, silentLog), running.url, { jwksUrl: 'http://127.0.0.1:1/', audience: undefined, tenantId: undefined });
    expect(await dashboard(await otherServer.issue(alice.id))).toEqual({ status: 401, body: { error: 'invalid' } });
  });

  it('says a link has expired after 15 minutes', async () => {
    const alice = await member();
    const token = await issueLink(alice.id, new Date(Date.now() - 16 * 60 * 1000));
    expect(await dashboard(token)).toEqual({ status: 401, body: { error: 'expired' } });
  });

  it('asks for a token when there is none', async () => {
    expect(await dashboard(undefined)).toEqual({ status: 401, body: { error: 'missing' } });
  });
});

describe('GET /api/tab/dashboard with a Teams SSO token (verified against the JWKS)', () => {
  it('finds the member by the Entra object id of their Teams conversation', async () => {
    const oid = randomUUID();
    const teamsMember = await member('msteams', oid);
    const seeded = await seedOnboardedMember(database, teamsMember.channelUserId);
    const { status, body } = await dashboard(await ssoToken({ oid }));
    expect(status).toBe(200);
    expect((body as DashboardView).membership?.membershipNumber).toBe(seeded.membershipNumber);
  });

  it('refuses a token signed by a key the JWKS does not publish', async () => {
    const oid = randomUUID();
    await member('msteams', oid);
    expect(await dashboard(await ssoToken({ oid }, strangerKey))).toEqual({ status: 401, body: { error: 'invalid' } });
  });

  it('refuses a token for another audience', async () => {
    const oid = randomUUID();
    await member('msteams', oid);
    expect(await dashboard(await ssoToken({ oid }, signingKey, 'api://someone-else'))).toEqual({ status: 401, body: { error: 'invalid' } });
  });

  it('refuses an unsigned token that only claims an object id (the tab context is never trusted)', async () => {
    const oid = randomUUID();
    await member('msteams', oid);
    const header = Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url');
    const payload = Buffer.from(JSON.stringify({ oid, tid: TENANT, aud: AUDIENCE })).toString('base64url');
    expect(await dashboard(`${header}.${payload}.`)).toEqual({ status: 401, body: { error: 'invalid' } });
  });

  it('answers 404 for a Teams user who never chatted with the bot', async () => {
    expect(await dashboard(await ssoToken({ oid: randomUUID() }))).toEqual({ status: 404, body: { error: 'unknown-member' } });
  });

  it('reads one member only even when asked through a repository call for another object id', async () => {
    const repository = createDashboardRepository(database.db);
    const oid = randomUUID();
    const teamsMember = await member('msteams', oid);
    expect(await repository.memberIdByAadObjectId(oid)).toBe(teamsMember.id);
    expect(await repository.memberIdByAadObjectId(randomUUID())).toBeUndefined();
  });
});

describe('pages', () => {
  it('serves the chat page with a CSP that lets Teams frame it and a nonce for Web Chat’s styles', async () => {
    const response = await fetch(`${running.url}/`, { headers: { 'accept-language': 'sv-SE,sv;q=0.9' } });
    expect(response.status).toBe(200);
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("frame-ancestors 'self' https://teams.microsoft.com https://*.teams.microsoft.com https://*.cloud.microsoft");
    expect(csp).toContain("script-src 'self'");
    const html = await response.text();
    const nonce = /<meta name="csp-nonce" content="([^"]+)">/.exec(html)?.[1];
    expect(nonce).toBeTruthy();
    expect(csp).toContain(`'nonce-${nonce}'`);
    expect(html).toContain('<html lang="sv">');
  });

  it('serves the tab with the same frame ancestors and no referrer', async () => {
    const response = await fetch(`${running.url}/tab`);
    expect(response.headers.get('content-security-policy')).toContain('frame-ancestors');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
  });

  it('serves the bundles compressed, and 404 for anything else', async () => {
    const bundle = await fetch(`${running.url}/web/tab.js`, { headers: { 'accept-encoding': 'gzip' } });
    expect(bundle.status).toBe(200);
    expect(bundle.headers.get('content-type')).toContain('text/javascript');
    expect(bundle.headers.get('content-encoding')).toBe('gzip');
    expect((await fetch(`${running.url}/web/..%2Fbuild.ts`)).status).toBe(404);
  });
});

/** A link token from the same issuer the bot's menu uses. */
function issueLink(memberId: string, now?: Date): Promise<string> {
  return running.app.dashboardTokens.issue(memberId, now);
}
