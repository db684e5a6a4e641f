import type { Language } from '../../../domain/language';
import { benchQuestions } from '../../../scripts/faq-bench-set';
import { evaluationDa } from './da';
import { evaluationEn } from './en';
import { evaluationNl } from './nl';
import { evaluationSv } from './sv';
import { heldOutLines } from './heldOut';
import type { Category, EvaluationSet, Label } from './types';

export type { Category, EvaluationSet, Label } from './types';
export { foreignLines } from './foreign';

export interface EvaluationLine {
  readonly language: Language;
  readonly category: Category;
  readonly label: Label;
  readonly text: string;
  /** Written before the issue-17 tuning round and never tuned against (heldOut.ts). */
  readonly heldOut?: true;
}

const own: Readonly<Record<Language, EvaluationSet>> = { en: evaluationEn, da: evaluationDa, sv: evaluationSv, nl: evaluationNl };

/**
 * The whole evaluation set: our own lines per language and category, plus the FAQ bench's
 * questions (scripts/faq-bench-set.ts: five paraphrases per topic and language, and its
 * out-of-scope questions), and the held-out lines (heldOut.ts, marked `heldOut`), each line once.
 */
export const evaluationLines: readonly EvaluationLine[] = (() => {
  const lines: EvaluationLine[] = [];
  const seen = new Set<string>();
  const add = (line: EvaluationLine): void => {
    const key = `${line.language}\u0000${line.text.toLowerCase()}`;
    if (seen.has(key)) return;
    seen.add(key);
    lines.push(line);
  };
  for (const [language, set] of Object.entries(own) as [Language, EvaluationSet][]) {
    for (const [category, entries] of Object.entries(set) as [Category, EvaluationSet[Category]][]) {
      for (const [label, text] of entries) add({ language, category, label, text });
    }
  }
  for (const [language, set] of Object.entries(heldOutLines) as [Language, EvaluationSet][]) {
    for (const [category, entries] of Object.entries(set) as [Category, EvaluationSet[Category]][]) {
      for (const [label, text] of entries) add({ language, category, label, text, heldOut: true });
    }
  }
  for (const q of benchQuestions) {
    add(q.topicId ? { language: q.language, category: 'faq', label: q.topicId, text: q.text } : { language: q.language, category: 'outOfScope', label: 'none', text: q.text });
  }
  return lines;
})();
