import countries from 'i18n-iso-countries';
import type { Language } from './language';

/**
 * The short everyday name of a country (ISO 3166-1 alpha-2) in one of our languages, e.g.
 * `countryName('NL', 'nl')` → "Nederland", `countryName('CZ', 'sv')` → "Tjeckien"; the code itself
 * when the library has no name for it.
 */
export function countryName(code: string, language: Language): string {
  // Dutch official names are the long state names ("Koninkrijk der Nederlanden"); the alias is what people write.
  const name = countries.getName(code, language, { select: language === 'nl' ? 'alias' : 'official' });
  return name ?? code;
}

/** Country codes with their names in `language`, sorted as a speaker of that language would look for them. */
export function countryChoices(codes: readonly string[], language: Language): { code: string; name: string }[] {
  const collator = new Intl.Collator(language);
  return codes.map((code) => ({ code, name: countryName(code, language) })).sort((a, b) => collator.compare(a.name, b.name));
}
