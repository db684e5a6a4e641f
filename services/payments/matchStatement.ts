import { findReferences, type ReferenceScheme } from '../../domain/paymentReferences';
import { foldedWords } from '../../domain/textFolding';
import type { StatementEntry } from './camtStatement';

/**
 * Which invoice each credit of a bank statement pays. Pure: the invoices and the keys of entries
 * imported before come in, the decisions go out; recording them is the caller's.
 *
 * 1. An entry whose key was imported before (or appears twice in this message) is a duplicate and
 *    changes nothing.
 * 2. Debits and entries not booked are ignored (no money received).
 * 3. Structured reference first: every reference in `Strd/CdtrRefInf/Ref`, then in the free text,
 *    whose check digits add up (`findReferences`) and that is the reference of an invoice of that
 *    scheme. A reference of a different currency's invoice is left to staff.
 * 4. Otherwise amount and payer name: exactly one invoice in the currency with that amount
 *    outstanding whose company name matches the payer's name (folded: case, diacritics, legal form).
 * 5. A match is `exact` when it pays what is outstanding, `partial` below, `over` above (also any
 *    payment to an invoice already paid in full). Everything else is `unmatched`, for staff to assign.
 */

/** An invoice as the matcher needs it. `receivedMinor`: what earlier payments already covered. */
export interface InvoiceToMatch {
  readonly id: string;
  readonly scheme: ReferenceScheme;
  readonly reference: string;
  readonly currency: string;
  readonly grossMinor: number;
  readonly receivedMinor: number;
  readonly companyName: string;
}

export type MatchOutcome = 'exact' | 'partial' | 'over' | 'unmatched' | 'duplicate' | 'ignored';

export type UnmatchedReason =
  /** No valid reference of any invoice, and no single invoice by amount and name. */
  | 'no-match'
  /** Amount and name fit more than one invoice. */
  | 'ambiguous'
  /** The reference is an invoice's, but the money came in another currency. */
  | 'currency';

export interface EntryMatch {
  readonly entry: StatementEntry;
  readonly outcome: MatchOutcome;
  readonly invoiceId: string | null;
  readonly matchedBy: 'reference' | 'amount-and-name' | null;
  readonly reason: UnmatchedReason | 'debit' | 'not-booked' | null;
}

export interface StatementMatch {
  readonly matches: readonly EntryMatch[];
  readonly matched: number;
  readonly unmatched: number;
  readonly duplicates: number;
}

/** Legal forms that banks abbreviate, drop or spell differently; they say nothing about who paid. */
const LEGAL_FORMS = new Set(['aps', 'as', 'a', 's', 'ab', 'publ', 'bv', 'b', 'v', 'nv', 'n', 'gmbh', 'ltd', 'limited', 'plc', 'sa', 'sas', 'sarl', 'srl', 'spa', 'oy', 'oyj', 'kft', 'sro', 'sp', 'z', 'o', 'vof', 'ivs', 'hb', 'kb', 'asa', 'ag', 'kg', 'co', 'og', 'and', 'en', 'och', 'und']);

/** A name's words as banks may have written them: folded, "aa"/"ae"/"oe"/"ue" as one letter, without legal forms. */
export function nameWords(name: string): string[] {
  return foldedWords(name)
    .map((w) => w.replace(/aa/g, 'a').replace(/[aou]e/g, (m) => m.charAt(0)))
    .filter((w) => !LEGAL_FORMS.has(w));
}

/**
 * True when the names are the same words, or one starts with the other's first two words or more
 * (banks cut long names short; one shared word such as "Foto" is not enough).
 */
export function namesMatch(payerName: string | null, companyName: string): boolean {
  if (!payerName) return false;
  const payer = nameWords(payerName);
  const company = nameWords(companyName);
  const [shorter, longer] = payer.length <= company.length ? [payer, company] : [company, payer];
  if (shorter.join('').length < 3) return false;
  const prefix = shorter.every((w, i) => longer[i] === w);
  return prefix && (shorter.length === longer.length || shorter.length >= 2);
}

function outcomeFor(amountMinor: number, outstandingMinor: number): 'exact' | 'partial' | 'over' {
  if (outstandingMinor <= 0 || amountMinor > outstandingMinor) return 'over';
  return amountMinor === outstandingMinor ? 'exact' : 'partial';
}

/** The invoice whose reference the entry quotes, checked with the invoice's own scheme. */
function byReference(entry: StatementEntry, invoices: ReadonlyMap<string, InvoiceToMatch>): InvoiceToMatch | undefined {
  const texts = [...entry.structuredReferences, entry.remittanceText];
  for (const text of texts) {
    for (const found of findReferences(text)) {
      const invoice = invoices.get(`${found.scheme}:${found.value}`);
      if (invoice) return invoice;
    }
  }
  return undefined;
}

/** Matches the entries of one statement, in order; payments earlier in the same statement count as received. */
export function matchStatement(entries: readonly StatementEntry[], invoices: readonly InvoiceToMatch[], importedKeys: ReadonlySet<string>): StatementMatch {
  const byRef = new Map(invoices.map((i) => [`${i.scheme}:${i.reference}`, i]));
  const received = new Map(invoices.map((i) => [i.id, i.receivedMinor]));
  const outstanding = (invoice: InvoiceToMatch) => invoice.grossMinor - (received.get(invoice.id) ?? 0);
  const seen = new Set(importedKeys);
  const matches = entries.map((entry): EntryMatch => {
    const none = { entry, invoiceId: null, matchedBy: null } as const;
    if (seen.has(entry.key)) return { ...none, outcome: 'duplicate', reason: null };
    seen.add(entry.key);
    if (entry.direction === 'debit') return { ...none, outcome: 'ignored', reason: 'debit' };
    if (!entry.booked) return { ...none, outcome: 'ignored', reason: 'not-booked' };

    const referenced = byReference(entry, byRef);
    let invoice: InvoiceToMatch | undefined = referenced;
    if (referenced && referenced.currency !== entry.currency) return { ...none, outcome: 'unmatched', reason: 'currency' };
    if (!invoice) {
      const candidates = invoices.filter((i) => i.currency === entry.currency && outstanding(i) === entry.amountMinor && namesMatch(entry.payerName, i.companyName));
      if (candidates.length > 1) return { ...none, outcome: 'unmatched', reason: 'ambiguous' };
      invoice = candidates[0];
    }
    if (!invoice) return { ...none, outcome: 'unmatched', reason: 'no-match' };

    const outcome = outcomeFor(entry.amountMinor, outstanding(invoice));
    received.set(invoice.id, (received.get(invoice.id) ?? 0) + entry.amountMinor);
    return { entry, outcome, invoiceId: invoice.id, matchedBy: referenced ? 'reference' : 'amount-and-name', reason: null };
  });
  return {
    matches,
    matched: matches.filter((m) => m.invoiceId !== null).length,
    unmatched: matches.filter((m) => m.outcome === 'unmatched').length,
    duplicates: matches.filter((m) => m.outcome === 'duplicate').length,
  };
}
