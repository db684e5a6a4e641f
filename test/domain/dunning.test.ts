import { describe, expect, it } from 'vitest';
import { dunningStage, dunningTimeline, pendingDunningSteps, type DunningFacts } from '../../domain/dunning';

const due = '2026-04-09';

function steps(facts: DunningFacts): string[] {
  return dunningTimeline(facts).map((s) => `${s.at.toISOString().slice(0, 16)} ${s.kind}${s.sequence ? ` ${s.sequence}` : ''}`);
}

describe('dunningTimeline: bank transfer', () => {
  const facts: DunningFacts = { method: 'bank-transfer', dueDate: due, declines: [], paidAt: null };

  it('reminds at due + 3 and due + 10 days and goes to support at due + 30', () => {
    expect(steps(facts)).toEqual(['2026-04-12T08:00 reminder 3', '2026-04-19T08:00 reminder 10', '2026-05-09T08:00 support-case']);
  });

  it('drops everything after the payment', () => {
    expect(steps({ ...facts, paidAt: new Date('2026-04-15T12:00:00Z') })).toEqual(['2026-04-12T08:00 reminder 3']);
    expect(steps({ ...facts, paidAt: new Date('2026-04-01T12:00:00Z') })).toEqual([]);
  });
});

describe('dunningTimeline: card', () => {
  const facts: DunningFacts = { method: 'card', dueDate: due, declines: [], paidAt: null };

  it('charges on the due date, 06:00 UTC', () => {
    expect(steps(facts)).toEqual(['2026-04-09T06:00 card-charge', '2026-05-09T08:00 support-case']);
  });

  it('after a decline: tells the member, retries three days later, reminds at due + 10', () => {
    const declined = new Date('2026-04-09T06:00:05Z');
    expect(steps({ ...facts, declines: [declined] })).toEqual([
      '2026-04-09T06:00 card-charge',
      '2026-04-09T06:00 card-declined',
      '2026-04-12T06:00 card-charge 1',
      '2026-04-19T08:00 reminder 10',
      '2026-05-09T08:00 support-case',
    ]);
  });

  it('tries the card only once more: a second decline is told, not retried', () => {
    const timeline = steps({ ...facts, declines: [new Date('2026-04-09T06:00:05Z'), new Date('2026-04-12T06:00:07Z')] });
    expect(timeline.filter((s) => s.includes('card-charge'))).toHaveLength(2);
    expect(timeline).toContain('2026-04-12T06:00 card-declined 1');
  });

  it('retries three days after a late decline (a card stored after the due date), across the month end', () => {
    const timeline = steps({ ...facts, dueDate: '2026-01-30', declines: [new Date('2026-01-30T06:00:00Z')] });
    expect(timeline).toContain('2026-02-02T06:00 card-charge 1');
  });

  it('has no step that suspends the membership (rule M5: usable all along)', () => {
    const kinds = new Set(dunningTimeline({ ...facts, declines: [new Date('2026-04-09T06:00:05Z'), new Date('2026-04-12T06:00:07Z')] }).map((s) => s.kind));
    expect([...kinds].sort()).toEqual(['card-charge', 'card-declined', 'reminder', 'support-case']);
  });
});

describe('pendingDunningSteps', () => {
  it('leaves what is still to come', () => {
    const pending = pendingDunningSteps({ method: 'bank-transfer', dueDate: due, declines: [], paidAt: null }, new Date('2026-04-15T00:00:00Z'));
    expect(pending.map((s) => s.kind)).toEqual(['reminder', 'support-case']);
  });
});

describe('dunningStage', () => {
  const transfer: DunningFacts = { method: 'bank-transfer', dueDate: due, declines: [], paidAt: null };

  it.each([
    ['2026-04-09T23:00:00Z', 'open'],
    ['2026-04-10T00:00:00Z', 'overdue'],
    ['2026-05-09T07:59:59Z', 'overdue'],
    ['2026-05-09T08:00:00Z', 'support'],
  ])('bank transfer unpaid at %s: %s', (now, stage) => {
    expect(dunningStage(transfer, new Date(now))).toBe(stage);
  });

  it('is paid once paid, even long after the due date', () => {
    expect(dunningStage({ ...transfer, paidAt: new Date('2026-05-20T00:00:00Z') }, new Date('2026-06-01T00:00:00Z'))).toBe('paid');
  });

  it('shows a declined card to staff until support takes over', () => {
    const card: DunningFacts = { method: 'card', dueDate: due, declines: [new Date('2026-04-09T06:00:05Z')], paidAt: null };
    expect(dunningStage(card, new Date('2026-04-09T05:00:00Z'))).toBe('open');
    expect(dunningStage(card, new Date('2026-04-09T07:00:00Z'))).toBe('card-declined');
    expect(dunningStage(card, new Date('2026-05-10T00:00:00Z'))).toBe('support');
  });
});
