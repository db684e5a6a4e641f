import { groupsOfFour } from './billing';
import { paymentReference, referenceSchemeFor, type ReferenceScheme } from './paymentReferences';
import { fik71Line, formatBankgiro } from './referenceSchemes';
import { collectionAccount, type CollectionAccount, type SellerEntity } from './sellerEntities';

/**
 * How a bank transfer for one invoice is made, the way the buyer's bookkeeper expects it: where to
 * (account, Bankgiro or FI creditor) and which reference to quote.
 */
export type PaymentInstructions =
  /** Sweden: Bankgiro + OCR reference; the IBAN for payers abroad. */
  | { readonly scheme: 'ocr'; readonly reference: string; readonly printed: string; readonly bankgiro: string; readonly account: CollectionAccount }
  /** Denmark: FI card type 71 (`+71<payment id+creditor<`); IBAN/BIC for payers abroad. */
  | { readonly scheme: 'fik71'; readonly reference: string; readonly printed: string; readonly creditorNumber: string; readonly account: CollectionAccount }
  /** Netherlands: IBAN + betalingskenmerk. */
  | { readonly scheme: 'betalingskenmerk'; readonly reference: string; readonly printed: string; readonly account: CollectionAccount }
  /** Everyone else: IBAN/BIC + ISO 11649 RF reference. */
  | { readonly scheme: 'rf'; readonly reference: string; readonly printed: string; readonly account: CollectionAccount };

export interface PaymentInstructionsInput {
  readonly buyerCountry: string;
  readonly currency: string;
  readonly invoiceNumber: string;
  readonly seller: SellerEntity;
}

/**
 * The scheme an invoice really gets: the buyer's country's own (see `referenceSchemeFor`) when the
 * seller can receive it in the invoice's currency — OCR needs a Bankgiro and SEK, FI type 71 an FI
 * creditor number and DKK, a betalingskenmerk a Dutch account in EUR — otherwise RF, which every
 * bank in SEPA takes.
 */
export function effectiveScheme(input: PaymentInstructionsInput, account: CollectionAccount): ReferenceScheme {
  const wanted = referenceSchemeFor(input.buyerCountry);
  if (wanted === 'ocr' && input.seller.bankgiro && input.currency === 'SEK') return 'ocr';
  if (wanted === 'fik71' && input.seller.fiCreditorNumber && input.currency === 'DKK') return 'fik71';
  if (wanted === 'betalingskenmerk' && input.currency === 'EUR' && account.iban.startsWith('NL')) return 'betalingskenmerk';
  return 'rf';
}

/**
 * The bank-transfer details of an invoice: account, scheme, the reference (compact, as a bank
 * statement carries it back) and how it is printed (`+71<…+…<`, groups of four for RF and
 * betalingskenmerk, the OCR number as one run of digits).
 *
 * @throws RangeError when nobody collects `currency` (a configuration error).
 */
export function paymentInstructions(input: PaymentInstructionsInput): PaymentInstructions {
  const account = collectionAccount(input.seller, input.currency);
  if (!account) throw new RangeError(`no collection account in ${input.currency}`);
  const scheme = effectiveScheme(input, account);
  const reference = paymentReference(scheme, input.invoiceNumber).value;
  switch (scheme) {
    case 'ocr':
      return { scheme, reference, printed: reference, bankgiro: formatBankgiro(input.seller.bankgiro ?? ''), account };
    case 'fik71': {
      const creditorNumber = input.seller.fiCreditorNumber ?? '';
      return { scheme, reference, printed: fik71Line(reference, creditorNumber), creditorNumber, account };
    }
    case 'betalingskenmerk':
    case 'rf':
      return { scheme, reference, printed: groupsOfFour(reference), account };
  }
}
