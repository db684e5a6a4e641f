import { and, eq } from 'drizzle-orm';
import type { Activity } from 'botbuilder';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { members } from '../../data/schema';
import { translator } from '../../locales';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { startApp, type RunningApp } from '../support/http';

let database: TestDatabase;
let running: RunningApp;
/** Every activity the bot's turn pipeline received (an adapter middleware sees them first). */
const received: Activity[] = [];

beforeAll(async () => {
  database = await createTestDatabase();
  running = await startApp(database);
  running.app.adapter.use(async (context, next) => {
    received.push(context.activity);
    await next();
  });
});

afterAll(async () => {
  await running?.app.close();
});

interface Visitor {
  readonly userId: string;
  readonly cookie: string;
  readonly token: string;
}

interface Conversation {
  readonly conversationId: string;
  readonly token: string;
}

type Stored = Record<string, unknown> & { id: string; type: string; text?: string; from?: { id: string; role?: string }; attachments?: { contentType: string; contentUrl?: string; content?: unknown; name?: string }[] };

async function visit(cookie?: string): Promise<Visitor> {
  const response = await fetch(`${running.url}/api/directline/token`, { method: 'POST', headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) }, body: '{}' });
  expect(response.status).toBe(200);
  const body = (await response.json()) as { mode: string; token: string; userId: string };
  expect(body.mode).toBe('local');
  const setCookie = response.headers.get('set-cookie');
  return { userId: body.userId, token: body.token, cookie: cookie ?? (setCookie ?? '').split(';')[0] ?? '' };
}

async function start(visitor: Visitor, locale: string): Promise<Conversation> {
  const response = await fetch(`${running.url}/v3/directline/conversations`, {
    method: 'POST',
    headers: { authorization: `Bearer ${visitor.token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ locale }),
  });
  expect(response.status).toBe(201);
  return (await response.json()) as Conversation;
}

function read(conversation: Conversation, watermark = '', wait = 0, token = conversation.token): Promise<Response> {
  return fetch(`${running.url}/v3/directline/conversations/${conversation.conversationId}/activities?watermark=${watermark}&wait=${wait}`, {
    headers: { authorization: `Bearer ${token}` },
  });
}

function send(conversation: Conversation, activity: Record<string, unknown>, token = conversation.token): Promise<Response> {
  return fetch(`${running.url}/v3/directline/conversations/${conversation.conversationId}/activities`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify(activity),
  });
}

/** Reads (long-polling) until an activity matches; bounded to 20 seconds. */
async function waitFor(conversation: Conversation, match: (a: Stored) => boolean): Promise<Stored> {
  const deadline = Date.now() + 20_000;
  let watermark = '';
  const seen: Stored[] = [];
  while (Date.now() < deadline) {
    const page = (await (await read(conversation, watermark, 5)).json()) as { activities: Stored[]; watermark: string };
    watermark = page.watermark;
    seen.push(...page.activities);
    const found = seen.find(match);
    if (found) return found;
  }
  throw new Error(`no matching activity among ${seen.length}: ${seen.map((a) => a.text ?? a.type).join(' | ')}`);
}

const fromBot = (a: Stored) => a.from?.role === 'bot';
const cardWith = (title: string) => (a: Stored) => fromBot(a) && JSON.stringify(a.attachments ?? []).includes(JSON.stringify(title));

function openUrlActions(activity: Stored): { title: string; url: string }[] {
  const found: { title: string; url: string }[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (typeof node !== 'object' || node === null) return;
    const record = node as Record<string, unknown>;
    if (record['type'] === 'Action.OpenUrl' && typeof record['title'] === 'string' && typeof record['url'] === 'string') found.push({ title: record['title'], url: record['url'] });
    Object.values(record).forEach(walk);
  };
  walk(activity.attachments);
  return found;
}

async function memberIdOf(userId: string): Promise<string> {
  const [row] = await database.db.select({ id: members.id }).from(members).where(and(eq(members.channelId, 'webchat'), eq(members.channelUserId, userId)));
  if (!row) throw new Error(`no member for ${userId}`);
  return row.id;
}

describe('local Direct Line: tokens and identity', () => {
  it('gives a new visitor a dl_ identity in an HttpOnly cookie, and the same identity when the cookie comes back', async () => {
    const first = await visit();
    expect(first.userId).toMatch(/^dl_[0-9a-f-]{36}$/);
    expect(first.cookie).toMatch(/^cps_webchat_id=/);
    expect((await visit(first.cookie)).userId).toBe(first.userId);
    expect((await visit()).userId).not.toBe(first.userId);
  });

  it('refuses a token request that is not the page’s own JSON fetch (a cross-site form could replace the cookie)', async () => {
    const form = await fetch(`${running.url}/api/directline/token`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'a=b' });
    expect(form.status).toBe(403);
    expect(form.headers.get('set-cookie')).toBeNull();
    const crossSite = await fetch(`${running.url}/api/directline/token`, { method: 'POST', headers: { 'content-type': 'application/json', 'sec-fetch-site': 'cross-site' }, body: '{}' });
    expect(crossSite.status).toBe(403);
  });

  it('refreshes a conversation token for the same user and conversation', async () => {
    const conversation = await start(await visit(), 'en');
    const response = await fetch(`${running.url}/v3/directline/tokens/refresh`, { method: 'POST', headers: { authorization: `Bearer ${conversation.token}` } });
    const refreshed = (await response.json()) as { token: string; conversationId: string };
    expect(refreshed.conversationId).toBe(conversation.conversationId);
    expect((await read({ ...conversation, token: refreshed.token })).status).toBe(200);
  });
});

describe('local Direct Line: the conversation', () => {
  it('greets in the language the page asked for, with the menu and the member’s own signed dashboard link', async () => {
    const t = translator('sv');
    const visitor = await visit();
    const conversation = await start(visitor, 'sv-SE');
    const menu = await waitFor(conversation, cardWith(t('menu.title')));
    const [dashboard] = openUrlActions(menu).filter((a) => a.title === t('web.openDashboard'));
    expect(dashboard?.url).toMatch(/\/tab\?lang=sv#token=/);
    const token = new URL(dashboard?.url ?? '').hash.replace('#token=', '');
    const response = await fetch(`${running.url}/api/tab/dashboard`, { headers: { authorization: `Bearer ${token}` } });
    expect(response.status).toBe(200);
    const memberId = await memberIdOf(visitor.userId);
    expect(await running.app.dashboardTokens.verify(token)).toEqual({ ok: true, memberId, via: 'link' });
  });

  it('echoes the member’s message with Web Chat’s client id, and the bot’s answer arrives through the connector', async () => {
    const t = translator('da');
    const conversation = await start(await visit(), 'da-DK');
    await waitFor(conversation, cardWith(t('menu.title')));
    const response = await send(conversation, { type: 'message', text: 'hjælp', locale: 'da-DK', channelData: { clientActivityID: 'client-1' } });
    expect(response.status).toBe(200);
    const { id } = (await response.json()) as { id: string };
    const echo = await waitFor(conversation, (a) => a.id === id);
    expect(echo).toMatchObject({ type: 'message', text: 'hjælp', from: { role: 'user' }, channelData: { clientActivityID: 'client-1' } });
    const answer = await waitFor(conversation, (a) => fromBot(a) && a.text === t('help.text'));
    expect(answer['replyToId']).toBe(id);
    const turn = received.find((a) => a.id === id);
    expect(turn).toMatchObject({ channelId: 'webchat', locale: 'da-DK', conversation: { id: conversation.conversationId } });
    expect(turn?.serviceUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/directline\/connector$/);
  });

  it('drops characters PostgreSQL cannot store before the turn, as /api/messages does', async () => {
    const conversation = await start(await visit(), 'en');
    const response = await fetch(`${running.url}/v3/directline/conversations/${conversation.conversationId}/activities`, {
      method: 'POST',
      headers: { authorization: `Bearer ${conversation.token}`, 'content-type': 'application/json' },
      body: '{"type":"message","text":"he\\u0000lp \\ud800"}',
    });
    const { id } = (await response.json()) as { id: string };
    expect((await waitFor(conversation, (a) => a.id === id)).text).toBe('help \ufffd');
    await waitFor(conversation, (a) => fromBot(a) && a['replyToId'] === id);
    expect(received.find((a) => a.id === id)?.text).toBe('help \ufffd');
  });

  it('answers a waiting long poll as soon as the bot replies', async () => {
    const t = translator('nl');
    const conversation = await start(await visit(), 'nl-NL');
    await waitFor(conversation, cardWith(t('menu.title')));
    const before = (await (await read(conversation)).json()) as { watermark: string };
    const started = Date.now();
    const poll = read(conversation, before.watermark, 20);
    await send(conversation, { type: 'message', value: { verb: 'language.set', language: 'nl' }, channelData: { postBack: true } });
    const page = (await (await poll).json()) as { activities: Stored[] };
    expect(Date.now() - started).toBeLessThan(15_000);
    expect(page.activities.length).toBeGreaterThan(0);
    await waitFor(conversation, (a) => fromBot(a) && typeof a.text === 'string' && a.text.includes(t('language.changed')));
  });

  it('forwards an uploaded file to the bot as a data: URL and shows it to the page from a capability URL', async () => {
    const conversation = await start(await visit(), 'en');
    const pdf = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
    const response = await send(conversation, {
      type: 'message',
      attachments: [{ contentType: 'application/pdf', name: 'vat-certificate.pdf', contentUrl: `data:application/pdf;base64,${pdf.toString('base64')}` }],
    });
    const { id } = (await response.json()) as { id: string };
    const echo = await waitFor(conversation, (a) => a.id === id);
    const shown = echo.attachments?.[0];
    expect(shown).toMatchObject({ contentType: 'application/pdf', name: 'vat-certificate.pdf', contentUrl: expect.stringMatching(/^\/v3\/directline\/conversations\/.+\/attachments\/[\w-]{22}$/) });
    const file = await fetch(`${running.url}${shown?.contentUrl ?? ''}`);
    expect(Buffer.from(await file.arrayBuffer())).toEqual(pdf);
    expect(file.headers.get('content-disposition')).toMatch(/^attachment;/);
    expect(file.headers.get('x-content-type-options')).toBe('nosniff');
    await expect.poll(() => received.find((a) => a.id === id)?.attachments?.[0]?.contentUrl).toBe(`data:application/pdf;base64,${pdf.toString('base64')}`);
  });

  it('refuses files that are not sent inline, and files over 10 MB', async () => {
    const conversation = await start(await visit(), 'en');
    const remote = await send(conversation, { type: 'message', attachments: [{ contentType: 'application/pdf', contentUrl: 'https://example.com/x.pdf' }] });
    expect(remote.status).toBe(400);
    const big = Buffer.alloc(10 * 1024 * 1024 + 1, 1).toString('base64');
    const tooBig = await send(conversation, { type: 'message', attachments: [{ contentType: 'application/pdf', contentUrl: `data:application/pdf;base64,${big}` }] });
    expect(tooBig.status).toBe(413);
  });

  it('delivers proactive messages (jobs, agents) into the member’s web chat', async () => {
    const t = translator('en');
    const visitor = await visit();
    const conversation = await start(visitor, 'en-GB');
    await waitFor(conversation, cardWith(t('menu.title')));
    const reached = await running.app.services.notifier.notify(await memberIdOf(visitor.userId), (tr) => ({ text: tr('welcome.back') }));
    expect(reached).toBe(1);
    await waitFor(conversation, (a) => fromBot(a) && a.text === t('welcome.back'));
  });

  it('acknowledges typing without running a turn', async () => {
    const conversation = await start(await visit(), 'en');
    const before = received.length;
    const response = await send(conversation, { type: 'typing' });
    expect(response.status).toBe(200);
    expect(received.slice(before).some((a) => a.type === 'typing')).toBe(false);
  });
});

describe('local Direct Line: one visitor’s conversation is theirs alone', () => {
  it('answers 404 to another visitor reading or posting, and 403 without a valid token', async () => {
    const owner = await start(await visit(), 'en');
    const stranger = await visit();
    expect((await read(owner, '', 0, stranger.token)).status).toBe(404);
    expect((await send(owner, { type: 'message', text: 'hi' }, stranger.token)).status).toBe(404);
    const strangersConversation = await start(stranger, 'en');
    expect((await read(owner, '', 0, strangersConversation.token)).status).toBe(404);
    expect((await read(owner, '', 0, 'not-a-token')).status).toBe(403);
    const noToken = await fetch(`${running.url}/v3/directline/conversations/${owner.conversationId}/activities`);
    expect(noToken.status).toBe(403);
  });

  it('answers 404 on the connector side for a conversation it does not know', async () => {
    const response = await fetch(`${running.url}/directline/connector/v3/conversations/nope/activities`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ type: 'message', text: 'injected' }),
    });
    expect(response.status).toBe(404);
  });
});
