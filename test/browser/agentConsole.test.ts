import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './browser';
import { countries } from '../../data/schema/countries';
import { translator } from '../../locales';
import { startFakeChannel, type FakeChannel } from '../support/channel';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { newMember, post, startApp, type RunningApp } from '../support/http';
import { ALWAYS_OPEN, DEMO_PASSWORD } from '../e2e/supportHelpers';

const ARTIFACTS = resolve(import.meta.dirname, '../artifacts');

describe('the agent console in a real browser', () => {
  let database: TestDatabase;
  let running: RunningApp;
  let channel: FakeChannel;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    database = await createTestDatabase();
    await database.db.update(countries).set(ALWAYS_OPEN);
    running = await startApp(database);
    channel = await startFakeChannel();
    browser = await launchChromium();
    page = await browser.newPage();
    mkdirSync(ARTIFACTS, { recursive: true });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await running?.app.close();
    await channel?.close();
  });

  it('signs in, claims a waiting member, and chats both ways', async () => {
    const t = translator('da');
    const member = newMember('da');
    await post(running.url, member, { serviceUrl: channel.url, text: 'Jeg vil gerne tale med en person' });
    await post(running.url, member, { serviceUrl: channel.url, text: 'Min kamera mangler et grønt flueben' });

    await page.goto(`${running.url}/agent`);
    await page.getByLabel('E-mail').fill('agent@cps.example');
    await page.getByLabel('Password').fill('wrong-password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect.poll(() => page.locator('#signin-error').textContent()).toContain('not right');

    await page.getByLabel('Password').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByText('Signed in as Demo Agent').waitFor();

    await page.getByRole('button', { name: /^Claim case/ }).click();
    const transcript = page.getByRole('log');
    await transcript.getByText('Min kamera mangler et grønt flueben').waitFor();
    await expect.poll(() => page.locator('#snapshot').textContent()).toContain('General help');

    await page.getByLabel('Message to the member').fill('Hej! Jeg ser på dit produkt nu.');
    await page.getByRole('button', { name: 'Send' }).click();
    await transcript.getByText('Hej! Jeg ser på dit produkt nu.').waitFor();
    await running.app.jobs.runDue();
    expect(channel.to(member.conversationId).map((a) => a.text)).toContain(t('support.agentSays', { agent: 'Demo Agent', text: 'Hej! Jeg ser på dit produkt nu.' }));

    // The member's answer arrives live over server-sent events.
    await post(running.url, member, { serviceUrl: channel.url, text: 'Tusind tak!' });
    await transcript.getByText('Tusind tak!').waitFor({ timeout: 10_000 });
    await page.screenshot({ path: resolve(ARTIFACTS, 'agent-console.png'), fullPage: true });

    await page.getByLabel('Resolution (not shown to the member)').fill('Dealer added; green tick shown.');
    await page.getByRole('button', { name: 'Close case' }).click();
    await expect.poll(() => page.locator('#case-status').textContent()).toMatch(/Ended/);
    await running.app.jobs.runDue();
    expect(channel.to(member.conversationId).map((a) => a.text)).toContain(t('support.closedByAgent', { agent: 'Demo Agent' }));
  }, 90_000);

  it('labels every form field', async () => {
    const unlabelled: string[] = [];
    for (const field of await page.locator('input, textarea, select').all()) {
      const id = await field.getAttribute('id');
      if (!id || (await page.locator(`label[for="${id}"]`).count()) === 0) unlabelled.push(id ?? (await field.getAttribute('name')) ?? '(field without id or name)');
    }
    expect(unlabelled).toEqual([]);
  });
});
