import { and, eq, inArray } from 'drizzle-orm';
import { businesses, members } from '../../data/schema';
import { jobs } from '../../data/schema/jobs';
import { memberships } from '../../data/schema/memberships';
import { createJobRepository } from '../../data/repositories/jobs';
import { scoped } from '../../data/transaction';
import type { Db } from '../../data/types';
import { isEmailAddress } from '../../domain/application';

export const MEMBERSHIP_END_JOB = 'membership.end';

export type ContactChange =
  | { readonly kind: 'changed'; readonly contactEmail: string }
  | { readonly kind: 'invalid'; readonly typed: string }
  | { readonly kind: 'no-business' };

export type Cancellation =
  | { readonly kind: 'scheduled'; readonly endsOn: string }
  | { readonly kind: 'already'; readonly endsOn: string }
  | { readonly kind: 'no-membership' };

const endDedupeKey = (membershipId: string) => `${MEMBERSHIP_END_JOB}:${membershipId}`;

/** The day after `validUntil` (YYYY-MM-DD) at 00:00 UTC: when a cancelled membership ends. */
function dayAfter(validUntil: string): Date {
  const date = new Date(`${validUntil}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date;
}

/**
 * What a member changes themselves: the contact e-mail of their business, and cancelling the
 * membership at the end of the paid period (a `membership.end` job due the day after the last
 * valid day is the cancellation; its presence is what "cancelled, ends on …" is derived from).
 * Every value is re-validated here, whatever the card allowed. Joins the caller's transaction.
 */
export function createSelfService(db: Db) {
  const jobRepository = createJobRepository(db);

  async function activeMembership(memberId: string) {
    const [row] = await scoped(db)
      .select({ id: memberships.id, validUntil: memberships.validUntil })
      .from(memberships)
      .innerJoin(members, eq(members.businessId, memberships.businessId))
      .where(and(eq(members.id, memberId), eq(memberships.status, 'active')))
      .limit(1);
    return row;
  }

  return {
    /** The contact e-mail of the member's business. */
    async contactEmailOf(memberId: string): Promise<string | undefined> {
      const [row] = await scoped(db)
        .select({ contactEmail: businesses.contactEmail })
        .from(businesses)
        .innerJoin(members, eq(members.businessId, businesses.id))
        .where(eq(members.id, memberId));
      return row?.contactEmail;
    },

    async changeContactEmail(memberId: string, raw: unknown): Promise<ContactChange> {
      const typed = typeof raw === 'string' ? raw.trim() : '';
      if (!isEmailAddress(typed)) return { kind: 'invalid', typed: typed.slice(0, 254) };
      const [member] = await scoped(db).select({ businessId: members.businessId }).from(members).where(eq(members.id, memberId));
      if (!member?.businessId) return { kind: 'no-business' };
      await scoped(db).update(businesses).set({ contactEmail: typed, updatedAt: new Date() }).where(eq(businesses.id, member.businessId));
      return { kind: 'changed', contactEmail: typed };
    },

    /** The end date (YYYY-MM-DD, the last valid day) when the active membership is cancelled, else undefined. */
    async scheduledEnd(memberId: string): Promise<string | undefined> {
      const membership = await activeMembership(memberId);
      if (!membership) return undefined;
      const [job] = await scoped(db)
        .select({ id: jobs.id })
        .from(jobs)
        .where(and(eq(jobs.dedupeKey, endDedupeKey(membership.id)), inArray(jobs.status, ['pending', 'running'])));
      return job ? membership.validUntil : undefined;
    },

    /** Cancels the active membership at the end of its paid period (it stays usable until then). */
    async cancelMembership(memberId: string): Promise<Cancellation> {
      const membership = await activeMembership(memberId);
      if (!membership) return { kind: 'no-membership' };
      const scheduled = await jobRepository.enqueue({
        kind: MEMBERSHIP_END_JOB,
        payload: { membershipId: membership.id },
        runAt: dayAfter(membership.validUntil),
        dedupeKey: endDedupeKey(membership.id),
      });
      return { kind: scheduled ? 'scheduled' : 'already', endsOn: membership.validUntil };
    },

    /**
     * `payment.change` to bank transfer: invoices issued from now on are paid by bank transfer
     * (invoices already issued keep their method). Undefined without an active membership.
     */
    async useBankTransfer(memberId: string): Promise<{ readonly changed: boolean } | undefined> {
      const membership = await activeMembership(memberId);
      if (!membership) return undefined;
      const rows = await scoped(db)
        .update(memberships)
        .set({ paymentMethod: 'bank-transfer', updatedAt: new Date() })
        .where(and(eq(memberships.id, membership.id), eq(memberships.paymentMethod, 'card')))
        .returning({ id: memberships.id });
      return { changed: rows.length > 0 };
    },

    /** The active membership's id (for a new card's hosted page), or undefined. */
    async activeMembershipId(memberId: string): Promise<string | undefined> {
      return (await activeMembership(memberId))?.id;
    },

    /** A card saved on the hosted page: invoices issued from now on are charged to it. */
    async useCard(membershipId: string): Promise<void> {
      await scoped(db).update(memberships).set({ paymentMethod: 'card', updatedAt: new Date() }).where(and(eq(memberships.id, membershipId), eq(memberships.paymentMethod, 'bank-transfer')));
    },

    /** The `membership.end` job: the cancelled membership ends (status `cancelled`). */
    async endMembership(membershipId: string): Promise<void> {
      await scoped(db).update(memberships).set({ status: 'cancelled', updatedAt: new Date() }).where(and(eq(memberships.id, membershipId), eq(memberships.status, 'active')));
    },
  };
}

export type SelfService = ReturnType<typeof createSelfService>;
