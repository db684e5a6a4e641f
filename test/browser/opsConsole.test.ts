import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { seriousViolations } from './axe';
import type { Browser, Page } from 'playwright-core';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applications } from '../../data/schema/businesses';
import { invoices } from '../../data/schema/memberships';
import { createLegacyRepository } from '../../data/repositories/legacy';
import { translator } from '../../locales';
import { randomDigits } from '../support/business';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { newMember, startApp, type RunningApp } from '../support/http';
import { journeys, statementFor, type JourneyRunner } from '../support/journeys';
import { launchChromium } from './browser';

const TOKEN = 'backoffice-ops-browser-token-123456';
const PASSWORD = 'a-long-staff-password';
const SCREENSHOTS = resolve(import.meta.dirname, '../../docs/screenshots');

describe('the operations console in a real browser', () => {
  let database: TestDatabase;
  let running: RunningApp;
  let browser: Browser;
  let script: JourneyRunner;
  /** Console errors (a CSP refusal or a script error shows up here) of every page opened; refused API calls (401, 403, 400) are expected. */
  const problems: string[] = [];

  beforeAll(async () => {
    database = await createTestDatabase();
    running = await startApp(database, { BACKOFFICE_TOKEN: TOKEN, INVOICE_DELAY_SECONDS: '0' });
    script = journeys(running, database.db, TOKEN);
    browser = await launchChromium();
    mkdirSync(SCREENSHOTS, { recursive: true });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await running?.app.close();
    await database?.close();
  });

  async function openConsole(): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    page.on('console', (message) => {
      if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) problems.push(message.text());
    });
    page.on('pageerror', (error) => problems.push(error.message));
    await page.goto(`${running.url}/ops`);
    return page;
  }

  async function signIn(page: Page, email: string, password = PASSWORD): Promise<void> {
    const form = page.locator('#signin-form');
    await form.getByLabel('E-mail').fill(email);
    await form.getByLabel('Password').fill(password);
    await form.getByRole('button', { name: 'Sign in' }).click();
    await page.getByText(/^Signed in as/).waitFor();
  }

  async function createStaff(email: string, role: string): Promise<void> {
    const response = await fetch(`${running.url}/api/backoffice/staff`, {
      method: 'POST',
      headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
      body: JSON.stringify({ email, displayName: `Rita ${role}`, password: PASSWORD, role }),
    });
    expect(response.status).toBe(201);
  }

  async function statusOf(id: string) {
    const [row] = await database.db.select({ status: applications.status, reason: applications.rejectionReason, decidedBy: applications.decidedBy }).from(applications).where(eq(applications.id, id));
    return row;
  }

  it('a reviewer approves one application and rejects another from the document view', async () => {
    const approveId = await script.apply(newMember('da'), 'Godkendt Foto ApS');
    const rejectId = await script.apply(newMember('sv'), 'Avslagen Bild AB');
    await createStaff('rita.reviewer@cps.example', 'reviewer');
    const page = await openConsole();
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: resolve(SCREENSHOTS, 'ops-sign-in.png') });
    await signIn(page, 'rita.reviewer@cps.example');

    const queue = page.getByRole('table', { name: 'Pending applications' });
    await queue.getByText('Godkendt Foto ApS').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: resolve(SCREENSHOTS, 'ops-applications.png'), fullPage: true });

    await queue.getByRole('row', { name: /Godkendt Foto ApS/ }).getByRole('link').click();
    const frame = page.locator('iframe.document');
    await frame.waitFor();
    const src = await frame.getAttribute('src');
    expect(src).toMatch(new RegExp(`^/api/ops/applications/${approveId}/documents/`));
    // The same URL, fetched with the page's cookie, is the PDF itself, to be shown inline.
    const served = await page.evaluate(`fetch(${JSON.stringify(src)}).then((r) => [r.status, r.headers.get('content-type'), r.headers.get('content-disposition')])`);
    expect(served).toEqual([200, 'application/pdf', 'inline']);
    await expect.poll(() => page.locator('#application-checks').textContent()).toContain('VAT checksumvalid');
    expect(await page.locator('#member-language').textContent()).toBe('Danish');
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: resolve(SCREENSHOTS, 'ops-application-document.png'), fullPage: true });
    await page.getByRole('button', { name: 'Approve' }).click();
    await page.getByText('Approved. The member is told in their language.').waitFor();
    expect(await statusOf(approveId)).toMatchObject({ status: 'approved', decidedBy: expect.stringMatching(/^agent:/) });

    await queue.getByRole('row', { name: /Avslagen Bild AB/ }).getByRole('link').click();
    await page.locator('iframe.document').waitFor();
    expect(await page.locator('#member-language').textContent()).toBe('Swedish');
    await page.getByRole('button', { name: 'Reject with reason' }).click();
    await expect.poll(() => page.locator('#decision-error').textContent()).toBe('A rejection needs a reason for the member.');
    // A standard reason, which the Swedish member reads in Swedish, and the reviewer's own words after it.
    await page.getByLabel(/Standard reason/).selectOption('document-mismatch');
    await page.getByLabel(/Your own words/).fill('Fakturan är ställd till en annan firma.');
    await page.getByRole('button', { name: 'Reject with reason' }).click();
    await page.getByText('Rejected. The member gets the reason in their chat.').waitFor();
    const swedish = `${translator('sv')('account.rejection.document-mismatch')} Fakturan är ställd till en annan firma.`;
    expect(await statusOf(rejectId)).toMatchObject({ status: 'rejected', reason: swedish });
    expect(problems).toEqual([]);
    await page.context().close();
  }, 120_000);

  it('an admin creates a reviewer, who then cannot open the finance page (the API answers 403)', async () => {
    await createStaff('alma.admin@cps.example', 'admin');
    const page = await openConsole();
    await signIn(page, 'alma.admin@cps.example');
    await page.getByRole('link', { name: 'Staff' }).click();
    const form = page.locator('#staff-form');
    await form.getByLabel('Name').fill('Rolf Reviewer');
    await form.getByLabel('E-mail').fill('rolf.reviewer@cps.example');
    await form.getByLabel(/First password/).fill(PASSWORD);
    await form.getByLabel('Role', { exact: true }).selectOption('reviewer');
    await form.getByRole('button', { name: 'Create account' }).click();
    await page.getByText('Account created for Rolf Reviewer (reviewer).').waitFor();
    await page.getByRole('cell', { name: 'rolf.reviewer@cps.example' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: resolve(SCREENSHOTS, 'ops-staff.png'), fullPage: true });

    await page.getByRole('link', { name: 'Invoices' }).click();
    await page.getByRole('heading', { name: 'Invoices' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: resolve(SCREENSHOTS, 'ops-invoices.png'), fullPage: true });
    await page.getByRole('button', { name: 'Sign out' }).click();

    await signIn(page, 'rolf.reviewer@cps.example');
    expect(await page.getByRole('link', { name: 'Invoices' }).isVisible()).toBe(false);
    await page.goto(`${running.url}/ops#/finance`);
    await page.getByRole('heading', { name: 'Not for your role' }).waitFor();
    expect(await page.evaluate(`fetch('/api/ops/invoices?status=open').then((r) => r.status)`)).toBe(403);
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: resolve(SCREENSHOTS, 'ops-forbidden.png') });
    await page.context().close();
  }, 120_000);

  it('the funnel page draws the scripted journeys with Chart.js and lists the counts', async () => {
    // Two more members start; one of them applies. Counted with the members of the tests above.
    await script.run('nl', 'started');
    await script.run('nl', 'applied');
    const page = await openConsole();
    await signIn(page, 'alma.admin@cps.example');
    await page.getByRole('link', { name: 'Funnel' }).click();
    const table = page.getByRole('table', { name: 'Funnel steps' });
    await table.getByRole('row', { name: /Conversation started/ }).waitFor();
    const counts = await table.locator('tbody tr').evaluateAll((rows) => rows.map((row) => [row.children[0]?.textContent, row.children[1]?.textContent]));
    // Members of this file: 2 applicants, the 2 Dutch members (started, applied), and nobody further.
    expect(counts).toEqual([
      ['Conversation started', '4'],
      ['Application submitted', '3'],
      ['Approved', '1'],
      ['First product registered', '0'],
      ['500 points', '0'],
      ['Invited to CPS', '0'],
      ['Joined', '0'],
      ['Paid', '0'],
    ]);
    expect(await page.evaluate(`typeof Chart === 'function' && Chart.getChart(document.getElementById('funnel-chart')) !== undefined`)).toBe(true);
    await page.getByLabel('Language', { exact: true }).selectOption('nl');
    await page.getByRole('button', { name: 'Show' }).click();
    await expect.poll(() => table.getByRole('row', { name: /Conversation started/ }).locator('td').first().textContent()).toBe('2');
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByLabel('Language', { exact: true }).selectOption('');
    await page.getByRole('button', { name: 'Show' }).click();
    await expect.poll(() => table.getByRole('row', { name: /Conversation started/ }).locator('td').first().textContent()).toBe('4');
    await page.screenshot({ path: resolve(SCREENSHOTS, 'ops-funnel.png'), fullPage: true });
    expect(problems).toEqual([]);
    await page.context().close();
  }, 120_000);

  it('an admin previews a CSV of old accounts with good and bad rows, then imports the good ones', async () => {
    const page = await openConsole();
    await signIn(page, 'alma.admin@cps.example');
    await page.getByRole('link', { name: 'Old accounts' }).click();
    const csv = [
      'email,membership number,model,serial number,purchase date,country,dealer',
      `gammel@example.dk,CPS-7,eos-r5,${randomDigits(12)},2023-05-02,DK,Photocare`,
      'gammel@example.dk,CPS-7,eos-r99,123,2023-05-02,DK,Photocare',
    ].join('\n');
    await page.getByLabel('CSV file').setInputFiles({ name: 'old-accounts.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await page.getByRole('button', { name: 'Preview' }).click();
    await page.getByText('Preview: 1 valid, 1 invalid, 0 already present.').waitFor();
    await page.getByRole('cell', { name: 'invalid: unknown model' }).waitFor();
    expect(await createLegacyRepository(database.db).accountByEmail('gammel@example.dk')).toBeUndefined();
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: resolve(SCREENSHOTS, 'ops-old-accounts.png'), fullPage: true });
    await page.getByRole('button', { name: 'Import the valid rows' }).click();
    await page.getByText('Imported: 1 products. 1 rows invalid, 0 already present.').waitFor();
    expect(await createLegacyRepository(database.db).accountByEmail('gammel@example.dk')).toMatchObject({ membershipNumber: 'CPS-7' });
    expect(problems).toEqual([]);
    await page.context().close();
  }, 120_000);

  it('finance views an invoice PDF, uploads a bank statement and assigns the credit it could not match', async () => {
    await script.run('da', 'joined');
    await script.run('da', 'joined');
    const issued = await database.db.select().from(invoices).where(eq(invoices.status, 'issued'));
    expect(issued).toHaveLength(2);
    const [first, second] = issued as [typeof invoices.$inferSelect, typeof invoices.$inferSelect];
    await createStaff('frida.finance@cps.example', 'finance');
    const page = await openConsole();
    await signIn(page, 'frida.finance@cps.example');
    await page.getByRole('link', { name: 'Invoices' }).click();
    await page.getByRole('button', { name: `View ${first.invoiceNumber}` }).click();
    const src = await page.getByTitle(`Invoice ${first.invoiceNumber}`).getAttribute('src');
    expect(await page.evaluate(`fetch(${JSON.stringify(src)}).then((r) => [r.status, r.headers.get('content-type')])`)).toEqual([200, 'application/pdf']);
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByRole('link', { name: 'Payments' }).click();
    // One credit with the first invoice's reference, one with only a text the bank could not match.
    const uploads: [string, string][] = [
      [statementFor(first, 'DK'), 'Statement read: 1 matched, 0 without an invoice, 0 already imported.'],
      [statementFor(second, 'DK', 'membership fee'), 'Statement read: 0 matched, 1 without an invoice, 0 already imported.'],
    ];
    for (const [xml, result] of uploads) {
      await page.locator('#statement-file').setInputFiles({ name: 'statement.xml', mimeType: 'application/xml', buffer: Buffer.from(xml) });
      await page.getByRole('button', { name: 'Upload statement' }).click();
      await page.getByText(result).waitFor();
    }
    const row = page.getByRole('row', { name: /membership fee/ });
    await row.getByRole('combobox').selectOption(second.id);
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: resolve(SCREENSHOTS, 'ops-payments.png'), fullPage: true });
    await row.getByRole('button', { name: 'Assign' }).click();
    await page.getByText('Assigned; the invoice is now paid.').waitFor();
    const statuses = await database.db.select({ id: invoices.id, status: invoices.status }).from(invoices);
    expect(statuses.map((i) => i.status)).toEqual(['paid', 'paid']);
    expect(problems).toEqual([]);
    await page.context().close();
  }, 180_000);
});
