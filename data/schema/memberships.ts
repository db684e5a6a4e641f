import { relations, sql } from 'drizzle-orm';
import { check, date, index, integer, pgEnum, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { createdAt, currencyCode, timestamptz, updatedAt } from './common';
import { businesses } from './businesses';
import { tiers } from './tiers';

export const paymentMethodEnum = pgEnum('payment_method', ['card', 'bank-transfer']);
export type PaymentMethod = (typeof paymentMethodEnum.enumValues)[number];

/** `pending` = waiting for card details on the hosted page; usable from `active` on (rule M5). */
export const membershipStatusEnum = pgEnum('membership_status', ['pending', 'active', 'expired', 'cancelled']);
export type MembershipStatus = (typeof membershipStatusEnum.enumValues)[number];

export const invoiceStatusEnum = pgEnum('invoice_status', ['issued', 'paid', 'overdue']);
export type InvoiceStatus = (typeof invoiceStatusEnum.enumValues)[number];

/** `pending` = card charge scheduled for the due date (rule M3) or bank transfer awaited (rule M4). */
export const paymentStatusEnum = pgEnum('payment_status', ['pending', 'succeeded', 'failed']);
export type PaymentStatus = (typeof paymentStatusEnum.enumValues)[number];

export const paymentSessionStatusEnum = pgEnum('payment_session_status', ['open', 'completed', 'expired', 'cancelled']);
export type PaymentSessionStatus = (typeof paymentSessionStatusEnum.enumValues)[number];

/** A CPS membership of a business in one tier. At most one `active` membership per business. */
export const memberships = pgTable(
  'memberships',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    businessId: uuid('business_id')
      .notNull()
      .references(() => businesses.id),
    tierCode: text('tier_code')
      .notNull()
      .references(() => tiers.code, { onUpdate: 'cascade' }),
    membershipNumber: text('membership_number').notNull().unique('memberships_membership_number_unique'),
    /** The number the member had before, if any; it changes on joining (rule M6). */
    previousMembershipNumber: text('previous_membership_number'),
    paymentMethod: paymentMethodEnum('payment_method').notNull(),
    status: membershipStatusEnum('status').notNull().default('active'),
    startedAt: timestamptz('started_at').notNull().defaultNow(),
    /** Last day of validity (inclusive). */
    validUntil: date('valid_until', { mode: 'string' }).notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('memberships_business_id_idx').on(t.businessId),
    uniqueIndex('memberships_one_active_per_business')
      .on(t.businessId)
      .where(sql`${t.status} = 'active'`),
  ],
);

/** An invoice for a membership (rule M2). Amounts in minor units of `currency`; gross = net + VAT. */
export const invoices = pgTable(
  'invoices',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    invoiceNumber: text('invoice_number').notNull().unique('invoices_invoice_number_unique'),
    membershipId: uuid('membership_id')
      .notNull()
      .references(() => memberships.id),
    currency: currencyCode('currency').notNull(),
    netAmountMinor: integer('net_amount_minor').notNull(),
    /** Basis points: 2500 = 25 %. */
    vatRateBp: integer('vat_rate_bp').notNull(),
    vatAmountMinor: integer('vat_amount_minor').notNull(),
    grossAmountMinor: integer('gross_amount_minor').notNull(),
    issueDate: date('issue_date', { mode: 'string' }).notNull(),
    /** Card: charged on this date (rule M3). Bank transfer: pay by this date (rule M4). */
    dueDate: date('due_date', { mode: 'string' }).notNull(),
    status: invoiceStatusEnum('status').notNull().default('issued'),
    /** Reference the payer quotes on a bank transfer, compact (as a bank statement carries it back). */
    paymentReference: text('payment_reference').unique('invoices_payment_reference_unique'),
    /** The scheme of `payment_reference` (`ocr`, `fik71`, `betalingskenmerk`, `rf`); null for card invoices. */
    referenceScheme: text('reference_scheme').$type<'ocr' | 'fik71' | 'betalingskenmerk' | 'rf'>(),
    /** The Canon company that issued the invoice (`domain/sellerEntities.ts`); null on invoices issued before sellers were recorded. */
    sellerId: text('seller_id'),
    /** `domestic`, `reverse-charge` or `seller-country` (`domain/vatRules.ts`); null on older invoices. */
    vatTreatment: text('vat_treatment').$type<'domestic' | 'reverse-charge' | 'seller-country'>(),
    sentAt: timestamptz('sent_at'),
    paidAt: timestamptz('paid_at'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('invoices_membership_id_idx').on(t.membershipId),
    index('invoices_status_due_date_idx').on(t.status, t.dueDate),
    check(
      'invoices_amounts',
      sql`${t.netAmountMinor} >= 0 and ${t.vatAmountMinor} >= 0 and ${t.grossAmountMinor} = ${t.netAmountMinor} + ${t.vatAmountMinor}`,
    ),
    check('invoices_vat_rate_range', sql`${t.vatRateBp} between 0 and 10000`),
    check('invoices_due_after_issue', sql`${t.dueDate} >= ${t.issueDate}`),
    check('invoices_reference_scheme', sql`${t.referenceScheme} in ('ocr', 'fik71', 'betalingskenmerk', 'rf')`),
    check('invoices_vat_treatment', sql`${t.vatTreatment} in ('domestic', 'reverse-charge', 'seller-country')`),
  ],
);

/** A payment (or scheduled card charge) against an invoice. */
export const payments = pgTable(
  'payments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    invoiceId: uuid('invoice_id')
      .notNull()
      .references(() => invoices.id),
    method: paymentMethodEnum('method').notNull(),
    currency: currencyCode('currency').notNull(),
    amountMinor: integer('amount_minor').notNull(),
    /** The payment provider's or bank's id; unique so a repeated notification is recorded once. */
    providerReference: text('provider_reference').unique('payments_provider_reference_unique'),
    status: paymentStatusEnum('status').notNull().default('pending'),
    failureReason: text('failure_reason'),
    chargedAt: timestamptz('charged_at'),
    createdAt: createdAt(),
  },
  (t) => [
    index('payments_invoice_id_idx').on(t.invoiceId),
    check('payments_amount_positive', sql`${t.amountMinor} > 0`),
  ],
);

/**
 * A hosted card page session. Only the SHA-256 of the URL token is stored, and of the card only
 * brand and last four digits; the card itself stays with the payment provider.
 */
export const paymentSessions = pgTable(
  'payment_sessions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** Hex SHA-256 of the token in the page URL. */
    tokenHash: text('token_hash').notNull().unique('payment_sessions_token_hash_unique'),
    membershipId: uuid('membership_id')
      .notNull()
      .references(() => memberships.id),
    status: paymentSessionStatusEnum('status').notNull().default('open'),
    cardBrand: text('card_brand'),
    cardLast4: text('card_last4'),
    /** The provider's stored-card / mandate id used to charge on the due date. */
    providerReference: text('provider_reference'),
    expiresAt: timestamptz('expires_at').notNull(),
    completedAt: timestamptz('completed_at'),
    createdAt: createdAt(),
  },
  (t) => [
    index('payment_sessions_membership_id_idx').on(t.membershipId),
    check('payment_sessions_card_last4', sql`${t.cardLast4} ~ '^[0-9]{4}$'`),
  ],
);

export const membershipsRelations = relations(memberships, ({ one, many }) => ({
  business: one(businesses, { fields: [memberships.businessId], references: [businesses.id] }),
  tier: one(tiers, { fields: [memberships.tierCode], references: [tiers.code] }),
  invoices: many(invoices),
  paymentSessions: many(paymentSessions),
}));

export const invoicesRelations = relations(invoices, ({ one, many }) => ({
  membership: one(memberships, { fields: [invoices.membershipId], references: [memberships.id] }),
  payments: many(payments),
}));

export const paymentsRelations = relations(payments, ({ one }) => ({
  invoice: one(invoices, { fields: [payments.invoiceId], references: [invoices.id] }),
}));

export const paymentSessionsRelations = relations(paymentSessions, ({ one }) => ({
  membership: one(memberships, { fields: [paymentSessions.membershipId], references: [memberships.id] }),
}));

export type Membership = typeof memberships.$inferSelect;
export type NewMembership = typeof memberships.$inferInsert;
export type Invoice = typeof invoices.$inferSelect;
export type NewInvoice = typeof invoices.$inferInsert;
export type Payment = typeof payments.$inferSelect;
export type NewPayment = typeof payments.$inferInsert;
export type PaymentSession = typeof paymentSessions.$inferSelect;
export type NewPaymentSession = typeof paymentSessions.$inferInsert;
