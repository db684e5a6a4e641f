import { seriousViolations } from './axe';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { translator } from '../../locales';
import { buildWebAssets } from '../../web/build';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { approveBusinessFor, openBrowser, screenshot, startWebApp, type BrowserSession, type WebApp } from './support';
import { seedOnboardedMember } from './fixtures';

let database: TestDatabase;
let web: WebApp;

/** Answers the teams-js messages the tab sends, as Teams would: Swedish, dark theme, no SSO. */
const TEAMS_HOST_PAGE = `<!doctype html><html lang="en"><title>Teams</title>
<iframe title="My CPS" src="https://cps.test/tab" width="1000" height="800"></iframe>
<script>
const frame = document.querySelector('iframe');
const runtime = JSON.stringify({ apiVersion: 4, hostVersionsInfo: { adaptiveCardSchemaVersion: { majorVersion: 1, minorVersion: 5 } }, isLegacyTeams: false, supports: { app: {}, appEntity: {}, pages: { appButton: {}, tabs: {}, config: {}, backStack: {}, fullTrust: {} }, teamsCore: {}, authentication: {} } });
window.addEventListener('message', (event) => {
  const message = event.data;
  if (!message || typeof message !== 'object' || typeof message.func !== 'string') return;
  const reply = (args) => frame.contentWindow.postMessage({ id: message.id, uuid: message.uuid, args }, '*');
  if (message.func === 'initialize') reply(['content', 'web', runtime, '2.58.0']);
  else if (message.func === 'getContext') reply([{ locale: 'sv-se', theme: 'dark', frameContext: 'content', hostClientType: 'web', entityId: 'my-cps', userObjectId: '00000000-0000-0000-0000-000000000001' }]);
  else if (message.func === 'authentication.getAuthToken') reply([false, 'resourceDisabled']);
  else reply([]);
});
window.changeTheme = (theme) => frame.contentWindow.postMessage({ func: 'themeChange', args: [theme] }, '*');
</script></html>`;

beforeAll(async () => {
  // Bundle from the current sources (the server would reuse an older web/dist).
  await buildWebAssets();
  database = await createTestDatabase();
  web = await startWebApp(database);
}, 180_000);

afterAll(async () => {
  await web?.app.close();
  await database?.close();
});

/** Opens the chat page and returns the Web Chat user id the server gave this browser. */
async function openChat(page: Page): Promise<string> {
  const tokenAnswer = page.waitForResponse((r) => r.url().endsWith('/api/directline/token'));
  await page.goto(`${web.url}/`);
  const body = (await (await tokenAnswer).json()) as { userId: string };
  return body.userId;
}

/** The last rendered Adaptive Card in the transcript. */
function lastCard(page: Page) {
  return page.locator('.ac-adaptiveCard').last();
}

async function typeInChat(page: Page, text: string): Promise<void> {
  const box = page.locator('[data-id="webchat-sendbox-input"], .webchat__send-box-text-box__input').first();
  await box.fill(text);
  await box.press('Enter');
}

/** Clicks "Open my dashboard" on the newest menu card; resolves with the tab it opens. */
async function openDashboardFromMenu(session: BrowserSession, label: string): Promise<Page> {
  const popup = session.context.waitForEvent('page');
  await session.page.getByRole('button', { name: label }).last().click();
  const tab = await popup;
  await tab.waitForLoadState('domcontentloaded');
  await tab.waitForSelector('html[data-loaded="true"], #status.notice', { timeout: 20_000 });
  return tab;
}

/** A `filtered` Input.ChoiceSet renders as a text box with a datalist: type the choice's title. */
async function fillChoice(card: ReturnType<typeof lastCard>, inputId: string, title: string): Promise<void> {
  await card.locator(`[id="${inputId}"] input`).fill(title);
}

// A real browser on a shared two-core machine: give each scenario room.
describe('web chat page and My CPS tab in Debian chromium', { timeout: 120_000 }, () => {
  it('a Danish member registers a product by filling the card in Web Chat and sees the green tick in the tab', async () => {
    const t = translator('da');
    const session = await openBrowser({ locale: 'da-DK' });
    try {
      const { page } = session;
      const userId = await openChat(page);
      // A visitor's first menu offers the business account; once approved, the menu offers products.
      await page.getByRole('button', { name: t('menu.account') }).first().waitFor({ timeout: 20_000 });
      expect(await page.locator('html').getAttribute('lang')).toBe('da');
      await approveBusinessFor(database, userId);
      await typeInChat(page, 'menu');
      await page.getByRole('button', { name: t('menu.products') }).first().waitFor({ timeout: 20_000 });

      await page.getByRole('button', { name: t('menu.products') }).last().click();
      const card = lastCard(page);
      await card.getByText(t('products.entry.titleNew')).waitFor({ timeout: 20_000 });
      await fillChoice(card, 'model', 'Canon EOS R5');
      await card.getByLabel(t('products.field.serialNumber')).fill('032021009876');
      await card.getByLabel(t('products.field.purchaseDate')).fill('2023-05-10');
      await fillChoice(card, 'purchaseCountry', 'Danmark');
      await card.getByLabel(t('products.field.dealer')).fill('Foto Video Ringsted');
      await screenshot(page, 'chat-da-product-card');
      await card.getByRole('button', { name: t('products.button.save') }).click();

      await page.getByText(t('products.saved.total', { points: 300 })).waitFor({ timeout: 20_000 });
      await typeInChat(page, 'menu');
      await page.getByRole('button', { name: t('web.openDashboard') }).nth(1).waitFor({ timeout: 20_000 });
      await screenshot(page, 'chat-da-product-saved');

      const tab = await openDashboardFromMenu(session, t('web.openDashboard'));
      const product = tab.locator('li[data-model="eos-r5"]');
      await expect.poll(() => product.getAttribute('data-complete')).toBe('true');
      expect(await product.innerText()).toContain(t('web.tab.products.complete'));
      expect(await tab.locator('#points-total').innerText()).toBe(t('web.tab.points.total', { points: 300 }));
      expect(await tab.locator('html').getAttribute('lang')).toBe('da');
      await screenshot(tab, 'tab-da-green-tick');

      // The FAQ search box asks GET /api/faq/search in the member's language.
      await tab.locator('#faq-query').fill('Hvornår bliver point for mine produkter tildelt?');
      await tab.getByRole('button', { name: t('web.tab.faq.search') }).click();
      await expect.poll(() => tab.locator('#faq-results h3').first().innerText(), { timeout: 20_000 }).toBe('Hvornår bliver point for mine produkter tildelt?');
      await screenshot(tab, 'tab-da-faq');
      expect(session.problems).toEqual([]);
    } finally {
      await session.close();
    }
  });

  it('a Dutch member sees Dutch dates and money in the tab', async () => {
    const t = translator('nl');
    const session = await openBrowser({ locale: 'nl-NL' });
    try {
      const { page } = session;
      const userId = await openChat(page);
      await page.getByRole('button', { name: t('menu.account') }).first().waitFor({ timeout: 20_000 });
      const seeded = await seedOnboardedMember(database, userId);
      await typeInChat(page, 'menu');
      await page.getByRole('button', { name: t('web.openDashboard') }).nth(1).waitFor({ timeout: 20_000 });
      await screenshot(page, 'chat-nl-menu');

      const tab = await openDashboardFromMenu(session, t('web.openDashboard'));
      expect(await tab.locator('html').getAttribute('lang')).toBe('nl');
      const invoice = tab.locator(`tr[data-invoice="${seeded.invoiceNumber}"]`);
      // € 240,79 and 14 april 2026: Dutch money (comma decimals, euro sign first) and Dutch month names.
      expect(await invoice.locator('.amount').innerText()).toMatch(/^€\s240,79$/);
      expect(await invoice.locator('.due').innerText()).toBe('14 april 2026');
      expect(await invoice.innerText()).toContain(t('web.tab.invoices.status.issued'));
      const pdf = invoice.getByRole('link', { name: t('web.tab.invoices.pdfLabel', { number: seeded.invoiceNumber }) });
      expect(await pdf.getAttribute('target')).toBe('_blank');
      expect(new URL((await pdf.getAttribute('href')) ?? '', web.url).pathname).toMatch(/^\/invoices\/[0-9a-f-]{36}\/pdf$/);
      expect(await tab.locator('#membership-number').innerText()).toBe(seeded.membershipNumber);
      expect(await tab.locator('#membership').innerText()).toContain('14 maart 2027');
      expect(await tab.locator('#membership').innerText()).toContain(t('web.tab.membership.previous', { number: 'CPS-OLD-4711' }));
      expect(await tab.locator('#application').innerText()).toContain(t('web.tab.application.approvedOn', { date: '3 maart 2026' }));
      const incomplete = tab.locator('li[data-model="eos-r3"]');
      expect(await incomplete.getAttribute('data-complete')).toBe('false');
      expect(await incomplete.innerText()).toContain(t('web.tab.products.missing', { fields: t('web.tab.products.field.dealer') }));
      expect(await tab.locator('#tiers li[data-open="true"]').count()).toBe(0);
      await screenshot(tab, 'tab-nl-dates-money');

      expect(await seriousViolations(tab)).toEqual([]);
      expect(session.problems).toEqual([]);
    } finally {
      await session.close();
    }
  });

  it('outside Teams the tab detects the plain browser within a second and uses its language and colour scheme', async () => {
    const t = translator('sv');
    const session = await openBrowser({ locale: 'sv-SE', colorScheme: 'dark' });
    try {
      const { page } = session;
      await page.goto(`${web.url}/tab`);
      await page.waitForSelector('html[data-host="browser"]');
      expect(Number(await page.locator('html').getAttribute('data-host-detected-ms'))).toBeLessThan(1000);
      expect(await page.locator('html').getAttribute('lang')).toBe('sv');
      expect(await page.locator('html').getAttribute('data-theme')).toBeNull();
      await expect.poll(() => page.locator('#status').innerText()).toBe(t('web.tab.signedOut'));
      expect(await page.locator('#host-note').innerText()).toBe(t('web.tab.outsideTeams'));
      const background = await page.evaluate('getComputedStyle(document.body).backgroundColor');
      expect(background).toBe('rgb(31, 31, 31)');
      await screenshot(page, 'tab-sv-outside-teams-dark');

      // Framed by a page that is not Teams: app.initialize() would hang; the tab gives up in time.
      await page.route(`${web.url}/frame-host`, (route) =>
        route.fulfill({ contentType: 'text/html', body: `<!doctype html><html lang="en"><title>host</title><iframe title="tab" src="${web.url}/tab" width="900" height="600"></iframe></html>` }),
      );
      await page.goto(`${web.url}/frame-host`);
      const frame = page.frameLocator('iframe');
      await frame.locator('html[data-host="browser"]').waitFor({ timeout: 5000 });
      expect(Number(await frame.locator('html').getAttribute('data-host-detected-ms'))).toBeLessThan(1000);
      await expect.poll(() => frame.locator('#status').innerText()).toBe(t('web.tab.signedOut'));
      // Framed, the page loads teams-js, which asks Microsoft's CDN for its host list (no network here).
      expect(session.problems.filter((p) => !p.includes('https://res.cdn.office.net/'))).toEqual([]);
    } finally {
      await session.close();
    }
  });

  it('inside Teams (a simulated host) the tab takes locale and theme from the context and follows theme changes', async () => {
    const t = translator('sv');
    const session = await openBrowser({ locale: 'en-GB' });
    try {
      const { page } = session;
      // Teams frames tabs from https origins it trusts: serve the tab as https://cps.test (proxied to
      // this app) inside a stand-in host page on https://teams.microsoft.com that answers teams-js.
      await page.route('https://cps.test/**', async (route) => {
        const response = await route.fetch({ url: route.request().url().replace('https://cps.test', web.url) });
        await route.fulfill({ response });
      });
      await page.route('https://teams.microsoft.com/**', (route) => route.fulfill({ contentType: 'text/html', body: TEAMS_HOST_PAGE }));
      await page.goto('https://teams.microsoft.com/_#/apps/cps/my-cps');
      const frame = page.frameLocator('iframe');
      await frame.locator('html[data-host="teams"]').waitFor({ timeout: 10_000 });
      expect(await frame.locator('html').getAttribute('lang')).toBe('sv');
      expect(await frame.locator('html').getAttribute('data-theme')).toBe('dark');
      // No SSO from this host: after the token request gives up, the tab says how to open it from the chat.
      await expect.poll(() => frame.locator('#status').innerText(), { timeout: 15_000 }).toBe(t('web.tab.signedOut'));
      expect(await frame.locator('#host-note').innerText()).toBe('');
      await page.evaluate('window.changeTheme("contrast")');
      await expect.poll(() => frame.locator('html').getAttribute('data-theme')).toBe('contrast');
      await screenshot(page, 'tab-sv-in-teams-contrast');
      expect(session.problems.filter((p) => !p.includes('https://res.cdn.office.net/'))).toEqual([]);
    } finally {
      await session.close();
    }
  });

  it('a member sends a document from Web Chat (it reaches the bot inline), switches language with the picker, and a reload keeps the conversation', async () => {
    const received: { attachments?: { contentType?: string; contentUrl?: string; name?: string }[] }[] = [];
    web.app.adapter.use(async (context, next) => {
      if (context.activity.attachments?.length) received.push(context.activity);
      await next();
    });
    const en = translator('en');
    const sv = translator('sv');
    const session = await openBrowser({ locale: 'en-GB' });
    try {
      const { page } = session;
      await openChat(page);
      await page.getByRole('button', { name: en('menu.account') }).first().waitFor({ timeout: 20_000 });

      const pdf = Buffer.from('%PDF-1.4\n% CPS test document\ntrailer <<>>\n%%EOF\n');
      await page.locator('input[type="file"]').setInputFiles({ name: 'company-invoice.pdf', mimeType: 'application/pdf', buffer: pdf });
      // Web Chat 4.18 keeps the chosen file in the send box until the member sends.
      await page.locator('button.webchat__send-button').click();
      await page.getByText('company-invoice.pdf').first().waitFor({ timeout: 20_000 });
      await expect.poll(() => received.at(-1)?.attachments?.[0]?.contentUrl, { timeout: 20_000 }).toBe(`data:application/pdf;base64,${pdf.toString('base64')}`);
      expect(received.at(-1)?.attachments?.[0]?.name).toBe('company-invoice.pdf');

      await page.locator('select#language').selectOption('sv');
      await page.getByText(sv('language.changed')).first().waitFor({ timeout: 20_000 });
      expect(await page.locator('html').getAttribute('lang')).toBe('sv');
      expect(await page.locator('#title').innerText()).toBe(sv('web.chat.title'));
      await screenshot(page, 'chat-upload-and-swedish');

      await page.reload();
      await page.getByText('company-invoice.pdf').first().waitFor({ timeout: 20_000 });
      await page.getByText(sv('language.changed')).first().waitFor({ timeout: 20_000 });
      expect(session.problems).toEqual([]);
    } finally {
      await session.close();
    }
  });

  it('axe finds no serious or critical accessibility problems on /, /tab and /agent', async () => {
    const t = translator('en');
    const session = await openBrowser({ locale: 'en-GB' });
    try {
      const { page } = session;
      await openChat(page);
      await page.getByRole('button', { name: t('menu.account') }).first().waitFor({ timeout: 20_000 });
      expect(await seriousViolations(page)).toEqual([]);

      await page.goto(`${web.url}/tab`);
      await page.waitForSelector('#status.notice');
      expect(await seriousViolations(page)).toEqual([]);

      const agent = await page.goto(`${web.url}/agent`);
      if (agent?.status() === 200) {
        await page.waitForLoadState('networkidle');
        expect(await seriousViolations(page)).toEqual([]);
        await screenshot(page, 'agent-console');
      }
    } finally {
      await session.close();
    }
  });
});
