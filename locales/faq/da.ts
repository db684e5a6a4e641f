import type { FaqMessages } from './en';

export const faqDa = {
  'faq.answer.prompt': 'Hjalp det?',
  'faq.answer.yes': '👍 Ja',
  'faq.answer.no': '👎 Nej',
  'faq.unanswered':
    'Beklager, det spørgsmål kan jeg ikke svare på endnu. Jeg har sendt det videre til det team, der skriver svarene. Kan du stille det med andre ord? Vil du tale med en medarbejder, så vælg “{support}” i menuen.',
  'faq.feedback.thanks': 'Tak, godt at det hjalp!',
  'faq.feedback.sorry': 'Tak for din tilbagemelding, og beklager, at det ikke hjalp. Kan du stille spørgsmålet med andre ord?',
  'faq.feedback.already': 'Tak, det har jeg allerede noteret.',
  'faq.feedback.invalid': 'Beklager, den knap virker ikke længere. Skriv bare dit spørgsmål igen.',
  'faq.offer.title': 'Skal jeg finde en medarbejder til dig?',
  'faq.offer.body': 'Jeg kunne ikke hjælpe dig med dine to sidste spørgsmål. En medarbejder fra CPS Priority-support kan tage over her i chatten.',
  'faq.offer.button': 'Kontakt CPS Priority-support',
  'faq.facts.tierPoints': '{moreThan, select, true {over {points, number} point} other {fra {points, number} point}}',
  'faq.facts.tierFee': '{fee} om året uden moms',
  'faq.facts.modelPoints': '**{model}**: {points, plural, =0 {ingen point} one {# point} other {# point}}',
} as const satisfies FaqMessages;
