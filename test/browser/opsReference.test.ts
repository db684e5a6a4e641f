import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { catalogueModels } from '../../data/schema/products';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { startApp, type RunningApp } from '../support/http';
import { launchChromium } from './browser';

const TOKEN = 'backoffice-reference-browser-token-1234';
const PASSWORD = 'a-long-staff-password';
const SCREENSHOTS = resolve(import.meta.dirname, '../../docs/screenshots');

describe('the reference-data page of the operations console in a real browser', () => {
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

  async function signedInAdmin(): Promise<Page> {
    const email = `admin-${Math.random().toString(36).slice(2, 8)}@cps.example`;
    const created = await fetch(`${running.url}/api/backoffice/staff`, {
      method: 'POST',
      headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
      body: JSON.stringify({ email, displayName: 'Ada Admin', password: PASSWORD, role: 'admin' }),
    });
    expect(created.status).toBe(201);
    const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
    page.on('console', (message) => {
      if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) problems.push(message.text());
    });
    page.on('pageerror', (error) => problems.push(error.message));
    await page.goto(`${running.url}/ops`);
    const form = page.locator('#signin-form');
    await form.getByLabel('E-mail').fill(email);
    await form.getByLabel('Password').fill(PASSWORD);
    await form.getByRole('button', { name: 'Sign in' }).click();
    await page.getByText(/^Signed in as/).waitFor();
    return page;
  }

  it('an admin edits a product: a pattern that misses its example is refused, a good edit is saved', async () => {
    const page = await signedInAdmin();
    await page.getByRole('link', { name: 'Reference data' }).click();
    await page.getByRole('button', { name: 'Edit Canon EOS R5', exact: true }).click();
    const form = page.locator('#model-form');
    await form.getByLabel('Serial-number pattern', { exact: false }).fill('^[A-Z]{2}[0-9]{4}$');
    await form.getByRole('button', { name: 'Save product model' }).click();
    await expect.poll(() => page.locator('#model-error').textContent()).toContain('does not match the example serial');

    await form.getByLabel('Serial-number pattern', { exact: false }).fill('^[0-9]{10,12}$');
    await form.getByLabel('Points', { exact: true }).fill('350');
    await form.getByRole('button', { name: 'Save product model' }).click();
    await page.getByText('Canon EOS R5 saved.').waitFor();
    const [saved] = await database.db.select().from(catalogueModels).where(eq(catalogueModels.id, 'eos-r5'));
    expect(saved).toMatchObject({ points: 350, serialPattern: '^[0-9]{10,12}$' });

    const results = await new AxeBuilder({ page }).analyze();
    const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
    expect(serious).toEqual([]);
    await page.screenshot({ path: resolve(SCREENSHOTS, 'ops-reference-data.png'), fullPage: true });
    expect(problems).toEqual([]);
  });
});
