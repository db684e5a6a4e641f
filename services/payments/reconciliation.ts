import { createHash } from 'node:crypto';
import { createBankStatementRepository, type InvoiceForMatching } from '../../data/repositories/bankStatements';
import type { JobRepository } from '../../data/repositories/jobs';
import { createInvoiceRepository, type StaffInvoiceRow } from '../../data/repositories/invoices';
import { createMembershipRepository } from '../../data/repositories/memberships';
import { createPaymentRepository } from '../../data/repositories/payments';
import type { BankEntryStatus, BankStatementEntry } from '../../data/schema/bankStatements';
import { withTransaction } from '../../data/transaction';
import type { Db } from '../../data/types';
import { parseBankStatement } from './camtStatement';
import { matchStatement, type EntryMatch, type MatchOutcome } from './matchStatement';
import { MEMBERSHIP_NOTIFY_JOB, notifyDedupeKey } from './notices';

/**
 * Recording bank statements: import (parse, match, record every new entry, settle the invoices
 * paid in full and tell their members), the unmatched credits staff look at, staff assignment, and
 * the invoice list of the back office. One transaction per call; no network I/O inside (the
 * "payment received" messages are jobs that send after commit).
 */

export interface ImportResult {
  readonly statementId: string;
  readonly matched: number;
  readonly unmatched: number;
  readonly duplicates: number;
}

export const STAFF_INVOICE_STATUSES = ['open', 'paid', 'overdue'] as const;
export type StaffInvoiceStatus = (typeof STAFF_INVOICE_STATUSES)[number];

/** An invoice as `GET /api/backoffice/invoices` lists it. */
export interface StaffInvoice {
  readonly id: string;
  readonly number: string;
  readonly memberId: string | null;
  readonly companyName: string;
  readonly tier: string;
  /** Decimal string in major units, e.g. `"1495.00"`. */
  readonly amount: string;
  readonly currency: string;
  readonly dueDate: string;
  readonly status: StaffInvoiceStatus;
  readonly method: 'card' | 'bank-transfer';
  readonly reference: string | null;
  readonly referenceScheme: 'ocr' | 'fik71' | 'betalingskenmerk' | 'rf' | null;
}

/** An unmatched credit as staff see it. */
export interface UnmatchedEntry {
  readonly id: string;
  readonly statementId: string;
  /** Decimal string in major units. */
  readonly amount: string;
  readonly currency: string;
  readonly bookingDate: string | null;
  readonly valueDate: string | null;
  readonly payerName: string | null;
  readonly payerIban: string | null;
  readonly reference: string | null;
  readonly remittanceText: string;
  readonly bankReference: string | null;
  readonly reason: string | null;
}

export type AssignOutcome =
  | { readonly kind: 'assigned'; readonly entryId: string; readonly invoiceId: string; readonly status: 'paid' | 'open' }
  | { readonly kind: 'no-entry' }
  | { readonly kind: 'not-unmatched'; readonly status: BankEntryStatus }
  | { readonly kind: 'no-invoice' }
  | { readonly kind: 'currency'; readonly entryCurrency: string; readonly invoiceCurrency: string };

/** Minor units as a decimal string in major units: 149500 → `"1495.00"`. */
export function decimalAmount(minor: number): string {
  const sign = minor < 0 ? '-' : '';
  const abs = Math.abs(minor);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

const ENTRY_STATUS: Readonly<Record<Exclude<MatchOutcome, 'duplicate'>, BankEntryStatus>> = {
  exact: 'matched',
  partial: 'partial',
  over: 'overpaid',
  unmatched: 'unmatched',
  ignored: 'ignored',
};

export interface ReconciliationDeps {
  readonly db: Db;
  readonly jobs: JobRepository;
  readonly clock: () => Date;
}

export function createReconciliation(deps: ReconciliationDeps) {
  const { db, jobs, clock } = deps;
  const statements = createBankStatementRepository(db);
  const invoices = createInvoiceRepository(db);
  const memberships = createMembershipRepository(db);
  const payments = createPaymentRepository(db);

  /**
   * After money was recorded against an invoice: once what came in covers the total, the invoice is
   * paid, the awaited payment succeeded, and every member of the business gets "payment received"
   * (a job each, in this transaction; the dedupe key makes it once per invoice and member).
   */
  async function settle(invoiceId: string, entryId: string, now: Date): Promise<'paid' | 'open'> {
    const invoice = await invoices.byId(invoiceId);
    if (!invoice) throw new Error(`no invoice ${invoiceId}`);
    if (invoice.status === 'paid') return 'paid';
    const received = (await statements.receivedFor([invoiceId])).get(invoiceId) ?? 0;
    if (received < invoice.grossAmountMinor) return 'open';
    if (!(await invoices.markPaid(invoiceId, now))) return 'paid';
    const payment = await payments.expect({ invoiceId, method: 'bank-transfer', currency: invoice.currency, amountMinor: Math.max(invoice.grossAmountMinor, 1) });
    if (payment.status !== 'succeeded') await payments.markSucceeded(payment.id, `bank-entry:${entryId}`, now);
    const membership = await memberships.byId(invoice.membershipId);
    for (const memberId of membership ? await memberships.memberIdsOf(membership.businessId) : []) {
      await jobs.enqueue({
        kind: MEMBERSHIP_NOTIFY_JOB,
        payload: { notice: 'received', memberId, invoiceId },
        dedupeKey: notifyDedupeKey('received', invoiceId, memberId),
      });
    }
    return 'paid';
  }

  function toMatch(invoice: InvoiceForMatching, received: ReadonlyMap<string, number>) {
    const recorded = received.get(invoice.id) ?? 0;
    // An invoice paid another way (card, or marked by hand) has nothing outstanding.
    return { ...invoice, receivedMinor: invoice.status === 'paid' ? Math.max(recorded, invoice.grossMinor) : recorded };
  }

  async function record(statementId: string, match: EntryMatch & { outcome: Exclude<MatchOutcome, 'duplicate'> }): Promise<BankStatementEntry | undefined> {
    const { entry } = match;
    return statements.insertEntry({
      statementId,
      duplicateKey: entry.key,
      accountIban: entry.accountIban,
      direction: entry.direction,
      booked: entry.booked,
      amountMinor: entry.amountMinor,
      currency: entry.currency as BankStatementEntry['currency'],
      bookingDate: entry.bookingDate,
      valueDate: entry.valueDate,
      structuredReference: entry.structuredReferences.join(' ') || null,
      remittanceText: entry.remittanceText,
      payerName: entry.payerName,
      payerIban: entry.payerIban,
      bankReference: entry.bankReference,
      status: ENTRY_STATUS[match.outcome],
      invoiceId: match.invoiceId,
      matchedBy: match.matchedBy,
      reason: match.reason,
    });
  }

  return {
    /**
     * Imports one camt.053/camt.054 message. Throws `StatementError` (before any write) for a file
     * that is too large, malformed or not a statement. Importing it again changes nothing: every
     * entry is a duplicate, and the same bytes give the first import's `statementId`.
     */
    async importStatement(input: string | Uint8Array): Promise<ImportResult> {
      const bytes = typeof input === 'string' ? Buffer.from(input, 'utf8') : input;
      const parsed = parseBankStatement(bytes);
      const sha256 = createHash('sha256').update(bytes).digest('hex');
      const now = clock();
      return withTransaction(db, async () => {
        const imported = await statements.importedKeys(parsed.entries.map((e) => e.key));
        const open = await statements.invoicesForMatching();
        const received = await statements.receivedFor(open.map((i) => i.id));
        const result = matchStatement(parsed.entries, open.map((i) => toMatch(i, received)), imported);
        const { statement } = await statements.insertStatement({ format: parsed.format, messageId: parsed.messageId, sha256, entryCount: parsed.entries.length });
        let { matched, unmatched, duplicates } = result;
        const touched = new Map<string, string>();
        for (const match of result.matches) {
          if (match.outcome === 'duplicate') continue;
          const row = await record(statement.id, { ...match, outcome: match.outcome });
          if (!row) {
            // A concurrent import recorded this transaction first.
            duplicates++;
            if (match.invoiceId) matched--;
            if (match.outcome === 'unmatched') unmatched--;
            continue;
          }
          if (row.invoiceId) touched.set(row.invoiceId, row.id);
        }
        for (const [invoiceId, entryId] of touched) await settle(invoiceId, entryId, now);
        return { statementId: statement.id, matched, unmatched, duplicates };
      });
    },

    /** Credits no invoice was found for, oldest first. */
    async unmatched(): Promise<UnmatchedEntry[]> {
      const rows = await withTransaction(db, () => statements.unmatched());
      return rows.map((r) => ({
        id: r.id,
        statementId: r.statementId,
        amount: decimalAmount(r.amountMinor),
        currency: r.currency,
        bookingDate: r.bookingDate,
        valueDate: r.valueDate,
        payerName: r.payerName,
        payerIban: r.payerIban,
        reference: r.structuredReference,
        remittanceText: r.remittanceText,
        bankReference: r.bankReference,
        reason: r.reason,
      }));
    },

    /** Staff assign an unmatched credit to an invoice (same currency); the invoice is settled as if matched. */
    async assign(entryId: string, invoiceId: string): Promise<AssignOutcome> {
      const now = clock();
      return withTransaction(db, async () => {
        const entry = await statements.entryById(entryId);
        if (!entry) return { kind: 'no-entry' };
        if (entry.status !== 'unmatched') return { kind: 'not-unmatched', status: entry.status };
        const invoice = await invoices.byId(invoiceId);
        if (!invoice) return { kind: 'no-invoice' };
        if (invoice.currency !== entry.currency) return { kind: 'currency', entryCurrency: entry.currency, invoiceCurrency: invoice.currency };
        if (!(await statements.assign(entryId, invoiceId, now))) return { kind: 'not-unmatched', status: 'assigned' };
        const status = await settle(invoiceId, entryId, now);
        return { kind: 'assigned', entryId, invoiceId, status };
      });
    },

    /** The invoices staff asked for: `open` (issued, not yet due), `overdue` (past the due date, unpaid), `paid`. */
    async invoices(status: StaffInvoiceStatus): Promise<StaffInvoice[]> {
      const today = clock().toISOString().slice(0, 10);
      const rows = await withTransaction(db, () => invoices.staffList());
      return rows.map((row) => presentInvoice(row, today)).filter((i) => i.status === status);
    },
  };
}

function presentInvoice(row: StaffInvoiceRow, today: string): StaffInvoice {
  const { invoice } = row;
  const status: StaffInvoiceStatus = invoice.status === 'paid' ? 'paid' : invoice.status === 'overdue' || invoice.dueDate < today ? 'overdue' : 'open';
  return {
    id: invoice.id,
    number: invoice.invoiceNumber,
    memberId: row.memberId,
    companyName: row.companyName,
    tier: row.tierCode,
    amount: decimalAmount(invoice.grossAmountMinor),
    currency: invoice.currency,
    dueDate: invoice.dueDate,
    status,
    method: row.method,
    reference: invoice.paymentReference,
    referenceScheme: invoice.referenceScheme,
  };
}

export type Reconciliation = ReturnType<typeof createReconciliation>;
