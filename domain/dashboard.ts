/**
 * What the "My CPS" dashboard shows at a glance: which product details are missing (rule P3), the
 * points total, and where it stands against the tier thresholds (rules E1–E3). Thresholds come
 * from the tier catalogue, never from code.
 */

/** The details a registration needs for its green tick (rule P3), in the order members are asked for them. */
export const REQUIRED_DETAILS = ['serialNumber', 'purchaseDate', 'purchaseCountry', 'dealer'] as const;
export type RequiredDetail = (typeof REQUIRED_DETAILS)[number];

export type RegistrationDetails = Readonly<Record<RequiredDetail, string | null>>;

/** The required details a registration still lacks; empty = complete (green tick, points allocated). */
export function missingDetails(registration: RegistrationDetails): RequiredDetail[] {
  return REQUIRED_DETAILS.filter((field) => {
    const value = registration[field];
    return value === null || value.trim() === '';
  });
}

/** A tier as the dashboard needs it (a row of the `tiers` table). */
export interface TierFacts {
  readonly code: string;
  readonly name: string;
  readonly kind: 'individual' | 'corporate';
  readonly minPoints: number;
  readonly sortOrder: number;
}

export interface Milestone {
  readonly code: string;
  readonly name: string;
  /** The number members are told: corporate tiers need more than this, individual tiers at least this. */
  readonly shownPoints: number;
  readonly moreThan: boolean;
  readonly reached: boolean;
  /** Position of the threshold on the meter, 0–1. */
  readonly position: number;
}

export interface PointsSummary {
  readonly total: number;
  readonly milestones: readonly Milestone[];
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
export function totalPoints(registrations: readonly { readonly points: number; readonly missing: readonly RequiredDetail[] }[]): number {
  return registrations.reduce((sum, r) => sum + (r.missing.length === 0 ? r.points : 0), 0);
}

/**
 * Where `total` stands against every tier threshold. Corporate tiers are stored with the first
 * qualifying number (2,501) and shown as "more than 2,500" (rule E3).
 */
export function pointsSummary(total: number, tiers: readonly TierFacts[]): PointsSummary {
  const sorted = [...tiers].sort((a, b) => a.minPoints - b.minPoints || a.sortOrder - b.sortOrder);
  const shown = (tier: TierFacts) => (tier.kind === 'corporate' ? tier.minPoints - 1 : tier.minPoints);
  const end = Math.max(1, ...sorted.map(shown));
  const milestones = sorted.map<Milestone>((tier) => ({
    code: tier.code,
    name: tier.name,
    shownPoints: shown(tier),
    moreThan: tier.kind === 'corporate',
    reached: total >= tier.minPoints,
    position: Math.min(1, shown(tier) / end),
  }));
  const nextTier = sorted.find((tier) => total < tier.minPoints);
  const invitationPoints = sorted[0]?.minPoints;
  return {
    total,
    milestones,
    ...(nextTier ? { next: { code: nextTier.code, name: nextTier.name, toGo: nextTier.minPoints - total } } : {}),
    progress: Math.max(0, Math.min(1, total / end)),
    openTiers: sorted.filter((tier) => total >= tier.minPoints).map((tier) => tier.code),
    invited: invitationPoints !== undefined && total >= invitationPoints,
    invitationPoints,
  };
}
