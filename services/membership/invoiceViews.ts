import type { InvoiceCardView } from '../../cards/membershipInvoice';
import type { MembershipBusiness, MembershipRow } from '../../data/repositories/memberships';
import type { CardOnFile } from '../../data/repositories/payments';
import type { Invoice } from '../../data/schema/memberships';
import { groupsOfFour, membershipPeriod } from '../../domain/billing';
import { paymentInstructions } from '../../domain/paymentInstructions';
import { collectionAccount, invoiceSeller } from '../../domain/sellerEntities';
import { localDate } from '../../domain/businessDays';
import { translator, type Language, type Translate } from '../../locales';
import { formatterFor, type MembershipContext } from './context';
import { openPaymentSession, paymentLink } from './paymentLinks';

/** A stored card as members read it: "Visa ending in 4242". */
export function cardLabel(card: { readonly brand: string; readonly last4: string }, t: Translate): string {
  return t('membership.card.cardLabel', { brand: card.brand, last4: card.last4 });
}

/** What an invoice card shows besides the invoice: the stored card, or a payment-page token while none is stored. */
export interface InvoiceFacts {
  readonly invoice: Invoice;
  readonly membership: MembershipRow;
  readonly business: MembershipBusiness;
  readonly card?: CardOnFile;
  /** Opened only for an unpaid card invoice without a stored card. */
  readonly payToken?: string;
}

export async function invoiceFacts(ctx: MembershipContext, invoice: Invoice, membership: MembershipRow, business: MembershipBusiness): Promise<InvoiceFacts> {
  const card = membership.paymentMethod === 'card' ? await ctx.payments.cardOnFile(membership.id) : undefined;
  const payToken = membership.paymentMethod === 'card' && !card && invoice.status !== 'paid' ? await openPaymentSession(ctx, membership.id) : undefined;
  return { invoice, membership, business, ...(card ? { card } : {}), ...(payToken ? { payToken } : {}) };
}

/**
 * Where a bank transfer goes and which reference it quotes: the buyer's country's scheme, as issued
 * (domain/paymentInstructions.ts). An invoice issued before local references existed keeps its RF
 * reference, paid to the seller's account in its currency.
 */
export function bankDetails(invoice: Invoice, business: MembershipBusiness): NonNullable<InvoiceCardView['bank']> {
  const seller = invoiceSeller(invoice.sellerId, business.countryCode);
  if (invoice.referenceScheme) {
    const pay = paymentInstructions({ buyerCountry: business.countryCode, currency: invoice.currency, invoiceNumber: invoice.invoiceNumber, seller });
    const { account } = pay;
    return {
      scheme: pay.scheme,
      holder: account.holder,
      bank: account.bank,
      iban: groupsOfFour(account.iban),
      bic: account.bic,
      reference: pay.printed,
      ...(pay.scheme === 'ocr' ? { bankgiro: pay.bankgiro } : {}),
      ...(pay.scheme === 'fik71' ? { creditorNumber: pay.creditorNumber } : {}),
    };
  }
  const account = collectionAccount(seller, invoice.currency);
  if (!account) throw new RangeError(`no collection account in ${invoice.currency}`);
  return { scheme: 'rf', holder: account.holder, bank: account.bank, iban: groupsOfFour(account.iban), bic: account.bic, reference: groupsOfFour(invoice.paymentReference ?? '') };
}

/**
 * The invoice card's view in one language, with bank details or the card/payment-page line.
 * Synchronous, so a proactive message can render it in each conversation's own language.
 */
export function invoiceCardView(publicUrl: string, facts: InvoiceFacts, language: Language): InvoiceCardView {
  const { invoice, membership, business, card, payToken } = facts;
  const t = translator(language);
  const format = formatterFor(language);
  const period = membershipPeriod(localDate(membership.startedAt, business.timeZone));
  return {
    id: invoice.id,
    number: invoice.invoiceNumber,
    issueDate: format.date(invoice.issueDate),
    dueDate: format.date(invoice.dueDate),
    billedTo: { company: business.companyName, address: business.address, vatNumber: business.vatNumber },
    membershipNumber: membership.membershipNumber,
    tier: { code: membership.tierCode, name: membership.tierName },
    periodStart: format.date(period.start),
    periodEnd: format.date(period.end),
    net: format.money(invoice.netAmountMinor, invoice.currency),
    vatRate: format.rate(invoice.vatRateBp),
    vat: format.money(invoice.vatAmountMinor, invoice.currency),
    total: format.money(invoice.grossAmountMinor, invoice.currency),
    ...(invoice.vatTreatment === 'reverse-charge' ? { reverseCharge: true } : {}),
    method: membership.paymentMethod,
    ...(membership.paymentMethod === 'bank-transfer' ? { bank: bankDetails(invoice, business) } : {}),
    ...(card ? { card: cardLabel(card, t) } : {}),
    ...(payToken ? { payLink: paymentLink(publicUrl, payToken, language) } : {}),
    ...(invoice.paidAt ? { paidOn: format.date(localDate(invoice.paidAt, business.timeZone)) } : {}),
  };
}
