import type { Request, Response, Server } from 'restify';
import { createSelfService } from '../../services/member/selfService';
import { createMembershipContext, paymentProvider, type MembershipContext } from '../../services/membership/context';
import { hashToken } from '../../services/membership/paymentLinks';
import { chargeDueInvoicesNow } from '../../services/membership/jobs';
import type { CardEntry, CardField, CardProblem } from '../../services/membership/paymentProvider';
import { cardLabel } from '../../services/membership/invoiceViews';
import { withTransaction } from '../../data/transaction';
import { pageHeaders } from '../http/securityHeaders';
import type { Services } from '../../services';
import { languageFromLocale, type Language } from '../../domain/language';
import { translator, type MessageKey, type Translate } from '../../locales';

export interface PaymentRouteDeps {
  readonly services: Services;
}

/** The URL token: 32 random bytes, base64url. Anything else is answered like an unknown token. */
const TOKEN = /^[A-Za-z0-9_-]{43}$/;

const PROBLEM_KEYS: Readonly<Record<CardProblem, MessageKey>> = {
  invalidNumber: 'membership.pay.invalidNumber',
  unsupportedBrand: 'membership.pay.unsupportedBrand',
  invalidExpiry: 'membership.pay.invalidExpiry',
  expired: 'membership.pay.expired',
  invalidCvc: 'membership.pay.invalidCvc',
  holderRequired: 'membership.pay.holderRequired',
  declined: 'membership.pay.declined',
};

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);
}

function field(body: unknown, name: string): string {
  if (typeof body !== 'object' || body === null) return '';
  const value = (body as Record<string, unknown>)[name];
  return typeof value === 'string' ? value.slice(0, 200) : '';
}

function languageOf(req: Request): Language {
  const query = (req.query ?? {}) as Record<string, unknown>;
  const fromQuery = typeof query['lang'] === 'string' ? languageFromLocale(query['lang']) : undefined;
  return fromQuery ?? languageFromLocale(field(req.body, 'lang')) ?? languageFromLocale(req.header('accept-language')) ?? 'en';
}

function page(language: Language, t: Translate, content: string): string {
  return `<!doctype html>
<html lang="${language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(t('membership.pay.title'))}</title>
<style>
body{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;max-width:32rem;margin:2rem auto;padding:0 1rem;color:#1f1f1f}
h1{font-size:1.4rem}label{display:block;margin-top:1rem;font-weight:600}
input{width:100%;box-sizing:border-box;padding:.6rem;font-size:1rem;border:1px solid #767676;border-radius:4px}
input[aria-invalid=true]{border-color:#b00020}.error{color:#b00020;margin:.25rem 0 0}
button{margin-top:1.5rem;padding:.7rem 1.4rem;font-size:1rem;background:#cc0000;color:#fff;border:0;border-radius:4px}
.note{background:#f3f3f3;padding:.75rem;border-radius:4px}.ok{color:#0b6a0b;font-weight:600}
</style>
</head>
<body>
<h1>${escapeHtml(t('membership.pay.title'))}</h1>
${content}
</body>
</html>`;
}

interface FormState {
  readonly holder?: string;
  readonly expiry?: string;
  readonly problems?: Partial<Record<CardField, CardProblem>>;
}

function input(id: CardField, label: string, attributes: string, value: string, problem: CardProblem | undefined, t: Translate): string {
  const error = problem ? `<p class="error" id="${id}-error">${escapeHtml(t(PROBLEM_KEYS[problem]))}</p>` : '';
  return `<label for="${id}">${escapeHtml(label)}</label>
<input id="${id}" name="${id}" ${attributes} value="${escapeHtml(value)}"${problem ? ` aria-invalid="true" aria-describedby="${id}-error"` : ''} required>${error}`;
}

function form(token: string, language: Language, t: Translate, intro: string, state: FormState = {}): string {
  const problems = state.problems ?? {};
  const summary = Object.keys(problems).length > 0 ? `<p class="error" role="alert">${escapeHtml(t('membership.pay.fixErrors'))}</p>` : '';
  return `<p>${escapeHtml(intro)}</p>
<p class="note">${escapeHtml(t('membership.pay.sandbox'))}</p>
${summary}
<form method="post" action="/pay/${token}?lang=${language}" autocomplete="on">
<input type="hidden" name="lang" value="${language}">
${input('holder', t('membership.pay.holder'), 'autocomplete="cc-name" maxlength="100"', state.holder ?? '', problems.holder, t)}
${input('number', t('membership.pay.cardNumber'), 'autocomplete="cc-number" inputmode="numeric" maxlength="23"', '', problems.number, t)}
${input('expiry', t('membership.pay.expiry'), 'autocomplete="cc-exp" placeholder="MM/YY" maxlength="7"', state.expiry ?? '', problems.expiry, t)}
${input('cvc', t('membership.pay.cvc'), 'autocomplete="cc-csc" inputmode="numeric" maxlength="4"', '', problems.cvc, t)}
<button type="submit">${escapeHtml(t('membership.pay.submit'))}</button>
</form>`;
}

function send(res: Response, status: number, html: string): void {
  res.setHeader('content-type', 'text/html; charset=utf-8');
  pageHeaders(res, "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'");
  res.sendRaw(status, html);
}

type SessionState =
  | { readonly kind: 'missing' }
  | { readonly kind: 'used' }
  | { readonly kind: 'expired' }
  | { readonly kind: 'open'; readonly sessionId: string; readonly membershipId: string; readonly intro: string };

async function sessionState(ctx: MembershipContext, token: string, t: Translate): Promise<SessionState> {
  if (!TOKEN.test(token)) return { kind: 'missing' };
  const found = await ctx.payments.sessionByTokenHash(hashToken(token));
  if (!found) return { kind: 'missing' };
  if (found.session.status === 'completed') return { kind: 'used' };
  if (found.session.status !== 'open' || found.session.expiresAt.getTime() <= ctx.services.clock().getTime()) return { kind: 'expired' };
  return {
    kind: 'open',
    sessionId: found.session.id,
    membershipId: found.membershipId,
    intro: t('membership.pay.intro', { number: found.membershipNumber, company: found.companyName }),
  };
}

function closedPage(state: Exclude<SessionState, { kind: 'open' }>, language: Language, t: Translate): { status: number; html: string } {
  const key: MessageKey = state.kind === 'used' ? 'membership.pay.used' : state.kind === 'expired' ? 'membership.pay.expiredLink' : 'membership.pay.notFound';
  const status = state.kind === 'used' ? 409 : state.kind === 'expired' ? 410 : 404;
  return { status, html: page(language, t, `<p>${escapeHtml(t(key))}</p>`) };
}

/**
 * The sandbox provider's hosted card page (rule M3: no card number passes through chat).
 *
 * - `GET /pay/:token?lang=da|sv|nl|en` → 200 HTML form (name, card number, expiry, CVC); 404 unknown
 *   token, 409 a card was already stored with it, 410 expired.
 * - `POST /pay/:token` (form-encoded `holder`, `number`, `expiry`, `cvc`, `lang`) → 200 "card saved"
 *   (only brand, last four digits and the provider reference are stored; an invoice already due is
 *   charged right away), 422 the form again with the problems (name and expiry kept; card number
 *   and CVC never echoed), or 404/409/410 as above.
 */
export function registerPaymentRoutes(server: Server, deps: PaymentRouteDeps): void {
  const ctx = createMembershipContext(deps.services);
  const vault = paymentProvider();
  const log = deps.services.log.child({ area: 'payments' });

  server.get('/pay/:token', async (req: Request, res: Response) => {
    const language = languageOf(req);
    const t = translator(language);
    try {
      const token = String(req.params['token'] ?? '');
      const state = await withTransaction(deps.services.db, () => sessionState(ctx, token, t));
      if (state.kind !== 'open') {
        const closed = closedPage(state, language, t);
        send(res, closed.status, closed.html);
        return;
      }
      send(res, 200, page(language, t, form(token, language, t, state.intro)));
    } catch (error) {
      log.error({ err: error }, 'payment page failed');
      send(res, 500, page(language, t, `<p>${escapeHtml(t('error.apology'))}</p>`));
    }
  });

  server.post('/pay/:token', async (req: Request, res: Response) => {
    const language = languageOf(req);
    const t = translator(language);
    try {
      const token = String(req.params['token'] ?? '');
      const entry: CardEntry = { holder: field(req.body, 'holder'), number: field(req.body, 'number'), expiry: field(req.body, 'expiry'), cvc: field(req.body, 'cvc') };
      const outcome = await withTransaction(deps.services.db, async () => {
        const state = await sessionState(ctx, token, t);
        if (state.kind !== 'open') return { ...closedPage(state, language, t) };
        const stored = await vault.storeCard(entry, ctx.services.clock());
        if (!stored.ok) {
          return { status: 422, html: page(language, t, form(token, language, t, state.intro, { holder: entry.holder, expiry: entry.expiry, problems: stored.problems })) };
        }
        if (!(await ctx.payments.completeSession(state.sessionId, stored.card, ctx.services.clock()))) {
          return { ...closedPage({ kind: 'used' }, language, t) };
        }
        // A member who switched from bank transfer (payment.change) pays by card from the next invoice.
        await createSelfService(deps.services.db).useCard(state.membershipId);
        await chargeDueInvoicesNow(ctx, state.membershipId, state.sessionId);
        log.info({ membershipId: state.membershipId, brand: stored.card.brand, provider: ctx.provider.name }, 'card stored for a membership');
        const saved = t('membership.pay.saved', { card: cardLabel(stored.card, t) });
        return { status: 200, html: page(language, t, `<p class="ok" role="status">${escapeHtml(saved)}</p>`) };
      });
      send(res, outcome.status, outcome.html);
    } catch (error) {
      log.error({ err: error }, 'payment page submit failed');
      send(res, 500, page(language, t, `<p>${escapeHtml(t('error.apology'))}</p>`));
    }
  });
}
