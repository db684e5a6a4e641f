import { and, desc, eq, gt } from 'drizzle-orm';
import { businesses } from '../schema/businesses';
import { memberships, paymentSessions, payments, type Payment, type PaymentMethod, type PaymentSession } from '../schema/memberships';
import { scoped } from '../transaction';
import type { Db } from '../types';

/** A hosted-page session with the membership it pays for. */
export interface SessionWithMembership {
  readonly session: PaymentSession;
  readonly membershipId: string;
  readonly membershipNumber: string;
  readonly businessId: string;
  readonly companyName: string;
}

/** The card stored with the payment provider for a membership: only brand, last four digits and the provider's reference. */
export interface CardOnFile {
  readonly brand: string;
  readonly last4: string;
  readonly providerReference: string;
}

/** Payments against invoices and the hosted card-page sessions (rule M3: no card number ever passes through chat). */
export function createPaymentRepository(db: Db) {
  return {
    /** Opens a hosted-page session; only the SHA-256 of the URL token is stored. */
    async openSession(values: { readonly membershipId: string; readonly tokenHash: string; readonly expiresAt: Date }): Promise<PaymentSession> {
      const [row] = await scoped(db).insert(paymentSessions).values(values).returning();
      if (!row) throw new Error('payment session insert returned no row');
      return row;
    },

    async sessionByTokenHash(tokenHash: string): Promise<SessionWithMembership | undefined> {
      const [row] = await scoped(db)
        .select({
          session: paymentSessions,
          membershipId: memberships.id,
          membershipNumber: memberships.membershipNumber,
          businessId: memberships.businessId,
          companyName: businesses.companyName,
        })
        .from(paymentSessions)
        .innerJoin(memberships, eq(memberships.id, paymentSessions.membershipId))
        .innerJoin(businesses, eq(businesses.id, memberships.businessId))
        .where(eq(paymentSessions.tokenHash, tokenHash));
      return row;
    },

    /**
     * Records the card the provider stored for an open, unexpired session. False when the session
     * was already used or has expired (a second submit of the page saves nothing).
     */
    async completeSession(sessionId: string, card: CardOnFile, at: Date): Promise<boolean> {
      const rows = await scoped(db)
        .update(paymentSessions)
        .set({ status: 'completed', cardBrand: card.brand, cardLast4: card.last4, providerReference: card.providerReference, completedAt: at })
        .where(and(eq(paymentSessions.id, sessionId), eq(paymentSessions.status, 'open'), gt(paymentSessions.expiresAt, at)))
        .returning({ id: paymentSessions.id });
      return rows.length > 0;
    },

    /** The latest card stored for a membership, if the member completed a hosted page. */
    async cardOnFile(membershipId: string): Promise<CardOnFile | undefined> {
      const [row] = await scoped(db)
        .select({ brand: paymentSessions.cardBrand, last4: paymentSessions.cardLast4, providerReference: paymentSessions.providerReference })
        .from(paymentSessions)
        .where(and(eq(paymentSessions.membershipId, membershipId), eq(paymentSessions.status, 'completed')))
        .orderBy(desc(paymentSessions.completedAt))
        .limit(1);
      if (!row?.brand || !row.last4 || !row.providerReference) return undefined;
      return { brand: row.brand, last4: row.last4, providerReference: row.providerReference };
    },

    /**
     * The payment expected for an invoice (a card charge scheduled for the due date, or a bank
     * transfer awaited), created once per invoice.
     */
    async expect(values: { readonly invoiceId: string; readonly method: PaymentMethod; readonly currency: Payment['currency']; readonly amountMinor: number }): Promise<Payment> {
      const [existing] = await scoped(db).select().from(payments).where(eq(payments.invoiceId, values.invoiceId)).orderBy(desc(payments.createdAt)).limit(1);
      if (existing) return existing;
      const [row] = await scoped(db).insert(payments).values({ ...values, status: 'pending' }).returning();
      if (!row) throw new Error('payment insert returned no row');
      return row;
    },

    async ofInvoice(invoiceId: string): Promise<Payment[]> {
      return scoped(db).select().from(payments).where(eq(payments.invoiceId, invoiceId)).orderBy(desc(payments.createdAt));
    },

    async markSucceeded(paymentId: string, providerReference: string, at: Date): Promise<void> {
      await scoped(db).update(payments).set({ status: 'succeeded', providerReference, chargedAt: at, failureReason: null }).where(eq(payments.id, paymentId));
    },

    async markFailed(paymentId: string, reason: string): Promise<void> {
      await scoped(db).update(payments).set({ status: 'failed', failureReason: reason.slice(0, 500) }).where(eq(payments.id, paymentId));
    },

    /** A failed card charge is tried again (the member stored a new card). */
    async reopen(paymentId: string): Promise<void> {
      await scoped(db).update(payments).set({ status: 'pending', failureReason: null }).where(and(eq(payments.id, paymentId), eq(payments.status, 'failed')));
    },
  };
}

export type PaymentRepository = ReturnType<typeof createPaymentRepository>;
