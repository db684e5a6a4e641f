import type { TierThreshold } from './points';

/**
 * Which CPS tiers a business can choose (rules E1–E3). Every threshold comes from the tier
 * catalogue (`tiers.min_points`); nothing here knows "500" or "2,500".
 *
 * - E1: the invitation opens at the lowest threshold of the catalogue.
 * - E2: every tier is shown; a tier is open once the points reach its `minPoints`.
 * - E3: once a corporate tier is open, the member switches between the corporate tiers and the
 *   individual ones (Silver/Gold/Platinum) with the "Corporate tiers" toggle; until then the toggle
 *   is not offered and the corporate tiers are listed as locked next to the individual ones.
 */

export type { TierThreshold } from './points';

/** One tier as the tier card lists it. */
export interface TierOption {
  readonly code: string;
  readonly name: string;
  readonly kind: TierThreshold['kind'];
  readonly minPoints: number;
  /** The business has the points for it (rule E2). */
  readonly open: boolean;
  /** Points still missing (0 when open). */
  readonly pointsNeeded: number;
  /**
   * The threshold as members are told it: corporate tiers need *more than* a round number
   * (`minPoints` 2,501 is "more than 2,500"), individual tiers *at least* `minPoints`.
   */
  readonly shownPoints: number;
  readonly moreThan: boolean;
}

/** The tier list for a points total and a toggle position. */
export interface TierChoice {
  readonly total: number;
  /** Rule E1: the invitation to join CPS is open. */
  readonly invited: boolean;
  /** The points from which a member is invited (the lowest threshold). */
  readonly invitationThreshold: number;
  /** Points still missing for the invitation (0 when invited). */
  readonly toInvitation: number;
  /** Rule E3: a corporate tier is open, so the "Corporate tiers" toggle is offered. */
  readonly toggleShown: boolean;
  /** The toggle position in effect: true lists the corporate tiers (always false without the toggle). */
  readonly corporate: boolean;
  /** The tiers listed, in catalogue order. */
  readonly tiers: readonly TierOption[];
}

function ordered(tiers: readonly TierThreshold[]): TierThreshold[] {
  return [...tiers].sort((a, b) => a.sortOrder - b.sortOrder || a.minPoints - b.minPoints || a.code.localeCompare(b.code, 'en'));
}

function optionOf(tier: TierThreshold, total: number): TierOption {
  const moreThan = tier.kind === 'corporate';
  return {
    code: tier.code,
    name: tier.name,
    kind: tier.kind,
    minPoints: tier.minPoints,
    open: total >= tier.minPoints,
    pointsNeeded: Math.max(0, tier.minPoints - total),
    shownPoints: moreThan ? Math.max(0, tier.minPoints - 1) : tier.minPoints,
    moreThan,
  };
}

/**
 * The tiers to show for `total` points with the toggle at `corporate` (rules E1–E3). The toggle is
 * honoured only when it is offered, i.e. when a corporate tier is open and there are individual
 * tiers to switch back to; otherwise every tier is listed, open or locked.
 *
 * @throws Error when the catalogue is empty (a misconfigured database, not a member's mistake).
 */
export function tierChoice(total: number, catalogue: readonly TierThreshold[], options: { readonly corporate?: boolean } = {}): TierChoice {
  const tiers = ordered(catalogue);
  const lowest = Math.min(...tiers.map((t) => t.minPoints));
  if (!Number.isFinite(lowest)) throw new Error('the tier catalogue is empty');
  const corporateOpen = tiers.some((t) => t.kind === 'corporate' && total >= t.minPoints);
  const hasIndividual = tiers.some((t) => t.kind === 'individual');
  const toggleShown = corporateOpen && hasIndividual;
  const corporate = toggleShown && options.corporate === true;
  const listed = toggleShown ? tiers.filter((t) => t.kind === (corporate ? 'corporate' : 'individual')) : tiers;
  return {
    total,
    invited: total >= lowest,
    invitationThreshold: lowest,
    toInvitation: Math.max(0, lowest - total),
    toggleShown,
    corporate,
    tiers: listed.map((t) => optionOf(t, total)),
  };
}

export type TierSelection =
  | { readonly ok: true; readonly tier: TierOption }
  | { readonly ok: false; readonly reason: 'unknown' }
  | { readonly ok: false; readonly reason: 'locked'; readonly tier: TierOption };

/**
 * Re-checks a `tier.select` against the current points (the card may be old, or forged): the code
 * must be a catalogue tier and open for `total`. The toggle does not matter here: with enough
 * points both lists are open.
 */
export function checkTierSelection(code: unknown, total: number, catalogue: readonly TierThreshold[]): TierSelection {
  if (typeof code !== 'string') return { ok: false, reason: 'unknown' };
  const wanted = code.trim().toLowerCase();
  const tier = catalogue.find((t) => t.code === wanted);
  if (!tier) return { ok: false, reason: 'unknown' };
  const option = optionOf(tier, total);
  return option.open ? { ok: true, tier: option } : { ok: false, reason: 'locked', tier: option };
}

/**
 * Reads the `corporate` input of `tier.toggle`: an Input.Toggle sends `"true"`/`"false"`, some
 * hosts a boolean. Anything else is undefined (not a position).
 */
export function parseCorporateToggle(value: unknown): boolean | undefined {
  if (value === true || value === 'true') return true;
  if (value === false || value === 'false') return false;
  return undefined;
}
