import { describe, expect, it } from 'vitest';
import { tierSeed } from '../../data/seed/tiers';
import { checkTierSelection, parseCorporateToggle, tierChoice } from '../../domain/tiers';

const catalogue = tierSeed;

interface Row {
  readonly points: number;
  readonly invited: boolean;
  readonly toggleShown: boolean;
  /** Listed with the toggle OFF (or without a toggle). */
  readonly listedOff: readonly string[];
  /** Listed with the toggle ON. */
  readonly listedOn: readonly string[];
  readonly open: readonly string[];
}

const ALL = ['silver', 'gold', 'platinum', 'corporate'];
const INDIVIDUAL = ['silver', 'gold', 'platinum'];

// Rules E1–E3 at the boundaries of the seeded catalogue (Silver 500, Gold 1,000, Platinum 2,000, Corporate > 2,500).
const rows: readonly Row[] = [
  { points: 499, invited: false, toggleShown: false, listedOff: ALL, listedOn: ALL, open: [] },
  { points: 500, invited: true, toggleShown: false, listedOff: ALL, listedOn: ALL, open: ['silver'] },
  { points: 999, invited: true, toggleShown: false, listedOff: ALL, listedOn: ALL, open: ['silver'] },
  { points: 1000, invited: true, toggleShown: false, listedOff: ALL, listedOn: ALL, open: ['silver', 'gold'] },
  { points: 1999, invited: true, toggleShown: false, listedOff: ALL, listedOn: ALL, open: ['silver', 'gold'] },
  { points: 2000, invited: true, toggleShown: false, listedOff: ALL, listedOn: ALL, open: INDIVIDUAL },
  { points: 2500, invited: true, toggleShown: false, listedOff: ALL, listedOn: ALL, open: INDIVIDUAL },
  { points: 2501, invited: true, toggleShown: true, listedOff: INDIVIDUAL, listedOn: ['corporate'], open: ALL },
];

describe.each(rows)('tier availability at $points points', (row) => {
  it.each([false, true])('with the Corporate toggle %s', (corporate) => {
    const choice = tierChoice(row.points, catalogue, { corporate });
    expect(choice.invited).toBe(row.invited);
    expect(choice.toggleShown).toBe(row.toggleShown);
    expect(choice.corporate).toBe(row.toggleShown && corporate);
    expect(choice.tiers.map((t) => t.code)).toEqual(corporate ? row.listedOn : row.listedOff);
    for (const tier of choice.tiers) {
      expect(tier.open, tier.code).toBe(row.open.includes(tier.code));
      expect(tier.pointsNeeded, tier.code).toBe(tier.open ? 0 : tier.minPoints - row.points);
    }
  });
});

describe('tierChoice', () => {
  it('tells how far the invitation is below the lowest threshold', () => {
    expect(tierChoice(499, catalogue)).toMatchObject({ invitationThreshold: 500, toInvitation: 1 });
    expect(tierChoice(0, catalogue)).toMatchObject({ toInvitation: 500 });
    expect(tierChoice(500, catalogue)).toMatchObject({ toInvitation: 0 });
  });

  it('names the corporate threshold as members are told it: more than 2,500', () => {
    const corporate = tierChoice(100, catalogue).tiers.find((t) => t.code === 'corporate');
    expect(corporate).toMatchObject({ shownPoints: 2500, moreThan: true, pointsNeeded: 2401 });
    const gold = tierChoice(100, catalogue).tiers.find((t) => t.code === 'gold');
    expect(gold).toMatchObject({ shownPoints: 1000, moreThan: false });
  });

  it('takes every threshold from the catalogue: an operator lowering Silver to 300 invites at 300', () => {
    const edited = catalogue.map((t) => (t.code === 'silver' ? { ...t, minPoints: 300 } : t));
    expect(tierChoice(300, edited)).toMatchObject({ invited: true, invitationThreshold: 300 });
    expect(tierChoice(300, catalogue).invited).toBe(false);
  });

  it('offers no toggle when the catalogue has no individual tiers to switch back to', () => {
    const corporateOnly = catalogue.filter((t) => t.kind === 'corporate');
    const choice = tierChoice(5000, corporateOnly, { corporate: false });
    expect(choice.toggleShown).toBe(false);
    expect(choice.tiers.map((t) => t.code)).toEqual(['corporate']);
  });

  it('refuses an empty catalogue (misconfiguration, not a member error)', () => {
    expect(() => tierChoice(1000, [])).toThrow(/empty/);
  });
});

describe('checkTierSelection', () => {
  it('accepts an open tier, whatever its case and spacing', () => {
    expect(checkTierSelection(' Gold ', 1000, catalogue)).toMatchObject({ ok: true, tier: { code: 'gold' } });
  });

  it('refuses a tier the points do not reach yet, saying how many are missing', () => {
    expect(checkTierSelection('gold', 999, catalogue)).toMatchObject({ ok: false, reason: 'locked', tier: { pointsNeeded: 1 } });
    expect(checkTierSelection('corporate', 2500, catalogue)).toMatchObject({ ok: false, reason: 'locked', tier: { pointsNeeded: 1 } });
  });

  it('accepts Corporate above 2,500 and any individual tier at 2,000', () => {
    expect(checkTierSelection('corporate', 2501, catalogue).ok).toBe(true);
    expect(checkTierSelection('platinum', 2000, catalogue).ok).toBe(true);
  });

  it('refuses unknown codes and non-strings', () => {
    expect(checkTierSelection('diamond', 9999, catalogue)).toEqual({ ok: false, reason: 'unknown' });
    expect(checkTierSelection(42, 9999, catalogue)).toEqual({ ok: false, reason: 'unknown' });
    expect(checkTierSelection(undefined, 9999, catalogue)).toEqual({ ok: false, reason: 'unknown' });
  });
});

describe('parseCorporateToggle', () => {
  it('reads Input.Toggle strings and booleans', () => {
    expect(parseCorporateToggle('true')).toBe(true);
    expect(parseCorporateToggle(true)).toBe(true);
    expect(parseCorporateToggle('false')).toBe(false);
    expect(parseCorporateToggle(false)).toBe(false);
  });

  it('returns undefined for anything else', () => {
    for (const value of ['yes', '', undefined, null, 1, 'TRUE ']) expect(parseCorporateToggle(value)).toBeUndefined();
  });
});
