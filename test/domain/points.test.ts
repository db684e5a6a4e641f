import { describe, expect, it } from 'vitest';
import { catalogueSeed } from '../../data/seed/catalogue';
import { tierSeed } from '../../data/seed/tiers';
import { allocatePoints, invitationThreshold, pointsEarned, pointsMeter, whatIfSuggestion, type PointsSource } from '../../domain/points';

const tiers = tierSeed;
const complete = { serialNumber: '032021001234', purchaseDate: '2023-05-02', purchaseCountry: 'DK', dealer: 'Photocare' };

function registration(points: number, overrides: Partial<PointsSource> = {}): PointsSource {
  return { ...complete, points, ...overrides };
}

describe('allocation (rule P3)', () => {
  it('allocates a complete registration its model’s points', () => {
    expect(pointsEarned(registration(300))).toBe(300);
  });

  it('allocates nothing to an incomplete registration', () => {
    expect(pointsEarned(registration(300, { dealer: null }))).toBe(0);
  });

  it('derives the total from the complete registrations only', () => {
    expect(allocatePoints([registration(300), registration(150, { serialNumber: null }), registration(0), registration(150)])).toBe(450);
  });
});

describe('thresholds from the tier catalogue', () => {
  it('invites from the lowest tier threshold (500)', () => {
    expect(invitationThreshold(tiers)).toBe(500);
  });

  it('is not invited at 499 and is at 500', () => {
    expect(pointsMeter(499, tiers).invited).toBe(false);
    expect(pointsMeter(500, tiers).invited).toBe(true);
  });

  it('at 499 the next milestone is Silver, 1 point away', () => {
    const meter = pointsMeter(499, tiers);
    expect(meter.next).toMatchObject({ milestone: { code: 'silver', minPoints: 500 }, toGo: 1 });
    expect(meter.invited).toBe(false);
    expect(meter.milestones.map((m) => m.reached)).toEqual([false, false, false, false]);
  });

  it('at 500 Silver is reached and Gold (1,000) is next', () => {
    const meter = pointsMeter(500, tiers);
    expect(meter.invited).toBe(true);
    expect(meter.milestones.map((m) => m.reached)).toEqual([true, false, false, false]);
    expect(meter.next).toMatchObject({ milestone: { code: 'gold' }, toGo: 500 });
    expect(meter.progress).toBeCloseTo(0.5);
  });

  it('shows the meter marks 500, 1,000, 2,000 and “more than 2,500”', () => {
    const marks = pointsMeter(0, tiers).milestones.map((m) => [m.shownPoints, m.moreThan]);
    expect(marks).toEqual([
      [500, false],
      [1000, false],
      [2000, false],
      [2500, true],
    ]);
  });

  it('needs more than 2,500 for Corporate: 2,500 is not enough, 2,501 is', () => {
    expect(pointsMeter(2500, tiers).milestones.at(-1)?.reached).toBe(false);
    expect(pointsMeter(2501, tiers).milestones.at(-1)?.reached).toBe(true);
    expect(pointsMeter(2501, tiers).next).toBeUndefined();
  });

  it('follows the table when an operator changes a threshold', () => {
    const edited = tiers.map((t) => (t.code === 'silver' ? { ...t, minPoints: 400 } : t));
    expect(pointsMeter(450, edited).invited).toBe(true);
    expect(pointsMeter(450, tiers).invited).toBe(false);
  });
});

describe('what-if suggestions', () => {
  const catalogue = [
    { id: 'rf-70-200mm-f2-8-l-is-usm', name: 'Canon RF 70-200mm F2.8 L IS USM', points: 150 },
    { id: 'eos-r5', name: 'Canon EOS R5', points: 300 },
    { id: 'ef-100mm-f2-8l-macro-is-usm', name: 'Canon EF 100mm f/2.8L Macro IS USM', points: 60 },
    { id: 'eos-r100', name: 'Canon EOS R100', points: 0 },
  ];

  it('suggests the model with the fewest points that still reaches the next milestone', () => {
    const whatIf = whatIfSuggestion(pointsMeter(350, tiers), { incomplete: [], catalogue });
    expect(whatIf).toMatchObject({ kind: 'register', model: { id: 'rf-70-200mm-f2-8-l-is-usm' }, reaches: { code: 'silver' } });
  });

  it('prefers finishing an incomplete registration that reaches it', () => {
    const whatIf = whatIfSuggestion(pointsMeter(350, tiers), { incomplete: [{ productId: 'p1', name: 'Canon EOS R5', points: 300 }], catalogue });
    expect(whatIf).toMatchObject({ kind: 'complete', registration: { productId: 'p1' }, reaches: { code: 'silver' } });
  });

  it('when no single product gets there, suggests the biggest step and what would still be missing', () => {
    const whatIf = whatIfSuggestion(pointsMeter(0, tiers), { incomplete: [], catalogue });
    expect(whatIf).toMatchObject({ kind: 'closer', model: { id: 'eos-r5' }, next: { code: 'silver' }, stillToGo: 200 });
  });

  it('among models with the same points suggests the newest', () => {
    const twins = [
      { id: 'eos-5d-mark-iv', name: 'Canon EOS 5D Mark IV', points: 200, releaseDate: '2016-08-25' },
      { id: 'rf-24-105mm-f2-8-l-is-usm-z', name: 'Canon RF 24-105mm F2.8 L IS USM Z', points: 200, releaseDate: '2023-11-02' },
    ];
    expect(whatIfSuggestion(pointsMeter(300, tiers), { incomplete: [], catalogue: twins })).toMatchObject({ model: { id: 'rf-24-105mm-f2-8-l-is-usm-z' } });
  });

  it('says nothing once every milestone is reached', () => {
    expect(whatIfSuggestion(pointsMeter(3000, tiers), { incomplete: [], catalogue })).toBeUndefined();
  });
});

describe('the seeded catalogue’s points', () => {
  const points = (id: string) => catalogueSeed.find((m) => m.id === id)?.points ?? Number.NaN;

  it('puts a typical pro kit (two bodies, three L lenses) between 500 and 2,500', () => {
    const kit = ['eos-r5-mark-ii', 'eos-r6-mark-ii', 'rf-15-35mm-f2-8-l-is-usm', 'rf-24-70mm-f2-8-l-is-usm', 'rf-70-200mm-f2-8-l-is-usm'];
    const total = kit.reduce((sum, id) => sum + points(id), 0);
    expect(total).toBeGreaterThanOrEqual(500);
    expect(total).toBeLessThanOrEqual(2500);
  });

  it('keeps even the most expensive two bodies and three L lenses within 2,500', () => {
    const top = (filter: (m: (typeof catalogueSeed)[number]) => boolean, n: number) =>
      catalogueSeed
        .filter(filter)
        .map((m) => m.points ?? 0)
        .sort((a, b) => b - a)
        .slice(0, n);
    const bodies = top((m) => m.category === 'camera-body', 1).flatMap((p) => [p, p]);
    const lLenses = top((m) => (m.category === 'lens-rf' || m.category === 'lens-ef') && / L|\dL /.test(m.name), 3);
    expect([...bodies, ...lLenses].reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(2500);
  });

  it('has at least 40 registrable models, some earning 0 points, and non-registrable paper, ink and straps', () => {
    const registrable = catalogueSeed.filter((m) => m.registrable !== false);
    expect(registrable.length).toBeGreaterThanOrEqual(40);
    expect(registrable.some((m) => m.points === 0)).toBe(true);
    const refused = catalogueSeed.filter((m) => m.registrable === false).map((m) => m.name.toLowerCase());
    for (const word of ['paper', 'ink', 'strap']) expect(refused.some((name) => name.includes(word))).toBe(true);
  });
});
