import { invoiceCard } from '../../cards/membershipInvoice';
import type { MembershipBusiness, MembershipRow } from '../../data/repositories/memberships';
import type { Invoice } from '../../data/schema/memberships';
import {
  addDays,
  cardChargeAt,
  invoiceDueDate,
  invoiceNumber,
  quote,
  reminderAt,
  type Quote,
} from '../../domain/billing';
import { isLanguage, type Language } from '../../domain/language';
import { membershipCode } from '../../domain/membershipNumber';
import { paymentInstructions } from '../../domain/paymentInstructions';
import { invoiceSeller, sellerFor } from '../../domain/sellerEntities';
import { vatTreatment, type VatTreatment } from '../../domain/vatRules';
import { INVOICE_NOTICES, MEMBERSHIP_NOTIFY_JOB, notifyDedupeKey, type InvoiceNotice } from '../payments/notices';
import { translator, type MessageArgs } from '../../locales';
import { transactional, type JobContext, type JobHandler, JobHandlers } from '../../jobs/runner';
import { createAuditLog, type AuditLog } from '../../data/repositories/audit';
import { localDate } from '../../domain/businessDays';
import { CARD_REMINDER_DAYS, CARD_RETRY_DAYS, SUPPORT_CASE_DAYS, TRANSFER_REMINDER_DAYS } from '../../domain/dunning';
import { openPaymentLink } from './paymentLinks';
import { quoteFor, type MembershipContext } from './context';
import { CPS_NO_REPLY, declinedEmail, invoiceEmail, overdueEmail, reminderEmail } from './email';
import { bankDetails, cardLabel, invoiceCardView, invoiceFacts } from './invoiceViews';

/** Issues the invoice of a new membership, `INVOICE_DELAY_SECONDS` after the purchase (rule M2). */
export const INVOICE_ISSUE_JOB = 'invoice.issue';
/** Charges the stored card on the invoice due date (rule M3). */
export const CARD_CHARGE_JOB = 'card.charge';
/** Reminds an unpaid bank transfer a few days before the due date (rule M4). */
export const INVOICE_REMINDER_JOB = 'invoice.reminder';
/**
 * Dunning after the due date (domain/dunning.ts): a reminder `days` after it (bank transfer: 3 and
 * 10; card: 10, after a decline), and the hand-over to CPS support at 30. Paid by then → nothing.
 */
export const INVOICE_DUNNING_JOB = 'invoice.dunning';

/** 08:00 UTC, `days` after the due date. */
function dunningAt(dueDate: string, days: number): Date {
  return new Date(`${addDays(dueDate, days)}T08:00:00Z`);
}

/** One proactive chat message about an invoice to one member, retried on its own (declared with the notices in services/payments/notices.ts). */
export { MEMBERSHIP_NOTIFY_JOB };

export function invoiceIssueDedupeKey(membershipId: string): string {
  return `${INVOICE_ISSUE_JOB}:${membershipId}`;
}

/** What `payment.submit` schedules: the membership, who bought it and in which language, and the price they saw. */
export interface InvoiceIssuePayload {
  readonly membershipId: string;
  readonly memberId: string;
  readonly language: Language;
  readonly currency: string;
  readonly netMinor: number;
  readonly vatRateBp: number;
}

export type { InvoiceNotice };

function text(payload: Record<string, unknown>, key: string): string {
  const value = payload[key];
  if (typeof value !== 'string' || value === '') throw new Error(`job payload lacks ${key}`);
  return value;
}

function integer(payload: Record<string, unknown>, key: string): number | undefined {
  const value = payload[key];
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : undefined;
}

function languageOf(value: unknown): Language | undefined {
  return isLanguage(value) ? value : undefined;
}

/** Everything an invoice job needs, loaded together. */
async function loadInvoice(ctx: MembershipContext, invoiceId: string) {
  const invoice = await ctx.invoices.byId(invoiceId);
  if (!invoice) throw new Error(`no invoice ${invoiceId}`);
  const membership = await ctx.memberships.byId(invoice.membershipId);
  if (!membership) throw new Error(`no membership ${invoice.membershipId}`);
  const business = await ctx.memberships.business(membership.businessId);
  if (!business) throw new Error(`no business ${membership.businessId}`);
  return { invoice, membership, business };
}

/** The price the member saw at purchase, if it still matches a priced currency of the tier; else today's price. */
async function invoiceQuote(
  ctx: MembershipContext,
  payload: Record<string, unknown>,
  membership: MembershipRow,
  business: MembershipBusiness,
): Promise<Quote & { currency: Invoice['currency'] }> {
  const prices = await ctx.tiers.pricesOf(membership.tierCode);
  const seen = prices.find((p) => p.currency === payload['currency']);
  const netMinor = integer(payload, 'netMinor');
  const vatRateBp = integer(payload, 'vatRateBp');
  if (seen && netMinor !== undefined && vatRateBp !== undefined && vatRateBp <= 10_000) {
    return { ...quote({ currency: seen.currency, annualFeeMinor: netMinor }, vatRateBp), currency: seen.currency };
  }
  const current = quoteFor(business, prices, membership.tierCode);
  const row = prices.find((p) => p.currency === current?.currency);
  if (!current || !row) throw new Error(`tier ${membership.tierCode} has no price for ${business.currency} nor EUR`);
  return { ...current, currency: row.currency };
}

/**
 * The invoice's VAT by the seller's and buyer's countries (domain/vatRules.ts): at home, the rate
 * the member saw; a buyer with a VAT number abroad reverse-charges (no VAT); one without pays the
 * seller's rate. The net fee is always the one the member saw.
 */
function withVatTreatment(priced: Quote & { currency: Invoice['currency'] }, treatment: VatTreatment): Quote & { currency: Invoice['currency'] } {
  if (treatment.kind === 'domestic') return priced;
  return { ...quote({ currency: priced.currency, annualFeeMinor: priced.netMinor }, treatment.rateBp), currency: priced.currency };
}

/** Schedules one chat notice per member of the business, each once (its own job, so one unreachable member does not block the rest). */
async function noticeToMembers(ctx: MembershipContext, invoice: Invoice, businessId: string, notice: InvoiceNotice, round = ''): Promise<void> {
  for (const memberId of await ctx.memberships.memberIdsOf(businessId)) {
    await ctx.services.jobs.enqueue({
      kind: MEMBERSHIP_NOTIFY_JOB,
      payload: { notice, memberId, invoiceId: invoice.id },
      dedupeKey: notifyDedupeKey(notice, invoice.id, memberId, round),
    });
  }
}

/** The language of the business's e-mails: the language of the member who bought, else English. */
function purchaseLanguage(payload: Record<string, unknown>): Language {
  return languageOf(payload['language']) ?? 'en';
}

/**
 * After a member stored a card on the hosted page: if an invoice of the membership is already due
 * (or its charge failed), charge it now instead of waiting.
 */
export async function chargeDueInvoicesNow(ctx: MembershipContext, membershipId: string, sessionId: string): Promise<void> {
  const membership = await ctx.memberships.byId(membershipId);
  if (!membership) return;
  const business = await ctx.memberships.business(membership.businessId);
  if (!business) return;
  const today = localDate(ctx.services.clock(), business.timeZone);
  for (const invoice of await ctx.invoices.ofMembership(membershipId)) {
    if (invoice.status === 'paid') continue;
    const payments = await ctx.payments.ofInvoice(invoice.id);
    const failed = payments.find((p) => p.status === 'failed');
    if (!failed && invoice.dueDate > today) continue;
    if (failed) await ctx.payments.reopen(failed.id);
    await ctx.services.jobs.enqueue({ kind: CARD_CHARGE_JOB, payload: { invoiceId: invoice.id }, dedupeKey: `${CARD_CHARGE_JOB}:${invoice.id}:${sessionId}` });
  }
}

/** Schedules one dunning step of an invoice, once. */
function dunningScheduler(ctx: MembershipContext) {
  return async (invoice: Invoice, step: 'reminder' | 'support-case', days: number, language: Language): Promise<void> => {
    await ctx.services.jobs.enqueue({
      kind: INVOICE_DUNNING_JOB,
      payload: { invoiceId: invoice.id, step, days, language },
      runAt: dunningAt(invoice.dueDate, days),
      dedupeKey: `${INVOICE_DUNNING_JOB}:${step}:${invoice.id}:${days}`,
    });
  };
}

type DunningScheduler = ReturnType<typeof dunningScheduler>;

/** Issues the invoice of a new or renewed membership, schedules its collection and sends it in chat and by e-mail. */
function issueInvoiceHandler(ctx: MembershipContext, scheduleDunning: DunningScheduler): JobHandler {
  const { services } = ctx;
  return async (payload, { log }: JobContext) => {
    const membership = await ctx.memberships.byId(text(payload, 'membershipId'));
    if (!membership) throw new Error(`no membership ${String(payload['membershipId'])}`);
    const business = await ctx.memberships.business(membership.businessId);
    if (!business) throw new Error(`no business ${membership.businessId}`);
    const language = purchaseLanguage(payload);
    const now = services.clock();
    const issueDate = localDate(now, business.timeZone);
    // An upgrade's pro-rata invoice carries its own number (services/member/tierChange.ts).
    const number = typeof payload['invoiceNumber'] === 'string' ? payload['invoiceNumber'] : invoiceNumber(membershipCode(membership.membershipNumber), localDate(membership.startedAt, business.timeZone));
    const seller = sellerFor(business.countryCode);
    const treatment = vatTreatment({ sellerCountry: seller.country, buyerCountry: business.countryCode, buyerVatNumber: business.vatNumber });
    const priced = withVatTreatment(await invoiceQuote(ctx, payload, membership, business), treatment);
    // The buyer's country's own reference (OCR, FI 71, betalingskenmerk) where the seller can receive it, else RF.
    const transfer = membership.paymentMethod === 'bank-transfer' ? paymentInstructions({ buyerCountry: business.countryCode, currency: priced.currency, invoiceNumber: number, seller }) : undefined;
    const outcome = await ctx.invoices.issueOnce({
      invoiceNumber: number,
      membershipId: membership.id,
      currency: priced.currency,
      netAmountMinor: priced.netMinor,
      vatRateBp: priced.vatRateBp,
      vatAmountMinor: priced.vatMinor,
      grossAmountMinor: priced.grossMinor,
      issueDate,
      dueDate: invoiceDueDate(issueDate),
      status: 'issued',
      paymentReference: transfer?.reference ?? null,
      referenceScheme: transfer?.scheme ?? null,
      sellerId: seller.id,
      vatTreatment: treatment.kind,
    });
    const invoice = outcome.invoice;
    if (outcome.kind === 'existing') log.warn({ invoiceNumber: number }, 'invoice was already issued; completing what may be missing');
    if (invoice.grossAmountMinor > 0) {
      await ctx.payments.expect({ invoiceId: invoice.id, method: membership.paymentMethod, currency: invoice.currency, amountMinor: invoice.grossAmountMinor });
    }
    if (membership.paymentMethod === 'card') {
      await services.jobs.enqueue({
        kind: CARD_CHARGE_JOB,
        payload: { invoiceId: invoice.id, language },
        runAt: cardChargeAt(invoice.dueDate),
        dedupeKey: `${CARD_CHARGE_JOB}:${invoice.id}`,
      });
    } else {
      await services.jobs.enqueue({
        kind: INVOICE_REMINDER_JOB,
        payload: { invoiceId: invoice.id, language },
        runAt: reminderAt(invoice.dueDate, now),
        dedupeKey: `${INVOICE_REMINDER_JOB}:${invoice.id}`,
      });
      for (const days of TRANSFER_REMINDER_DAYS) await scheduleDunning(invoice, 'reminder', days, language);
    }
    await scheduleDunning(invoice, 'support-case', SUPPORT_CASE_DAYS, language);
    await noticeToMembers(ctx, invoice, business.businessId, 'invoice');
    const view = invoiceCardView(services.settings.publicUrl, await invoiceFacts(ctx, invoice, membership, business), language);
    const mail = invoiceEmail(view, translator(language));
    // The PDF is rendered when the e-mail is sent (jobs/mailer.ts), outside this transaction.
    await services.outbox.queue({
      to: business.contactEmail,
      from: CPS_NO_REPLY,
      ...mail,
      language,
      dedupeKey: `invoice.email:${invoice.id}`,
      attachments: [{ kind: 'invoice-pdf', invoiceId: invoice.id }],
    });
    if (!invoice.sentAt) await ctx.invoices.markSent(invoice.id, now);
    log.info(
      { invoiceNumber: number, membershipId: membership.id, currency: invoice.currency, grossMinor: invoice.grossAmountMinor, dueDate: invoice.dueDate, method: membership.paymentMethod },
      'invoice issued',
    );
  };
}

/** Reads, asks the provider for the money (outside any transaction; the idempotency key makes a retry safe), then records the outcome. */
function chargeCardHandler(ctx: MembershipContext, scheduleDunning: DunningScheduler): JobHandler {
  const { services } = ctx;
  return async (payload, { log, complete }) => {
    const { invoice, membership, business } = await loadInvoice(ctx, text(payload, 'invoiceId'));
    if (invoice.status === 'paid') {
      log.info({ invoiceNumber: invoice.invoiceNumber }, 'invoice already paid; nothing to charge');
      return;
    }
    const now = services.clock();
    const payment = await ctx.payments.expect({ invoiceId: invoice.id, method: 'card', currency: invoice.currency, amountMinor: invoice.grossAmountMinor });
    if (payment.status === 'succeeded') return complete(async () => void (await ctx.invoices.markPaid(invoice.id, payment.chargedAt ?? now)));
    const card = await ctx.payments.cardOnFile(membership.id);
    if (!card) {
      await complete(async () => {
        await ctx.payments.markFailed(payment.id, 'no card on file');
        await ctx.invoices.markOverdue(invoice.id);
        await noticeToMembers(ctx, invoice, business.businessId, 'cardMissing');
      });
      log.warn({ invoiceNumber: invoice.invoiceNumber }, 'card charge due but no card stored; member asked to add one');
      return;
    }
    const result = await ctx.provider.charge({
      providerReference: card.providerReference,
      amountMinor: invoice.grossAmountMinor,
      currency: invoice.currency,
      idempotencyKey: `invoice:${invoice.id}:${card.providerReference}`,
    });
    if (result.ok) {
      await complete(async () => {
        await ctx.payments.markSucceeded(payment.id, result.reference, now);
        await ctx.invoices.markPaid(invoice.id, now);
        await noticeToMembers(ctx, invoice, business.businessId, 'charged');
      });
      log.info({ invoiceNumber: invoice.invoiceNumber, provider: ctx.provider.name, reference: result.reference }, 'card charged');
    } else {
      const isRetry = payload['retry'] === 1;
      await complete(async () => {
        await ctx.payments.markFailed(payment.id, result.reason);
        await ctx.invoices.markOverdue(invoice.id);
        await noticeToMembers(ctx, invoice, business.businessId, 'chargeFailed', `:${card.providerReference}${isRetry ? ':retry' : ''}`);
        if (!isRetry) {
          // The one automatic retry, three days later at 06:00 UTC; a second decline is told, not retried.
          await services.jobs.enqueue({
            kind: CARD_CHARGE_JOB,
            payload: { invoiceId: invoice.id, retry: 1, language: purchaseLanguage(payload) },
            runAt: cardChargeAt(addDays(localDate(now, 'UTC'), CARD_RETRY_DAYS)),
            dedupeKey: `${CARD_CHARGE_JOB}:${invoice.id}:retry`,
          });
          await scheduleDunning(invoice, 'reminder', CARD_REMINDER_DAYS, purchaseLanguage(payload));
        }
        await declineByEmail(ctx, invoice, membership, business, purchaseLanguage(payload), isRetry ? 'retry' : 'first');
      });
      log.warn({ invoiceNumber: invoice.invoiceNumber, provider: ctx.provider.name, reason: result.reason }, 'card charge declined');
    }
  };
}

/** The decline by e-mail, offering another card or the bank transfer (the invoice gets its local reference now, so the statement import can match it). */
async function declineByEmail(ctx: MembershipContext, issued: Invoice, membership: MembershipRow, business: MembershipBusiness, language: Language, round: string): Promise<void> {
  const pay = paymentInstructions({ buyerCountry: business.countryCode, currency: issued.currency, invoiceNumber: issued.invoiceNumber, seller: invoiceSeller(issued.sellerId, business.countryCode) });
  const invoice = (await ctx.invoices.setReferenceOnce(issued.id, { referenceScheme: pay.scheme, paymentReference: pay.reference })) ?? issued;
  const view = invoiceCardView(ctx.services.settings.publicUrl, await invoiceFacts(ctx, invoice, membership, business), language);
  const mail = declinedEmail(view, bankDetails(invoice, business), await openPaymentLink(ctx, membership.id, language), translator(language));
  await ctx.services.outbox.queue({ to: business.contactEmail, from: CPS_NO_REPLY, ...mail, language, dedupeKey: `invoice.declined.email:${invoice.id}:${round}` });
}

/** Reminds an unpaid bank transfer in chat and by e-mail, once. */
function remindHandler(ctx: MembershipContext): JobHandler {
  const { services } = ctx;
  return async (payload, { log }) => {
    const { invoice, membership, business } = await loadInvoice(ctx, text(payload, 'invoiceId'));
    if (invoice.status === 'paid' || membership.paymentMethod !== 'bank-transfer') {
      log.info({ invoiceNumber: invoice.invoiceNumber, status: invoice.status }, 'no reminder needed');
      return;
    }
    const language = purchaseLanguage(payload);
    await noticeToMembers(ctx, invoice, business.businessId, 'reminder');
    const view = invoiceCardView(services.settings.publicUrl, await invoiceFacts(ctx, invoice, membership, business), language);
    const mail = reminderEmail(view, translator(language));
    await services.outbox.queue({ to: business.contactEmail, from: CPS_NO_REPLY, ...mail, language, dedupeKey: `invoice.reminder.email:${invoice.id}` });
    log.info({ invoiceNumber: invoice.invoiceNumber, dueDate: invoice.dueDate }, 'bank-transfer reminder sent');
  };
}

/** A dunning step: an overdue notice in chat and by e-mail, or the hand-over to CPS support. */
function dunHandler(ctx: MembershipContext, audit: AuditLog): JobHandler {
  const { services } = ctx;
  return async (payload, { log }) => {
    const { invoice, membership, business } = await loadInvoice(ctx, text(payload, 'invoiceId'));
    const days = integer(payload, 'days') ?? 0;
    if (invoice.status === 'paid') {
      log.info({ invoiceNumber: invoice.invoiceNumber, step: payload['step'], days }, 'invoice paid; dunning step not needed');
      return;
    }
    await ctx.invoices.markOverdue(invoice.id);
    if (payload['step'] === 'support-case') {
      // Staff see it: the invoice is overdue in the back office, and the hand-over is in the audit log.
      await audit.record({ actor: `job:${INVOICE_DUNNING_JOB}`, action: 'invoice.support-case', subject: `invoice:${invoice.id}`, details: { invoiceNumber: invoice.invoiceNumber, dueDate: invoice.dueDate, days } });
      log.warn({ invoiceNumber: invoice.invoiceNumber, dueDate: invoice.dueDate, days }, 'invoice unpaid 30 days after the due date: handed to CPS support');
      return;
    }
    const language = purchaseLanguage(payload);
    await noticeToMembers(ctx, invoice, business.businessId, 'overdue', `:${days}`);
    const view = invoiceCardView(services.settings.publicUrl, await invoiceFacts(ctx, invoice, membership, business), language);
    await services.outbox.queue({ to: business.contactEmail, from: CPS_NO_REPLY, ...overdueEmail(view, translator(language)), language, dedupeKey: `invoice.overdue.email:${invoice.id}:${days}` });
    log.info({ invoiceNumber: invoice.invoiceNumber, dueDate: invoice.dueDate, days }, 'overdue reminder sent');
  };
}

/** An invoice notice in chat, in each conversation's language. */
function notifyHandler(ctx: MembershipContext): JobHandler {
  const { services } = ctx;
  return async (payload, { log }) => {
    const notice = INVOICE_NOTICES.find((n) => n === payload['notice']);
    if (!notice) throw new Error(`unknown invoice notice ${String(payload['notice'])}`);
    const memberId = text(payload, 'memberId');
    const { invoice, membership, business } = await loadInvoice(ctx, text(payload, 'invoiceId'));
    const facts = await invoiceFacts(ctx, invoice, membership, business);
    // The notifier picks the language per conversation: the member's choice, else that conversation's locale.
    const reached = await services.notifier.notify(memberId, (t, language) => {
      const view = invoiceCardView(services.settings.publicUrl, facts, language);
      const args: MessageArgs = { number: invoice.invoiceNumber, total: view.total, due: view.dueDate };
      const message = {
        invoice: () => t('membership.notify.invoice', args),
        reminder: () => t('membership.notify.reminder', args),
        overdue: () => t('membership.notify.overdue', args),
        charged: () => t('membership.notify.charged', { ...args, card: facts.card ? cardLabel(facts.card, t) : '' }),
        chargeFailed: () => t('membership.notify.chargeFailed', args),
        cardMissing: () => t('membership.notify.cardMissing', args),
        received: () => t('membership.notify.received', args),
      }[notice]();
      return { text: message, card: invoiceCard(view, t) };
    });
    log.info({ memberId, invoiceNumber: invoice.invoiceNumber, notice, reached }, 'invoice notice sent in chat');
  };
}

/** The job handlers of the membership journey. Each runs in one transaction with its completion and is idempotent. */
export function membershipJobs(ctx: MembershipContext): JobHandlers {
  const scheduleDunning = dunningScheduler(ctx);
  const audit = createAuditLog(ctx.services.db);
  const issueInvoice = issueInvoiceHandler(ctx, scheduleDunning);
  const chargeCard = chargeCardHandler(ctx, scheduleDunning);
  const remind = remindHandler(ctx);
  const dun = dunHandler(ctx, audit);
  const notify = notifyHandler(ctx);

  return {
    [INVOICE_ISSUE_JOB]: transactional(issueInvoice),
    [CARD_CHARGE_JOB]: chargeCard,
    [INVOICE_REMINDER_JOB]: transactional(remind),
    [MEMBERSHIP_NOTIFY_JOB]: notify,
    [INVOICE_DUNNING_JOB]: transactional(dun),
  };
}
