import { and, asc, eq, inArray, isNotNull, ne, sql } from 'drizzle-orm';
import { bankStatementEntries, bankStatements, type BankEntryStatus, type BankStatement, type BankStatementEntry, type NewBankStatementEntry } from '../schema/bankStatements';
import { businesses } from '../schema/businesses';
import { memberships } from '../schema/memberships';
import { invoices } from '../schema/memberships';
import { scoped } from '../transaction';
import type { Db } from '../types';

/** An invoice with a bank-transfer reference, as statement matching needs it. */
export interface InvoiceForMatching {
  readonly id: string;
  readonly scheme: 'ocr' | 'fik71' | 'betalingskenmerk' | 'rf';
  readonly reference: string;
  readonly currency: string;
  readonly grossMinor: number;
  readonly status: string;
  readonly companyName: string;
  readonly businessId: string;
}

/** Imported bank statements and their entries (one row per transaction, unique by duplicate key). */
export function createBankStatementRepository(db: Db) {
  return {
    /** The keys among `keys` that were imported before. */
    async importedKeys(keys: readonly string[]): Promise<Set<string>> {
      if (keys.length === 0) return new Set();
      const rows = await scoped(db)
        .select({ key: bankStatementEntries.duplicateKey })
        .from(bankStatementEntries)
        .where(inArray(bankStatementEntries.duplicateKey, [...keys]));
      return new Set(rows.map((r) => r.key));
    },

    /** Records an imported file once: the same bytes again give the first import's row and `created: false`. */
    async insertStatement(values: { readonly format: string; readonly messageId: string; readonly sha256: string; readonly entryCount: number }): Promise<{ statement: BankStatement; created: boolean }> {
      const [row] = await scoped(db).insert(bankStatements).values(values).onConflictDoNothing({ target: bankStatements.sha256 }).returning();
      if (row) return { statement: row, created: true };
      const [existing] = await scoped(db).select().from(bankStatements).where(eq(bankStatements.sha256, values.sha256));
      if (!existing) throw new Error('bank statement conflicted with nothing');
      return { statement: existing, created: false };
    },

    /**
     * Records one entry; undefined when its duplicate key is already there (a concurrent import of
     * the same transaction won: this one changes nothing).
     */
    async insertEntry(values: NewBankStatementEntry): Promise<BankStatementEntry | undefined> {
      const [row] = await scoped(db).insert(bankStatementEntries).values(values).onConflictDoNothing({ target: bankStatementEntries.duplicateKey }).returning();
      return row;
    },

    /** Invoices that carry a bank-transfer reference (open or paid: a payment to a paid one is an over-payment). */
    async invoicesForMatching(): Promise<InvoiceForMatching[]> {
      const rows = await scoped(db)
        .select({
          id: invoices.id,
          scheme: invoices.referenceScheme,
          reference: invoices.paymentReference,
          currency: invoices.currency,
          grossMinor: invoices.grossAmountMinor,
          status: invoices.status,
          companyName: businesses.companyName,
          businessId: businesses.id,
        })
        .from(invoices)
        .innerJoin(memberships, eq(memberships.id, invoices.membershipId))
        .innerJoin(businesses, eq(businesses.id, memberships.businessId))
        .where(and(isNotNull(invoices.paymentReference), isNotNull(invoices.referenceScheme)));
      return rows.flatMap((r) => (r.scheme && r.reference ? [{ ...r, scheme: r.scheme, reference: r.reference }] : []));
    },

    /** Money recorded against each invoice from bank statements (matched, partial, over-paid or assigned entries). */
    async receivedFor(invoiceIds: readonly string[]): Promise<Map<string, number>> {
      if (invoiceIds.length === 0) return new Map();
      const rows = await scoped(db)
        .select({ invoiceId: bankStatementEntries.invoiceId, total: sql<string>`sum(${bankStatementEntries.amountMinor})` })
        .from(bankStatementEntries)
        .where(and(inArray(bankStatementEntries.invoiceId, [...invoiceIds]), ne(bankStatementEntries.status, 'ignored')))
        .groupBy(bankStatementEntries.invoiceId);
      return new Map(rows.flatMap((r) => (r.invoiceId ? [[r.invoiceId, Number(r.total)] as const] : [])));
    },

    /** Credits no invoice was found for, oldest first. */
    async unmatched(): Promise<BankStatementEntry[]> {
      return scoped(db).select().from(bankStatementEntries).where(eq(bankStatementEntries.status, 'unmatched')).orderBy(asc(bankStatementEntries.createdAt));
    },

    async entryById(entryId: string): Promise<BankStatementEntry | undefined> {
      const [row] = await scoped(db).select().from(bankStatementEntries).where(eq(bankStatementEntries.id, entryId));
      return row;
    },

    /** Staff assign an unmatched credit to an invoice; false when the entry was no longer unmatched. */
    async assign(entryId: string, invoiceId: string, at: Date): Promise<boolean> {
      const rows = await scoped(db)
        .update(bankStatementEntries)
        .set({ status: 'assigned' satisfies BankEntryStatus, invoiceId, matchedBy: 'staff', reason: null, assignedAt: at })
        .where(and(eq(bankStatementEntries.id, entryId), eq(bankStatementEntries.status, 'unmatched')))
        .returning({ id: bankStatementEntries.id });
      return rows.length > 0;
    },
  };
}

export type BankStatementRepository = ReturnType<typeof createBankStatementRepository>;
