import { relations, sql } from 'drizzle-orm';
import { boolean, check, date, index, integer, pgEnum, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { createdAt, currencyCode, timestamptz } from './common';
import { invoices } from './memberships';

/**
 * What became of one bank-statement entry: `matched` (paid what was outstanding), `partial` (less),
 * `overpaid` (more, or to an invoice already paid), `unmatched` (for staff), `assigned` (staff
 * assigned it to an invoice), `ignored` (a debit, or not booked: no money received).
 */
export const bankEntryStatusEnum = pgEnum('bank_entry_status', ['matched', 'partial', 'overpaid', 'unmatched', 'assigned', 'ignored']);
export type BankEntryStatus = (typeof bankEntryStatusEnum.enumValues)[number];

/** One imported ISO 20022 message (camt.053 statement or camt.054 notification). */
export const bankStatements = pgTable('bank_statements', {
  id: uuid('id').primaryKey().defaultRandom(),
  format: text('format').notNull(),
  /** `GrpHdr/MsgId`. */
  messageId: text('message_id').notNull(),
  /** Hex SHA-256 of the uploaded bytes: the same file imported again finds its first import. */
  sha256: text('sha256').notNull().unique('bank_statements_sha256_unique'),
  entryCount: integer('entry_count').notNull(),
  importedAt: createdAt(),
});

/**
 * One transaction of a statement. `duplicate_key` is unique: the same transaction imported again
 * (the same file, or a camt.054 and the later camt.053) is never recorded twice.
 */
export const bankStatementEntries = pgTable(
  'bank_statement_entries',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    statementId: uuid('statement_id')
      .notNull()
      .references(() => bankStatements.id),
    duplicateKey: text('duplicate_key').notNull().unique('bank_statement_entries_duplicate_key_unique'),
    accountIban: text('account_iban'),
    direction: text('direction').$type<'credit' | 'debit'>().notNull(),
    booked: boolean('booked').notNull(),
    amountMinor: integer('amount_minor').notNull(),
    currency: currencyCode('currency').notNull(),
    bookingDate: date('booking_date', { mode: 'string' }),
    valueDate: date('value_date', { mode: 'string' }),
    structuredReference: text('structured_reference'),
    remittanceText: text('remittance_text').notNull().default(''),
    payerName: text('payer_name'),
    payerIban: text('payer_iban'),
    bankReference: text('bank_reference'),
    status: bankEntryStatusEnum('status').notNull(),
    invoiceId: uuid('invoice_id').references(() => invoices.id),
    /** `reference`, `amount-and-name` or `staff`. */
    matchedBy: text('matched_by'),
    /** Why an entry is unmatched or ignored (`no-match`, `ambiguous`, `currency`, `debit`, `not-booked`). */
    reason: text('reason'),
    assignedAt: timestamptz('assigned_at'),
    createdAt: createdAt(),
  },
  (t) => [
    index('bank_statement_entries_statement_id_idx').on(t.statementId),
    index('bank_statement_entries_invoice_id_idx').on(t.invoiceId),
    index('bank_statement_entries_status_idx').on(t.status),
    check('bank_statement_entries_direction', sql`${t.direction} in ('credit', 'debit')`),
    check('bank_statement_entries_amount', sql`${t.amountMinor} >= 0`),
    check('bank_statement_entries_invoice_link', sql`(${t.status} in ('unmatched', 'ignored')) = (${t.invoiceId} is null)`),
  ],
);

export const bankStatementsRelations = relations(bankStatements, ({ many }) => ({ entries: many(bankStatementEntries) }));
export const bankStatementEntriesRelations = relations(bankStatementEntries, ({ one }) => ({
  statement: one(bankStatements, { fields: [bankStatementEntries.statementId], references: [bankStatements.id] }),
  invoice: one(invoices, { fields: [bankStatementEntries.invoiceId], references: [invoices.id] }),
}));

export type BankStatement = typeof bankStatements.$inferSelect;
export type BankStatementEntry = typeof bankStatementEntries.$inferSelect;
export type NewBankStatementEntry = typeof bankStatementEntries.$inferInsert;
