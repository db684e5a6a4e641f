import { randomBytes, randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createInvoiceLinks, INVOICE_LINK_SECONDS } from '../../../services/payments/invoiceLinks';

const links = createInvoiceLinks(randomBytes(32), 'https://cps.example');
const grant = { invoiceId: randomUUID(), memberId: randomUUID(), language: 'sv' as const };
const issued = new Date('2026-12-04T10:00:00Z');

function parts(url: string) {
  const parsed = new URL(url);
  const id = /^\/invoices\/([^/]+)\/pdf$/.exec(parsed.pathname)?.[1] ?? '';
  return { id, query: Object.fromEntries(parsed.searchParams) };
}

describe('invoice links', () => {
  it('a link grants its member, invoice and language until 24 hours after issue', () => {
    const { id, query } = parts(links.link(grant, issued));
    expect(links.check(id, query, new Date(issued.getTime() + (INVOICE_LINK_SECONDS - 1) * 1000))).toEqual({ ok: true, grant });
    expect(links.check(id, query, new Date(issued.getTime() + INVOICE_LINK_SECONDS * 1000))).toEqual({ ok: false, reason: 'expired' });
  });

  it.each(['m', 'l', 'e', 's'])('changing %s invalidates the link', (name) => {
    const { id, query } = parts(links.link(grant, issued));
    const changed = { ...query, [name]: name === 'm' ? randomUUID() : name === 'l' ? 'da' : name === 'e' ? String(Number(query['e']) + 60) : `${query['s']}x` };
    expect(links.check(id, changed, issued)).toEqual({ ok: false, reason: 'invalid' });
  });

  it('another invoice id or another key invalidates the link', () => {
    const { query } = parts(links.link(grant, issued));
    expect(links.check(randomUUID(), query, issued)).toEqual({ ok: false, reason: 'invalid' });
    const { id } = parts(links.link(grant, issued));
    expect(createInvoiceLinks(randomBytes(32), 'https://cps.example').check(id, query, issued)).toEqual({ ok: false, reason: 'invalid' });
  });
});
