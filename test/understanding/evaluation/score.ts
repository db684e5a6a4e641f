import type { Language } from '../../../domain/language';
import type { Understanding } from '../../../domain/understanding';
import { isActionOfTopic, type Understander } from '../../../services/understanding';
import { evaluationLines, type Category, type EvaluationLine } from './index';

export interface CategoryScore {
  readonly correct: number;
  readonly total: number;
  /** 0–100. */
  readonly percent: number;
}

export interface EvaluationResult {
  readonly scores: Readonly<Record<`${Language} ${Category}`, CategoryScore>>;
  readonly misses: readonly { readonly line: EvaluationLine; readonly got: Understanding }[];
  /** Wall-clock milliseconds per message, in the order of the lines. */
  readonly latencies: readonly number[];
  /** CPU milliseconds per message (what the message costs when other work shares the cores). */
  readonly cpu: readonly number[];
}

/**
 * In scope, a line is right when the best candidate is its label and the step does not give up
 * (a confident answer or a "Did you mean …" led by it). Out of scope, when the step gives up: no
 * answer and no guesses.
 */
export function isRight(line: EvaluationLine, got: Understanding): boolean {
  if (line.label === 'none') return got.level === 'unknown';
  const best = got.candidates[0];
  if (got.level === 'unknown' || !best) return false;
  if (best.id === line.label) return true;
  // An FAQ line worded as a request ("add camera to my products") may do what the topic's button does.
  return line.category === 'faq' && best.kind === 'action' && isActionOfTopic(best.id, line.label);
}

/** Runs every line of the evaluation set through the step, in the line's language. */
export function evaluate(understander: Understander, lines: readonly EvaluationLine[] = evaluationLines): EvaluationResult {
  const tally = new Map<string, { correct: number; total: number }>();
  const misses: { line: EvaluationLine; got: Understanding }[] = [];
  const latencies: number[] = [];
  const cpu: number[] = [];
  for (const line of lines) {
    const started = performance.now();
    const cpuStarted = process.cpuUsage();
    const got = understander.understand({ text: line.text, language: line.language });
    const used = process.cpuUsage(cpuStarted);
    latencies.push(performance.now() - started);
    cpu.push((used.user + used.system) / 1000);
    const key = `${line.language} ${line.category}`;
    const entry = tally.get(key) ?? { correct: 0, total: 0 };
    entry.total++;
    if (isRight(line, got)) entry.correct++;
    else misses.push({ line, got });
    tally.set(key, entry);
  }
  const scores = Object.fromEntries(
    [...tally].map(([key, { correct, total }]) => [key, { correct, total, percent: (100 * correct) / total }]),
  ) as EvaluationResult['scores'];
  return { scores, misses, latencies, cpu };
}

/** The value below which `share` of the sorted values lie. */
export function percentile(values: readonly number[], share: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * share))] ?? 0;
}
