import type { Language } from '../../domain/language';
import { examplesDa } from './da';
import { examplesEn } from './en';
import { examplesNl } from './nl';
import { examplesSv } from './sv';
import type { IntentExamples } from './types';

export type { IntentExamples } from './types';
export { topicExamples } from './topics';

/** The understanding step's examples per language. */
export const intentExamples: Readonly<Record<Language, IntentExamples>> = {
  en: examplesEn,
  da: examplesDa,
  sv: examplesSv,
  nl: examplesNl,
};
