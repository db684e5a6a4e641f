import type { AdaptiveCard } from '../../cards/adaptive';
import { languageCard } from '../../cards/language';
import { menuCard } from '../../cards/menu';
import type { Language, Translate } from '../../locales';

export interface CardSample {
  readonly name: string;
  readonly build: (t: Translate, language: Language) => AdaptiveCard;
}

/** One or more representative view models per card; every card of the project belongs here. */
export const cardSamples: CardSample[] = [
  { name: 'menu (new member)', build: (t) => menuCard({ stage: 'visitor' }, t) },
  { name: 'menu (with application)', build: (t) => menuCard({ stage: 'applicant' }, t) },
  { name: 'menu (member)', build: (t) => menuCard({ stage: 'member' }, t) },
  { name: 'language', build: (t) => languageCard(t) },
];
