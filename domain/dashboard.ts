import { pointsMeter, type Milestone, type TierThreshold } from './points';
import type { RequiredField } from './products';

/**
 * What the "My CPS" dashboard shows at a glance: which product details are missing (rule P3), the
 * points total, and where it stands against the tier thresholds (rules E1–E3). Thresholds come
 * from the tier catalogue, never from code.
 */

export { missingFields as missingDetails, type RequiredField as RequiredDetail } from './products';

/** A milestone of domain/points placed on the dashboard's meter. */
export interface MeterMilestone extends Milestone {
  /** Position of the threshold on the meter, 0–1. */
  readonly position: number;
}

export interface PointsSummary {
  readonly total: number;
  readonly milestones: readonly MeterMilestone[];
  /** The first threshold not reached yet and the points still missing; undefined when all are reached. */
  readonly next?: { readonly code: string; readonly name: string; readonly toGo: number };
  /** How full the meter is, 0–1 (the highest threshold is the end of the meter). */
  readonly progress: number;
  /** Codes of the tiers open to the member now, cheapest first. */
  readonly openTiers: readonly string[];
  /** Rule E1: at the lowest threshold the member is invited to join CPS. */
  readonly invited: boolean;
  /** The lowest threshold (the invitation), for the "invited" line. */
  readonly invitationPoints: number | undefined;
}

/** The points a set of registrations earns: each complete one its model's points, incomplete ones nothing. */
export function totalPoints(registrations: readonly { readonly points: number; readonly missing: readonly RequiredField[] }[]): number {
  return registrations.reduce((sum, r) => sum + (r.missing.length === 0 ? r.points : 0), 0);
}

/**
 * Where `total` stands against every tier threshold (the milestones of {@link pointsMeter}), on a
 * meter that ends at the highest threshold.
 */
export function pointsSummary(total: number, tiers: readonly TierThreshold[]): PointsSummary {
  const meter = pointsMeter(total, tiers);
  const end = Math.max(1, ...meter.milestones.map((m) => m.shownPoints));
  const milestones = meter.milestones.map((m) => ({ ...m, position: Math.min(1, m.shownPoints / end) }));
  return {
    total,
    milestones,
    ...(meter.next ? { next: { code: meter.next.milestone.code, name: meter.next.milestone.name, toGo: meter.next.toGo } } : {}),
    progress: Math.max(0, Math.min(1, total / end)),
    openTiers: milestones.filter((m) => m.reached).map((m) => m.code),
    invited: meter.invited,
    invitationPoints: milestones[0]?.minPoints,
  };
}
