import type { TurnContext } from 'botbuilder';
import type { InvoiceCardView } from '../../cards/membershipInvoice';
import { membershipCard, type MembershipCardView } from '../../cards/membershipCard';
import type { TierCardView } from '../../cards/membershipTiers';
import type { MembershipBusiness, MembershipRow } from '../../data/repositories/memberships';
import type { CardOnFile } from '../../data/repositories/payments';
import type { Invoice } from '../../data/schema/memberships';
import { groupsOfFour, membershipPeriod } from '../../domain/billing';
import { paymentInstructions } from '../../domain/paymentInstructions';
import { collectionAccount, invoiceSeller } from '../../domain/sellerEntities';
import { localDate } from '../../domain/businessDays';
import type { TierChoice } from '../../domain/tiers';
import { translator, type Language, type Translate } from '../../locales';
import { sendCard } from '../replies';
import { turnOf } from '../turn';
import { formatterFor, openPaymentLink, openPaymentSession, paymentLink, quoteFor, type MembershipContext } from './context';

/** The tier card's view: the domain's choice plus each open tier's fee in the business's currency. */
export async function tierCardView(ctx: MembershipContext, business: MembershipBusiness, choice: TierChoice, language: Language, error?: string): Promise<TierCardView> {
  const prices = await ctx.tiers.prices();
  const format = formatterFor(language);
  const catalogue = await ctx.tiers.catalogue();
  const corporateThresholds = catalogue.filter((t) => t.kind === 'corporate').map((t) => t.minPoints - 1);
  return {
    total: choice.total,
    toggleShown: choice.toggleShown,
    corporate: choice.corporate,
    ...(corporateThresholds.length > 0 ? { corporateShownPoints: Math.min(...corporateThresholds) } : {}),
    tiers: choice.tiers.map((tier) => {
      const priced = tier.open ? quoteFor(business, prices, tier.code) : undefined;
      return { ...tier, ...(priced ? { fee: format.money(priced.netMinor, priced.currency) } : {}) };
    }),
    ...(error ? { error } : {}),
  };
}

/** A stored card as members read it: "Visa ending in 4242". */
export function cardLabel(card: { readonly brand: string; readonly last4: string }, t: Translate): string {
  return t('membership.card.cardLabel', { brand: card.brand, last4: card.last4 });
}

/** The membership card's view; for card payment without a stored card, with a fresh payment-page link. */
export async function membershipCardView(
  ctx: MembershipContext,
  membership: MembershipRow,
  occasion: MembershipCardView['occasion'],
  language: Language,
): Promise<MembershipCardView> {
  const t = translator(language);
  const card = membership.paymentMethod === 'card' ? await ctx.payments.cardOnFile(membership.id) : undefined;
  const payLink = membership.paymentMethod === 'card' && !card ? await openPaymentLink(ctx, membership.id, language) : undefined;
  return {
    occasion,
    tier: { code: membership.tierCode, name: membership.tierName },
    membershipNumber: membership.membershipNumber,
    previousNumber: membership.previousMembershipNumber,
    validUntil: formatterFor(language).date(membership.validUntil),
    method: membership.paymentMethod,
    ...(card ? { card: cardLabel(card, t) } : {}),
    ...(payLink ? { payLink } : {}),
  };
}

/** A member whose business is already in CPS: "you are a member already" and the membership card. */
export async function sendExistingMembership(context: TurnContext, ctx: MembershipContext, membership: MembershipRow): Promise<void> {
  const turn = turnOf(context);
  await sendMembership(context, ctx, membership, 'existing', turn.language, turn.t('membership.already'));
}

/** Replies with the membership card (rules M5, M6), optionally after a line of text. */
export async function sendMembership(context: TurnContext, ctx: MembershipContext, membership: MembershipRow, occasion: MembershipCardView['occasion'], language: Language, text?: string): Promise<void> {
  const view = await membershipCardView(ctx, membership, occasion, language);
  await sendCard(context, membershipCard(view, translator(language)), text);
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
