import { randomBytes } from 'node:crypto';
import type { Request, Response, Server } from 'restify';
import { pageHeaders } from '../http/securityHeaders';
import { translator, type Language, type MessageKey, type Translate } from '../../locales';

export type LegalPage = 'privacy' | 'terms';

/** The sections of each page, in order: a heading and a paragraph, or a heading and a list (`.items`). */
const SECTIONS: Readonly<Record<LegalPage, readonly string[]>> = {
  privacy: ['controller', 'stored', 'why', 'howLong', 'rights', 'contact'],
  terms: ['who', 'use', 'membership', 'availability', 'liability', 'contact'],
};

const STYLE = `
:root { color-scheme: light dark; --bg: #ffffff; --text: #1a1a1a; --muted: #595959; --link: #005a9e; --bar: #1a1a1a; }
@media (prefers-color-scheme: dark) { :root { --bg: #1f1f1f; --text: #f0f0f0; --muted: #c2c2c2; --link: #8cc8ff; --bar: #000000; } }
* { box-sizing: border-box; }
body { margin: 0; background: var(--bg); color: var(--text); font: 1rem/1.55 system-ui, "Segoe UI", Roboto, Helvetica, Arial, sans-serif; }
header { background: var(--bar); color: #ffffff; padding: 0.75rem 1.25rem; }
header a { color: #ffffff; }
main { max-width: 44rem; margin: 0 auto; padding: 1rem 1.25rem 2rem; }
h1 { font-size: 1.5rem; line-height: 1.25; margin: 0.5rem 0; }
h2 { font-size: 1.15rem; margin: 1.5rem 0 0.5rem; }
.updated { color: var(--muted); margin: 0 0 1rem; }
a { color: var(--link); }
nav a, header a { display: inline-block; min-height: 24px; padding: 0.15rem 0; }
nav { display: flex; flex-wrap: wrap; gap: 0.5rem 1.25rem; }
ul { padding-left: 1.25rem; }
li { margin: 0.35rem 0; }
:focus-visible { outline: 3px solid var(--link); outline-offset: 2px; }
header :focus-visible { outline-color: #ffffff; }
`;

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);
}

function key(value: string): MessageKey {
  return value as MessageKey;
}

/** One section: its heading, then its paragraph, or its list when the catalogue has `.items`. */
function section(page: LegalPage, name: string, t: Translate): string {
  const base = `legal.${page}.${name}`;
  const heading = `<h2>${escapeHtml(t(key(`${base}.heading`)))}</h2>`;
  if (name === 'stored' || name === 'howLong' || name === 'use') {
    const items = t(key(`${base}.items`)).split('\n').map((item) => `<li>${escapeHtml(item)}</li>`);
    return `${heading}\n<ul>\n${items.join('\n')}\n</ul>`;
  }
  return `${heading}\n<p>${escapeHtml(t(key(`${base}.body`), { menu: t('menu.support') }))}</p>`;
}

/** The whole page in `language`, self-contained (its one style block carries `nonce`). */
export function renderLegalPage(page: LegalPage, language: Language, nonce: string): string {
  const t = translator(language);
  const other: LegalPage = page === 'privacy' ? 'terms' : 'privacy';
  const title = t(key(`legal.${page}.title`));
  return `<!doctype html>
<html lang="${language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<link rel="icon" href="/web/icon.png" type="image/png">
<style nonce="${nonce}">${STYLE}</style>
</head>
<body>
<header><a href="/?lang=${language}">${escapeHtml(t('legal.back'))}</a></header>
<main>
<h1>${escapeHtml(title)}</h1>
<p class="updated">${escapeHtml(t('legal.updated'))}</p>
<p>${escapeHtml(t(key(`legal.${page}.intro`)))}</p>
${SECTIONS[page].map((name) => section(page, name, t)).join('\n')}
<nav aria-label="${escapeHtml(t('web.legal.nav'))}"><a href="/${other}?lang=${language}">${escapeHtml(t(key(`legal.otherPage.${other}`)))}</a></nav>
</main>
</body>
</html>
`;
}

/**
 * `GET /privacy` and `GET /terms` (the Teams manifest's privacyUrl and termsOfUseUrl, linked from
 * the chat page and the tab) in the language of `?lang=`, else Accept-Language, else English.
 */
export function registerLegalRoutes(server: Server, options: { readonly language: (req: Request) => Language; readonly frameAncestors: string }): void {
  for (const page of ['privacy', 'terms'] as const) {
    server.get(`/${page}`, async (req: Request, res: Response) => {
      const nonce = randomBytes(18).toString('base64');
      const language = options.language(req);
      pageHeaders(res, [`default-src 'none'`, `style-src 'nonce-${nonce}'`, `img-src 'self'`, `frame-ancestors ${options.frameAncestors}`, `base-uri 'none'`, `form-action 'none'`].join('; '));
      res.setHeader('Content-Language', language);
      res.setHeader('Vary', 'Accept-Language');
      res.setHeader('Content-Type', 'text/html; charset=utf-8');
      res.sendRaw(200, renderLegalPage(page, language, nonce));
    });
  }
}
