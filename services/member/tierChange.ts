import { and, eq, like } from 'drizzle-orm';
import { createMembershipRepository, type MembershipBusiness, type MembershipRow } from '../../data/repositories/memberships';
import { createProductRepository } from '../../data/repositories/products';
import { createTierRepository } from '../../data/repositories/tiers';
import { createJobRepository } from '../../data/repositories/jobs';
import { jobs } from '../../data/schema/jobs';
import { memberships } from '../../data/schema/memberships';
import { scoped, withTransaction } from '../../data/transaction';
import type { Db } from '../../data/types';
import { addDays, pickPrice, proRataMinor, upgradeInvoiceNumber } from '../../domain/billing';
import { localDate } from '../../domain/businessDays';
import { membershipCode } from '../../domain/membershipNumber';
import { allocatePoints } from '../../domain/points';
import { checkTierSelection } from '../../domain/tiers';

/** Changes the tier of a membership when it renews (the day after its last valid day). */
export const TIER_DOWNGRADE_JOB = 'tier.downgrade';

const downgradeKeyPrefix = (membershipId: string) => `${TIER_DOWNGRADE_JOB}:${membershipId}:`;

/** The invoice job's payload for an upgrade's pro-rata invoice (the same `invoice.issue` job a purchase schedules). */
export interface UpgradeInvoice {
  readonly membershipId: string;
  readonly invoiceNumber: string;
  readonly currency: string;
  readonly netMinor: number;
  readonly vatRateBp: number;
  readonly dedupeKey: string;
}

export type TierChangePlan =
  | { readonly kind: 'not-member' }
  | { readonly kind: 'unknown' }
  | { readonly kind: 'unpriced' }
  | { readonly kind: 'same'; readonly tierName: string; readonly membershipId: string }
  | { readonly kind: 'locked'; readonly tierName: string; readonly points: number; readonly needed: number; readonly shownPoints: number; readonly moreThan: boolean }
  /** Already upgraded once this calendar year (one upgrade invoice per year). */
  | { readonly kind: 'upgraded-this-year'; readonly tierName: string }
  | { readonly kind: 'upgrade'; readonly tierCode: string; readonly tierName: string; readonly currentName: string; readonly validUntil: string; readonly invoice: UpgradeInvoice }
  | { readonly kind: 'downgrade'; readonly membershipId: string; readonly tierCode: string; readonly tierName: string; readonly currentName: string; readonly validUntil: string; readonly from: string };

/**
 * `tier.change`: an upgrade takes effect at once and is invoiced pro rata (the difference of the
 * annual fees for the rest of the membership year, through the purchase's invoice job); a
 * downgrade takes effect when the membership renews; a tier the points do not open says what is
 * missing. Every plan is re-derived from stored facts when confirmed.
 */
export function createTierChange(db: Db) {
  const memberships$ = createMembershipRepository(db);
  const tiers = createTierRepository(db);
  const products = createProductRepository(db);
  const jobRepository = createJobRepository(db);

  async function upgradePlan(business: MembershipBusiness, active: MembershipRow, target: { code: string; name: string }, today: string): Promise<TierChangePlan> {
    const newPrice = pickPrice(await tiers.pricesOf(target.code), business.currency);
    const oldPrice = newPrice && (await tiers.pricesOf(active.tierCode)).find((p) => p.currency === newPrice.currency);
    if (!newPrice || !oldPrice) return { kind: 'unpriced' };
    const invoiceNumber = upgradeInvoiceNumber(membershipCode(active.membershipNumber), today);
    const dedupeKey = `invoice.issue:${active.id}:upgrade:${today.slice(0, 4)}`;
    const [earlier] = await scoped(db).select({ id: jobs.id }).from(jobs).where(eq(jobs.dedupeKey, dedupeKey));
    if (earlier) return { kind: 'upgraded-this-year', tierName: active.tierName };
    const netMinor = proRataMinor(Math.max(0, newPrice.annualFeeMinor - oldPrice.annualFeeMinor), today, active.validUntil);
    const invoice = { membershipId: active.id, invoiceNumber, currency: newPrice.currency, netMinor, vatRateBp: business.vatRateBp, dedupeKey };
    return { kind: 'upgrade', tierCode: target.code, tierName: target.name, currentName: active.tierName, validUntil: active.validUntil, invoice };
  }

  async function plan(memberId: string, code: unknown, now: Date): Promise<TierChangePlan> {
    const found = await memberships$.memberBusinessWithMembership(memberId);
    const active = found?.active;
    if (!found || !active || active.status !== 'active') return { kind: 'not-member' };
    const catalogue = await tiers.catalogue();
    const points = allocatePoints(await products.list(found.business.businessId));
    const selection = checkTierSelection(code, points, catalogue);
    if (!selection.ok && selection.reason === 'unknown') return { kind: 'unknown' };
    const target = selection.ok ? selection.tier : selection.tier;
    if (target.code === active.tierCode) return { kind: 'same', tierName: active.tierName, membershipId: active.id };
    if (!selection.ok) {
      return { kind: 'locked', tierName: target.name, points, needed: target.pointsNeeded, shownPoints: target.shownPoints, moreThan: target.moreThan };
    }
    const current = catalogue.find((t) => t.code === active.tierCode);
    if (current && target.minPoints > current.minPoints) return upgradePlan(found.business, active, target, localDate(now, found.business.timeZone));
    const from = addDays(active.validUntil, 1);
    return { kind: 'downgrade', membershipId: active.id, tierCode: target.code, tierName: target.name, currentName: active.tierName, validUntil: active.validUntil, from };
  }

  /** Removes a downgrade not yet carried out (choosing the current tier or upgrading replaces it). */
  async function dropPendingDowngrade(membershipId: string): Promise<void> {
    await scoped(db)
      .delete(jobs)
      .where(and(like(jobs.dedupeKey, `${downgradeKeyPrefix(membershipId)}%`), eq(jobs.status, 'pending')));
  }

  return {
    plan,

    /** The tier a downgrade will switch to at renewal, if one is scheduled. */
    async scheduledDowngrade(membershipId: string): Promise<string | undefined> {
      const [job] = await scoped(db)
        .select({ payload: jobs.payload })
        .from(jobs)
        .where(and(like(jobs.dedupeKey, `${downgradeKeyPrefix(membershipId)}%`), eq(jobs.status, 'pending')));
      const tierCode = job?.payload['tierCode'];
      return typeof tierCode === 'string' ? tierCode : undefined;
    },

    /**
     * Carries out a plan made from the same stored facts: an upgrade switches the tier now and
     * returns the invoice to issue (the caller schedules the invoice job in this transaction via
     * `issue`); a downgrade schedules the switch at renewal (replacing an earlier one); choosing
     * the current tier drops a scheduled downgrade.
     */
    async apply(memberId: string, code: unknown, now: Date, issue: (invoice: UpgradeInvoice) => Promise<void>): Promise<TierChangePlan> {
      return withTransaction(db, async () => {
        const planned = await plan(memberId, code, now);
        if (planned.kind !== 'same' && planned.kind !== 'upgrade' && planned.kind !== 'downgrade') return planned;
        const membershipId = planned.kind === 'upgrade' ? planned.invoice.membershipId : planned.membershipId;
        await dropPendingDowngrade(membershipId);
        if (planned.kind === 'upgrade') {
          await scoped(db).update(memberships).set({ tierCode: planned.tierCode, updatedAt: now }).where(eq(memberships.id, membershipId));
          await issue(planned.invoice);
        } else if (planned.kind === 'downgrade') {
          await jobRepository.enqueue({
            kind: TIER_DOWNGRADE_JOB,
            payload: { membershipId, tierCode: planned.tierCode },
            runAt: new Date(`${planned.from}T00:00:00Z`),
            dedupeKey: `${downgradeKeyPrefix(membershipId)}${planned.validUntil}:${now.getTime()}`,
          });
        }
        return planned;
      });
    },

    /** The `tier.downgrade` job: the renewed membership continues in the lower tier. */
    async downgrade(membershipId: string, tierCode: string): Promise<void> {
      await scoped(db).update(memberships).set({ tierCode, updatedAt: new Date() }).where(and(eq(memberships.id, membershipId), eq(memberships.status, 'active')));
    },
  };
}

export type TierChange = ReturnType<typeof createTierChange>;
