import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { invoices, memberships } from '../../data/schema/memberships';
import type { Db } from '../../data/types';
import { paymentInstructions } from '../../domain/paymentInstructions';
import { sellerFor } from '../../domain/sellerEntities';
import { camt053Statement } from '../../services/payments/camtGenerator';
import { randomDigits } from './business';
import { newMember, post, type Member, type RunningApp } from './http';
import { actionsWith } from './membership';

/** A camt.053 statement with one credit for the invoice: its reference (or `reference`) and its amount. */
export function statementFor(invoice: typeof invoices.$inferSelect, country: string, reference?: string): string {
  const instructions = paymentInstructions({ buyerCountry: country, currency: invoice.currency, invoiceNumber: invoice.invoiceNumber, seller: sellerFor(country) });
  return camt053Statement({
    messageId: `MSG-${randomUUID().slice(0, 8)}`,
    statementId: `STMT-${randomUUID().slice(0, 8)}`,
    createdAt: '2026-12-05T07:00:00',
    accountIban: instructions.account.iban,
    currency: invoice.currency,
    transfers: [
      {
        amountMinor: invoice.grossAmountMinor,
        currency: invoice.currency,
        bookingDate: '2026-12-05',
        remittance: reference === undefined ? { kind: 'structured', value: invoice.paymentReference ?? '' } : { kind: 'unstructured', value: reference },
        payerName: 'Payer',
        bankReference: `BANK-${randomUUID()}`,
      },
    ],
  });
}

/** How far a scripted member goes: each step includes the ones before. */
export type JourneyEnd = 'started' | 'applied' | 'approved' | 'first-product' | 'invited' | 'joined' | 'paid';

const ORDER: readonly JourneyEnd[] = ['started', 'applied', 'approved', 'first-product', 'invited', 'joined', 'paid'];

const COMPANY: Record<string, { country: string; vatNumber: string; address: string }> = {
  da: { country: 'DK', vatNumber: 'DK13585628', address: 'Nørrebrogade 10, 2200 København N' },
  sv: { country: 'SE', vatNumber: 'SE556036079301', address: 'Drottninggatan 1, 111 51 Stockholm' },
  nl: { country: 'NL', vatNumber: 'NL004495445B01', address: 'Damrak 1, 1012 LG Amsterdam' },
  en: { country: 'DK', vatNumber: 'DK13585628', address: 'Nørrebrogade 10, 2200 København N' },
};

const PDF = Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n');

export interface JourneyRunner {
  /** Scripts one member through the bot (and the back office) up to `end`; returns the member. */
  run(locale: string, end: JourneyEnd): Promise<Member>;
  /** Submits an application and returns its id (the member stops at `applied`). */
  apply(member: Member, company: string): Promise<string>;
}

/** Real journeys over HTTP: chat through /api/messages, decisions and bank statements through the back-office API. */
export function journeys(running: RunningApp, db: Db, token: string): JourneyRunner {
  const say = (member: Member, body: Record<string, unknown>) => post(running.url, member, body);
  const backoffice = (path: string, init: { method?: string; body?: string; contentType?: string } = {}) =>
    fetch(`${running.url}${path}`, {
      method: init.method ?? 'GET',
      headers: { authorization: `Bearer ${token}`, ...(init.contentType ? { 'content-type': init.contentType } : {}) },
      ...(init.body !== undefined ? { body: init.body } : {}),
    });

  async function apply(member: Member, company: string): Promise<string> {
    const facts = COMPANY[member.locale] ?? COMPANY['en']!;
    await say(member, { value: { verb: 'account.apply' } });
    await say(member, {
      value: {
        verb: 'account.submit',
        country: facts.country,
        companyName: company,
        address: facts.address,
        vatRegistered: 'true',
        vatNumber: facts.vatNumber,
        documentType: 'company-invoice',
        authorised: 'true',
        contactEmail: `owner-${randomUUID().slice(0, 8)}@example.com`,
        oldCpsEmail: '',
      },
      attachments: [{ contentType: 'application/pdf', name: 'invoice.pdf', contentUrl: `data:application/pdf;base64,${PDF.toString('base64')}` }],
    });
    await say(member, { value: { verb: 'account.confirm' } });
    const listed = (await (await backoffice('/api/backoffice/applications?status=pending')).json()) as { applications: { id: string; companyName: string }[] };
    const found = listed.applications.find((a) => a.companyName === company);
    if (!found) throw new Error(`the application of ${company} is not pending`);
    return found.id;
  }

  async function register(member: Member, model: string): Promise<void> {
    const { activities } = await say(member, { value: { verb: 'product.add' } });
    const entryId = actionsWith(activities.map((a) => a.attachments?.[0]?.content), 'product.submit')[0]?.['entryId'];
    if (typeof entryId !== 'string') throw new Error('no product entry card');
    const facts = COMPANY[member.locale] ?? COMPANY['en']!;
    await say(member, { value: { verb: 'product.submit', entryId, model, serialNumber: randomDigits(12), purchaseDate: '2023-05-02', purchaseCountry: facts.country, dealer: 'Photocare' } });
  }

  async function pay(businessId: string, country: string): Promise<void> {
    const [membership] = await db.select().from(memberships).where(eq(memberships.businessId, businessId));
    const [invoice] = await db.select().from(invoices).where(eq(invoices.membershipId, membership?.id ?? randomUUID()));
    if (!invoice) throw new Error('no invoice was issued');
    const imported = await backoffice('/api/backoffice/payments/statements', { method: 'POST', body: statementFor(invoice, country), contentType: 'application/xml' });
    if (imported.status !== 200) throw new Error(`statement import answered ${imported.status}`);
  }

  async function run(locale: string, end: JourneyEnd): Promise<Member> {
    const reach = (step: JourneyEnd) => ORDER.indexOf(end) >= ORDER.indexOf(step);
    const member = newMember(locale);
    await say(member, { text: 'hello' });
    if (!reach('applied')) return member;
    const applicationId = await apply(member, `Studio ${randomUUID().slice(0, 8)}`);
    if (!reach('approved')) return member;
    const decided = await backoffice(`/api/backoffice/applications/${applicationId}/decision`, { method: 'POST', body: JSON.stringify({ decision: 'approve' }), contentType: 'application/json' });
    const { businessId } = (await decided.json()) as { businessId: string };
    if (!reach('first-product')) return member;
    await register(member, 'eos-r5');
    if (!reach('invited')) return member;
    await register(member, 'eos-r6-mark-ii');
    if (!reach('joined')) return member;
    await say(member, { value: { verb: 'tier.select', tier: 'silver' } });
    await say(member, { value: { verb: 'payment.submit', tier: 'silver', method: 'bank-transfer' } });
    await running.app.jobs.runDue();
    if (!reach('paid')) return member;
    await pay(businessId, (COMPANY[locale] ?? COMPANY['en']!).country);
    return member;
  }

  return { run, apply };
}
