import { foldedWords } from './textFolding';

/** A question to group: its words are compared within one language only. */
export interface GroupableQuestion {
  readonly key: string;
  readonly language: string;
  readonly text: string;
}

export interface QuestionGroup<T extends GroupableQuestion> {
  readonly language: string;
  /** The first question of the group, the one the others were compared with. */
  readonly representative: T;
  readonly members: readonly T[];
}

/** Two questions are “the same question” when this share of their words is shared (Jaccard). */
export const SAME_QUESTION_SIMILARITY = 0.5;

/** The words that carry meaning: folded (as the typed-intent matchers fold), three letters or more. */
function wordsOf(text: string): Set<string> {
  return new Set(foldedWords(text).filter((w) => w.length >= 3));
}

function similarity(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 1;
  let shared = 0;
  for (const word of a) if (b.has(word)) shared += 1;
  return shared / (a.size + b.size - shared);
}

/**
 * Groups questions by language and wording, in the given order: each question joins the first
 * group of its language whose representative shares at least `SAME_QUESTION_SIMILARITY` of its
 * words, or starts a new one. Largest groups first.
 */
export function groupQuestions<T extends GroupableQuestion>(questions: readonly T[], threshold = SAME_QUESTION_SIMILARITY): QuestionGroup<T>[] {
  const groups: { language: string; words: Set<string>; representative: T; members: T[] }[] = [];
  for (const question of questions) {
    const words = wordsOf(question.text);
    const group = groups.find((g) => g.language === question.language && similarity(g.words, words) >= threshold);
    if (group) group.members.push(question);
    else groups.push({ language: question.language, words, representative: question, members: [question] });
  }
  return groups
    .map(({ language, representative, members }) => ({ language, representative, members }))
    .sort((a, b) => b.members.length - a.members.length);
}
