import { randomUUID } from 'node:crypto';
import { and, eq, like, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../bot/app';
import { openDatabase, type Database } from '../../data/database';
import { createJobRepository } from '../../data/repositories/jobs';
import { createMembershipRepository } from '../../data/repositories/memberships';
import { createPaymentRepository } from '../../data/repositories/payments';
import { jobs, outboxEmails } from '../../data/schema/jobs';
import { invoices, memberships, payments } from '../../data/schema/memberships';
import { hashToken } from '../../services/membership/paymentLinks';
import { paymentProvider } from '../../services/membership/context';
import { chargeDueInvoicesNow, INVOICE_ISSUE_JOB, invoiceIssueDedupeKey } from '../../services/membership/jobs';
import { SANDBOX_DECLINE_CARD } from '../../services/membership/paymentProvider';
import { createMembershipContext } from '../../services/membership/context';
import { addDays } from '../../domain/billing';
import { generateMembershipNumber } from '../../domain/membershipNumber';
import { translator, type Language } from '../../locales';
import { cardSubmit, createTestApp } from '../support/bot';
import { givenApprovedBusiness } from '../support/business';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { startFakeChannel, type FakeChannel } from '../support/channel';
import { createChannelBot, exchange, givenPoints } from '../support/membership';

let database: TestDatabase;
let channel: FakeChannel;
let app: App;

/** The same database for a second app: the first app's close() must not close it. */
function shared(db: Database): Database {
  return { ...db, close: async () => {} };
}

beforeAll(async () => {
  database = await createTestDatabase();
  channel = await startFakeChannel();
  app = await createTestApp(shared(database));
});
afterAll(async () => {
  await app.close();
  await channel.close();
  await database.close();
});

/** A member of a new Danish business with enough points buys `tier` through the chat of `onApp`. */
async function purchase(onApp: App, options: { method: 'card' | 'bank-transfer'; language?: Language; tier?: string }) {
  const language = options.language ?? 'da';
  const bot = createChannelBot(onApp, language, channel.url);
  const business = await givenApprovedBusiness(database.db, bot.userId, { countryCode: 'DK' });
  await givenPoints(database.db, business.businessId, 1200);
  await exchange(bot, 'menu');
  await exchange(bot, cardSubmit({ verb: 'payment.submit', tier: options.tier ?? 'gold', method: options.method }));
  const [membership] = await database.db.select().from(memberships).where(eq(memberships.businessId, business.businessId));
  if (!membership) throw new Error('the purchase did not create a membership');
  return { bot, membership, ...business };
}

async function invoicesOf(membershipId: string) {
  return database.db.select().from(invoices).where(eq(invoices.membershipId, membershipId));
}

/** Makes a scheduled job due now (the test cannot wait 30 days for a due date). */
async function makeDue(dedupeKey: string): Promise<void> {
  const rows = await database.db.update(jobs).set({ runAt: sql`now() - interval '1 second'` }).where(eq(jobs.dedupeKey, dedupeKey)).returning({ id: jobs.id });
  expect(rows).toHaveLength(1);
}

describe('invoice.issue survives a restart', () => {
  it('purchase, restart before the invoice time, and the new process issues the invoice exactly once', async () => {
    const before = await createTestApp(shared(database), { INVOICE_DELAY_SECONDS: '2' });
    const { membership } = await purchase(before, { method: 'bank-transfer' });
    await before.jobs.runDue();
    expect(await invoicesOf(membership.id)).toHaveLength(0);
    await before.close();

    // A new process: on PostgreSQL with connections of its own, like a restarted server.
    const reopened = database.url ? await openDatabase({ databaseUrl: database.url, migrate: false, poolSize: 2 }) : shared(database);
    const after = await createTestApp(reopened, { INVOICE_DELAY_SECONDS: '2' });
    try {
      const [job] = await database.db.select().from(jobs).where(eq(jobs.dedupeKey, invoiceIssueDedupeKey(membership.id)));
      expect(job?.status).toBe('pending');
      const wait = (job?.runAt.getTime() ?? 0) - Date.now() + 100;
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      await after.jobs.runDue();
      await after.jobs.runDue();
      expect(await invoicesOf(membership.id)).toHaveLength(1);
      const [done] = await database.db.select().from(jobs).where(eq(jobs.dedupeKey, invoiceIssueDedupeKey(membership.id)));
      expect(done).toMatchObject({ status: 'done', attempts: 1 });
    } finally {
      await after.close();
    }
  });
});

describe('two job runners', () => {
  it('never issue an invoice twice, even with the same membership scheduled twice (PostgreSQL: separate connection pools)', async () => {
    const repository = createMembershipRepository(database.db);
    const jobRepository = createJobRepository(database.db);
    const count = 12;
    const membershipIds: string[] = [];
    for (let i = 0; i < count; i++) {
      const { businessId, memberId } = await givenApprovedBusiness(database.db, `runner-${randomUUID()}`, { countryCode: i % 2 === 0 ? 'DK' : 'SE' });
      const outcome = await repository.create({
        businessId,
        tierCode: 'silver',
        membershipNumber: generateMembershipNumber('DK'),
        previousMembershipNumber: null,
        paymentMethod: i % 3 === 0 ? 'card' : 'bank-transfer',
        startedAt: new Date(),
        validUntil: '2099-01-01',
      });
      if (outcome.kind !== 'created') throw new Error('membership not created');
      membershipIds.push(outcome.membership.id);
      const payload = { membershipId: outcome.membership.id, memberId, language: 'sv', currency: i % 2 === 0 ? 'DKK' : 'SEK', netMinor: 74_500, vatRateBp: 2500 };
      await jobRepository.enqueue({ kind: INVOICE_ISSUE_JOB, payload, dedupeKey: invoiceIssueDedupeKey(outcome.membership.id) });
      // A second schedule of the same work (as a bug or an operator might cause): still one invoice.
      if (i % 3 === 1) await jobRepository.enqueue({ kind: INVOICE_ISSUE_JOB, payload, dedupeKey: `duplicate:${outcome.membership.id}` });
    }
    const scheduled = count + Math.ceil((count - 1) / 3);

    const second = database.url ? await openDatabase({ databaseUrl: database.url, migrate: false, poolSize: 4 }) : shared(database);
    const other = await createTestApp(second);
    try {
      const runs = await Promise.all([app.jobs.runDue(), other.jobs.runDue(), app.jobs.runDue(), other.jobs.runDue()]);
      // Every job was claimed by exactly one runner, once.
      expect(runs.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(scheduled);
      for (const membershipId of membershipIds) expect(await invoicesOf(membershipId), membershipId).toHaveLength(1);
      const issueJobs = await database.db
        .select()
        .from(jobs)
        .where(and(eq(jobs.kind, INVOICE_ISSUE_JOB), sql`${jobs.payload}->>'membershipId' in ${membershipIds}`));
      expect(issueJobs).toHaveLength(scheduled);
      expect(issueJobs.every((j) => j.status === 'done' && j.attempts === 1)).toBe(true);
      for (const membershipId of membershipIds) {
        const [invoice] = await invoicesOf(membershipId);
        const mails = await database.db.select().from(outboxEmails).where(eq(outboxEmails.dedupeKey, `invoice.email:${invoice?.id}`));
        expect(mails).toHaveLength(1);
        expect(await database.db.select().from(payments).where(eq(payments.invoiceId, invoice?.id ?? ''))).toHaveLength(1);
      }
    } finally {
      await other.close();
    }
  });
});

describe('card.charge on the due date (rule M3)', () => {
  async function storeCard(membershipId: string, number: string): Promise<string> {
    const token = randomUUID();
    const repository = createPaymentRepository(database.db);
    const session = await repository.openSession({ membershipId, tokenHash: hashToken(token), expiresAt: new Date(Date.now() + 86_400_000) });
    const stored = await paymentProvider().storeCard({ number, expiry: '12/39', cvc: '123', holder: 'Test Member' }, new Date());
    if (!stored.ok) throw new Error('sandbox refused the test card');
    expect(await repository.completeSession(session.id, stored.card, new Date())).toBe(true);
    return session.id;
  }

  it('charges the stored card once, marks the invoice paid and tells the member', async () => {
    const t = translator('da');
    const { bot, membership } = await purchase(app, { method: 'card' });
    await app.jobs.runDue();
    const [invoice] = await invoicesOf(membership.id);
    expect(invoice?.status).toBe('issued');
    await storeCard(membership.id, '4242 4242 4242 4242');
    await makeDue(`card.charge:${invoice?.id}`);
    await app.jobs.runDue();

    const [paid] = await invoicesOf(membership.id);
    expect(paid?.status).toBe('paid');
    const charged = await database.db.select().from(payments).where(eq(payments.invoiceId, invoice?.id ?? ''));
    expect(charged).toMatchObject([{ status: 'succeeded', method: 'card', amountMinor: invoice?.grossAmountMinor }]);
    expect(charged[0]?.providerReference).toMatch(/^sbx_ch_/);
    const texts = channel.to(bot.conversationId).map((a) => a.text ?? '');
    expect(texts.some((text) => text.startsWith(t('membership.notify.charged', { total: '§', card: '§', number: '§' }).split('§')[0] ?? '-'))).toBe(true);

    // The same charge scheduled again finds the invoice paid: nothing is charged twice.
    await createJobRepository(database.db).enqueue({ kind: 'card.charge', payload: { invoiceId: invoice?.id ?? '' }, dedupeKey: `again:${invoice?.id}` });
    await app.jobs.runDue();
    expect(await database.db.select().from(payments).where(eq(payments.invoiceId, invoice?.id ?? ''))).toHaveLength(1);
  });

  it('a declined card leaves the invoice overdue and asks for another card; a new card is charged at once', async () => {
    const { membership } = await purchase(app, { method: 'card', language: 'sv' });
    await app.jobs.runDue();
    const [invoice] = await invoicesOf(membership.id);
    await storeCard(membership.id, SANDBOX_DECLINE_CARD);
    await makeDue(`card.charge:${invoice?.id}`);
    await app.jobs.runDue();
    expect((await invoicesOf(membership.id))[0]?.status).toBe('overdue');
    expect(await database.db.select().from(payments).where(eq(payments.invoiceId, invoice?.id ?? ''))).toMatchObject([{ status: 'failed', failureReason: 'card_declined' }]);
    const notices = await database.db.select().from(jobs).where(like(jobs.dedupeKey, `membership.notify:chargeFailed:${invoice?.id}:%`));
    expect(notices.length).toBeGreaterThan(0);

    // What the hosted page does after a new card is stored.
    const sessionId = await storeCard(membership.id, '5555 5555 5555 4444');
    await chargeDueInvoicesNow(createMembershipContext(app.services), membership.id, sessionId);
    await app.jobs.runDue();
    expect((await invoicesOf(membership.id))[0]?.status).toBe('paid');
    expect(await database.db.select().from(payments).where(eq(payments.invoiceId, invoice?.id ?? ''))).toMatchObject([{ status: 'succeeded' }]);
  });

  it('no card by the due date: the invoice is overdue and the member gets a link to add one', async () => {
    const t = translator('nl');
    const { bot, membership } = await purchase(app, { method: 'card', language: 'nl' });
    await app.jobs.runDue();
    const [invoice] = await invoicesOf(membership.id);
    await makeDue(`card.charge:${invoice?.id}`);
    await app.jobs.runDue();
    expect((await invoicesOf(membership.id))[0]?.status).toBe('overdue');
    const texts = channel.to(bot.conversationId).map((a) => a.text ?? '');
    expect(texts.some((text) => text.startsWith(t('membership.notify.cardMissing', { number: '§', total: '§' }).split('§')[0] ?? '-'))).toBe(true);
  });
});

describe('invoice.reminder for bank transfers (rule M4)', () => {
  it('reminds an unpaid bank transfer in chat and by e-mail, once', async () => {
    const t = translator('da');
    const { membership, bot } = await purchase(app, { method: 'bank-transfer' });
    await app.jobs.runDue();
    const [invoice] = await invoicesOf(membership.id);
    const [reminder] = await database.db.select().from(jobs).where(eq(jobs.dedupeKey, `invoice.reminder:${invoice?.id}`));
    expect(reminder?.runAt.toISOString()).toBe(`${addDays(invoice?.dueDate ?? '', -5)}T08:00:00.000Z`);
    await makeDue(`invoice.reminder:${invoice?.id}`);
    await app.jobs.runDue();
    const mails = await database.db.select().from(outboxEmails).where(eq(outboxEmails.dedupeKey, `invoice.reminder.email:${invoice?.id}`));
    expect(mails).toHaveLength(1);
    expect(mails[0]?.subject.startsWith(t('membership.email.reminder.subject', { number: invoice?.invoiceNumber ?? '', due: '§' }).split('§')[0] ?? '-')).toBe(true);
    const texts = channel.to(bot.conversationId).map((a) => a.text ?? '');
    expect(texts.some((text) => text.startsWith(t('membership.notify.reminder', { number: invoice?.invoiceNumber ?? '', total: '§', due: '§' }).split('§')[0] ?? '-'))).toBe(true);
  });

  it('sends nothing when the invoice was paid in the meantime', async () => {
    const { membership } = await purchase(app, { method: 'bank-transfer', language: 'sv' });
    await app.jobs.runDue();
    const [invoice] = await invoicesOf(membership.id);
    await database.db.update(invoices).set({ status: 'paid', paidAt: new Date() }).where(eq(invoices.id, invoice?.id ?? ''));
    await makeDue(`invoice.reminder:${invoice?.id}`);
    await app.jobs.runDue();
    expect(await database.db.select().from(outboxEmails).where(eq(outboxEmails.dedupeKey, `invoice.reminder.email:${invoice?.id}`))).toHaveLength(0);
    const [done] = await database.db.select().from(jobs).where(eq(jobs.dedupeKey, `invoice.reminder:${invoice?.id}`));
    expect(done?.status).toBe('done');
  });
});
