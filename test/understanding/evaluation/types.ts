import type { FaqTopicId } from '../../../domain/faq';
import type { Intent } from '../../../domain/understanding';

/** What a line should be understood as: an intent, an FAQ topic, or nothing we handle. */
export type Label = Intent | FaqTopicId | 'none';

export type Category = 'actions' | 'smalltalk' | 'faq' | 'outOfScope';

/** One language's lines, [label, text], per category. */
export type EvaluationSet = Readonly<Record<Category, readonly (readonly [Label, string])[]>>;
