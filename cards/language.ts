import { catalogues, LANGUAGES, type Translate } from '../locales';
import { actionSet, adaptiveCard, heading, submit, type AdaptiveCard } from './adaptive';

/** One button per language, each labelled in its own language (an endonym is readable to its speakers). */
export function languageCard(t: Translate): AdaptiveCard {
  return adaptiveCard([
    heading(t('language.title')),
    actionSet(LANGUAGES.map((code) => submit(catalogues[code]['language.name'], 'language.set', { language: code }))),
  ]);
}
