import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { SMTPServer } from 'smtp-server';
import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { invoices, memberships } from '../../data/schema/memberships';
import { formatMoney } from '../../domain/billing';
import { paymentInstructions } from '../../domain/paymentInstructions';
import { sellerFor } from '../../domain/sellerEntities';
import { intlLocale, translator, type Language } from '../../locales';
import { camt053Statement } from '../../services/payments/camtGenerator';
import { cardSubmit } from '../support/bot';
import { givenApprovedBusiness } from '../support/business';
import { startFakeChannel, type FakeChannel } from '../support/channel';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { startApp, type RunningApp } from '../support/http';
import { createChannelBot, exchange, givenPoints, openUrls, cardsIn } from '../support/membership';

/**
 * Issue 21's "done when", per country: join with bank transfer → the invoice e-mail carries the PDF
 * (invoice number, total in the local format, the local reference) → the bank's camt.053 with that
 * reference is imported → the invoice is paid → the member hears "payment received" in their
 * language; importing the statement again counts a duplicate and sends nothing.
 */

const TOKEN = 'backoffice-payments-token-1234567890';

interface ReceivedMail {
  readonly to: string[];
  readonly raw: string;
}

let database: TestDatabase;
let running: RunningApp;
let smtp: SMTPServer;
let channel: FakeChannel;
const mails: ReceivedMail[] = [];

beforeAll(async () => {
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    size: 10 * 1024 * 1024,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        mails.push({ to: session.envelope.rcptTo.map((r) => r.address), raw: Buffer.concat(chunks).toString('utf8') });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
  channel = await startFakeChannel();
  database = await createTestDatabase();
  running = await startApp(database, { INVOICE_DELAY_SECONDS: '0', BACKOFFICE_TOKEN: TOKEN, SMTP_URL: `smtp://127.0.0.1:${(smtp.server.address() as AddressInfo).port}?ignoreTLS=true` });
});

afterAll(async () => {
  await running.app.close();
  await database.close();
  await channel.close();
  await new Promise<void>((resolve) => smtp.close(() => resolve()));
});

/** Text as a reader compares it: no-break spaces as spaces, runs of white space as one. */
function plain(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, ' ');
}

async function pdfText(bytes: Uint8Array): Promise<string> {
  const { text } = await extractText(await getDocumentProxy(bytes), { mergePages: true });
  return plain(text);
}

/** The parts of a MIME multipart message: headers and body. */
function mimeParts(raw: string): { headers: string; body: string }[] {
  const boundary = /boundary="?([^";\r\n]+)"?/i.exec(raw)?.[1];
  if (!boundary) return [];
  return raw
    .split(`--${boundary}`)
    .slice(1, -1)
    .map((part) => {
      const split = part.indexOf('\r\n\r\n');
      return { headers: part.slice(0, split), body: part.slice(split + 4) };
    });
}

function pdfAttachment(raw: string): { fileName: string; bytes: Uint8Array } | undefined {
  const part = mimeParts(raw).find((p) => /^content-type:\s*application\/pdf/im.test(p.headers));
  if (!part) return undefined;
  const fileName = /filename="?([^";\r\n]+)"?/.exec(part.headers)?.[1] ?? '';
  return { fileName, bytes: new Uint8Array(Buffer.from(part.body.replace(/\s+/g, ''), 'base64')) };
}

function backoffice(path: string, init: { method?: string; body?: string; contentType?: string; token?: string | null } = {}): Promise<Response> {
  const headers = new Headers();
  if (init.token !== null) headers.set('authorization', `Bearer ${init.token ?? TOKEN}`);
  if (init.contentType) headers.set('content-type', init.contentType);
  return fetch(`${running.url}${path}`, { method: init.method ?? 'GET', headers, ...(init.body !== undefined ? { body: init.body } : {}) });
}

const COUNTRIES = [
  { country: 'DK', language: 'da', currency: 'DKK', scheme: 'fik71' },
  { country: 'SE', language: 'sv', currency: 'SEK', scheme: 'ocr' },
  { country: 'NL', language: 'nl', currency: 'EUR', scheme: 'betalingskenmerk' },
] as const;

/** A member of a new approved business in `country` with enough points for Gold, who joins with bank transfer. */
async function joinWithBankTransfer(country: string, language: Language) {
  const bot = createChannelBot(running.app, language, channel.url);
  const { businessId } = await givenApprovedBusiness(database.db, bot.userId, { countryCode: country });
  await givenPoints(database.db, businessId, 1500);
  await exchange(bot, 'menu');
  await exchange(bot, cardSubmit({ verb: 'tier.select', tier: 'gold' }));
  await exchange(bot, cardSubmit({ verb: 'payment.submit', tier: 'gold', method: 'bank-transfer' }));
  await running.app.jobs.runDue();
  const [membership] = await database.db.select().from(memberships).where(eq(memberships.businessId, businessId));
  const [invoice] = await database.db.select().from(invoices).where(eq(invoices.membershipId, membership?.id ?? randomUUID()));
  if (!invoice) throw new Error('no invoice was issued');
  return { bot, businessId, invoice };
}

function statementFor(invoice: typeof invoices.$inferSelect, country: string, companyPayer: string): string {
  const pay = paymentInstructions({ buyerCountry: country, currency: invoice.currency, invoiceNumber: invoice.invoiceNumber, seller: sellerFor(country) });
  return camt053Statement({
    messageId: `MSG-${randomUUID().slice(0, 8)}`,
    statementId: `STMT-${randomUUID().slice(0, 8)}`,
    createdAt: '2026-12-05T07:00:00',
    accountIban: pay.account.iban,
    currency: invoice.currency,
    transfers: [
      {
        amountMinor: invoice.grossAmountMinor,
        currency: invoice.currency,
        bookingDate: '2026-12-05',
        remittance: { kind: 'structured', value: invoice.paymentReference ?? '' },
        payerName: companyPayer,
        bankReference: `BANK-${randomUUID()}`,
      },
    ],
  });
}

describe.each(COUNTRIES)('bank transfer in $country', ({ country, language, currency, scheme }) => {
  const t = translator(language);

  it('invoice e-mail with the PDF → statement imported → paid → "payment received" once, in the member’s language', async () => {
    const { bot, invoice } = await joinWithBankTransfer(country, language);
    expect(invoice).toMatchObject({ currency, referenceScheme: scheme, status: 'issued' });

    // The e-mail reached the SMTP server with the invoice PDF attached.
    const mail = mails.find((m) => m.raw.includes(invoice.invoiceNumber) && pdfAttachment(m.raw));
    const attachment = pdfAttachment(mail?.raw ?? '');
    expect(attachment?.fileName).toBe(`${invoice.invoiceNumber}.pdf`);
    const text = await pdfText(attachment?.bytes ?? new Uint8Array());
    expect(text).toContain(invoice.invoiceNumber);
    expect(text).toContain(plain(formatMoney(invoice.grossAmountMinor, currency, intlLocale[language])));
    const printed = paymentInstructions({ buyerCountry: country, currency, invoiceNumber: invoice.invoiceNumber, seller: sellerFor(country) }).printed;
    expect(text).toContain(plain(printed));

    // The bank's statement with that reference.
    const xml = statementFor(invoice, country, 'Someone Else Entirely');
    const imported = await backoffice('/api/backoffice/payments/statements', { method: 'POST', body: xml, contentType: 'application/xml' });
    expect(imported.status).toBe(200);
    const first = (await imported.json()) as { statementId: string; matched: number; unmatched: number; duplicates: number };
    expect(first).toMatchObject({ matched: 1, unmatched: 0, duplicates: 0 });
    const [paid] = await database.db.select().from(invoices).where(eq(invoices.id, invoice.id));
    expect(paid?.status).toBe('paid');

    await running.app.jobs.runDue();
    const received = t('membership.notify.received', { number: invoice.invoiceNumber, total: formatMoney(invoice.grossAmountMinor, currency, intlLocale[language]) });
    const receivedCount = () => channel.to(bot.conversationId).filter((a) => a.text === received).length;
    expect(receivedCount()).toBe(1);

    // The same statement again: a duplicate, nothing changes, nothing is sent.
    const again = await backoffice('/api/backoffice/payments/statements', { method: 'POST', body: xml, contentType: 'application/xml' });
    expect(await again.json()).toEqual({ statementId: first.statementId, matched: 0, unmatched: 0, duplicates: 1 });
    await running.app.jobs.runDue();
    expect(receivedCount()).toBe(1);

    // Staff see it paid, with its local reference.
    const list = (await (await backoffice('/api/backoffice/invoices?status=paid')).json()) as { id: string; referenceScheme: string; reference: string; amount: string }[];
    expect(list.find((i) => i.id === invoice.id)).toMatchObject({
      referenceScheme: scheme,
      reference: invoice.paymentReference,
      amount: `${Math.floor(invoice.grossAmountMinor / 100)}.${String(invoice.grossAmountMinor % 100).padStart(2, '0')}`,
    });
  });
});

describe('invoice.view', () => {
  it('replies with a signed link that serves the PDF to the member; a changed link serves nothing', async () => {
    const { bot, invoice } = await joinWithBankTransfer('DK', 'da');
    const replies = await exchange(bot, cardSubmit({ verb: 'invoice.view', invoiceId: invoice.id }));
    const [url] = openUrls(cardsIn(replies));
    const link = new URL(url ?? 'http://invalid/');
    const served = await fetch(`${running.url}${link.pathname}${link.search}`);
    expect(served.status).toBe(200);
    expect(served.headers.get('content-type')).toBe('application/pdf');
    expect(await pdfText(new Uint8Array(await served.arrayBuffer()))).toContain(invoice.invoiceNumber);

    link.searchParams.set('e', String(Number(link.searchParams.get('e')) + 3600));
    expect((await fetch(`${running.url}${link.pathname}${link.search}`)).status).toBe(404);
  });

  it('an invoice of another business is not found', async () => {
    const { invoice } = await joinWithBankTransfer('SE', 'sv');
    const other = createChannelBot(running.app, 'sv', channel.url);
    await givenApprovedBusiness(database.db, other.userId, { countryCode: 'SE' });
    const replies = await exchange(other, cardSubmit({ verb: 'invoice.view', invoiceId: invoice.id }));
    expect(replies.map((r) => r.text)).toContain(translator('sv')('membership.invoice.viewUnknown'));
  });
});

describe('statement upload and assignment: refusals', () => {
  const upload = (body: string, contentType = 'application/xml', token?: string | null) =>
    backoffice('/api/backoffice/payments/statements', { method: 'POST', body, contentType, ...(token !== undefined ? { token } : {}) });

  it('401 without the bearer token', async () => {
    expect((await upload('<Document/>', 'application/xml', null)).status).toBe(401);
    expect((await backoffice('/api/backoffice/invoices?status=open', { token: null })).status).toBe(401);
    expect((await backoffice('/api/backoffice/payments/unmatched', { token: 'wrong-token-wrong-token' })).status).toBe(401);
  });

  it('400 for an invoice status that is not open, paid or overdue', async () => {
    const response = await backoffice('/api/backoffice/invoices?status=late');
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: 'invalid-status' });
  });

  it('400 for a document that is not a bank statement, and for an assignment without an invoice id', async () => {
    const response = await upload('<?xml version="1.0"?><Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.001.001.03"><CstmrCdtTrfInitn/></Document>');
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: 'not-a-statement' });
    const assign = await backoffice(`/api/backoffice/payments/${randomUUID()}/assign`, { method: 'POST', body: JSON.stringify({ invoice: 'x' }), contentType: 'application/json' });
    expect(assign.status).toBe(400);
  });

  it('415 for another content type', async () => {
    const response = await upload('{"a":1}', 'application/json');
    expect(response.status).toBe(415);
    expect(await response.json()).toMatchObject({ error: 'unsupported-media-type' });
  });

  it('400 for malformed XML, with what is wrong', async () => {
    const response = await upload('<Document><BkToCstmrStmt></Document>');
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: 'malformed' });
  });

  it('400 for a file over 5 MB', async () => {
    const response = await upload(`<Document>${'x'.repeat(5 * 1024 * 1024)}</Document>`);
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: 'too-large' });
  });

  it('an unmatched credit is listed; assigning it to an unknown invoice is 404, to the right one pays it', async () => {
    const { invoice } = await joinWithBankTransfer('NL', 'nl');
    const xml = camt053Statement({
      messageId: `MSG-${randomUUID().slice(0, 8)}`,
      statementId: `STMT-${randomUUID().slice(0, 8)}`,
      createdAt: '2026-12-05T07:00:00',
      accountIban: 'NL20INGB0001234567',
      currency: 'EUR',
      transfers: [{ amountMinor: invoice.grossAmountMinor, currency: 'EUR', bookingDate: '2026-12-05', remittance: { kind: 'unstructured', value: 'membership' }, payerName: 'Unknown Payer', bankReference: `BANK-${randomUUID()}` }],
    });
    expect(await (await upload(xml)).json()).toMatchObject({ matched: 0, unmatched: 1, duplicates: 0 });
    const unmatched = (await (await backoffice('/api/backoffice/payments/unmatched')).json()) as { id: string; payerName: string }[];
    const entry = unmatched.find((e) => e.payerName === 'Unknown Payer');
    expect(entry).toBeDefined();

    const unknown = await backoffice(`/api/backoffice/payments/${entry?.id}/assign`, { method: 'POST', body: JSON.stringify({ invoiceId: randomUUID() }), contentType: 'application/json' });
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toMatchObject({ error: 'no-such-invoice' });

    const assigned = await backoffice(`/api/backoffice/payments/${entry?.id}/assign`, { method: 'POST', body: JSON.stringify({ invoiceId: invoice.id }), contentType: 'application/json' });
    expect(await assigned.json()).toEqual({ entryId: entry?.id, invoiceId: invoice.id, invoiceStatus: 'paid' });
  });

  it('staff download an invoice PDF; an unknown id is 404', async () => {
    const { invoice } = await joinWithBankTransfer('SE', 'sv');
    const pdf = await backoffice(`/api/backoffice/invoices/${invoice.id}/pdf?lang=sv`);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect(await pdfText(new Uint8Array(await pdf.arrayBuffer()))).toContain(invoice.invoiceNumber);
    expect((await backoffice(`/api/backoffice/invoices/${randomUUID()}/pdf`)).status).toBe(404);
  });
});
