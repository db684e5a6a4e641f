import { describe, expect, it } from 'vitest';
import { faqAnswerCard } from '../../cards/faqAnswer';
import { faqSupportOfferCard } from '../../cards/faqSupportOffer';
import { faqSeed } from '../../data/seed/faq';
import { LANGUAGES, translator } from '../../locales';
import { cardActions, cardProblems } from '../support/cards';
import { cardTexts } from '../support/bot';

describe.each(LANGUAGES)('FAQ cards in %s', (language) => {
  const t = translator(language);

  it('every answer of the seed renders as a valid card', () => {
    for (const entry of faqSeed.filter((e) => e.language === language)) {
      expect(cardProblems(faqAnswerCard({ language, faqId: entry.topicId, title: entry.title, answer: entry.answer }, t))).toEqual([]);
    }
  });

  it('the answer card asks “did this help?” with two faq.feedback buttons', () => {
    const card = faqAnswerCard({ language, faqId: 'payment.invoice', title: 'T', answer: 'A' }, t);
    expect(cardTexts(card)).toEqual(expect.arrayContaining(['T', 'A', t('faq.answer.prompt')]));
    expect(cardActions(card).map((a) => [a['title'], a['data']])).toEqual([
      [t('faq.answer.yes'), { verb: 'faq.feedback', faqId: 'payment.invoice', helpful: true, language }],
      [t('faq.answer.no'), { verb: 'faq.feedback', faqId: 'payment.invoice', helpful: false, language }],
    ]);
  });

  it('the support offer is a valid card with one handoff.request button (reason faq-unanswered)', () => {
    const card = faqSupportOfferCard(t);
    expect(cardProblems(card)).toEqual([]);
    expect(cardActions(card).map((a) => [a['title'], a['data']])).toEqual([[t('faq.offer.button'), { verb: 'handoff.request', reason: 'faq-unanswered' }]]);
  });
});
