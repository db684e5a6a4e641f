import type { Language, Translate } from '../locales';
import { adaptiveCard, heading, submit, text, type AdaptiveCard } from './adaptive';

export interface FaqAnswerView {
  readonly language: Language;
  /** The topic id, sent back with the feedback (`faqId`). */
  readonly faqId: string;
  readonly title: string;
  /** Markdown as stored for the entry. */
  readonly answer: string;
}

/** An FAQ answer with “Did this help? 👍 / 👎” (`faq.feedback` with `faqId`, `helpful` and the card's `language`). */
export function faqAnswerCard(view: FaqAnswerView, t: Translate): AdaptiveCard {
  return adaptiveCard(
    [heading(view.title), text(view.answer), text(t('faq.answer.prompt'), { isSubtle: true, spacing: 'medium' })],
    [
      submit(t('faq.answer.yes'), 'faq.feedback', { faqId: view.faqId, helpful: true, language: view.language }),
      submit(t('faq.answer.no'), 'faq.feedback', { faqId: view.faqId, helpful: false, language: view.language }),
    ],
  );
}
