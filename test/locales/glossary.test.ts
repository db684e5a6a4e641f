import { describe, expect, it } from 'vitest';
import { formatOpening, formatSupportHours } from '../../cards/supportFormat';
import { faqSeed } from '../../data/seed/faq';
import { countryName } from '../../domain/countryNames';
import { catalogues, translator } from '../../locales';
import { forbiddenPattern, glossary, type GlossaryLanguage } from '../../locales/glossary';

const hours = { timeZone: 'Europe/Stockholm', opensAt: '09:00', closesAt: '17:00', weekdays: [1, 2, 3, 4, 5] };

/** Every text a member of this language can read: the catalogue, the FAQ titles and answers, and formatted times. */
function memberTexts(language: GlossaryLanguage): [where: string, text: string][] {
  const texts: [string, string][] = Object.entries(catalogues[language]).map(([key, text]) => [key, text]);
  for (const entry of faqSeed.filter((e) => e.language === language)) {
    texts.push([`faq ${entry.topicId} title`, entry.title], [`faq ${entry.topicId} answer`, entry.answer]);
  }
  texts.push(
    ['support hours', formatSupportHours(hours, language, translator(language))],
    ['support opening', formatOpening(new Date('2026-11-30T08:00:00Z'), hours.timeZone, language)],
  );
  return texts;
}

describe.each(['da', 'sv', 'nl'] as const)('glossary of %s', (language) => {
  const texts = memberTexts(language);

  it.each(glossary[language].map((entry) => [entry.concept, entry] as const))('%s: no forbidden variant anywhere', (_concept, entry) => {
    const found = entry.forbidden.flatMap((variant) => {
      const pattern = forbiddenPattern(variant);
      return texts.filter(([, text]) => pattern.test(text)).map(([where]) => `${where}: ${String(variant)}`);
    });
    expect(found).toEqual([]);
  });

  it.each(glossary[language].map((entry) => [entry.concept, entry] as const))('%s: the form we use is the one members read', (_concept, entry) => {
    const use = entry.use.toLowerCase();
    expect(texts.some(([, text]) => text.toLowerCase().includes(use))).toBe(true);
  });
});

describe('forbidden variants match as words', () => {
  it('catch the wordings the review replaced', () => {
    expect(forbiddenPattern('zakelijk account').test('Vraag een zakelijk account aan')).toBe(true);
    expect(forbiddenPattern('Zilver').test('CPS Zilver')).toBe(true);
    expect(forbiddenPattern('arbejdsdage').test('op til to arbejdsdage')).toBe(true);
    expect(forbiddenPattern('Poäng de ger').test('poäng de ger')).toBe(true);
  });

  it('leave the forms we use alone', () => {
    expect(forbiddenPattern('zakelijk account').test('je zakelijke account')).toBe(false);
    expect(forbiddenPattern('besluit').test('beslissing')).toBe(false);
    expect(forbiddenPattern('Platin').test('Platinum')).toBe(false);
  });

  it('tell the payment card from the form on a card', () => {
    const nlCardForm = glossary.nl.find((entry) => entry.use === 'het formulier')?.forbidden.find((variant) => variant instanceof RegExp);
    expect(nlCardForm).toBeDefined();
    expect(forbiddenPattern(nlCardForm!).test('Vul de naam op de kaart in.')).toBe(false);
    expect(forbiddenPattern(nlCardForm!).test('Kies op de kaart een beoordeling.')).toBe(true);
  });
});

describe('country names', () => {
  it.each([
    ['da', ['Danmark', 'Sverige', 'Tyskland', 'Tjekkiet']],
    ['sv', ['Danmark', 'Sverige', 'Tyskland', 'Tjeckien']],
    ['nl', ['Denemarken', 'Zweden', 'Duitsland', 'Tsjechië']],
  ] as const)('are written in the member’s language (%s), never in English', (language, names) => {
    expect(['DK', 'SE', 'DE', 'CZ'].map((code) => countryName(code, language))).toEqual(names);
  });
});
