import { formatDate, formatMoney, formatVatRate } from '../../domain/billing';
import { countryName } from '../../domain/countryNames';
import { paymentInstructions, type PaymentInstructions } from '../../domain/paymentInstructions';
import type { SellerEntity } from '../../domain/sellerEntities';
import type { VatTreatment } from '../../domain/vatRules';
import { intlLocale, type Language } from '../../locales';

/** What an invoice document says, every amount and date already written for the reader's locale. */
export interface InvoiceDocumentView {
  readonly language: Language;
  readonly number: string;
  readonly issueDate: string;
  readonly dueDate: string;
  readonly seller: { readonly name: string; readonly addressLines: readonly string[]; readonly vatNumber: string };
  readonly buyer: { readonly company: string; readonly addressLines: readonly string[]; readonly vatNumber: string | null };
  readonly membershipNumber: string;
  /** The tier as members read it (`tierLabel` of the membership cards), e.g. `Gold`. */
  readonly tier: string;
  readonly periodStart: string;
  readonly periodEnd: string;
  readonly currency: string;
  readonly net: string;
  /** VAT charged at a rate, or none because the buyer reverse-charges it. */
  readonly vat: { readonly kind: 'charged'; readonly rate: string; readonly amount: string } | { readonly kind: 'reverse-charge'; readonly amount: string };
  readonly total: string;
  readonly payment:
    | { readonly kind: 'paid'; readonly on: string }
    /** Card: the stored card as members read it ("Visa ending in 4242"), or none yet. */
    | { readonly kind: 'card'; readonly card: string | null }
    | { readonly kind: 'transfer'; readonly instructions: PaymentInstructions };
}

/** The facts of one invoice, as stored: amounts in minor units, dates YYYY-MM-DD. */
export interface InvoiceDocumentFacts {
  readonly invoiceNumber: string;
  readonly issueDate: string;
  readonly dueDate: string;
  readonly periodStart: string;
  readonly periodEnd: string;
  readonly currency: string;
  readonly netMinor: number;
  readonly vatRateBp: number;
  readonly vatMinor: number;
  readonly grossMinor: number;
  readonly vatTreatment: VatTreatment['kind'];
  readonly tier: string;
  readonly membershipNumber: string;
  readonly buyer: { readonly companyName: string; readonly address: string; readonly vatNumber: string | null; readonly country: string };
  readonly seller: SellerEntity;
  readonly payment: { readonly method: 'bank-transfer' } | { readonly method: 'card'; readonly card: string | null };
  /** YYYY-MM-DD, once paid. */
  readonly paidOn: string | null;
}

function lines(address: string): string[] {
  return address
    .split(/\r?\n|,\s*/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

/**
 * The invoice document's view in `language`: dates written out and money in the member's currency
 * formatted for their locale (`1.495,00 kr.`, `2 195,00 kr`, `€ 199,00`), the bank-transfer
 * details for the buyer's country (`paymentInstructions`).
 */
export function invoiceDocumentView(facts: InvoiceDocumentFacts, language: Language): InvoiceDocumentView {
  const locale = intlLocale[language];
  const money = (minor: number) => formatMoney(minor, facts.currency, locale);
  const date = (value: string) => formatDate(value, locale);
  const { seller, buyer } = facts;
  return {
    language,
    number: facts.invoiceNumber,
    issueDate: date(facts.issueDate),
    dueDate: date(facts.dueDate),
    seller: {
      name: seller.name,
      addressLines: [seller.street, `${seller.postcode} ${seller.city}`, countryName(seller.country, language)],
      vatNumber: seller.vatNumber,
    },
    buyer: { company: buyer.companyName, addressLines: [...lines(buyer.address), countryName(buyer.country, language)], vatNumber: buyer.vatNumber },
    membershipNumber: facts.membershipNumber,
    tier: facts.tier,
    periodStart: date(facts.periodStart),
    periodEnd: date(facts.periodEnd),
    currency: facts.currency,
    net: money(facts.netMinor),
    vat:
      facts.vatTreatment === 'reverse-charge'
        ? { kind: 'reverse-charge', amount: money(0) }
        : { kind: 'charged', rate: formatVatRate(facts.vatRateBp, locale), amount: money(facts.vatMinor) },
    total: money(facts.grossMinor),
    payment: facts.paidOn
      ? { kind: 'paid', on: date(facts.paidOn) }
      : facts.payment.method === 'card'
        ? { kind: 'card', card: facts.payment.card }
        : {
            kind: 'transfer',
            instructions: paymentInstructions({ buyerCountry: buyer.country, currency: facts.currency, invoiceNumber: facts.invoiceNumber, seller }),
          },
  };
}
