import type { Intent } from '../../domain/understanding';

/** Examples per intent for one language: every intent must have its list (a missing one fails the type check). */
export type IntentExamples = { readonly [K in Intent]: readonly string[] };
