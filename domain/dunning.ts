import { addDays, cardChargeAt, type PaymentMethod } from './billing';

/**
 * What happens to an unpaid invoice, day by day (rules M3, M4 and M5). Card: charged on the due
 * date; a decline tells the member (chat and e-mail) and offers bank transfer, and the card is
 * tried once more three days later. Bank transfer: reminders three and ten days after the due
 * date. Either way, thirty days after the due date the case goes to CPS support. The membership
 * stays usable all along: the programme promises immediate use, and no step here suspends it.
 */

/** Days from a declined card charge to the one automatic retry. */
export const CARD_RETRY_DAYS = 3;
/** Days after the due date on which an unpaid bank transfer is reminded. */
export const TRANSFER_REMINDER_DAYS = [3, 10] as const;
/** Days after the due date on which a card invoice that was declined is reminded (the retry has failed by then). */
export const CARD_REMINDER_DAYS = 10;
/** Days after the due date on which an unpaid invoice becomes a support case. */
export const SUPPORT_CASE_DAYS = 30;

export type DunningStepKind =
  /** Charge the stored card (on the due date, or the retry). */
  | 'card-charge'
  /** Tell the member in chat and by e-mail that the card was declined, and offer bank transfer. */
  | 'card-declined'
  /** Remind the member of the unpaid invoice, with the bank-transfer details. */
  | 'reminder'
  /** Hand the unpaid invoice to CPS support. */
  | 'support-case';

export interface DunningStep {
  readonly kind: DunningStepKind;
  readonly at: Date;
  /** For `card-charge`: 0 on the due date, 1 for the retry. For `reminder`: days after the due date. */
  readonly sequence: number;
}

/** What is known about one invoice. */
export interface DunningFacts {
  readonly method: PaymentMethod;
  /** YYYY-MM-DD. */
  readonly dueDate: string;
  /** When each card charge was declined (or found no card), oldest first. */
  readonly declines: readonly Date[];
  readonly paidAt: Date | null;
}

/** 08:00 UTC on `date` plus `days`: morning in every participating country. */
function morningOf(date: string, days: number): Date {
  return new Date(`${addDays(date, days)}T08:00:00Z`);
}

/**
 * Every step of an invoice's dunning in time order, the ones already past included. Once the
 * invoice is paid, nothing after the payment remains. Computed from the facts alone, so a job
 * that runs late, twice or after a restart decides the same.
 */
export function dunningTimeline(facts: DunningFacts): DunningStep[] {
  const steps: DunningStep[] = [];
  if (facts.method === 'card') {
    steps.push({ kind: 'card-charge', at: cardChargeAt(facts.dueDate), sequence: 0 });
    const [first, second] = facts.declines;
    if (first) {
      steps.push({ kind: 'card-declined', at: first, sequence: 0 });
      const retryDate = addDays(first.toISOString().slice(0, 10), CARD_RETRY_DAYS);
      steps.push({ kind: 'card-charge', at: cardChargeAt(retryDate), sequence: 1 });
      steps.push({ kind: 'reminder', at: morningOf(facts.dueDate, CARD_REMINDER_DAYS), sequence: CARD_REMINDER_DAYS });
    }
    if (second) steps.push({ kind: 'card-declined', at: second, sequence: 1 });
  } else {
    for (const days of TRANSFER_REMINDER_DAYS) steps.push({ kind: 'reminder', at: morningOf(facts.dueDate, days), sequence: days });
  }
  steps.push({ kind: 'support-case', at: morningOf(facts.dueDate, SUPPORT_CASE_DAYS), sequence: 0 });
  const paidAt = facts.paidAt;
  const open = paidAt ? steps.filter((s) => s.at.getTime() < paidAt.getTime()) : steps;
  return open.sort((a, b) => a.at.getTime() - b.at.getTime());
}

/** The steps still to come at `now` (what a scheduler has left to do). */
export function pendingDunningSteps(facts: DunningFacts, now: Date): DunningStep[] {
  return dunningTimeline(facts).filter((s) => s.at.getTime() >= now.getTime());
}

/** Where an invoice stands, for staff. */
export type DunningStage = 'paid' | 'open' | 'card-declined' | 'overdue' | 'support';

/** The stage of an invoice at `now`: paid; open until the due date passes; card declined; overdue; with support after 30 days. */
export function dunningStage(facts: DunningFacts, now: Date): DunningStage {
  if (facts.paidAt && facts.paidAt.getTime() <= now.getTime()) return 'paid';
  if (now.getTime() >= morningOf(facts.dueDate, SUPPORT_CASE_DAYS).getTime()) return 'support';
  if (facts.declines.some((d) => d.getTime() <= now.getTime())) return 'card-declined';
  if (now.toISOString().slice(0, 10) > facts.dueDate) return 'overdue';
  return 'open';
}

