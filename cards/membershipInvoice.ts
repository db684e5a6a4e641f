import type { Translate } from '../locales';
import { actionSet, adaptiveCard, heading, text, type AdaptiveCard, type CardElement } from './adaptive';
import { tierLabel } from './membershipTiers';

/** An invoice (rule M2), every amount and date already formatted for the member's locale. */
export interface InvoiceCardView {
  readonly number: string;
  readonly issueDate: string;
  readonly dueDate: string;
  readonly billedTo: { readonly company: string; readonly address: string; readonly vatNumber: string | null };
  readonly membershipNumber: string;
  readonly tier: { readonly code: string; readonly name: string };
  readonly periodStart: string;
  readonly periodEnd: string;
  readonly net: string;
  readonly vatRate: string;
  readonly vat: string;
  readonly total: string;
  readonly method: 'card' | 'bank-transfer';
  /** Bank transfer (rule M4): where to pay and the reference to quote, printed in groups of four. */
  readonly bank?: { readonly holder: string; readonly bank: string; readonly iban: string; readonly bic: string; readonly reference: string };
  /** Card (rule M3): the stored card, or the link to store one. */
  readonly card?: string;
  readonly payLink?: string;
  readonly paidOn?: string;
}

/** The invoice as a card: header facts, the membership line, VAT and total, then how and when it is paid. */
export function invoiceCard(view: InvoiceCardView, t: Translate): AdaptiveCard {
  const tier = tierLabel(view.tier, t);
  const billedTo = [view.billedTo.company, view.billedTo.address].join('\n');
  const body: CardElement[] = [
    heading(t('membership.invoice.title', { number: view.number })),
    text(t('membership.invoice.intro')),
    {
      type: 'FactSet',
      facts: [
        { title: t('membership.invoice.issueDate'), value: view.issueDate },
        { title: t('membership.invoice.dueDate'), value: view.dueDate },
        { title: t('membership.invoice.billedTo'), value: billedTo },
        ...(view.billedTo.vatNumber ? [{ title: t('membership.invoice.vatNumber'), value: view.billedTo.vatNumber }] : []),
        { title: t('membership.card.number'), value: view.membershipNumber },
      ],
    },
    {
      type: 'Container',
      style: 'emphasis',
      spacing: 'medium',
      items: [
        {
          type: 'FactSet',
          facts: [
            { title: t('membership.invoice.line', { tier, start: view.periodStart, end: view.periodEnd }), value: view.net },
            { title: t('membership.invoice.net'), value: view.net },
            { title: t('membership.invoice.vat', { rate: view.vatRate }), value: view.vat },
            { title: t('membership.invoice.total'), value: view.total },
          ],
        },
      ],
    },
  ];
  if (view.paidOn) {
    body.push(text(t('membership.invoice.paid', { date: view.paidOn }), { weight: 'bolder' }));
  } else if (view.method === 'bank-transfer' && view.bank) {
    body.push(
      text(t('membership.invoice.bankTitle'), { weight: 'bolder', spacing: 'medium' }),
      {
        type: 'FactSet',
        facts: [
          { title: t('membership.invoice.holder'), value: view.bank.holder },
          { title: t('membership.invoice.bank'), value: view.bank.bank },
          { title: t('membership.invoice.iban'), value: view.bank.iban },
          { title: t('membership.invoice.bic'), value: view.bank.bic },
          { title: t('membership.invoice.reference'), value: view.bank.reference },
        ],
      },
      text(t('membership.invoice.bankDue', { total: view.total, due: view.dueDate })),
    );
  } else if (view.card) {
    body.push(text(t('membership.invoice.cardDue', { card: view.card, total: view.total, due: view.dueDate })));
  } else {
    body.push(text(t('membership.invoice.cardMissing', { total: view.total, due: view.dueDate })));
    if (view.payLink) body.push(actionSet([{ type: 'Action.OpenUrl', title: t('membership.card.addCard'), url: view.payLink }]));
  }
  return adaptiveCard(body);
}
