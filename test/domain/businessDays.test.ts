import { describe, expect, it } from 'vitest';
import { addBusinessDays, expectedDecisionDate, isBusinessDay, localDate, VALIDATION_BUSINESS_DAYS } from '../../domain/businessDays';

describe('isBusinessDay', () => {
  it('weekends are never business days', () => {
    expect(isBusinessDay('DK', '2026-06-06')).toBe(false); // Saturday
    expect(isBusinessDay('DK', '2026-06-07')).toBe(false); // Sunday
    expect(isBusinessDay('DK', '2026-06-08')).toBe(true); // Monday
  });

  it('Danish Grundlovsdag (5 June) and Juleaftensdag are closing days', () => {
    expect(isBusinessDay('DK', '2026-06-05')).toBe(false);
    expect(isBusinessDay('DK', '2025-06-05')).toBe(false);
    expect(isBusinessDay('DK', '2025-12-24')).toBe(false);
  });

  it('Swedish midsommarafton is not a business day, the Friday after it is', () => {
    expect(isBusinessDay('SE', '2026-06-19')).toBe(false);
    expect(isBusinessDay('SE', '2025-06-20')).toBe(false);
    expect(isBusinessDay('SE', '2025-06-27')).toBe(true);
  });

  it('Dutch Koningsdag (27 April) is a holiday in the Netherlands only', () => {
    expect(isBusinessDay('NL', '2026-04-27')).toBe(false);
    expect(isBusinessDay('DK', '2026-04-27')).toBe(true);
  });

  it('Easter Monday 2026 (6 April) is a holiday in all three countries', () => {
    for (const country of ['DK', 'SE', 'NL']) expect(isBusinessDay(country, '2026-04-06')).toBe(false);
  });

  it('Danish Store bededag is an ordinary working day since its abolition in 2024', () => {
    expect(isBusinessDay('DK', '2023-05-05')).toBe(false);
    expect(isBusinessDay('DK', '2024-04-26')).toBe(true);
  });

  it('refuses a malformed date', () => {
    expect(() => isBusinessDay('DK', '5/6/2026')).toThrow(RangeError);
  });
});

describe('addBusinessDays', () => {
  it('counts from the day after, over a plain week', () => {
    expect(addBusinessDays('SE', '2026-03-09', 2)).toBe('2026-03-11'); // Mon → Wed
  });

  it('skips the weekend', () => {
    expect(addBusinessDays('NL', '2026-03-12', 2)).toBe('2026-03-16'); // Thu → Mon
    expect(addBusinessDays('NL', '2026-03-14', 2)).toBe('2026-03-17'); // Sat → Tue
  });

  it('skips Grundlovsdag and the weekend after it in Denmark', () => {
    expect(addBusinessDays('DK', '2026-06-04', 2)).toBe('2026-06-09'); // Thu → (Fri 5 June, weekend) → Mon, Tue
  });

  it('skips midsommarafton and the weekend in Sweden', () => {
    expect(addBusinessDays('SE', '2026-06-18', 2)).toBe('2026-06-23');
  });

  it('skips Koningsdag in the Netherlands', () => {
    expect(addBusinessDays('NL', '2026-04-24', 2)).toBe('2026-04-29'); // Fri → (weekend, Mon 27 April) → Tue, Wed
  });

  it('skips the whole Danish Easter (Maundy Thursday to Easter Monday)', () => {
    expect(addBusinessDays('DK', '2026-04-01', 2)).toBe('2026-04-08'); // Wed → (Thu, Fri, weekend, Mon) → Tue, Wed
  });

  it('Good Friday is a working day in the Netherlands but not in Sweden', () => {
    expect(addBusinessDays('NL', '2026-04-02', 1)).toBe('2026-04-03');
    expect(addBusinessDays('SE', '2026-04-02', 1)).toBe('2026-04-07');
  });

  it('crosses the year end over Christmas and New Year', () => {
    expect(addBusinessDays('SE', '2026-12-23', 2)).toBe('2026-12-29'); // 24, 25, 26 (Sat) closed
  });

  it('zero days is the same date', () => {
    expect(addBusinessDays('DK', '2026-06-05', 0)).toBe('2026-06-05');
  });
});

describe('expectedDecisionDate', () => {
  it('is two business days', () => {
    expect(VALIDATION_BUSINESS_DAYS).toBe(2);
  });

  it('uses the date in the business’s own time zone', () => {
    // 23:30 UTC on Wednesday is already Thursday in Copenhagen.
    const lateWednesday = new Date('2026-06-03T23:30:00Z');
    expect(localDate(lateWednesday, 'Europe/Copenhagen')).toBe('2026-06-04');
    expect(expectedDecisionDate(lateWednesday, 'DK', 'Europe/Copenhagen')).toBe('2026-06-09');
    expect(expectedDecisionDate(new Date('2026-06-03T09:00:00Z'), 'DK', 'Europe/Copenhagen')).toBe('2026-06-08'); // Wed → Thu, (Grundlovsdag, weekend), Mon
  });
});
