import { describe, expect, it } from 'vitest';
import {
  cleanAgentText,
  eligibleTierCodes,
  expectedWaitMinutes,
  idleSide,
  normaliseHandoffReason,
  orderQueue,
  parseRating,
  positionChanges,
  queuePositions,
  supportAvailability,
  waitingOn,
  zonedInstant,
  type QueueEntry,
  type SupportHours,
} from '../../domain/support';

const at = (iso: string) => new Date(iso);
const entry = (caseId: string, tierRank: number, queuedAt: string): QueueEntry => ({ caseId, tierRank, queuedAt: at(queuedAt) });

describe('queue order', () => {
  it('puts higher CPS tiers first, then the longest waiting', () => {
    const queue = [
      entry('no-tier-early', 0, '2026-11-25T09:00:00Z'),
      entry('gold', 2, '2026-11-25T09:10:00Z'),
      entry('platinum', 3, '2026-11-25T09:20:00Z'),
      entry('gold-earlier', 2, '2026-11-25T09:05:00Z'),
      entry('no-tier-late', 0, '2026-11-25T09:30:00Z'),
    ];
    expect(orderQueue(queue).map((e) => e.caseId)).toEqual(['platinum', 'gold-earlier', 'gold', 'no-tier-early', 'no-tier-late']);
  });

  it('numbers positions from 1', () => {
    const positions = queuePositions([entry('b', 0, '2026-11-25T09:01:00Z'), entry('a', 0, '2026-11-25T09:00:00Z')]);
    expect([...positions]).toEqual([
      ['a', 1],
      ['b', 2],
    ]);
  });

  it('reports who moved when a case leaves or a higher tier joins, but not the newcomer', () => {
    const before = [entry('a', 0, '2026-11-25T09:00:00Z'), entry('b', 0, '2026-11-25T09:01:00Z'), entry('c', 0, '2026-11-25T09:02:00Z')];
    expect(positionChanges(before, before.slice(1))).toEqual([
      { caseId: 'b', from: 2, position: 1 },
      { caseId: 'c', from: 3, position: 2 },
    ]);
    const withGold = [...before, entry('gold', 2, '2026-11-25T09:03:00Z')];
    expect(positionChanges(before, withGold).map((c) => [c.caseId, c.position])).toEqual([
      ['a', 2],
      ['b', 3],
      ['c', 4],
    ]);
    expect(positionChanges(before, [...before, entry('d', 0, '2026-11-25T09:04:00Z')])).toEqual([]);
  });
});

describe('expected wait', () => {
  it('shares the cases ahead among the agents signed in', () => {
    expect(expectedWaitMinutes(3, { averageHandleMinutes: 8, agentsAvailable: 1 })).toBe(24);
    expect(expectedWaitMinutes(3, { averageHandleMinutes: 8, agentsAvailable: 2 })).toBe(12);
  });

  it('assumes one agent and a default handling time when it knows nothing, and never says 0', () => {
    expect(expectedWaitMinutes(1, { averageHandleMinutes: Number.NaN, agentsAvailable: 0 })).toBe(8);
    expect(expectedWaitMinutes(1, { averageHandleMinutes: 0.1, agentsAvailable: 5 })).toBe(1);
  });
});

describe('business hours', () => {
  const copenhagen: SupportHours = { timeZone: 'Europe/Copenhagen', opensAt: '09:00', closesAt: '17:00', weekdays: [1, 2, 3, 4, 5] };

  it('is open on a weekday inside the hours, in the country’s own time zone', () => {
    // 08:30 UTC = 09:30 in Copenhagen (winter time).
    expect(supportAvailability(at('2026-11-25T08:30:00Z'), copenhagen)).toEqual({ open: true });
    expect(supportAvailability(at('2026-11-25T07:30:00Z'), copenhagen)).toEqual({ open: false, nextOpening: at('2026-11-25T08:00:00Z') });
  });

  it('closes at the closing time (exclusive) and opens again the next morning', () => {
    expect(supportAvailability(at('2026-11-25T16:00:00Z'), copenhagen)).toEqual({ open: false, nextOpening: at('2026-11-26T08:00:00Z') });
  });

  it('after Friday closing, opens on Monday', () => {
    expect(supportAvailability(at('2026-11-27T18:00:00Z'), copenhagen)).toEqual({ open: false, nextOpening: at('2026-11-30T08:00:00Z') });
  });

  it('follows daylight saving time: the Monday after the spring change opens at 07:00 UTC', () => {
    // Sunday 29 March 2026 Europe switches to summer time.
    expect(supportAvailability(at('2026-03-28T12:00:00Z'), copenhagen)).toEqual({ open: false, nextOpening: at('2026-03-30T07:00:00Z') });
  });

  it('honours weekend days and round-the-clock hours', () => {
    const always: SupportHours = { timeZone: 'Europe/London', opensAt: '00:00', closesAt: '24:00', weekdays: [1, 2, 3, 4, 5, 6, 7] };
    expect(supportAvailability(at('2026-11-29T23:59:00Z'), always)).toEqual({ open: true });
  });

  it('says when there is no support day at all', () => {
    expect(supportAvailability(at('2026-11-25T10:00:00Z'), { ...copenhagen, weekdays: [] })).toEqual({ open: false, nextOpening: undefined });
  });

  it('converts a local wall-clock time to the instant', () => {
    expect(zonedInstant(2026, 7, 1, 9 * 60, 'Europe/Stockholm')).toEqual(at('2026-07-01T07:00:00Z'));
    expect(zonedInstant(2026, 1, 15, 9 * 60 + 30, 'Europe/London')).toEqual(at('2026-01-15T09:30:00Z'));
  });
});

describe('idle timeouts', () => {
  const claimedAt = at('2026-11-25T09:00:00Z');
  const limits = { agentMinutes: 10, memberMinutes: 15 };

  it('after a claim the agent is expected to speak first', () => {
    const chat = { status: 'active', claimedAt, lastMemberActivityAt: at('2026-11-25T08:55:00Z'), lastAgentActivityAt: null };
    expect(waitingOn(chat)).toEqual({ side: 'agent', since: claimedAt });
    expect(idleSide(chat, at('2026-11-25T09:09:59Z'), limits)).toBeUndefined();
    expect(idleSide(chat, at('2026-11-25T09:10:00Z'), limits)).toBe('agent');
  });

  it('when the agent wrote last, the member has 15 minutes', () => {
    const chat = { status: 'active', claimedAt, lastMemberActivityAt: at('2026-11-25T09:02:00Z'), lastAgentActivityAt: at('2026-11-25T09:03:00Z') };
    expect(idleSide(chat, at('2026-11-25T09:17:00Z'), limits)).toBeUndefined();
    expect(idleSide(chat, at('2026-11-25T09:18:00Z'), limits)).toBe('member');
  });

  it('when the member wrote last, the agent has 10 minutes', () => {
    const chat = { status: 'active', claimedAt, lastMemberActivityAt: at('2026-11-25T09:05:00Z'), lastAgentActivityAt: at('2026-11-25T09:03:00Z') };
    expect(idleSide(chat, at('2026-11-25T09:15:00Z'), limits)).toBe('agent');
  });

  it('never times out a case that is not active', () => {
    expect(idleSide({ status: 'queued', claimedAt: null, lastMemberActivityAt: null, lastAgentActivityAt: null }, at('2030-01-01T00:00:00Z'))).toBeUndefined();
  });
});

describe('onboarding facts', () => {
  it('opens the tiers whose threshold the points reach', () => {
    const tiers = [
      { code: 'silver', minPoints: 500 },
      { code: 'gold', minPoints: 1000 },
      { code: 'platinum', minPoints: 2000 },
      { code: 'corporate', minPoints: 2501 },
    ];
    expect(eligibleTierCodes(499, tiers)).toEqual([]);
    expect(eligibleTierCodes(2000, tiers)).toEqual(['silver', 'gold', 'platinum']);
    expect(eligibleTierCodes(2501, tiers)).toEqual(['silver', 'gold', 'platinum', 'corporate']);
  });
});

describe('re-validating card and console input', () => {
  it('keeps a slug-shaped reason and drops anything else', () => {
    expect(normaliseHandoffReason(' Duplicate-Serial ')).toBe('duplicate-serial');
    expect(normaliseHandoffReason('<script>alert(1)</script>')).toBeUndefined();
    expect(normaliseHandoffReason(42)).toBeUndefined();
  });

  it('accepts a rating 1–5 as number or text only', () => {
    expect([1, '5', ' 3 '].map(parseRating)).toEqual([1, 5, 3]);
    expect([0, 6, 2.5, '4.0', 'five', null].map(parseRating)).toEqual([undefined, undefined, undefined, undefined, undefined, undefined]);
  });

  it('trims agent text and refuses empty or oversized text', () => {
    expect(cleanAgentText('  Hej!\r\n')).toBe('Hej!');
    expect(cleanAgentText('   ')).toBeUndefined();
    expect(cleanAgentText('x'.repeat(4001))).toBeUndefined();
    expect(cleanAgentText({ text: 'x' })).toBeUndefined();
  });
});
