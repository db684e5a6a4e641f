import { describe, expect, it } from 'vitest';
import { computeFunnel, parseCalendarDate } from '../../domain/funnel';

const at = (minutes: number) => new Date(Date.UTC(2026, 11, 1, 9, minutes));

describe('computeFunnel', () => {
  it('counts, converts, takes the median gap and the furthest step of each subject', () => {
    const steps = computeFunnel([
      { subject: 'a', kind: 'started', at: at(0) },
      { subject: 'a', kind: 'applied', at: at(10) },
      { subject: 'b', kind: 'started', at: at(0) },
      { subject: 'b', kind: 'applied', at: at(20) },
      { subject: 'b', kind: 'approved', at: at(30) },
      { subject: 'c', kind: 'started', at: at(5) },
    ]);
    expect(steps.slice(0, 3)).toEqual([
      { id: 'started', count: 3, conversionFromPrevious: null, medianSecondsFromPrevious: null, lastStepCount: 1 },
      { id: 'applied', count: 2, conversionFromPrevious: 0.667, medianSecondsFromPrevious: 900, lastStepCount: 1 },
      { id: 'approved', count: 1, conversionFromPrevious: 0.5, medianSecondsFromPrevious: 600, lastStepCount: 1 },
    ]);
    expect(steps.slice(3).map((s) => [s.count, s.conversionFromPrevious])).toEqual([[0, 0], [0, null], [0, null], [0, null], [0, null]]);
  });

  it('is all zeros without events', () => {
    expect(computeFunnel([]).map((s) => [s.count, s.conversionFromPrevious, s.medianSecondsFromPrevious])).toEqual(Array.from({ length: 8 }, () => [0, null, null]));
  });
});

describe('parseCalendarDate', () => {
  it('takes real YYYY-MM-DD dates only', () => {
    expect(parseCalendarDate('2026-12-04')?.toISOString()).toBe('2026-12-04T00:00:00.000Z');
    for (const bad of ['2026-02-30', '2026-1-04', '04-12-2026', '2026-12-04T00:00', '']) expect(parseCalendarDate(bad)).toBeUndefined();
  });
});
