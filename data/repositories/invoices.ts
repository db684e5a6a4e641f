import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import { businesses } from '../schema/businesses';
import { members } from '../schema/members';
import { invoices, memberships, type Invoice, type InvoiceStatus, type NewInvoice, type PaymentMethod } from '../schema/memberships';
import { scoped } from '../transaction';
import { createEventLog } from './events';
import type { Db } from '../types';

/** An invoice as staff list it: with the business, the membership's tier and method, and a member of the business. */
export interface StaffInvoiceRow {
  readonly invoice: Invoice;
  readonly companyName: string;
  readonly businessId: string;
  readonly tierCode: string;
  readonly method: PaymentMethod;
  /** The first member acting for the business (null when none is left). */
  readonly memberId: string | null;
}

export type IssueOutcome = { readonly kind: 'issued'; readonly invoice: Invoice } | { readonly kind: 'existing'; readonly invoice: Invoice };

/** Membership invoices (rule M2). */
export function createInvoiceRepository(db: Db) {
  async function byNumber(invoiceNumber: string): Promise<Invoice | undefined> {
    const [row] = await scoped(db).select().from(invoices).where(eq(invoices.invoiceNumber, invoiceNumber));
    return row;
  }

  return {
    byNumber,

    async byId(invoiceId: string): Promise<Invoice | undefined> {
      const [row] = await scoped(db).select().from(invoices).where(eq(invoices.id, invoiceId));
      return row;
    },

    /**
     * Issues an invoice once: the invoice number names the membership period, so a second attempt
     * (a retried or duplicated job) finds the first invoice instead of writing another.
     */
    async issueOnce(values: NewInvoice): Promise<IssueOutcome> {
      const [inserted] = await scoped(db).insert(invoices).values(values).onConflictDoNothing({ target: invoices.invoiceNumber }).returning();
      if (inserted) return { kind: 'issued', invoice: inserted };
      const existing = await byNumber(values.invoiceNumber);
      if (!existing) throw new Error(`invoice ${values.invoiceNumber} conflicted with nothing`);
      if (existing.membershipId !== values.membershipId) throw new Error(`invoice number ${values.invoiceNumber} belongs to another membership`);
      return { kind: 'existing', invoice: existing };
    },

    /** The invoices of a membership, newest first. */
    async ofMembership(membershipId: string): Promise<Invoice[]> {
      return scoped(db).select().from(invoices).where(eq(invoices.membershipId, membershipId)).orderBy(desc(invoices.issueDate), desc(invoices.createdAt));
    },

    /** The invoices of every membership of a business, newest first. */
    async ofBusiness(businessId: string): Promise<Invoice[]> {
      const rows = await scoped(db)
        .select({ invoice: invoices })
        .from(invoices)
        .innerJoin(memberships, eq(memberships.id, invoices.membershipId))
        .where(eq(memberships.businessId, businessId))
        .orderBy(desc(invoices.issueDate), desc(invoices.createdAt));
      return rows.map((r) => r.invoice);
    },

    async markSent(invoiceId: string, at: Date): Promise<void> {
      await scoped(db).update(invoices).set({ sentAt: at }).where(eq(invoices.id, invoiceId));
    },

    /** Marks an open invoice paid; false when it was already paid. */
    async markPaid(invoiceId: string, at: Date): Promise<boolean> {
      const open: InvoiceStatus[] = ['issued', 'overdue'];
      const rows = await scoped(db)
        .update(invoices)
        .set({ status: 'paid', paidAt: at })
        .where(and(eq(invoices.id, invoiceId), inArray(invoices.status, open)))
        .returning({ id: invoices.id });
      if (rows.length > 0) await createEventLog(db).forInvoicePaid(invoiceId, at);
      return rows.length > 0;
    },

    /** Every invoice with what staff see beside it, newest first (filtered by the caller: open, paid, overdue). */
    async staffList(): Promise<StaffInvoiceRow[]> {
      return scoped(db)
        .select({
          invoice: invoices,
          companyName: businesses.companyName,
          businessId: businesses.id,
          tierCode: memberships.tierCode,
          method: memberships.paymentMethod,
          memberId: sql<string | null>`(select ${members.id} from ${members} where ${members.businessId} = ${businesses.id} order by ${members.createdAt} limit 1)`,
        })
        .from(invoices)
        .innerJoin(memberships, eq(memberships.id, invoices.membershipId))
        .innerJoin(businesses, eq(businesses.id, memberships.businessId))
        .orderBy(desc(invoices.issueDate), desc(invoices.createdAt));
    },

    /** Gives an invoice its bank-transfer reference (a card invoice whose card was declined); keeps one already there. */
    async setReferenceOnce(invoiceId: string, values: { readonly referenceScheme: NonNullable<Invoice['referenceScheme']>; readonly paymentReference: string }): Promise<Invoice | undefined> {
      await scoped(db).update(invoices).set(values).where(and(eq(invoices.id, invoiceId), sql`${invoices.paymentReference} is null`));
      const [row] = await scoped(db).select().from(invoices).where(eq(invoices.id, invoiceId));
      return row;
    },

    async markOverdue(invoiceId: string): Promise<void> {
      await scoped(db).update(invoices).set({ status: 'overdue' }).where(and(eq(invoices.id, invoiceId), eq(invoices.status, 'issued')));
    },
  };
}

export type InvoiceRepository = ReturnType<typeof createInvoiceRepository>;
