import type { FaqMessages } from './en';

export const faqSv = {
  'faq.answer.prompt': 'Hjälpte det?',
  'faq.answer.yes': '👍 Ja',
  'faq.answer.no': '👎 Nej',
  'faq.unanswered':
    'Tyvärr kan jag inte svara på den frågan än. Jag har skickat den vidare till teamet som skriver svaren. Kan du formulera den på ett annat sätt? Om du vill prata med en medarbetare väljer du ”{support}” i menyn.',
  'faq.feedback.thanks': 'Tack, vad bra att det hjälpte!',
  'faq.feedback.sorry': 'Tack för din återkoppling, och förlåt att det inte hjälpte. Kan du formulera frågan på ett annat sätt?',
  'faq.feedback.already': 'Tack, det har jag redan noterat.',
  'faq.feedback.invalid': 'Tyvärr fungerar den knappen inte längre. Skriv bara din fråga igen.',
  'faq.offer.title': 'Vill du att jag kopplar dig till en medarbetare?',
  'faq.offer.body': 'Jag kunde inte hjälpa dig med dina två senaste frågor. En medarbetare på CPS Priority Support kan ta över här i chatten.',
  'faq.offer.button': 'Kontakta CPS Priority Support',
  'faq.facts.tierPoints': '{moreThan, select, true {fler än {points, number} poäng} other {från {points, number} poäng}}',
  'faq.facts.tierFee': '{fee} per år exklusive moms',
  'faq.facts.modelPoints': '**{model}**: {points, plural, =0 {inga poäng} one {# poäng} other {# poäng}}',
} as const satisfies FaqMessages;
