import { createUnderstander } from '../services/understanding';
import { evaluationLines } from '../test/understanding/evaluation';
import { evaluate, percentile } from '../test/understanding/evaluation/score';

/**
 * `npm run bench:nlu`: trains the understanding step, runs the evaluation set
 * (test/understanding/evaluation/) through it, and prints accuracy per language and category and
 * the latency per message (p50/p99). `--misses` lists what it got wrong.
 */
const started = performance.now();
const understander = createUnderstander();
const trainMs = performance.now() - started;
// Warm up so the first messages do not measure the JIT.
evaluate(understander);
const result = evaluate(understander);

console.log(`trained in ${trainMs.toFixed(0)} ms`);
for (const [key, score] of Object.entries(result.scores).sort(([a], [b]) => a.localeCompare(b))) {
  console.log(`${key.padEnd(16)} ${String(score.correct).padStart(4)}/${String(score.total).padEnd(4)} ${score.percent.toFixed(1)} %`);
}
const heldOut = new Map<string, { correct: number; total: number }>();
const missed = new Set(result.misses.map(({ line }) => line));
for (const line of evaluationLines.filter((l) => l.heldOut)) {
  const key = `${line.language} ${line.category}`;
  const entry = heldOut.get(key) ?? { correct: 0, total: 0 };
  entry.total++;
  if (!missed.has(line)) entry.correct++;
  heldOut.set(key, entry);
}
const heldOutTotal = [...heldOut.values()].reduce((sum, e) => ({ correct: sum.correct + e.correct, total: sum.total + e.total }), { correct: 0, total: 0 });
console.log(`held out (heldOut.ts, never tuned against): ${heldOutTotal.correct}/${heldOutTotal.total}`);
for (const [key, { correct, total }] of [...heldOut].sort(([a], [b]) => a.localeCompare(b))) {
  console.log(`  ${key.padEnd(16)} ${String(correct).padStart(3)}/${total}`);
}
const summary = (values: readonly number[]): string =>
  `p50 ${percentile(values, 0.5).toFixed(3)} ms, p99 ${percentile(values, 0.99).toFixed(3)} ms, max ${percentile(values, 1).toFixed(3)} ms`;
console.log(`latency per message (${result.latencies.length} messages): wall clock ${summary(result.latencies)}; CPU time ${summary(result.cpu)}`);
if (process.argv.includes('--misses')) {
  for (const { line, got } of result.misses) {
    const guesses = got.candidates.map((c) => `${c.id} ${c.score.toFixed(2)}`).join(', ');
    console.log(`${line.heldOut ? 'HELD-OUT ' : ''}${line.language} ${line.category} | ${line.text} | want ${line.label} | ${got.level}: ${guesses}`);
  }
}
