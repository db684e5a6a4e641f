import { bankFacts, referenceHint, type InvoiceCardView } from '../../cards/membershipInvoice';
import { tierLabel } from '../../cards/membershipTiers';
import type { Translate } from '../../locales';

/** Sender of every CPS e-mail (the address the seeds name). */
export const CPS_NO_REPLY = 'donotreply@canon-europe.com';

export interface EmailContent {
  readonly subject: string;
  readonly text: string;
}

/** The invoice as plain text, the same facts as the invoice card, in the member's language. */
function invoiceText(view: InvoiceCardView, t: Translate): string[] {
  const tier = tierLabel(view.tier, t);
  const lines = [
    `${t('membership.invoice.title', { number: view.number })}`,
    `${t('membership.invoice.issueDate')}: ${view.issueDate}`,
    `${t('membership.invoice.dueDate')}: ${view.dueDate}`,
    `${t('membership.invoice.billedTo')}: ${view.billedTo.company}, ${view.billedTo.address}`,
    ...(view.billedTo.vatNumber ? [`${t('membership.invoice.vatNumber')}: ${view.billedTo.vatNumber}`] : []),
    `${t('membership.card.number')}: ${view.membershipNumber}`,
    '',
    `${t('membership.invoice.line', { tier, start: view.periodStart, end: view.periodEnd })}: ${view.net}`,
    `${t('membership.invoice.net')}: ${view.net}`,
    view.reverseCharge ? `${t('payments.invoice.reverseChargeRow')}: ${view.vat}` : `${t('membership.invoice.vat', { rate: view.vatRate })}: ${view.vat}`,
    `${t('membership.invoice.total')}: ${view.total}`,
    ...(view.reverseCharge ? [t('payments.invoice.reverseCharge')] : []),
    '',
  ];
  if (view.paidOn) {
    lines.push(t('membership.invoice.paid', { date: view.paidOn }));
  } else if (view.bank) {
    lines.push(
      t('membership.invoice.bankTitle'),
      ...bankFacts(view.bank, t).map(([label, value]) => `${label}: ${value}`),
      '',
      referenceHint(view.bank.scheme, t),
      t('membership.invoice.bankDue', { total: view.total, due: view.dueDate }),
    );
  } else if (view.card) {
    lines.push(t('membership.invoice.cardDue', { card: view.card, total: view.total, due: view.dueDate }));
  } else {
    lines.push(t('membership.invoice.cardMissing', { total: view.total, due: view.dueDate }));
    if (view.payLink) lines.push(view.payLink);
  }
  return lines;
}

function letter(company: string, intro: string, body: readonly string[], t: Translate): string {
  return [t('membership.email.greeting', { company }), '', intro, '', ...body, '', t('membership.email.closing'), '', t('membership.email.noReply')].join('\n');
}

/** Rule M2: the invoice e-mail. */
export function invoiceEmail(view: InvoiceCardView, t: Translate): EmailContent {
  return {
    subject: t('membership.email.invoice.subject', { number: view.number }),
    text: letter(view.billedTo.company, t('membership.email.invoice.intro'), invoiceText(view, t), t),
  };
}

/** The reminder a few days before the due date of an unpaid bank transfer. */
export function reminderEmail(view: InvoiceCardView, t: Translate): EmailContent {
  return {
    subject: t('membership.email.reminder.subject', { number: view.number, due: view.dueDate }),
    text: letter(view.billedTo.company, t('membership.email.reminder.intro', { due: view.dueDate }), invoiceText(view, t), t),
  };
}

/** Dunning: the reminder after the due date of an unpaid invoice (domain/dunning.ts). */
export function overdueEmail(view: InvoiceCardView, t: Translate): EmailContent {
  return {
    subject: t('membership.email.overdue.subject', { number: view.number, due: view.dueDate }),
    text: letter(view.billedTo.company, t('membership.email.overdue.intro', { due: view.dueDate }), invoiceText(view, t), t),
  };
}

/**
 * Dunning: a declined card charge, by e-mail — another card on the payment page, or the bank
 * transfer with the buyer's country's reference.
 */
export function declinedEmail(view: InvoiceCardView, bank: NonNullable<InvoiceCardView['bank']>, payLink: string, t: Translate): EmailContent {
  const body = [
    t('membership.email.declined.newCard'),
    payLink,
    '',
    t('membership.email.declined.bankOffer'),
    ...bankFacts(bank, t).map(([label, value]) => `${label}: ${value}`),
    referenceHint(bank.scheme, t),
  ];
  return {
    subject: t('membership.email.declined.subject', { number: view.number }),
    text: letter(view.billedTo.company, t('membership.email.declined.intro', { number: view.number, total: view.total }), body, t),
  };
}
