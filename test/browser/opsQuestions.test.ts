import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { seriousViolations } from './axe';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { newMember, post, startApp, type RunningApp } from '../support/http';
import { launchChromium } from './browser';

const TOKEN = 'backoffice-ops-questions-token-1234';
const PASSWORD = 'a-long-staff-password';
const SCREENSHOTS = resolve(import.meta.dirname, '../../docs/screenshots');
const QUESTION = 'Can my dog come along to the camera club picnic?';

async function answeredTopics(running: RunningApp, locale: string, text: string): Promise<string[]> {
  const { activities } = await post(running.url, newMember(locale), { text });
  return [...JSON.stringify(activities).matchAll(/"faqId":"([a-z.-]+)"/g)].map((m) => m[1] ?? '');
}

describe('“Questions we fail” in a real browser', () => {
  let database: TestDatabase;
  let running: RunningApp;
  let browser: Browser;
  const problems: string[] = [];

  beforeAll(async () => {
    database = await createTestDatabase();
    running = await startApp(database, { BACKOFFICE_TOKEN: TOKEN });
    browser = await launchChromium();
    mkdirSync(SCREENSHOTS, { recursive: true });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await running?.app.close();
    await database?.close();
  });

  it('a reviewer links a group of unanswered questions to a topic, and the assistant answers them', async () => {
    for (let i = 0; i < 2; i += 1) expect(await answeredTopics(running, 'en', QUESTION)).toEqual([]);
    expect(await answeredTopics(running, 'da', 'Må min hund komme med til kameraklubbens skovtur?')).toEqual([]);
    const created = await fetch(`${running.url}/api/backoffice/staff`, {
      method: 'POST',
      headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'quinn.reviewer@cps.example', displayName: 'Quinn Reviewer', password: PASSWORD, role: 'reviewer' }),
    });
    expect(created.status).toBe(201);

    const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
    page.on('console', (message) => {
      if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) problems.push(message.text());
    });
    page.on('pageerror', (error) => problems.push(error.message));
    await page.goto(`${running.url}/ops#/questions`);
    const form = page.locator('#signin-form');
    await form.getByLabel('E-mail').fill('quinn.reviewer@cps.example');
    await form.getByLabel('Password').fill(PASSWORD);
    await form.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('link', { name: 'Questions we fail' }).click();

    const groups = page.getByRole('table', { name: 'Groups of questions' });
    const row = groups.getByRole('row', { name: /camera club picnic/ });
    await row.waitFor();
    expect(await row.textContent()).toContain('2 (2 unanswered, 0 unhelpful)');
    await groups.getByRole('row', { name: /kameraklubbens/ }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: resolve(SCREENSHOTS, 'ops-questions.png'), fullPage: true });

    await row.getByLabel('Topic').selectOption('cps.corporate');
    await row.getByRole('button', { name: 'Link to topic' }).click();
    await page.getByText('2 question(s) added to cps.corporate; the assistant answers them now.').waitFor();
    await expect.poll(() => groups.getByRole('row', { name: /camera club picnic/ }).count()).toBe(0);
    expect(await answeredTopics(running, 'en', QUESTION)).toContain('cps.corporate');
    expect(problems).toEqual([]);
    await page.context().close();
  }, 120_000);
});
