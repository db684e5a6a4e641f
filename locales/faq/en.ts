/** Messages of the faq journey (English is the key source for this area). */
export const faqEn = {
  'faq.answer.prompt': 'Did this help?',
  'faq.answer.yes': '👍 Yes',
  'faq.answer.no': '👎 No',
  'faq.unanswered':
    'Sorry, I don’t know the answer to that one yet. I’ve passed your question on to the team that writes these answers. Could you ask it in other words? To reach a person, choose “{support}” in the menu.',
  'faq.feedback.thanks': 'Thanks, I’m glad it helped!',
  'faq.feedback.sorry': 'Thanks for telling me, and sorry that didn’t help. Could you ask your question in other words?',
  'faq.feedback.already': 'Thanks, I’ve already noted that.',
  'faq.feedback.invalid': 'Sorry, that button no longer works. Just type your question again.',
  'faq.offer.title': 'Shall I get you a person?',
  'faq.offer.body': 'I couldn’t help you with your last two questions. A CPS Priority Support agent can take over right here in the chat.',
  'faq.offer.button': 'Talk to CPS Priority Support',
  'faq.facts.tierPoints': '{moreThan, select, true {more than {points, number} points} other {from {points, number} points}}',
  'faq.facts.tierFee': '{fee} a year before VAT',
  'faq.facts.modelPoints': '**{model}**: {points, plural, =0 {no points} one {# point} other {# points}}',
} as const;

export type FaqMessages = { readonly [K in keyof typeof faqEn]: string };
