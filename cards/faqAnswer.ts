import type { Language, Translate } from '../locales';
import { actionSet, adaptiveCard, heading, submit, text, type ActionData, type AdaptiveCard } from './adaptive';
import type { Verb } from './verbs';

export interface FaqAnswerView {
  readonly language: Language;
  /** The topic id, sent back with the feedback (`faqId`). */
  readonly faqId: string;
  readonly title: string;
  /** Markdown as stored for the entry. */
  readonly answer: string;
  /** The natural next step after reading the answer, as a button (apply, register a product, join, support). */
  readonly nextStep?: { readonly title: string; readonly verb: Verb; readonly data?: ActionData };
}

/** An FAQ answer, with its next step's button if it has one, and “Did this help? 👍 / 👎” (`faq.feedback` with `faqId`, `helpful` and the card's `language`). */
export function faqAnswerCard(view: FaqAnswerView, t: Translate): AdaptiveCard {
  return adaptiveCard(
    [
      heading(view.title),
      text(view.answer),
      ...(view.nextStep ? [actionSet([submit(view.nextStep.title, view.nextStep.verb, view.nextStep.data ?? {}, 'positive')])] : []),
      text(t('faq.answer.prompt'), { isSubtle: true, spacing: 'medium' }),
    ],
    [
      submit(t('faq.answer.yes'), 'faq.feedback', { faqId: view.faqId, helpful: true, language: view.language }),
      submit(t('faq.answer.no'), 'faq.feedback', { faqId: view.faqId, helpful: false, language: view.language }),
    ],
  );
}
