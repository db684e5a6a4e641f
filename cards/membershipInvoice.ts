import type { Translate } from '../locales';
import { actionSet, adaptiveCard, heading, text, type AdaptiveCard, type CardElement } from './adaptive';
import { tierLabel } from './membershipTiers';

/** An invoice (rule M2), every amount and date already formatted for the member's locale. */
export interface InvoiceCardView {
  /** The invoice's id: the "Download the invoice (PDF)" button (`invoice.view`) carries it. */
  readonly id?: string;
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
  /** No VAT: the customer, a business abroad with a VAT number, accounts for it (domain/vatRules.ts). */
  readonly reverseCharge?: boolean;
  readonly method: 'card' | 'bank-transfer';
  /**
   * Bank transfer (rule M4): where to pay and the reference to quote, the way the buyer's country
   * pays (`scheme`): Bankgiro + OCR, the FI card line, IBAN + betalingskenmerk, or IBAN + RF.
   */
  readonly bank?: {
    readonly scheme: 'ocr' | 'fik71' | 'betalingskenmerk' | 'rf';
    readonly holder: string;
    readonly bank: string;
    readonly iban: string;
    readonly bic: string;
    /** As printed: the OCR number, the FI line `+71<…+…<`, or groups of four. */
    readonly reference: string;
    readonly bankgiro?: string;
    readonly creditorNumber?: string;
  };
  /** Card (rule M3): the stored card, or the link to store one. */
  readonly card?: string;
  readonly payLink?: string;
  readonly paidOn?: string;
}

type BankDetails = NonNullable<InvoiceCardView['bank']>;

/**
 * The bank-transfer details as label/value pairs, in the order the buyer's bank asks for them:
 * Bankgiro + OCR (Sweden), FI card line + creditor (Denmark), else IBAN/BIC + reference; the IBAN is
 * always there (for payers abroad). Shared by the card and the e-mail.
 */
export function bankFacts(bank: BankDetails, t: Translate): [string, string][] {
  const account: [string, string][] = [
    [t('membership.invoice.holder'), bank.holder],
    [t('membership.invoice.bank'), bank.bank],
    [t('membership.invoice.iban'), bank.iban],
    [t('membership.invoice.bic'), bank.bic],
  ];
  switch (bank.scheme) {
    case 'ocr':
      return [[t('payments.ocr.bankgiro'), bank.bankgiro ?? ''], [t('payments.ocr.reference'), bank.reference], ...account];
    case 'fik71':
      return [[t('payments.fik71.line'), bank.reference], [t('payments.fik71.creditor'), bank.creditorNumber ?? ''], ...account];
    case 'betalingskenmerk':
      return [...account, [t('payments.kenmerk.reference'), bank.reference]];
    case 'rf':
      return [...account, [t('payments.rf.reference'), bank.reference]];
  }
}

/** How to enter the reference, per scheme. */
export function referenceHint(scheme: BankDetails['scheme'], t: Translate): string {
  return { ocr: t('payments.ocr.hint'), fik71: t('payments.fik71.hint'), betalingskenmerk: t('payments.kenmerk.hint'), rf: t('payments.rf.hint') }[scheme];
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
            view.reverseCharge
              ? { title: t('payments.invoice.reverseChargeRow'), value: view.vat }
              : { title: t('membership.invoice.vat', { rate: view.vatRate }), value: view.vat },
            { title: t('membership.invoice.total'), value: view.total },
          ],
        },
        ...(view.reverseCharge ? [text(t('payments.invoice.reverseCharge'), { isSubtle: true, size: 'small' })] : []),
      ],
    },
  ];
  if (view.paidOn) {
    body.push(text(t('membership.invoice.paid', { date: view.paidOn }), { weight: 'bolder' }));
  } else if (view.method === 'bank-transfer' && view.bank) {
    body.push(
      text(t('membership.invoice.bankTitle'), { weight: 'bolder', spacing: 'medium' }),
      { type: 'FactSet', facts: bankFacts(view.bank, t).map(([title, value]) => ({ title, value })) },
      text(referenceHint(view.bank.scheme, t)),
      text(t('membership.invoice.bankDue', { total: view.total, due: view.dueDate })),
    );
  } else if (view.card) {
    body.push(text(t('membership.invoice.cardDue', { card: view.card, total: view.total, due: view.dueDate })));
  } else {
    body.push(text(t('membership.invoice.cardMissing', { total: view.total, due: view.dueDate })));
    if (view.payLink) body.push(actionSet([{ type: 'Action.OpenUrl', title: t('membership.card.addCard'), url: view.payLink }]));
  }
  if (view.id) body.push(actionSet([{ type: 'Action.Submit', title: t('membership.invoice.download'), data: { verb: 'invoice.view', invoiceId: view.id } }]));
  return adaptiveCard(body);
}
