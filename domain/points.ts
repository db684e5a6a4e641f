import { isComplete, type RegistrationDetails } from './products';

/**
 * CPS points (rules P3, E1–E3). The total is always derived from the registrations, never kept in
 * a counter: a complete registration earns its model's points, an incomplete one earns nothing.
 * Thresholds come from the tier catalogue (the `tiers` table), never from code.
 */

export interface PointsSource extends RegistrationDetails {
  /** The catalogue points of the registered model (may be 0). */
  readonly points: number;
}

/** The points a registration earns now: its model's points when complete, else 0. */
export function pointsEarned(registration: PointsSource): number {
  return isComplete(registration) ? registration.points : 0;
}

/** The points total of a business: the sum over its complete registrations. */
export function allocatePoints(registrations: readonly PointsSource[]): number {
  return registrations.reduce((sum, r) => sum + pointsEarned(r), 0);
}

/** A tier as the points rules see it (a row of the `tiers` table). */
export interface TierThreshold {
  readonly code: string;
  readonly name: string;
  readonly kind: 'individual' | 'corporate';
  readonly minPoints: number;
  readonly sortOrder: number;
}

export interface Milestone {
  readonly code: string;
  readonly name: string;
  readonly minPoints: number;
  /**
   * The number members are told: corporate tiers need *more than* a round number (2,501 points
   * means "more than 2,500"), individual tiers *at least* `minPoints`.
   */
  readonly shownPoints: number;
  readonly moreThan: boolean;
  readonly reached: boolean;
}

export interface PointsMeter {
  readonly total: number;
  readonly milestones: readonly Milestone[];
  /** The first milestone not reached yet and how many points are missing; undefined when all are reached. */
  readonly next?: { readonly milestone: Milestone; readonly toGo: number };
  /** Share of the way from 0 to the next milestone (1 when all are reached). */
  readonly progress: number;
  /** The invitation to join CPS is open (rule E1). */
  readonly invited: boolean;
}

function sortedTiers(tiers: readonly TierThreshold[]): TierThreshold[] {
  return [...tiers].sort((a, b) => a.minPoints - b.minPoints || a.sortOrder - b.sortOrder);
}

/** Rule E1: the points from which a member is invited to join CPS — the lowest tier threshold. */
export function invitationThreshold(tiers: readonly TierThreshold[]): number {
  const lowest = sortedTiers(tiers)[0];
  if (!lowest) throw new Error('the tier catalogue is empty');
  return lowest.minPoints;
}

/** Where `total` stands against every tier threshold (the points meter of My products). */
export function pointsMeter(total: number, tiers: readonly TierThreshold[]): PointsMeter {
  const milestones: Milestone[] = sortedTiers(tiers).map((tier) => {
    const moreThan = tier.kind === 'corporate';
    return {
      code: tier.code,
      name: tier.name,
      minPoints: tier.minPoints,
      shownPoints: moreThan ? tier.minPoints - 1 : tier.minPoints,
      moreThan,
      reached: total >= tier.minPoints,
    };
  });
  const nextMilestone = milestones.find((m) => !m.reached);
  // The lowest milestone is the invitation (rule E1); an empty catalogue invites no one.
  const invited = milestones[0]?.reached ?? false;
  if (!nextMilestone) return { total, milestones, progress: 1, invited };
  return {
    total,
    milestones,
    next: { milestone: nextMilestone, toGo: nextMilestone.minPoints - total },
    progress: nextMilestone.minPoints === 0 ? 1 : Math.max(0, Math.min(1, total / nextMilestone.minPoints)),
    invited,
  };
}

/** A model the member could register (registrable, from the catalogue). */
export interface WhatIfModel {
  readonly id: string;
  readonly name: string;
  readonly points: number;
  /** YYYY-MM-DD; among equal points the newest model is suggested. */
  readonly releaseDate?: string | null;
}

/** An incomplete registration the member could finish. */
export interface WhatIfRegistration {
  readonly productId: string;
  readonly name: string;
  readonly points: number;
}

export type WhatIf =
  /** Adding the missing details of one registration reaches the next milestone. */
  | { readonly kind: 'complete'; readonly registration: WhatIfRegistration; readonly reaches: Milestone }
  /** Registering one more model reaches the next milestone. */
  | { readonly kind: 'register'; readonly model: WhatIfModel; readonly reaches: Milestone }
  /** No single product reaches it: the biggest step there is, and what would still be missing. */
  | { readonly kind: 'closer'; readonly model: WhatIfModel; readonly next: Milestone; readonly stillToGo: number };

interface Candidate {
  readonly points: number;
  readonly name: string;
  readonly releaseDate?: string | null;
}

/** Equal points: the newest model first (what a member would buy today), then by name. */
function newestFirst(a: Candidate, b: Candidate): number {
  return (b.releaseDate ?? '').localeCompare(a.releaseDate ?? '') || a.name.localeCompare(b.name, 'en');
}

function smallestSufficient<T extends Candidate>(candidates: readonly T[], gap: number): T | undefined {
  return [...candidates].filter((c) => c.points >= gap).sort((a, b) => a.points - b.points || newestFirst(a, b))[0];
}

/**
 * The what-if line of My products: the cheapest way to the next milestone. Finishing an incomplete
 * registration comes first (it costs nothing but a few details); otherwise the catalogue model with
 * the fewest points that still gets there, the newest among equals ("registering an RF 70-200mm
 * F2.8 L gets you to 500");
 * if no single model does, the model with the most points and what would still be missing.
 * Undefined when every milestone is reached or nothing in the catalogue earns points.
 */
export function whatIfSuggestion(
  meter: PointsMeter,
  options: { readonly incomplete: readonly WhatIfRegistration[]; readonly catalogue: readonly WhatIfModel[] },
): WhatIf | undefined {
  const next = meter.next;
  if (!next) return undefined;
  const registration = smallestSufficient(options.incomplete, next.toGo);
  if (registration) return { kind: 'complete', registration, reaches: next.milestone };
  const earning = options.catalogue.filter((m) => m.points > 0);
  const model = smallestSufficient(earning, next.toGo);
  if (model) return { kind: 'register', model, reaches: next.milestone };
  const biggest = [...earning].sort((a, b) => b.points - a.points || newestFirst(a, b))[0];
  if (!biggest) return undefined;
  return { kind: 'closer', model: biggest, next: next.milestone, stillToGo: next.toGo - biggest.points };
}
