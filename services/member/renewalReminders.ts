import { and, between, eq, gt, inArray, notExists, sql } from 'drizzle-orm';
import { createJobRepository } from '../../data/repositories/jobs';
import { members } from '../../data/schema/members';
import { jobs } from '../../data/schema/jobs';
import { memberships } from '../../data/schema/memberships';
import { tiers } from '../../data/schema/tiers';
import { scoped } from '../../data/transaction';
import type { Db } from '../../data/types';
import { addDays } from '../../domain/billing';
import { MEMBERSHIP_END_JOB } from './selfService';

/** The daily pass that schedules renewal reminders (it schedules its own next run). */
export const RENEWAL_SWEEP_JOB = 'membership.renewal-reminders';
/** One renewal reminder in chat to one member. */
export const RENEWAL_REMINDER_JOB = 'membership.renewal-reminder';
/** Days before the renewal on which a member is reminded, each once. */
export const RENEWAL_REMINDER_DAYS = [30, 7] as const;

/** The next daily pass: 07:00 UTC after `now`, and its dedupe key (one per day, whatever the number of processes). */
export function nextRenewalSweep(now: Date): { readonly runAt: Date; readonly dedupeKey: string } {
  const runAt = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate(), 7));
  if (runAt <= now) runAt.setUTCDate(runAt.getUTCDate() + 1);
  return { runAt, dedupeKey: `${RENEWAL_SWEEP_JOB}:${runAt.toISOString().slice(0, 10)}` };
}

/** A cancelled membership (its `membership.end` job is waiting) is not reminded. */
function notCancelled(db: Db) {
  return notExists(
    scoped(db)
      .select({ id: jobs.id })
      .from(jobs)
      .where(and(eq(jobs.dedupeKey, sql`${MEMBERSHIP_END_JOB}::text || ':' || ${memberships.id}::text`), inArray(jobs.status, ['pending', 'running']))),
  );
}

/**
 * Schedules the reminders due on `today` (YYYY-MM-DD): an active, not cancelled membership whose
 * last valid day is at most 30 days away gets the 30-day reminder, at most 7 days away the 7-day
 * one; the dedupe key (step, membership, period, member) makes each one go out once, and a pass
 * missed for a day is caught up the next. Returns how many were scheduled. Joins the caller's transaction.
 */
export async function scheduleRenewalReminders(db: Db, today: string): Promise<number> {
  const jobRepository = createJobRepository(db);
  let scheduled = 0;
  for (const [index, days] of RENEWAL_REMINDER_DAYS.entries()) {
    const closer = RENEWAL_REMINDER_DAYS[index + 1];
    const rows = await scoped(db)
      .select({ membershipId: memberships.id, validUntil: memberships.validUntil, memberId: members.id })
      .from(memberships)
      .innerJoin(members, eq(members.businessId, memberships.businessId))
      .where(
        and(
          eq(memberships.status, 'active'),
          between(memberships.validUntil, today, addDays(today, days)),
          closer === undefined ? undefined : gt(memberships.validUntil, addDays(today, closer)),
          notCancelled(db),
        ),
      );
    for (const row of rows) {
      const added = await jobRepository.enqueue({
        kind: RENEWAL_REMINDER_JOB,
        payload: { membershipId: row.membershipId, memberId: row.memberId },
        dedupeKey: `${RENEWAL_REMINDER_JOB}:${days}:${row.membershipId}:${row.validUntil}:${row.memberId}`,
      });
      if (added) scheduled += 1;
    }
  }
  return scheduled;
}

/** What a reminder says, read when it is sent; undefined when it is no longer to be sent (cancelled or ended meanwhile). */
export async function renewalReminderFacts(db: Db, membershipId: string): Promise<{ readonly membershipNumber: string; readonly tierName: string; readonly validUntil: string } | undefined> {
  const [row] = await scoped(db)
    .select({ membershipNumber: memberships.membershipNumber, tierName: tiers.name, validUntil: memberships.validUntil })
    .from(memberships)
    .innerJoin(tiers, eq(tiers.code, memberships.tierCode))
    .where(and(eq(memberships.id, membershipId), eq(memberships.status, 'active'), notCancelled(db)));
  return row;
}
