import { createHmac, timingSafeEqual } from 'node:crypto';
import { isLanguage, type Language } from '../../domain/language';

/** How long a link to an invoice PDF works. */
export const INVOICE_LINK_SECONDS = 24 * 60 * 60;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** What a valid link grants: one member, one invoice, in one language, until it expires. */
export interface InvoiceLinkGrant {
  readonly invoiceId: string;
  readonly memberId: string;
  readonly language: Language;
}

export type InvoiceLinkCheck = { readonly ok: true; readonly grant: InvoiceLinkGrant } | { readonly ok: false; readonly reason: 'invalid' | 'expired' };

/**
 * Signed links to an invoice PDF (`invoice.view`): `GET /invoices/<invoiceId>/pdf?m=<memberId>&l=<language>&e=<expiry>&s=<signature>`,
 * the signature an HMAC-SHA256 over the rest with a key derived from the web signing secret
 * (`DASHBOARD_SECRET`). The route checks the signature and the expiry, then that the member still
 * acts for the invoice's business.
 */
export function createInvoiceLinks(key: Uint8Array, publicUrl: string) {
  const sign = (invoiceId: string, memberId: string, language: string, expires: number) =>
    createHmac('sha256', key).update(`invoice-pdf\n${invoiceId}\n${memberId}\n${language}\n${expires}`).digest('base64url');

  return {
    /** A link valid `INVOICE_LINK_SECONDS` from `now`. */
    link(grant: InvoiceLinkGrant, now: Date): string {
      const expires = Math.floor(now.getTime() / 1000) + INVOICE_LINK_SECONDS;
      const query = new URLSearchParams({ m: grant.memberId, l: grant.language, e: String(expires), s: sign(grant.invoiceId, grant.memberId, grant.language, expires) });
      return `${publicUrl}/invoices/${grant.invoiceId}/pdf?${query.toString()}`;
    },

    /** Checks a link's parts (path id and query) in constant time. */
    check(invoiceId: string, query: Readonly<Record<string, unknown>>, now: Date): InvoiceLinkCheck {
      const { m: memberId, l: language, e: expiresText, s: signature } = query;
      if (!UUID.test(invoiceId) || typeof memberId !== 'string' || !UUID.test(memberId)) return { ok: false, reason: 'invalid' };
      if (!isLanguage(language) || typeof expiresText !== 'string' || !/^\d{1,12}$/.test(expiresText) || typeof signature !== 'string') return { ok: false, reason: 'invalid' };
      const expected = Buffer.from(sign(invoiceId, memberId, language, Number(expiresText)));
      const given = Buffer.from(signature);
      if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { ok: false, reason: 'invalid' };
      if (Number(expiresText) * 1000 <= now.getTime()) return { ok: false, reason: 'expired' };
      return { ok: true, grant: { invoiceId, memberId, language } };
    },
  };
}

export type InvoiceLinks = ReturnType<typeof createInvoiceLinks>;
