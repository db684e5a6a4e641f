/** Latencies and outcomes of one scenario at one load level. */
export class Recorder {
  readonly latencies: number[] = [];
  errors = 0;
  readonly errorsByStep = new Map<string, number>();
  readonly firstErrors: string[] = [];
  /** Latencies by step name (onboarding: which step costs what). */
  readonly byStep = new Map<string, number[]>();

  turn(ms: number, step = 'turn'): void {
    this.latencies.push(ms);
    const list = this.byStep.get(step);
    if (list) list.push(ms);
    else this.byStep.set(step, [ms]);
  }

  error(step: string, detail: string): void {
    this.errors++;
    this.errorsByStep.set(step, (this.errorsByStep.get(step) ?? 0) + 1);
    if (this.firstErrors.length < 5) this.firstErrors.push(`${step}: ${detail}`.slice(0, 300));
  }
}

export interface LatencySummary {
  readonly turns: number;
  readonly turnsPerSec: number;
  readonly p50Ms: number;
  readonly p95Ms: number;
  readonly p99Ms: number;
  readonly maxMs: number;
}

/** Nearest-rank percentile of an ascending array. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1] ?? 0;
}

const round1 = (n: number) => Math.round(n * 10) / 10;

export function summarise(latencies: readonly number[], seconds: number): LatencySummary {
  const sorted = [...latencies].sort((a, b) => a - b);
  return {
    turns: sorted.length,
    turnsPerSec: seconds > 0 ? Math.round(sorted.length / seconds) : 0,
    p50Ms: round1(percentile(sorted, 50)),
    p95Ms: round1(percentile(sorted, 95)),
    p99Ms: round1(percentile(sorted, 99)),
    maxMs: round1(sorted.at(-1) ?? 0),
  };
}
