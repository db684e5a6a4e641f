import { IntlMessageFormat } from 'intl-messageformat';
import { da } from './da';
import { en, type MessageKey, type Messages } from './en';
import { nl } from './nl';
import { sv } from './sv';
import type { Language } from '../domain/language';

export type { MessageKey, Messages } from './en';

export { LANGUAGES, type Language } from '../domain/language';

export const catalogues: Readonly<Record<Language, Messages>> = { en, da, sv, nl };

/** BCP 47 tag used for Intl formatting of dates, numbers and money per language. */
export const intlLocale: Readonly<Record<Language, string>> = { en: 'en-GB', da: 'da-DK', sv: 'sv-SE', nl: 'nl-NL' };

export type MessageArgs = Readonly<Record<string, string | number | Date>>;

/** A translator bound to one language: only known keys compile. */
export type Translate = (key: MessageKey, args?: MessageArgs) => string;

export { isLanguage, languageFromLocale } from '../domain/language';

const compiled = new Map<string, IntlMessageFormat>();

function format(language: Language, key: MessageKey, args?: MessageArgs): string {
  const cacheKey = `${language}\u0000${key}`;
  let message = compiled.get(cacheKey);
  if (message === undefined) {
    message = new IntlMessageFormat(catalogues[language][key], intlLocale[language]);
    compiled.set(cacheKey, message);
  }
  const out = message.format(args);
  return typeof out === 'string' ? out : String(out);
}

export function translator(language: Language): Translate {
  return (key, args) => format(language, key, args);
}
