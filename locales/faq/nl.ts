import type { FaqMessages } from './en';

export const faqNl = {
  'faq.answer.prompt': 'Heb je hier iets aan gehad?',
  'faq.answer.yes': '👍 Ja',
  'faq.answer.no': '👎 Nee',
  'faq.unanswered':
    'Sorry, op die vraag weet ik nog geen antwoord. Ik heb je vraag doorgegeven aan het team dat de antwoorden schrijft. Kun je hem anders formuleren? Wil je een medewerker spreken, kies dan ‘{support}’ in het menu.',
  'faq.feedback.thanks': 'Bedankt, fijn dat het heeft geholpen!',
  'faq.feedback.sorry': 'Bedankt voor je reactie, en sorry dat het niet heeft geholpen. Kun je je vraag anders formuleren?',
  'faq.feedback.already': 'Bedankt, dat heb ik al genoteerd.',
  'faq.feedback.invalid': 'Sorry, die knop werkt niet meer. Typ je vraag gewoon opnieuw.',
  'faq.offer.title': 'Zal ik je doorverbinden met een medewerker?',
  'faq.offer.body': 'Ik kon je niet helpen met je laatste twee vragen. Een medewerker van CPS Priority support kan het gesprek hier in de chat overnemen.',
  'faq.offer.button': 'Contact opnemen met CPS Priority support',
  'faq.facts.tierPoints': '{moreThan, select, true {meer dan {points, number} punten} other {vanaf {points, number} punten}}',
  'faq.facts.tierFee': '{fee} per jaar exclusief btw',
  'faq.facts.modelPoints': '**{model}**: {points, plural, =0 {geen punten} one {# punt} other {# punten}}',
} as const satisfies FaqMessages;
