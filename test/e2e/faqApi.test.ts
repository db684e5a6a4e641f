import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { faqSeed } from '../../data/seed/faq';
import { MAX_QUESTION_LENGTH } from '../../domain/faq';
import { faqUnanswered } from '../../data/schema/faq';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { newMember, post, startApp, type RunningApp } from '../support/http';

let database: TestDatabase;
let running: RunningApp;
beforeAll(async () => {
  database = await createTestDatabase();
  running = await startApp(database);
});
afterAll(async () => {
  await running.app.close();
});

interface SearchResponse {
  locale: string;
  results: { id: string; title: string; answer: string; score: number }[];
}

async function search(params: Record<string, string | string[]>): Promise<{ status: number; body: unknown; language: string | null }> {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) for (const v of [value].flat()) query.append(key, v);
  const response = await fetch(`${running.url}/api/faq/search?${query.toString()}`);
  return { status: response.status, body: await response.json(), language: response.headers.get('content-language') };
}

function isSearchResponse(body: unknown): body is SearchResponse {
  return typeof body === 'object' && body !== null && 'locale' in body && 'results' in body && Array.isArray(body.results);
}

function entry(topicId: string, language: string) {
  return faqSeed.find((e) => e.topicId === topicId && e.language === language);
}

describe('GET /api/faq/search', () => {
  it('answers { locale, results: [{ id, title, answer, score }] } best first in the requested locale', async () => {
    const { status, body, language } = await search({ q: 'hvornår trækkes pengene fra mit kort', locale: 'da' });
    expect(status).toBe(200);
    expect(language).toBe('da');
    if (!isSearchResponse(body)) throw new Error(`unexpected body ${JSON.stringify(body)}`);
    expect(body.locale).toBe('da');
    const [best] = body.results;
    expect(best).toEqual({ id: 'payment.card-charge', title: entry('payment.card-charge', 'da')?.title, answer: entry('payment.card-charge', 'da')?.answer, score: expect.any(Number) });
    const scores = body.results.map((r) => r.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(body.results.every((r) => Object.keys(r).sort().join() === 'answer,id,score,title')).toBe(true);
  });

  it.each([
    ['sv', 'hur lång tid tar valideringen av företagskontot', 'account.validation-time'],
    ['nl', 'wanneer krijg ik punten voor mijn producten', 'points.allocated'],
    ['en', 'can i choose the corporate tier', 'cps.corporate'],
    ['da', 'hvordan registrerer jeg mine produkter', 'products.register'],
  ])('detects %s when locale is omitted and echoes it', async (expected, q, topicId) => {
    const { status, body } = await search({ q });
    expect(status).toBe(200);
    if (!isSearchResponse(body)) throw new Error(`unexpected body ${JSON.stringify(body)}`);
    expect(body.locale).toBe(expected);
    expect(body.results[0]).toMatchObject({ id: topicId, title: entry(topicId, expected)?.title });
  });

  it('accepts a regional locale and echoes our language code', async () => {
    const { status, body } = await search({ q: 'betaalmethode', locale: 'nl-BE' });
    expect(status).toBe(200);
    if (!isSearchResponse(body)) throw new Error(`unexpected body ${JSON.stringify(body)}`);
    expect(body.locale).toBe('nl');
    expect(body.results[0]?.id).toBe('payment.methods');
  });

  it('answers in the requested locale a question written in another of our languages', async () => {
    const { body } = await search({ q: 'when do I get my invoice', locale: 'sv' });
    if (!isSearchResponse(body)) throw new Error(`unexpected body ${JSON.stringify(body)}`);
    expect(body.locale).toBe('sv');
    expect(body.results[0]).toMatchObject({ id: 'payment.invoice', title: entry('payment.invoice', 'sv')?.title });
  });

  it('returns results: [] when nothing fits confidently, and stores nothing', async () => {
    const before = (await database.db.select().from(faqUnanswered)).length;
    const { status, body } = await search({ q: 'what is the weather in copenhagen tomorrow', locale: 'en' });
    expect(status).toBe(200);
    expect(body).toEqual({ locale: 'en', results: [] });
    expect((await database.db.select().from(faqUnanswered)).length).toBe(before);
  });

  it.each([
    ['a missing q', {}, 'q'],
    ['an empty q', { q: '   ' }, 'q'],
    ['a repeated q', { q: ['faktura', 'moms'] }, 'q'],
    ['an oversized q', { q: 'a'.repeat(MAX_QUESTION_LENGTH + 1) }, 'q'],
    ['an unknown locale', { q: 'faktura', locale: 'de' }, 'locale'],
    ['a locale that is no language', { q: 'faktura', locale: '42' }, 'locale'],
  ])('answers 400 with a clear JSON error for %s', async (_name, params, field) => {
    const { status, body } = await search(params);
    expect(status).toBe(400);
    expect(body).toEqual({ error: expect.stringMatching(new RegExp(`^${field} `)), field });
  });

  it('accepts a question of exactly the maximum length', async () => {
    const { status } = await search({ q: `invoice ${'x'.repeat(MAX_QUESTION_LENGTH - 8)}` });
    expect(status).toBe(200);
  });
});

describe('the same FAQ over the bot endpoint', () => {
  it('answers a question posted with expectReplies as a card', async () => {
    const member = newMember('nl');
    await post(running.url, member, { type: 'conversationUpdate', membersAdded: [{ id: member.userId }] });
    const { status, activities } = await post(running.url, member, { text: 'wat kost een bankoverschrijving extra' });
    expect(status).toBe(200);
    const card = activities.flatMap((a) => a.attachments ?? []).map((a) => a.content)[0];
    expect(JSON.stringify(card)).toContain(entry('payment.bank-fees', 'nl')?.title ?? '∅');
  });
});
