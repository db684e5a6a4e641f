/**
 * The words of a text as matchers compare them: lower case, diacritics folded (æ → ae, ø → o,
 * ä → a, é → e, …), split at anything that is not a letter or a digit. Used by the typed-intent
 * matchers (locales/) and by bank-statement matching (payer names).
 */
export function foldedWords(text: string): string[] {
  const folded = text
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'o')
    .normalize('NFD')
    .replace(/\p{M}/gu, '');
  return folded.split(/[^\p{L}\p{N}]+/u).filter((w) => w !== '');
}
