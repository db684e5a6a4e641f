import type { Translate } from '../locales';
import { adaptiveCard, heading, submit, text, type AdaptiveCard } from './adaptive';

/** Offered after two unanswered or unhelpful questions in a row: a person from CPS Priority Support (`handoff.request`). */
export function faqSupportOfferCard(t: Translate): AdaptiveCard {
  return adaptiveCard(
    [heading(t('faq.offer.title')), text(t('faq.offer.body'))],
    [submit(t('faq.offer.button'), 'handoff.request', { reason: 'faq-unanswered' }, 'positive')],
  );
}
