import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import type { Page, Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CARD_CONTENT_TYPE, type AdaptiveCard } from '../../cards/adaptive';
import { LANGUAGES, translator, type Language } from '../../locales';
import { buildWebAssets } from '../../web/build';
import { allCardSamples } from '../cards/allSamples';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { openBrowser, startWebApp, type BrowserSession, type WebApp } from './support';

/**
 * Every card kind the bot sends, rendered by the real web chat page (Web Chat, its Adaptive Cards
 * renderer, our host config and styles) in every language at phone and desktop width, one card
 * after another in one page. The page talks to the real server; only the long poll for the bot's
 * activities is answered by the test, with one card at a time.
 */

/** The card kinds the bot sends, by their sample names (test/cards). */
const CARD_KINDS = [
  'menu (new member)',
  'application form (empty)',
  'application form (with errors)',
  'application summary',
  'product entry (new)',
  'product entry (edit, errors, conflict)',
  'my products (meter, what-if, migrate, paging)',
  'tiers (no toggle)',
  'tiers (toggle on, with error)',
  'payment',
  'support queue (open)',
  'CSAT with error',
  'FAQ answer',
  'language',
] as const;

const WIDTHS = [375, 1280] as const;

/** A representative set kept in docs/screenshots (PNG): each card kind once, languages and widths spread. */
const SCREENSHOTS: Record<string, readonly (typeof CARD_KINDS)[number][]> = {
  'da-375': ['application form (with errors)', 'tiers (toggle on, with error)'],
  'sv-375': ['my products (meter, what-if, migrate, paging)', 'support queue (open)'],
  'nl-375': ['product entry (edit, errors, conflict)', 'payment'],
  'en-375': ['menu (new member)', 'CSAT with error'],
  'da-1280': ['application summary', 'FAQ answer'],
  'sv-1280': ['application form (empty)', 'tiers (no toggle)'],
  'nl-1280': ['product entry (new)', 'language'],
};
const SCREENSHOT_DIR = resolve(import.meta.dirname, '../../docs/screenshots');

const samples = CARD_KINDS.map((name) => {
  const sample = allCardSamples.find((s) => s.name === name);
  if (!sample) throw new Error(`no card sample "${name}"`);
  return sample;
});

let database: TestDatabase;
let web: WebApp;
let session: BrowserSession;

/** The bot side of the long poll: cards queued by the test, handed to the page's next poll. */
const feed = {
  queue: [] as Record<string, unknown>[],
  wake: undefined as (() => void) | undefined,
  watermark: 0,
  /** Counts page loads: a poll from a page that has gone since must not take the next card. */
  generation: 0,
  push(activity: Record<string, unknown>) {
    this.queue.push(activity);
    this.wake?.();
  },
};

async function answerPoll(route: Route): Promise<void> {
  if (route.request().method() !== 'GET') return route.continue();
  const generation = feed.generation;
  const deadline = Date.now() + 10_000;
  while (feed.queue.length === 0 && Date.now() < deadline && generation === feed.generation) {
    await new Promise<void>((wake) => {
      feed.wake = wake;
      setTimeout(wake, 1000);
    });
  }
  const activities = generation === feed.generation ? feed.queue.splice(0) : [];
  feed.watermark += activities.length;
  // The page may have navigated away meanwhile: that poll is gone, and so is its answer.
  await route.fulfill({ json: { activities, watermark: String(feed.watermark) } }).catch(() => undefined);
}

beforeAll(async () => {
  await buildWebAssets();
  database = await createTestDatabase();
  web = await startWebApp(database);
  session = await openBrowser({ locale: 'en-GB', viewport: { width: 1280, height: 800 } });
  await session.page.route(/\/v3\/directline\/conversations\/[^/]+\/activities\?/, answerPoll);
}, 180_000);

afterAll(async () => {
  await session?.close();
  await web?.app.close();
  await database?.close();
});

async function openPage(page: Page, language: Language, width: number): Promise<void> {
  await page.setViewportSize({ width, height: width < 600 ? 812 : 800 });
  feed.queue = [];
  await page.goto(`${web.url}/?lang=${language}`);
  // Polls that started before this load (the last page's among them) answer empty and are done.
  feed.generation += 1;
  feed.wake?.();
  await page.locator('#notice').waitFor({ state: 'hidden', timeout: 20_000 });
}

/** Sends one card as the bot would and waits until Web Chat has rendered it; returns its selector. */
async function showCard(page: Page, card: AdaptiveCard, language: Language, index: number): Promise<string> {
  const before = await page.locator('.ac-adaptiveCard').count();
  feed.push({
    type: 'message',
    id: `card-${feed.watermark + feed.queue.length + 1}`,
    timestamp: new Date().toISOString(),
    from: { id: 'cps-bot', name: 'CPS', role: 'bot' },
    locale: language,
    attachments: [{ contentType: CARD_CONTENT_TYPE, content: card }],
  });
  await expect.poll(() => page.locator('.ac-adaptiveCard').count(), { timeout: 20_000 }).toBe(before + 1);
  const selector = `[data-card-sample="${index}"]`;
  await page.evaluate(`(${MARK_LAST_CARD})(${index})`);
  return selector;
}

async function seriousViolations(page: Page, selector: string): Promise<string[]> {
  const results = await new AxeBuilder({ page }).include(selector).options({ rules: { 'target-size': { enabled: true } } }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => `${n.target.join(' ')} ${n.failureSummary ?? ''}`.trim()).join(' | ')}`);
}

/**
 * In-page checks, as source text (they run in the browser; the test project has no DOM types).
 * MARK_LAST_CARD tags the newest card's bubble for the checks and scrolls it into view.
 */
const MARK_LAST_CARD = `(index) => {
  const cards = document.querySelectorAll('.ac-adaptiveCard');
  const card = cards[cards.length - 1];
  if (!card) throw new Error('no card');
  const bubble = card.closest('.webchat__bubble') ?? card;
  bubble.setAttribute('data-card-sample', String(index));
  bubble.scrollIntoView({ block: 'start' });
}`;

/** Text cut off with an ellipsis or by a hidden overflow, and a card wider than its bubble. */
const TRUNCATED_TEXT = `(selector) => {
  const root = document.querySelector(selector);
  if (!root) return [selector + ' missing'];
  const cut = [];
  for (const element of [root, ...root.querySelectorAll('*')]) {
    if (!(element instanceof HTMLElement) || element.offsetParent === null) continue;
    const style = getComputedStyle(element);
    const overflows = element.scrollWidth > element.clientWidth + 1;
    const clipsText = style.textOverflow === 'ellipsis' || ((style.overflowX === 'hidden' || style.overflowX === 'clip') && element.children.length === 0);
    const text = (element.textContent ?? '').trim();
    if (overflows && clipsText && text) cut.push(element.tagName.toLowerCase() + '.' + element.className + ': “' + text.slice(0, 60) + '”');
  }
  const card = root.querySelector('.ac-adaptiveCard');
  if (card instanceof HTMLElement && card.scrollWidth > card.clientWidth + 1) cut.push('card wider than its bubble: ' + card.scrollWidth + ' > ' + card.clientWidth);
  return cut;
}`;

/** Controls under 24 × 24 px, and text inputs and selects under 32 px tall (links inside a sentence are exempt). */
const SMALL_TARGETS = `(selector) => {
  const root = document.querySelector(selector);
  if (!root) return [selector + ' missing'];
  const small = [];
  for (const element of root.querySelectorAll('button, input, select, textarea, a[href], [role="button"], [role="checkbox"], [role="radio"]')) {
    if (!(element instanceof HTMLElement) || element.closest('.ac-textBlock')) continue;
    if (element instanceof HTMLInputElement && element.type === 'hidden') continue;
    const box = element.getBoundingClientRect();
    if (box.width === 0 && box.height === 0) continue;
    const textLike = element instanceof HTMLSelectElement || element instanceof HTMLTextAreaElement || (element instanceof HTMLInputElement && !['checkbox', 'radio', 'button', 'submit'].includes(element.type));
    const name = element.tagName.toLowerCase() + (element instanceof HTMLInputElement ? '[' + element.type + ']' : '') + ' “' + (element.getAttribute('aria-label') ?? element.textContent ?? '').trim().slice(0, 40) + '”';
    const size = Math.round(box.width) + '×' + Math.round(box.height);
    if (textLike && box.height < 32) small.push(name + ': ' + size + ' (inputs need 32 px)');
    else if (box.width < 24 || box.height < 24) small.push(name + ': ' + size);
  }
  return small;
}`;

/** The whole card bubble: the window grows to hold it (the transcript scrolls inside the page). */
async function screenshotCard(page: Page, selector: string, path: string): Promise<void> {
  const viewport = page.viewportSize() ?? { width: 1280, height: 800 };
  const height = await page.locator(selector).evaluate((element) => element.getBoundingClientRect().height);
  await page.setViewportSize({ width: viewport.width, height: Math.max(viewport.height, Math.ceil(height) + 400) });
  await page.evaluate(`document.querySelector(${JSON.stringify(selector)}).scrollIntoView({ block: 'center' })`);
  await page.locator(selector).screenshot({ path, animations: 'disabled' });
  await page.setViewportSize(viewport);
}

const truncatedText = (page: Page, selector: string) => page.evaluate<string[]>(`(${TRUNCATED_TEXT})(${JSON.stringify(selector)})`);
const smallTargets = (page: Page, selector: string) => page.evaluate<string[]>(`(${SMALL_TARGETS})(${JSON.stringify(selector)})`);

describe('the web chat page header on a phone', { timeout: 120_000 }, () => {
  it('at 375 px the title stays on its own side of the language picker and the header stays one row, in every language', async () => {
    const { page } = session;
    const problems: string[] = [];
    for (const language of LANGUAGES) {
      await openPage(page, language, 375);
      const [title, picker, header] = await Promise.all(['#title', '#language', 'header.bar'].map((s) => page.locator(s).boundingBox()));
      if (!title || !picker || !header) throw new Error('header parts missing');
      if (title.x + title.width > picker.x) problems.push(`${language}: the title (right edge ${title.x + title.width}) runs into the picker (${picker.x})`);
      if (header.height > 72) problems.push(`${language}: the header is ${header.height} px tall`);
      const overflowing = await page.locator('#title').evaluate((element) => element.scrollWidth > element.clientWidth);
      if (overflowing) problems.push(`${language}: the title is wider than its column`);
      if (picker.x + picker.width > 375) problems.push(`${language}: the picker ends at ${picker.x + picker.width} px, off the screen`);
    }
    expect(problems).toEqual([]);
  });
});

describe('privacy statement and terms of use', { timeout: 180_000 }, () => {
  it('the chat page footer links both in the page language', async () => {
    const { page } = session;
    const links: string[] = [];
    for (const language of LANGUAGES) {
      const t = translator(language);
      await openPage(page, language, 1280);
      links.push(`${await page.locator('#privacy-link').innerText()} ${await page.locator('#privacy-link').getAttribute('href')}`);
      links.push(`${await page.locator('#terms-link').innerText()} ${await page.locator('#terms-link').getAttribute('href')}`);
      expect(links.slice(-2)).toEqual([`${t('web.legal.privacyLink')} /privacy?lang=${language}`, `${t('web.legal.termsLink')} /terms?lang=${language}`]);
    }
  });

  it('axe finds nothing serious on /privacy and /terms, light and dark, at 375 px', async () => {
    const { page } = session;
    const problems: string[] = [];
    await page.setViewportSize({ width: 375, height: 812 });
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      for (const path of ['/privacy?lang=sv', '/terms?lang=nl']) {
        await page.goto(`${web.url}${path}`);
        const results = await new AxeBuilder({ page }).options({ rules: { 'target-size': { enabled: true } } }).analyze();
        for (const v of results.violations) if (v.impact === 'serious' || v.impact === 'critical') problems.push(`${scheme} ${path}: ${v.id}`);
      }
    }
    await page.emulateMedia({ colorScheme: 'light' });
    expect(problems).toEqual([]);
  });
});

describe('every card kind in the web chat page, in every language at 375 and 1280 px', { timeout: 600_000 }, () => {
  // Every language at both widths in a light system theme, and once with a dark one (the page keeps its light colours).
  const cases = [...LANGUAGES.flatMap((language) => WIDTHS.map((width) => [language, width, 'light'] as const)), ['en', 375, 'dark'] as const];

  it.each(cases)('%s at %i px, %s system theme: axe finds nothing serious, no text is cut, no target is too small', async (language, width, scheme) => {
    const { page } = session;
    const t = translator(language);
    await page.emulateMedia({ colorScheme: scheme });
    await openPage(page, language, width);
    const axe: string[] = [];
    const cut: string[] = [];
    const small: string[] = [];
    const wanted = scheme === 'light' ? (SCREENSHOTS[`${language}-${width}`] ?? []) : [];
    for (const [index, sample] of samples.entries()) {
      const selector = await showCard(page, sample.build(t, language), language, index);
      axe.push(...(await seriousViolations(page, selector)).map((v) => `${sample.name}: ${v}`));
      cut.push(...(await truncatedText(page, selector)).map((v) => `${sample.name}: ${v}`));
      small.push(...(await smallTargets(page, selector)).map((v) => `${sample.name}: ${v}`));
      if (wanted.includes(sample.name as (typeof CARD_KINDS)[number])) {
        mkdirSync(SCREENSHOT_DIR, { recursive: true });
        const slug = sample.name.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '').toLowerCase();
        await screenshotCard(page, selector, join(SCREENSHOT_DIR, `card-${language}-${width}-${slug}.png`));
      }
    }
    await page.emulateMedia({ colorScheme: 'light' });
    expect(axe).toEqual([]);
    expect(cut).toEqual([]);
    expect(small).toEqual([]);
  });
});
