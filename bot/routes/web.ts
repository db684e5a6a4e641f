import { createHash, randomBytes } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { Logger } from 'pino';
import type { Request, Response, Server } from 'restify';
import { createDashboardRepository } from '../../data/repositories/dashboard';
import { withTransaction } from '../../data/transaction';
import type { Db } from '../../data/types';
import { languageFromLocale } from '../../domain/language';
import { PROJECT_ROOT } from '../../data/projectRoot';
import type { Language } from '../../locales';
import { dashboardView } from '../dashboardView';
import { registerLegalRoutes } from './legal';
import { bearer, header } from '../http/request';
import { pageHeaders } from '../http/securityHeaders';
import type { DashboardTokens } from '../dashboardTokens';
import type { InvoiceLinks } from '../../services/payments/invoiceLinks';

/** Where Teams (classic, new, and the Microsoft 365 app) may frame our pages. */
export const FRAME_ANCESTORS = "'self' https://teams.microsoft.com https://*.teams.microsoft.com https://*.cloud.microsoft";

/** The entry files; esbuild also writes shared `chunk-*.js` files beside them. */
const ENTRY_FILES = ['chat.js', 'chat.css', 'tab.js', 'tab.css'] as const;
const CONTENT_TYPES: Readonly<Record<string, string>> = { '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8' };
const ASSET_NAME = /^[\w-]+\.(js|css)$/;
const EMPTY_STYLE_HASH = `sha256-${createHash('sha256').update('').digest('base64')}`;
const WEB_ROOT = join(PROJECT_ROOT, 'web');
const DIST_DIR = join(WEB_ROOT, 'dist');
const ICON_FILE = join(PROJECT_ROOT, 'appPackage', 'color.png');

interface Asset {
  readonly type: string;
  readonly body: Buffer;
  readonly gzip: Buffer;
  readonly etag: string;
}

export interface WebRouteDeps {
  readonly db: Db;
  readonly log: Logger;
  readonly tokens: DashboardTokens;
  /** Signs the tab's links to invoice PDFs (`GET /invoices/:id/pdf`). */
  readonly invoiceLinks: InvoiceLinks;
  readonly clock: () => Date;
  /** Azure Direct Line in use: the chat page connects to it (its domain joins connect-src). */
  readonly azureDirectLineEndpoint: string | undefined;
}

function asset(type: string, body: Buffer): Asset {
  return { type, body, gzip: gzipSync(body), etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"` };
}

/**
 * Loads the bundles once: from web/dist (built after install, and by `npm start` when the sources
 * changed), or bundles them now when they are missing (the test suite, an install without scripts).
 */
async function loadAssets(log: Logger): Promise<Map<string, Asset>> {
  const files = new Map<string, Buffer>();
  if (ENTRY_FILES.every((name) => existsSync(join(DIST_DIR, name)))) {
    for (const name of readdirSync(DIST_DIR)) if (ASSET_NAME.test(name)) files.set(name, readFileSync(join(DIST_DIR, name)));
  } else {
    const started = Date.now();
    // Not bundled into dist/server.cjs: a built server always has its web assets beside it.
    const { buildWebAssets } = (await import(pathToFileURL(join(WEB_ROOT, 'build.ts')).href)) as typeof import('../../web/build');
    for (const file of await buildWebAssets()) files.set(file.name, Buffer.from(file.contents));
    log.info({ ms: Date.now() - started }, 'web assets bundled');
  }
  const assets = new Map<string, Asset>();
  for (const name of ENTRY_FILES) if (!files.has(name)) throw new Error(`web asset ${name} was not built`);
  for (const [name, body] of files) {
    const type = CONTENT_TYPES[extname(name)];
    if (type && ASSET_NAME.test(name)) assets.set(name, asset(type, body));
  }
  if (existsSync(ICON_FILE)) assets.set('icon.png', asset('image/png', readFileSync(ICON_FILE)));
  return assets;
}

function pageLanguage(req: Request): Language {
  const query = (req.query ?? {}) as Record<string, unknown>;
  const fromQuery = typeof query['lang'] === 'string' ? languageFromLocale(query['lang']) : undefined;
  if (fromQuery) return fromQuery;
  for (const part of (header(req, 'accept-language') ?? '').split(',')) {
    const language = languageFromLocale(part.split(';')[0]);
    if (language) return language;
  }
  return 'en';
}


/**
 * The web chat page (`/`), the Teams personal tab (`/tab`), the privacy statement and terms of use
 * (`/privacy`, `/terms`), their bundles (`/web/*`) and the tab's
 * data (`GET /api/tab/dashboard`, bearer = the dashboard link token or a Teams SSO token).
 */
export function registerWebRoutes(server: Server, deps: WebRouteDeps): void {
  const { log, tokens } = deps;
  const dashboards = createDashboardRepository(deps.db);
  const templates = {
    chat: readFileSync(join(WEB_ROOT, 'chat/index.html'), 'utf8'),
    tab: readFileSync(join(WEB_ROOT, 'tab/index.html'), 'utf8'),
  };
  let assets: Promise<Map<string, Asset>> | undefined;
  const assetsReady = () => {
    assets ??= loadAssets(log).catch((error: unknown) => {
      assets = undefined;
      throw error;
    });
    return assets;
  };
  const directLineOrigin = deps.azureDirectLineEndpoint ? new URL(deps.azureDirectLineEndpoint).origin : undefined;

  function page(template: string, req: Request, res: Response, options: { nonce?: string; connect: string }): void {
    const nonce = options.nonce ?? '';
    const csp = [
      "default-src 'none'",
      "script-src 'self'",
      // Web Chat writes its styles into <style> elements: they carry the per-response nonce. One
      // library adds an empty <style> first and fills it through the CSSOM: only empty is allowed.
      `style-src 'self'${nonce ? ` 'nonce-${nonce}' '${EMPTY_STYLE_HASH}'` : ''}`,
      "img-src 'self' data: blob:",
      "media-src 'self' data: blob:",
      "font-src 'self' data:",
      `connect-src ${options.connect}`,
      `frame-ancestors ${FRAME_ANCESTORS}`,
      "base-uri 'none'",
      "form-action 'none'",
      "object-src 'none'",
    ].join('; ');
    pageHeaders(res, csp);
    const html = template.replaceAll('{{LANG}}', pageLanguage(req)).replaceAll('{{NONCE}}', nonce);
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.sendRaw(200, html);
  }

  registerLegalRoutes(server, { language: pageLanguage, frameAncestors: FRAME_ANCESTORS });

  server.get('/', async (req, res) => {
    await assetsReady();
    const connect = ["'self'", ...(directLineOrigin ? [directLineOrigin, directLineOrigin.replace(/^https:/, 'wss:')] : []), 'blob:'].join(' ');
    page(templates.chat, req, res, { nonce: randomBytes(18).toString('base64'), connect });
  });

  server.get('/tab', async (req, res) => {
    await assetsReady();
    // teams-js loads the list of Microsoft hosts it may talk to from Microsoft's CDN.
    page(templates.tab, req, res, { connect: "'self' https://res.cdn.office.net" });
  });

  server.get('/web/:file', async (req, res) => {
    const name = String(req.params['file'] ?? '');
    const found = (await assetsReady()).get(name);
    if (!found) {
      res.send(404, { error: 'not found' });
      return;
    }
    res.setHeader('Content-Type', found.type);
    res.setHeader('ETag', found.etag);
    res.setHeader('Cache-Control', 'no-cache');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Vary', 'Accept-Encoding');
    if (header(req, 'if-none-match') === found.etag) {
      res.sendRaw(304, '');
      return;
    }
    if (/\bgzip\b/.test(header(req, 'accept-encoding') ?? '')) {
      res.setHeader('Content-Encoding', 'gzip');
      res.sendRaw(200, found.gzip);
      return;
    }
    res.sendRaw(200, found.body);
  });

  server.get('/api/tab/dashboard', async (req, res) => {
    res.setHeader('Cache-Control', 'no-store');
    const identity = await tokens.verify(bearer(req));
    if (!identity.ok) {
      res.send(401, { error: identity.reason });
      return;
    }
    // The member comes from the verified token only: a link names the member it was issued to, an
    // SSO token the Entra ID user, looked up among the member's own Teams conversations.
    const memberId = identity.via === 'link' ? identity.memberId : await dashboards.memberIdByAadObjectId(identity.aadObjectId);
    const data = memberId ? await withTransaction(deps.db, () => dashboards.forMember(memberId)) : undefined;
    if (!data) {
      res.send(404, { error: 'unknown-member' });
      return;
    }
    const now = deps.clock();
    res.send(200, dashboardView(data, (invoiceId) => deps.invoiceLinks.link({ invoiceId, memberId: data.memberId, language: data.language ?? pageLanguage(req) }, now)));
  });
}
