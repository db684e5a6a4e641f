import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LANGUAGES, translator } from '../../locales';
import { renderManifest } from '../../appPackage/build';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { startApp, type RunningApp } from '../support/http';

let database: TestDatabase;
let running: RunningApp;

beforeAll(async () => {
  database = await createTestDatabase();
  running = await startApp(database);
});

afterAll(async () => {
  await running?.app.close();
  await database?.close();
});

const headings = (html: string) => [...html.matchAll(/<h2>([^<]*)<\/h2>/g)].map((m) => m[1]);

describe('/privacy and /terms, the pages the Teams manifest links', () => {
  it.each(LANGUAGES)('/privacy?lang=%s: what is stored, why, how long, export or erase, who to contact, in that language', async (language) => {
    const t = translator(language);
    const response = await fetch(`${running.url}/privacy?lang=${language}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const html = await response.text();
    expect(html).toContain(`<html lang="${language}">`);
    expect(headings(html)).toEqual(
      ['controller', 'stored', 'why', 'howLong', 'rights', 'contact'].map((s) => t(`legal.privacy.${s}.heading` as Parameters<typeof t>[0]).replace(/&/g, '&amp;')),
    );
    // The way to ask for a copy or erasure names the menu button exactly as the chat shows it.
    expect(html).toContain(t('menu.support'));
    expect(html).toContain(`href="/terms?lang=${language}"`);
  });

  it.each(LANGUAGES)('/terms?lang=%s is the terms of use in that language', async (language) => {
    const t = translator(language);
    const html = await (await fetch(`${running.url}/terms?lang=${language}`)).text();
    expect(html).toContain(`<h1>${t('legal.terms.title')}</h1>`);
    expect(headings(html)).toHaveLength(6);
    expect(html).toContain(`href="/privacy?lang=${language}"`);
  });

  it('without ?lang= the browser’s Accept-Language decides, and English is the fallback', async () => {
    const swedish = await fetch(`${running.url}/privacy`, { headers: { 'accept-language': 'sv-SE,sv;q=0.9,en;q=0.5' } });
    expect(await swedish.text()).toContain(`<h1>${translator('sv')('legal.privacy.title')}</h1>`);
    expect(swedish.headers.get('content-language')).toBe('sv');
    const unknown = await fetch(`${running.url}/terms`, { headers: { 'accept-language': 'fi-FI' } });
    expect(await unknown.text()).toContain(`<h1>${translator('en')('legal.terms.title')}</h1>`);
  });

  it('allows no script and only its own nonce-carrying style', async () => {
    const response = await fetch(`${running.url}/privacy?lang=da`);
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'none'");
    expect(csp).not.toContain('script-src');
    const nonce = /style-src 'nonce-([^']+)'/.exec(csp)?.[1];
    expect(nonce).toBeTruthy();
    expect(await response.text()).toContain(`<style nonce="${nonce}">`);
  });

  it('the manifest points privacyUrl and termsOfUseUrl at exactly these pages', () => {
    const manifest = renderManifest({ botId: '6a0e3c7d-2b4f-4e1a-9c8d-1f2e3d4c5b6a', publicUrl: 'https://cps.example.com', version: '0.1.0' });
    const developer = manifest['developer'] as Record<string, string>;
    expect(new URL(developer['privacyUrl'] ?? '').pathname).toBe('/privacy');
    expect(new URL(developer['termsOfUseUrl'] ?? '').pathname).toBe('/terms');
  });
});
