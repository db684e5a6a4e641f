import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import fc from 'fast-check';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../bot/app';
import { loadConfig } from '../../bot/config';
import { VERBS } from '../../cards/verbs';
import { LANGUAGES } from '../../domain/language';
import { translator } from '../../locales';
import { createTestDatabase } from '../support/database';
import { newMember, post, type Member } from '../support/http';
import { startFakeChannel, type FakeChannel } from '../support/channel';
import { approvedMember, BACKOFFICE_TOKEN, PDF_DATA_URL } from '../faults/helpers';

/**
 * Hostile and broken input at the bot endpoint: ≥ 10,000 generated activities and card payloads
 * (wrong types, missing fields, unknown verbs, huge strings, unknown ids, nested junk, odd
 * attachments and locales) against the real app over HTTP. Whatever arrives: never a 5xx, never a
 * crash, never an apology (an unhandled failure), never a stack trace; a clean 400, or 200 with
 * replies in one of our languages. ABUSE_RUNS changes the count (default 10,000).
 */
const RUNS = Number(process.env['ABUSE_RUNS'] ?? 10_000);
/** Activities posted at once per property run (different conversations mostly): keeps the run short. */
const BATCH = 10;
const APOLOGIES = LANGUAGES.map((language) => translator(language)('error.apology'));
const STACK = /\n\s+at |\bat [\w.<>]+ \(.*:\d+:\d+\)/;

let running: { app: App; url: string };
let channel: FakeChannel;
/** What the app logged at error level: shown with a failing case (the cause of an apology). */
let logged: string[] = [];
/** Conversations the generated activities land in: new members, members mid-application, approved ones. */
const pool: Member[] = [];

beforeAll(async () => {
  channel = await startFakeChannel();
  const log = pino({ level: 'error' }, { write: (line: string) => void logged.push(line) });
  // Ten thousand requests from one address in a minute: the rate limits (their own test: rateLimits.test.ts) would answer most of them.
  const unlimited = { RATE_LIMIT_MESSAGES_PER_MINUTE: '0', RATE_LIMIT_REQUESTS_PER_MINUTE: '0' };
  const app = await createApp(loadConfig({ NODE_ENV: 'test', PORT: '0', BACKOFFICE_TOKEN, ...unlimited }), { database: await createTestDatabase(), log });
  await new Promise<void>((resolve) => app.server.listen(0, '127.0.0.1', resolve));
  running = { app, url: `http://127.0.0.1:${(app.server.address() as AddressInfo).port}` };
  for (const locale of ['da', 'sv', 'nl', 'en']) {
    pool.push(newMember(locale));
    const applying = newMember(locale);
    await post(running.url, applying, { value: { verb: 'account.apply' } });
    pool.push(applying);
  }
  pool.push(await approvedMember(running.url, newMember('da')), await approvedMember(running.url, newMember('nl')));
});
afterAll(async () => {
  await running.app.close();
  await channel.close();
});

// ---- generators -------------------------------------------------------------------------------

const hugeString = fc.integer({ min: 2_000, max: 12_000 }).map((n) => 'Ø€𝄞x'.repeat(Math.ceil(n / 5)).slice(0, n));
const junkString = fc.oneof(
  { weight: 4, arbitrary: fc.string({ maxLength: 40 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.constantFrom('', ' ', '\u0000', '\u202e', '{{verb}}', "'; drop table members; --", '<script>alert(1)</script>', '{name}', '%s%n', '../../etc/passwd', '__proto__') },
  { weight: 1, arbitrary: hugeString },
);
const junkValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: junkString },
  { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 4 }) },
  { weight: 1, arbitrary: fc.oneof(fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.uuid(), fc.date({ noInvalidDate: true }).map((d) => d.toISOString())) },
  { weight: 1, arbitrary: fc.array(fc.jsonValue({ maxDepth: 2 }), { maxLength: 5 }) },
);

/** Values that pass some checks and fail others: the interesting edge of validation. */
const plausible: Record<string, fc.Arbitrary<unknown>> = {
  country: fc.constantFrom('DK', 'SE', 'NL', 'dk', 'US', 'XX', '', 'DNK'),
  companyName: fc.oneof(fc.constantFrom('Foto ApS', 'Bildbyrån AB'), junkString),
  address: junkString,
  vatRegistered: fc.constantFrom('true', 'false', true, false, 'yes', ''),
  vatNumber: fc.constantFrom('DK13585628', 'DK13585627', 'SE556036079301', 'NL004495445B01', 'XX123', ''),
  documentType: fc.constantFrom('vat-certificate', 'company-invoice', 'business-licence', 'articles-of-association', 'passport', ''),
  authorised: fc.constantFrom('true', 'false', true, ''),
  contactEmail: fc.constantFrom('a@b.dk', 'not-an-email', '', 'x@y', `${'a'.repeat(300)}@example.com`),
  oldCpsEmail: fc.constantFrom('old@cps.example', '', 'nope'),
  model: fc.constantFrom('eos-r5', 'eos-c70', 'pfi-300-ink-tank', 'no-such-model', ''),
  serialNumber: fc.oneof(fc.constantFrom('012345678901', 'S/N 0320 2100 1234', 'AKSH01234', ''), junkString),
  purchaseDate: fc.constantFrom('2025-01-15', '2025-02-30', '1999-01-01', '9999-12-31', '15/01/2025', ''),
  purchaseCountry: fc.constantFrom('DK', 'JP', 'XX', ''),
  dealer: junkString,
  productId: fc.oneof(fc.uuid(), junkString),
  entryId: fc.oneof(fc.uuid(), junkString),
  confirm: fc.constantFrom('true', 'false', true),
  corporate: fc.constantFrom('true', 'false', true, 'maybe'),
  tier: fc.constantFrom('silver', 'gold', 'platinum', 'corporate', 'diamond', ''),
  method: fc.constantFrom('card', 'bank-transfer', 'bitcoin', ''),
  faqId: fc.constantFrom('account.apply', 'payment.methods', 'nope', ''),
  helpful: fc.constantFrom('true', 'false', 'perhaps'),
  reason: junkString,
  rating: fc.constantFrom('1', '5', '0', '6', 3, 'five'),
  language: fc.constantFrom('da', 'sv', 'nl', 'en', 'de', ''),
  topic: fc.constantFrom('language', 'faq', 'account', ''),
};
const inputs = fc.record(Object.fromEntries(Object.entries(plausible).map(([key, arb]) => [key, fc.oneof({ weight: 3, arbitrary: arb }, { weight: 1, arbitrary: junkValue })])), { requiredKeys: [] });
const verb = fc.oneof({ weight: 8, arbitrary: fc.constantFrom(...VERBS) }, { weight: 1, arbitrary: junkString }, { weight: 1, arbitrary: junkValue });
const cardData = fc
  .tuple(verb, inputs, fc.dictionary(fc.oneof(junkString, fc.constantFrom('__proto__', 'constructor', 'prototype', 'verb')), junkValue, { maxKeys: 3 }))
  .map(([v, known, extra]) => ({ ...extra, ...known, verb: v }));

const attachment = fc.oneof(
  fc.record({ contentType: fc.constantFrom('application/pdf', 'image/png', 'image/jpeg'), contentUrl: fc.constantFrom(PDF_DATA_URL, 'data:application/pdf;base64,JVBERg', 'data:,hello', 'data:;base64,@@@', 'https://127.0.0.1/secret', 'http://169.254.169.254/latest/meta-data', 'file:///etc/passwd', 'javascript:alert(1)'), name: junkValue }, { requiredKeys: ['contentType'] }),
  fc.record({ contentType: fc.constant('application/vnd.microsoft.teams.file.download.info'), content: fc.oneof(fc.record({ downloadUrl: fc.constantFrom('https://10.0.0.1/x', 'data:text/plain,hi') }), junkValue), name: junkValue }),
  fc.record({ contentType: fc.constant('application/vnd.microsoft.card.adaptive'), content: junkValue }),
  fc.record({ contentType: junkValue, contentUrl: junkValue, content: junkValue, name: junkValue }, { requiredKeys: [] }),
);

const locale = fc.oneof({ weight: 4, arbitrary: fc.constantFrom('da', 'sv-SE', 'nl-BE', 'en-US', 'nb-NO', 'de-DE', 'zz', '') }, { weight: 1, arbitrary: fc.string({ maxLength: 64 }) });
const entities = fc.array(fc.oneof(fc.record({ type: fc.constant('clientInfo'), locale: junkValue }), fc.record({ type: junkString, data: junkValue })), { maxLength: 3 });

/** The part of an activity that says what the member did. */
const payload = fc.oneof(
  { weight: 4, arbitrary: fc.record({ type: fc.constant('message'), text: junkString }) },
  { weight: 5, arbitrary: fc.record({ type: fc.constant('message'), value: cardData }) },
  { weight: 1, arbitrary: fc.record({ type: fc.constant('message'), value: junkValue, text: fc.option(junkString, { nil: undefined }) }) },
  { weight: 2, arbitrary: fc.record({ type: fc.constant('message'), text: fc.option(junkString, { nil: undefined }), value: fc.option(cardData, { nil: undefined }), attachments: fc.array(attachment, { maxLength: 3 }) }) },
  { weight: 3, arbitrary: cardData.map((data) => ({ type: 'invoke', name: 'adaptiveCard/action', value: { action: { type: 'Action.Execute', verb: data.verb, data } } })) },
  { weight: 1, arbitrary: fc.record({ type: fc.constant('invoke'), name: fc.oneof(fc.constant('adaptiveCard/action'), junkString), value: junkValue }) },
  { weight: 1, arbitrary: fc.record({ type: fc.constant('conversationUpdate'), membersAdded: fc.oneof(fc.constant([{ id: 'someone' }]), junkValue), membersRemoved: fc.option(junkValue, { nil: undefined }) }) },
  { weight: 1, arbitrary: fc.record({ type: fc.constantFrom('event', 'typing', 'messageReaction', 'installationUpdate', 'endOfConversation', 'messageUpdate', 'trace'), name: fc.option(junkString, { nil: undefined }), value: fc.option(junkValue, { nil: undefined }) }) },
);

/** Breaks the envelope itself: these must be a clean 400 (or be harmless). */
const envelopeDamage = fc.oneof(
  { weight: 12, arbitrary: fc.constant({}) },
  { weight: 1, arbitrary: fc.record({ conversation: junkValue }) },
  { weight: 1, arbitrary: fc.record({ from: junkValue }) },
  { weight: 1, arbitrary: fc.record({ channelId: junkValue }) },
  { weight: 1, arbitrary: fc.record({ serviceUrl: junkValue }) },
  { weight: 1, arbitrary: fc.record({ type: junkValue }) },
  { weight: 1, arbitrary: fc.record({ id: junkValue, replyToId: junkValue, channelData: junkValue, recipient: junkValue }, { requiredKeys: [] }) },
);

type Generated = typeof activity extends fc.Arbitrary<infer T> ? T : never;
const activity = fc.record({
  member: fc.oneof({ weight: 9, arbitrary: fc.nat() }, { weight: 1, arbitrary: fc.constant(-1) }),
  payload,
  locale: fc.option(locale, { nil: undefined }),
  entities: fc.option(entities, { nil: undefined }),
  expectReplies: fc.oneof({ weight: 9, arbitrary: fc.constant(true) }, { weight: 1, arbitrary: fc.constant(false) }),
  damage: envelopeDamage,
});

// ---- the property -----------------------------------------------------------------------------

/** Posts one generated activity and checks the answer against the contract. */
async function check(generated: Generated, seen: { ok: number; badRequest: number }): Promise<void> {
  const member = generated.member < 0 ? newMember('en') : (pool[generated.member % pool.length] ?? newMember('en'));
  const body: Record<string, unknown> = {
    ...generated.payload,
    id: randomUUID(),
    serviceUrl: channel.url,
    ...(generated.locale === undefined ? {} : { locale: generated.locale }),
    ...(generated.entities === undefined ? {} : { entities: generated.entities }),
    ...(generated.expectReplies ? {} : { deliveryMode: 'normal' }),
    ...generated.damage,
  };
  const { status, activities, raw } = await post(running.url, member, body);
  const text = JSON.stringify(raw ?? null);
  expect(status, text.slice(0, 500)).toBeLessThan(500);
  expect(text).not.toMatch(STACK);
  if (status !== 200) {
    expect(status).toBe(400);
    expect(raw).toMatchObject({ error: expect.any(String) });
    seen.badRequest++;
    return;
  }
  seen.ok++;
  for (const apology of APOLOGIES) expect(text, `the turn failed: ${logged.join('\n').slice(0, 3000)}`).not.toContain(JSON.stringify(apology).slice(1, -1));
  for (const reply of activities.filter((a) => a.type === 'message')) expect(LANGUAGES).toContain(reply.locale);
}

describe(`${RUNS} generated activities and card payloads`, () => {
  it('never a 5xx or a crash: a clean 400, or replies in one of our languages', { timeout: 900_000 }, async () => {
    const seen = { ok: 0, badRequest: 0 };
    await fc.assert(
      fc.asyncProperty(fc.array(activity, { minLength: BATCH, maxLength: BATCH }), async (batch) => {
        logged = [];
        await Promise.all(batch.map((generated) => check(generated, seen)));
      }),
      { numRuns: Math.ceil(RUNS / BATCH) },
    );
    // Both sides of the contract were exercised, and the app is still healthy.
    expect(seen.ok).toBeGreaterThan(RUNS / 2);
    expect(seen.badRequest).toBeGreaterThan(0);
    expect((await fetch(`${running.url}/healthz`)).status).toBe(200);
    const after = await post(running.url, newMember('da'), { text: 'menu' });
    expect(after.activities.length).toBeGreaterThan(0);
    // Replies sent to the channel (no expectReplies) carried no apology either.
    const sent = JSON.stringify(channel.received);
    for (const apology of APOLOGIES) expect(sent).not.toContain(JSON.stringify(apology).slice(1, -1));
  });

  it('an invoke the bot does not implement (task module, messaging extension …) is a 400, not botbuilder’s 501', async () => {
    for (const expectReplies of [true, false]) {
      const { status, raw } = await post(running.url, newMember('da'), { type: 'invoke', name: 'task/fetch', value: {}, ...(expectReplies ? {} : { deliveryMode: 'normal' }) });
      expect(status).toBe(400);
      expect(raw).toMatchObject({ error: expect.stringContaining('unsupported invoke') });
    }
  });

  it('malformed bodies at the HTTP level are a clean 400', async () => {
    const bodies: [string, string][] = [
      ['application/json', '{"type": "message", '],
      ['application/json', '[]'],
      ['application/json', '"message"'],
      ['application/json', 'null'],
      ['application/json', '42'],
      ['text/plain', 'hello'],
      ['application/x-www-form-urlencoded', 'type=message&text=hi'],
    ];
    for (const [contentType, body] of bodies) {
      const response = await fetch(`${running.url}/api/messages`, { method: 'POST', headers: { 'content-type': contentType }, body });
      expect([400, 415], `${contentType} ${body}`).toContain(response.status);
      expect(await response.text()).not.toMatch(STACK);
    }
  });
});
