import { randomUUID } from 'node:crypto';
import { and, eq, like, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../bot/app';
import { createPaymentRepository } from '../../data/repositories/payments';
import { auditLog } from '../../data/schema/audit';
import { jobs, outboxEmails } from '../../data/schema/jobs';
import { invoices, memberships } from '../../data/schema/memberships';
import { hashToken } from '../../services/membership/paymentLinks';
import { paymentProvider } from '../../services/membership/context';
import { SANDBOX_DECLINE_CARD } from '../../services/membership/paymentProvider';
import { addDays } from '../../domain/billing';
import { translator, type Language } from '../../locales';
import { cardSubmit, createTestApp } from '../support/bot';
import { givenApprovedBusiness } from '../support/business';
import { startFakeChannel, type FakeChannel } from '../support/channel';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { createChannelBot, exchange, givenPoints } from '../support/membership';

/** Dunning after the due date (domain/dunning.ts) as jobs: reminders, the card retry, the hand-over to support. */
let database: TestDatabase;
let channel: FakeChannel;
let app: App;

beforeAll(async () => {
  database = await createTestDatabase();
  channel = await startFakeChannel();
  app = await createTestApp(database);
});
afterAll(async () => {
  await app.close();
  await channel.close();
});

async function purchase(method: 'card' | 'bank-transfer', language: Language) {
  const bot = createChannelBot(app, language, channel.url);
  const business = await givenApprovedBusiness(database.db, bot.userId, { countryCode: 'DK' });
  await givenPoints(database.db, business.businessId, 1200);
  await exchange(bot, 'menu');
  await exchange(bot, cardSubmit({ verb: 'payment.submit', tier: 'gold', method }));
  await app.jobs.runDue();
  const [membership] = await database.db.select().from(memberships).where(eq(memberships.businessId, business.businessId));
  const [invoice] = await database.db.select().from(invoices).where(eq(invoices.membershipId, membership?.id ?? randomUUID()));
  if (!membership || !invoice) throw new Error('the purchase did not issue an invoice');
  return { bot, membership, invoice };
}

async function jobAt(dedupeKey: string) {
  const [job] = await database.db.select().from(jobs).where(eq(jobs.dedupeKey, dedupeKey));
  return job;
}

async function makeDue(dedupeKey: string): Promise<void> {
  const rows = await database.db.update(jobs).set({ runAt: sql`now() - interval '1 second'` }).where(eq(jobs.dedupeKey, dedupeKey)).returning({ id: jobs.id });
  expect(rows).toHaveLength(1);
}

describe('bank transfer after the due date', () => {
  it('schedules reminders at due +3 and +10 days and support at +30, each 08:00 UTC', async () => {
    const { invoice } = await purchase('bank-transfer', 'da');
    for (const [step, days] of [['reminder', 3], ['reminder', 10], ['support-case', 30]] as const) {
      expect((await jobAt(`invoice.dunning:${step}:${invoice.id}:${days}`))?.runAt.toISOString()).toBe(`${addDays(invoice.dueDate, days)}T08:00:00.000Z`);
    }
  });

  it('the +3 reminder tells the member in chat and by e-mail, once; the membership stays active', async () => {
    const t = translator('da');
    const { bot, invoice, membership } = await purchase('bank-transfer', 'da');
    await makeDue(`invoice.dunning:reminder:${invoice.id}:3`);
    await app.jobs.runDue();
    const prefix = t('membership.notify.overdue', { number: invoice.invoiceNumber, total: '§', due: '§' }).split('§')[0] ?? '-';
    expect(channel.to(bot.conversationId).filter((a) => (a.text ?? '').startsWith(prefix))).toHaveLength(1);
    const mails = await database.db.select().from(outboxEmails).where(eq(outboxEmails.dedupeKey, `invoice.overdue.email:${invoice.id}:3`));
    expect(mails.map((m) => m.subject.startsWith(t('membership.email.overdue.subject', { number: invoice.invoiceNumber, due: '§' }).split('§')[0] ?? '-'))).toEqual([true]);
    const [after] = await database.db.select().from(memberships).where(eq(memberships.id, membership.id));
    expect(after?.status).toBe('active');
    expect((await database.db.select().from(invoices).where(eq(invoices.id, invoice.id)))[0]?.status).toBe('overdue');
  });

  it('at +30 the unpaid invoice is handed to support (audit log); a paid one is left alone', async () => {
    const unpaid = await purchase('bank-transfer', 'sv');
    await makeDue(`invoice.dunning:support-case:${unpaid.invoice.id}:30`);
    const paid = await purchase('bank-transfer', 'sv');
    await database.db.update(invoices).set({ status: 'paid', paidAt: new Date() }).where(eq(invoices.id, paid.invoice.id));
    await makeDue(`invoice.dunning:support-case:${paid.invoice.id}:30`);
    await app.jobs.runDue();
    const handed = await database.db.select().from(auditLog).where(eq(auditLog.action, 'invoice.support-case'));
    expect(handed.map((e) => e.subject).filter((s) => s === `invoice:${unpaid.invoice.id}` || s === `invoice:${paid.invoice.id}`)).toEqual([`invoice:${unpaid.invoice.id}`]);
  });
});

describe('card declined', () => {
  it('retries once three days later at 06:00 UTC and reminds at due +10; a second decline is not retried', async () => {
    const { membership, invoice } = await purchase('card', 'nl');
    const token = randomUUID();
    const payments = createPaymentRepository(database.db);
    const session = await payments.openSession({ membershipId: membership.id, tokenHash: hashToken(token), expiresAt: new Date(Date.now() + 86_400_000) });
    const stored = await paymentProvider().storeCard({ number: SANDBOX_DECLINE_CARD, expiry: '12/39', cvc: '123', holder: 'Test Member' }, new Date());
    if (!stored.ok) throw new Error('sandbox refused the test card');
    await payments.completeSession(session.id, stored.card, new Date());

    await makeDue(`card.charge:${invoice.id}`);
    await app.jobs.runDue();
    // Told by e-mail too, with another card or the bank transfer (the invoice now has its FI reference).
    const t = translator('nl');
    const [declined] = await database.db.select().from(outboxEmails).where(eq(outboxEmails.dedupeKey, `invoice.declined.email:${invoice.id}:first`));
    expect(declined?.subject).toBe(t('membership.email.declined.subject', { number: invoice.invoiceNumber }));
    const [withReference] = await database.db.select().from(invoices).where(eq(invoices.id, invoice.id));
    expect(withReference?.referenceScheme).toBe('fik71');
    expect(declined?.textBody).toContain(t('membership.email.declined.bankOffer'));
    expect(declined?.textBody).toContain(`+71<${withReference?.paymentReference}+`);

    const retry = await jobAt(`card.charge:${invoice.id}:retry`);
    expect(retry?.runAt.toISOString()).toBe(`${addDays(new Date().toISOString().slice(0, 10), 3)}T06:00:00.000Z`);
    expect(await jobAt(`invoice.dunning:reminder:${invoice.id}:10`)).toBeDefined();

    await makeDue(`card.charge:${invoice.id}:retry`);
    await app.jobs.runDue();
    const charges = await database.db.select().from(jobs).where(and(eq(jobs.kind, 'card.charge'), like(jobs.dedupeKey, `card.charge:${invoice.id}%`)));
    expect(charges.map((j) => j.status).sort()).toEqual(['done', 'done']);
    const notices = await database.db.select().from(jobs).where(like(jobs.dedupeKey, `membership.notify:chargeFailed:${invoice.id}:%`));
    expect(notices.length).toBe(2);
  });
});
