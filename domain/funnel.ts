/** The funnel's steps, in order, from the first conversation to the first paid invoice. */
export const FUNNEL_STEPS = ['started', 'applied', 'approved', 'first-product', 'points-500', 'invited', 'joined', 'paid'] as const;
export type FunnelStep = (typeof FUNNEL_STEPS)[number];

export function isFunnelStep(value: string): value is FunnelStep {
  return (FUNNEL_STEPS as readonly string[]).includes(value);
}

export interface FunnelEventInput {
  readonly subject: string;
  readonly kind: FunnelStep;
  readonly at: Date;
}

export interface FunnelStepResult {
  readonly id: FunnelStep;
  /** Subjects of the cohort that reached this step. */
  readonly count: number;
  /** count / the previous step's count (null for the first step, or when the previous count is 0). */
  readonly conversionFromPrevious: number | null;
  /** Median seconds from the previous step to this one, over subjects that reached both; null when none. */
  readonly medianSecondsFromPrevious: number | null;
  /** Subjects whose furthest step is this one: where they dropped out (or, for `paid`, finished). */
  readonly lastStepCount: number;
}

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const value = sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
  return Math.round(value);
}

/** Counts, conversion, median time between steps and drop-out of one cohort's events. */
export function computeFunnel(events: readonly FunnelEventInput[]): FunnelStepResult[] {
  const bySubject = new Map<string, Map<FunnelStep, Date>>();
  for (const event of events) {
    const steps = bySubject.get(event.subject) ?? new Map<FunnelStep, Date>();
    const known = steps.get(event.kind);
    if (!known || event.at < known) steps.set(event.kind, event.at);
    bySubject.set(event.subject, steps);
  }
  const subjects = [...bySubject.values()];
  const lastIndex = subjects.map((steps) => Math.max(...[...steps.keys()].map((kind) => FUNNEL_STEPS.indexOf(kind))));
  return FUNNEL_STEPS.map((id, index) => {
    const count = subjects.filter((steps) => steps.has(id)).length;
    const previous = index === 0 ? undefined : FUNNEL_STEPS[index - 1]!;
    const previousCount = previous ? subjects.filter((steps) => steps.has(previous)).length : 0;
    const gaps = previous
      ? subjects.flatMap((steps) => {
          const from = steps.get(previous);
          const to = steps.get(id);
          return from && to ? [Math.max(0, (to.getTime() - from.getTime()) / 1000)] : [];
        })
      : [];
    return {
      id,
      count,
      conversionFromPrevious: previous && previousCount > 0 ? Math.round((count / previousCount) * 1000) / 1000 : null,
      medianSecondsFromPrevious: median(gaps),
      lastStepCount: lastIndex.filter((last) => last === index).length,
    };
  });
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A `YYYY-MM-DD` calendar date as UTC midnight; undefined when it is not a real date. */
export function parseCalendarDate(value: string): Date | undefined {
  const match = DATE.exec(value);
  if (!match) return undefined;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === value ? date : undefined;
}
