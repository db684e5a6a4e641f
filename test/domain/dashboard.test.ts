import { describe, expect, it } from 'vitest';
import { missingDetails, pointsSummary, totalPoints } from '../../domain/dashboard';
import type { TierThreshold } from '../../domain/points';

const TIERS: TierThreshold[] = [
  { code: 'corporate', name: 'Corporate', kind: 'corporate', minPoints: 2501, sortOrder: 4 },
  { code: 'silver', name: 'Silver', kind: 'individual', minPoints: 500, sortOrder: 1 },
  { code: 'gold', name: 'Gold', kind: 'individual', minPoints: 1000, sortOrder: 2 },
  { code: 'platinum', name: 'Platinum', kind: 'individual', minPoints: 2000, sortOrder: 3 },
];

const complete = { serialNumber: '032021001234', purchaseDate: '2023-05-10', purchaseCountry: 'DK', dealer: 'Photocare' };

describe('missingDetails (rule P3)', () => {
  it('is empty for a complete registration', () => {
    expect(missingDetails(complete)).toEqual([]);
  });

  it('names what is missing in the order members are asked, treating blanks as missing', () => {
    expect(missingDetails({ ...complete, dealer: '  ', serialNumber: null })).toEqual(['serialNumber', 'dealer']);
  });
});

describe('totalPoints', () => {
  it('counts only complete registrations', () => {
    expect(totalPoints([{ points: 300, missing: [] }, { points: 400, missing: ['dealer'] }, { points: 0, missing: [] }])).toBe(300);
  });
});

describe('pointsSummary (rules E1–E3)', () => {
  it('shows the thresholds 500, 1,000, 2,000 and "more than 2,500" on one meter', () => {
    const summary = pointsSummary(0, TIERS);
    expect(summary.milestones.map((m) => [m.code, m.shownPoints, m.moreThan, m.position])).toEqual([
      ['silver', 500, false, 0.2],
      ['gold', 1000, false, 0.4],
      ['platinum', 2000, false, 0.8],
      ['corporate', 2500, true, 1],
    ]);
  });

  it('invites at 500 points, not at 499', () => {
    expect(pointsSummary(499, TIERS)).toMatchObject({ invited: false, openTiers: [], next: { code: 'silver', toGo: 1 } });
    expect(pointsSummary(500, TIERS)).toMatchObject({ invited: true, openTiers: ['silver'], next: { code: 'gold', toGo: 500 } });
  });

  it('opens every individual tier at 2,000 points', () => {
    expect(pointsSummary(2000, TIERS).openTiers).toEqual(['silver', 'gold', 'platinum']);
  });

  it('opens Corporate only above 2,500 points', () => {
    expect(pointsSummary(2500, TIERS).openTiers).not.toContain('corporate');
    const summary = pointsSummary(2501, TIERS);
    expect(summary.openTiers).toContain('corporate');
    expect(summary.next).toBeUndefined();
    expect(summary.progress).toBe(1);
  });

  it('fills the meter in proportion to the highest threshold', () => {
    expect(pointsSummary(1250, TIERS).progress).toBe(0.5);
  });
});
