import './tab.css';
import { browserLanguage, formatDate, formatMoney, formatNumber, formatTime, INTL_LOCALE, isPageLanguage, languageOf, pageStorage, pageTranslator, type PageLanguage, type PageTranslate, type WebKey } from '../shared/i18n';
import type { DashboardView } from './view';

/** Outside Teams `app.initialize()` only gives up after a long timeout: decide within this (loading the SDK included). */
const HOST_TIMEOUT_MS = 800;
const TOKEN_KEY = 'cps.dashboard.token';

const APPLICATION_STATUS: Readonly<Record<NonNullable<DashboardView['application']>['status'], WebKey>> = {
  draft: 'web.tab.application.status.draft',
  'under-review': 'web.tab.application.status.under-review',
  approved: 'web.tab.application.status.approved',
  rejected: 'web.tab.application.status.rejected',
};
const MISSING_FIELD: Readonly<Record<DashboardView['products'][number]['missing'][number], WebKey>> = {
  serialNumber: 'web.tab.products.field.serialNumber',
  purchaseDate: 'web.tab.products.field.purchaseDate',
  purchaseCountry: 'web.tab.products.field.purchaseCountry',
  dealer: 'web.tab.products.field.dealer',
};
const MEMBERSHIP_STATUS: Readonly<Record<NonNullable<DashboardView['membership']>['status'], WebKey>> = {
  pending: 'web.tab.membership.status.pending',
  active: 'web.tab.membership.status.active',
  expired: 'web.tab.membership.status.expired',
  cancelled: 'web.tab.membership.status.cancelled',
};
const INVOICE_STATUS: Readonly<Record<DashboardView['invoices'][number]['status'], WebKey>> = {
  issued: 'web.tab.invoices.status.issued',
  paid: 'web.tab.invoices.status.paid',
  overdue: 'web.tab.invoices.status.overdue',
};

type TeamsSdk = typeof import('@microsoft/teams-js');

interface Host {
  readonly inTeams: boolean;
  readonly locale?: string;
  readonly theme?: string;
  /** Loaded only inside a frame or webview: at import it asks Microsoft's CDN for the hosts it trusts. */
  readonly sdk?: TeamsSdk;
}

function within<T>(promise: Promise<T>, ms: number): Promise<T> {
  return Promise.race([promise, new Promise<T>((_, reject) => setTimeout(() => reject(new Error('timed out')), ms))]);
}

/** Teams hosts the tab in a frame (desktop, web) or a webview with a native bridge (mobile). */
async function detectHost(): Promise<Host> {
  const framed = window.parent !== window;
  const native = 'nativeInterface' in window;
  if (!framed && !native) return { inTeams: false };
  try {
    const inside = async (): Promise<Host> => {
      const sdk = await import('@microsoft/teams-js');
      await sdk.app.initialize();
      const context = await sdk.app.getContext();
      return { inTeams: true, locale: context.app.locale, theme: context.app.theme, sdk };
    };
    return await within(inside(), HOST_TIMEOUT_MS);
  } catch (error) {
    console.info('not running inside Microsoft Teams', error);
    return { inTeams: false };
  }
}

function applyTheme(theme: string | undefined): void {
  // Outside Teams no data-theme: the stylesheet follows prefers-color-scheme.
  if (theme === 'dark' || theme === 'contrast' || theme === 'default') document.documentElement.dataset['theme'] = theme;
  else delete document.documentElement.dataset['theme'];
}

/** The link's token arrives in the fragment; keep it for reloads of this tab and take it out of the address bar. */
function linkToken(): string | undefined {
  const hash = new URLSearchParams(location.hash.slice(1));
  const fromHash = hash.get('token');
  const storage = pageStorage('sessionStorage');
  if (fromHash) {
    storage?.setItem(TOKEN_KEY, fromHash);
    history.replaceState(null, '', `${location.pathname}${location.search}`);
    return fromHash;
  }
  return storage?.getItem(TOKEN_KEY) ?? undefined;
}

async function ssoToken(sdk: TeamsSdk): Promise<string | undefined> {
  try {
    return await within(sdk.authentication.getAuthToken(), 5000);
  } catch (error) {
    console.info('Teams single sign-on unavailable', error);
    return undefined;
  }
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Record<string, string> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

function byId(id: string): HTMLElement {
  const found = document.getElementById(id);
  if (!found) throw new Error(`#${id} missing`);
  return found;
}

function section(id: string, title: string, ...content: Node[]): HTMLElement {
  return el('section', { id, class: 'card', 'aria-labelledby': `${id}-title` }, el('h2', { id: `${id}-title` }, title), ...content);
}

function formatTimestamp(language: PageLanguage, iso: string): string {
  return new Intl.DateTimeFormat(INTL_LOCALE[language], { dateStyle: 'long' }).format(new Date(iso));
}

function renderApplication(view: DashboardView, t: PageTranslate, language: PageLanguage): HTMLElement {
  const application = view.application;
  if (!application) return section('application', t('web.tab.application.title'), el('p', {}, t('web.tab.application.none')));
  const lines: Node[] = [
    el('p', { class: `status status-${application.status}`, 'data-status': application.status }, t(APPLICATION_STATUS[application.status])),
    el('p', { class: 'muted' }, t('web.tab.application.reference', { reference: application.reference })),
  ];
  if (application.submittedAt) lines.push(el('p', {}, t('web.tab.application.submitted', { date: formatTimestamp(language, application.submittedAt) })));
  if (application.status === 'under-review' && application.expectedDecisionDate) {
    lines.push(el('p', { class: 'eta' }, t('web.tab.application.eta', { date: formatDate(language, application.expectedDecisionDate) })));
  }
  if (application.status === 'approved' && application.decidedAt) lines.push(el('p', {}, t('web.tab.application.approvedOn', { date: formatTimestamp(language, application.decidedAt) })));
  return section('application', t('web.tab.application.title'), ...lines);
}

function renderProducts(view: DashboardView, t: PageTranslate): HTMLElement {
  if (!view.business) return section('products', t('web.tab.products.title'), el('p', {}, t('web.tab.products.needsAccount')));
  if (view.products.length === 0) return section('products', t('web.tab.products.title'), el('p', {}, t('web.tab.products.empty')));
  const list = el('ul', { class: 'products' });
  for (const product of view.products) {
    const fields = product.missing.map((field) => t(MISSING_FIELD[field])).join(', ');
    const state = product.complete ? t('web.tab.products.complete') : t('web.tab.products.missing', { fields });
    const mark = product.complete
      ? el('span', { class: 'tick', 'aria-hidden': 'true' }, '✓')
      : el('span', { class: 'no-tick', 'aria-hidden': 'true' }, '!');
    list.append(
      el(
        'li',
        { class: product.complete ? 'complete' : 'incomplete', 'data-complete': String(product.complete), 'data-model': product.modelId },
        mark,
        el(
          'div',
          { class: 'product' },
          el('span', { class: 'name' }, product.name),
          el('span', { class: 'points' }, t('web.tab.products.points', { points: product.points })),
          el('span', { class: product.complete ? 'state good' : 'state warn' }, state),
          ...(product.source === 'migration' ? [el('span', { class: 'muted' }, t('web.tab.products.migrated'))] : []),
        ),
      ),
    );
  }
  return section('products', t('web.tab.products.title'), list);
}

function renderPoints(view: DashboardView, t: PageTranslate, language: PageLanguage): HTMLElement {
  const points = view.points;
  const end = Math.max(1, ...points.milestones.map((m) => m.shownPoints));
  const next = points.next ? t('web.tab.points.next', { toGo: points.next.toGo, tier: points.next.name }) : t('web.tab.points.allOpen');
  const fill = el('div', { class: 'fill' });
  fill.style.width = `${Math.round(points.progress * 1000) / 10}%`;
  const meter = el('div', {
    class: 'meter',
    role: 'meter',
    'aria-label': t('web.tab.points.meter'),
    'aria-valuemin': '0',
    'aria-valuemax': String(end),
    'aria-valuenow': String(Math.min(points.total, end)),
    'aria-valuetext': `${t('web.tab.points.total', { points: points.total })}. ${next}`,
  }, fill);
  const ticks = el('ol', { class: 'ticks' });
  for (const milestone of points.milestones) {
    const label = milestone.moreThan ? `>${formatNumber(language, milestone.shownPoints)}` : formatNumber(language, milestone.shownPoints);
    const tick = el('li', { class: milestone.reached ? 'reached' : '' }, el('span', { class: 'tier' }, milestone.name), el('span', {}, label));
    tick.style.left = `${Math.round(milestone.position * 1000) / 10}%`;
    ticks.append(tick);
  }
  const content: Node[] = [el('p', { class: 'total', id: 'points-total' }, t('web.tab.points.total', { points: points.total })), meter, ticks, el('p', {}, next)];
  if (points.invited && points.invitationPoints !== undefined) content.push(el('p', { class: 'good' }, t('web.tab.points.invited', { points: formatNumber(language, points.invitationPoints) })));
  return section('points', t('web.tab.points.title'), ...content);
}

function renderTiers(view: DashboardView, t: PageTranslate, language: PageLanguage): HTMLElement {
  const list = el('ul', { class: 'tiers' });
  for (const tier of view.tiers) {
    const threshold = formatNumber(language, tier.shownPoints);
    const state = tier.open ? t('web.tab.tiers.open') : tier.moreThan ? t('web.tab.tiers.moreThan', { points: threshold }) : t('web.tab.tiers.from', { points: threshold });
    list.append(el('li', { class: tier.open ? 'open' : 'locked', 'data-tier': tier.code, 'data-open': String(tier.open) }, el('span', { class: 'name' }, tier.name), el('span', { class: 'state' }, state)));
  }
  return section('tiers', t('web.tab.tiers.title'), list);
}

function renderMembership(view: DashboardView, t: PageTranslate, language: PageLanguage): HTMLElement {
  const membership = view.membership;
  if (!membership) return section('membership', t('web.tab.membership.title'), el('p', {}, t('web.tab.membership.none')));
  const facts = el(
    'dl',
    { class: 'facts' },
    el('dt', {}, t('web.tab.membership.number')),
    el('dd', { id: 'membership-number' }, membership.membershipNumber),
    el('dt', {}, t('web.tab.membership.tier')),
    el('dd', {}, membership.tierName),
    el('dt', {}, t('web.tab.membership.status')),
    el('dd', {}, t(MEMBERSHIP_STATUS[membership.status])),
    el('dt', {}, t('web.tab.membership.validUntil')),
    el('dd', {}, formatDate(language, membership.validUntil)),
  );
  const content: Node[] = [facts];
  if (membership.previousMembershipNumber) content.push(el('p', { class: 'muted' }, t('web.tab.membership.previous', { number: membership.previousMembershipNumber })));
  return section('membership', t('web.tab.membership.title'), ...content);
}

/** The invoice's PDF (a signed link from the server; anything but a web address is not linked). */
function pdfLink(invoice: DashboardView['invoices'][number], t: PageTranslate): Node {
  let url: URL;
  try {
    url = new URL(invoice.pdfUrl);
  } catch {
    return document.createTextNode('');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return document.createTextNode('');
  return el('a', { href: url.href, target: '_blank', rel: 'noopener noreferrer', 'aria-label': t('web.tab.invoices.pdfLabel', { number: invoice.invoiceNumber }) }, t('web.tab.invoices.pdf'));
}

function renderInvoices(view: DashboardView, t: PageTranslate, language: PageLanguage): HTMLElement {
  if (view.invoices.length === 0) return section('invoices', t('web.tab.invoices.title'), el('p', {}, t('web.tab.invoices.none')));
  const head = el(
    'tr',
    {},
    el('th', { scope: 'col' }, t('web.tab.invoices.number')),
    el('th', { scope: 'col' }, t('web.tab.invoices.amount')),
    el('th', { scope: 'col' }, t('web.tab.invoices.due')),
    el('th', { scope: 'col' }, t('web.tab.invoices.statusHeader')),
    el('th', { scope: 'col' }, t('web.tab.invoices.document')),
  );
  const body = el('tbody');
  for (const invoice of view.invoices) {
    body.append(
      el(
        'tr',
        { 'data-invoice': invoice.invoiceNumber },
        el('th', { scope: 'row' }, invoice.invoiceNumber),
        el('td', { class: 'amount' }, formatMoney(language, invoice.grossAmountMinor, invoice.currency)),
        el('td', { class: 'due' }, formatDate(language, invoice.dueDate)),
        el('td', { class: `invoice-${invoice.status}` }, t(INVOICE_STATUS[invoice.status])),
        el('td', { class: 'pdf' }, pdfLink(invoice, t)),
      ),
    );
  }
  return section('invoices', t('web.tab.invoices.title'), el('div', { class: 'table-wrap' }, el('table', {}, el('thead', {}, head), body)));
}

function renderFaq(t: PageTranslate, language: PageLanguage): HTMLElement {
  const input = el('input', { id: 'faq-query', type: 'search', name: 'q', autocomplete: 'off', placeholder: t('web.tab.faq.placeholder'), maxlength: '300' });
  const results = el('div', { id: 'faq-results', 'aria-live': 'polite' });
  const form = el(
    'form',
    { role: 'search', class: 'faq-form' },
    el('label', { for: 'faq-query' }, t('web.tab.faq.label')),
    el('div', { class: 'row' }, input, el('button', { type: 'submit' }, t('web.tab.faq.search'))),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const query = input.value.trim();
    if (!query) return;
    results.replaceChildren();
    void searchFaq(query, language).then(
      (found) => {
        if (found.length === 0) {
          results.append(el('p', {}, t('web.tab.faq.none')));
          return;
        }
        const list = el('ul', { class: 'faq' });
        for (const result of found) list.append(el('li', {}, el('h3', {}, result.title), el('p', {}, result.answer)));
        results.append(list);
      },
      (error: unknown) => {
        console.warn('FAQ search failed', error);
        results.append(el('p', { class: 'warn' }, t('web.tab.faq.error')));
      },
    );
  });
  return section('faq', t('web.tab.faq.title'), form, results);
}

interface FaqResult {
  readonly title: string;
  readonly answer: string;
}

async function searchFaq(query: string, language: PageLanguage): Promise<FaqResult[]> {
  const response = await fetch(`/api/faq/search?q=${encodeURIComponent(query)}&locale=${language}`);
  if (!response.ok) throw new Error(`FAQ search: ${response.status}`);
  const body = (await response.json()) as { results?: unknown };
  if (!Array.isArray(body.results)) return [];
  return body.results.flatMap((r: unknown) => {
    if (typeof r !== 'object' || r === null) return [];
    const record = r as Record<string, unknown>;
    return typeof record['title'] === 'string' && typeof record['answer'] === 'string' ? [{ title: record['title'], answer: record['answer'] }] : [];
  });
}

type Loaded = { readonly ok: true; readonly view: DashboardView } | { readonly ok: false; readonly problem: WebKey };

async function loadDashboard(token: string | undefined): Promise<Loaded> {
  if (!token) return { ok: false, problem: 'web.tab.signedOut' };
  try {
    const response = await fetch('/api/tab/dashboard', { headers: { authorization: `Bearer ${token}` }, cache: 'no-store' });
    if (response.ok) return { ok: true, view: (await response.json()) as DashboardView };
    const body = (await response.json().catch(() => ({}))) as { error?: string };
    if (response.status === 401) return { ok: false, problem: body.error === 'expired' ? 'web.tab.expired' : 'web.tab.signedOut' };
    if (response.status === 404) return { ok: false, problem: 'web.tab.unknownMember' };
    return { ok: false, problem: 'web.tab.error' };
  } catch (error) {
    console.error('dashboard request failed', error);
    return { ok: false, problem: 'web.tab.error' };
  }
}

async function main(): Promise<void> {
  const started = performance.now();
  const host = await detectHost();
  document.documentElement.dataset['host'] = host.inTeams ? 'teams' : 'browser';
  document.documentElement.dataset['hostDetectedMs'] = String(Math.round(performance.now() - started));
  const fromQuery = new URLSearchParams(location.search).get('lang');
  const language: PageLanguage = isPageLanguage(fromQuery) ? fromQuery : (host.inTeams ? languageOf(host.locale) : undefined) ?? browserLanguage();
  const t = pageTranslator(language);
  document.documentElement.lang = language;
  document.title = t('web.tab.title');
  byId('title').textContent = t('web.tab.title');
  byId('legal').setAttribute('aria-label', t('web.legal.nav'));
  const privacyLink = byId('privacy-link');
  privacyLink.textContent = t('web.legal.privacyLink');
  privacyLink.setAttribute('href', `/privacy?lang=${language}`);
  const termsLink = byId('terms-link');
  termsLink.textContent = t('web.legal.termsLink');
  termsLink.setAttribute('href', `/terms?lang=${language}`);
  applyTheme(host.theme);
  if (host.sdk) host.sdk.app.registerOnThemeChangeHandler(applyTheme);
  else byId('host-note').textContent = t('web.tab.outsideTeams');

  const status = byId('status');
  const dashboard = byId('dashboard');
  const refresh = byId('refresh');
  refresh.textContent = t('web.tab.refresh');
  byId('faq-slot').replaceChildren(renderFaq(t, language));

  const link = linkToken();
  const token = host.sdk ? ((await ssoToken(host.sdk)) ?? link) : link;

  const show = async () => {
    status.textContent = t('web.tab.loading');
    refresh.hidden = true;
    const loaded = await loadDashboard(token);
    if (!loaded.ok) {
      status.textContent = t(loaded.problem);
      status.className = 'notice';
      dashboard.replaceChildren();
      refresh.hidden = loaded.problem !== 'web.tab.error';
      return;
    }
    const view = loaded.view;
    dashboard.replaceChildren(
      ...(view.business ? [el('p', { class: 'company' }, view.business.companyName)] : []),
      renderApplication(view, t, language),
      renderProducts(view, t),
      renderPoints(view, t, language),
      renderTiers(view, t, language),
      renderMembership(view, t, language),
      renderInvoices(view, t, language),
    );
    status.className = 'updated';
    status.textContent = t('web.tab.updated', { time: formatTime(language, new Date()) });
    refresh.hidden = false;
    document.documentElement.dataset['loaded'] = 'true';
  };
  refresh.addEventListener('click', () => void show());
  await show();
}

void main();
