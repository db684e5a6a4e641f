import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { createApp, type App } from '../../bot/app';
import { loadConfig } from '../../bot/config';
import type { Database } from '../../data/database';
import { businesses, members } from '../../data/schema';
import { freePort } from '../support/serverProcess';
import { silentLog } from '../support/bot';
import { CHROMIUM_FLAGS, chromiumPath } from './browser';

export const ARTIFACTS = resolve(import.meta.dirname, '../artifacts/browser');

export interface BrowserSession {
  readonly context: BrowserContext;
  readonly page: Page;
  /** Console errors and failed requests, to assert a page ran clean (CSP violations show up here). */
  readonly problems: string[];
  close(): Promise<void>;
}

/** A fresh headless chromium (its own user-data-dir) with the given browser language and colour scheme. */
export async function openBrowser(options: { locale: string; colorScheme?: 'light' | 'dark'; viewport?: { width: number; height: number } }): Promise<BrowserSession> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'cps-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath(),
    headless: true,
    args: [...CHROMIUM_FLAGS, `--lang=${options.locale}`],
    locale: options.locale,
    colorScheme: options.colorScheme ?? 'light',
    viewport: options.viewport ?? { width: 1100, height: 900 },
    timezoneId: 'Europe/Copenhagen',
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const problems: string[] = [];
  const watch = (p: Page) => {
    p.on('console', (message) => {
      // Failed loads are reported below with their URL.
      if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) problems.push(`console: ${message.text()}`);
    });
    p.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
    p.on('requestfailed', (request) => {
      const error = request.failure()?.errorText ?? '';
      // Leaving or reloading a page aborts its open long poll: that is not a failure.
      if (error !== 'net::ERR_ABORTED') problems.push(`request failed: ${request.url()} ${error}`);
    });
    p.on('response', (response) => {
      if (response.status() >= 500) problems.push(`HTTP ${response.status()}: ${response.url()}`);
    });
  };
  watch(page);
  context.on('page', watch);
  return {
    context,
    page,
    problems,
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const file = join(ARTIFACTS, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}


export interface WebApp {
  readonly app: App;
  readonly url: string;
}

/** The real app on a known port, so the links the bot sends (PUBLIC_URL) point back at it. */
export async function startWebApp(database: Database, env: Record<string, string> = {}): Promise<WebApp> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const config = loadConfig({ NODE_ENV: 'test', PORT: String(port), PUBLIC_URL: url, LOG_LEVEL: 'silent', ...env });
  const app = await createApp(config, { database, log: silentLog });
  await new Promise<void>((resolveListen) => app.server.listen(port, '127.0.0.1', resolveListen));
  return { app, url };
}

/** Gives the web chat member an approved (active) business account, as the back office would. */
export async function approveBusinessFor(database: Database, channelUserId: string, country = 'DK', companyName = 'Nordlys Foto ApS'): Promise<string> {
  const [business] = await database.db
    .insert(businesses)
    .values({ companyName, address: 'Vestergade 12, 1456 København K', countryCode: country, vatRegistered: true, vatNumber: `DK${randomBytes(4).readUInt32BE() % 100_000_000}`, contactEmail: 'info@example.com' })
    .returning({ id: businesses.id });
  if (!business) throw new Error('no business');
  const updated = await database.db.update(members).set({ businessId: business.id }).where(eq(members.channelUserId, channelUserId)).returning({ id: members.id });
  if (updated.length !== 1) throw new Error(`no member ${channelUserId}`);
  return business.id;
}
