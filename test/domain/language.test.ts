import { describe, expect, it } from 'vitest';
import { detectLanguage, languageFromLocale, resolveLanguage } from '../../domain/language';

describe('resolveLanguage', () => {
  it('prefers the member’s own choice over everything else', () => {
    expect(resolveLanguage({ chosen: 'sv', activityLocale: 'da-DK', clientInfoLocale: 'nl-NL', text: 'hello there my friend' })).toBe('sv');
  });
  it('uses activity.locale next', () => {
    expect(resolveLanguage({ activityLocale: 'nl-BE', clientInfoLocale: 'da-DK' })).toBe('nl');
  });
  it('then the Teams clientInfo locale', () => {
    expect(resolveLanguage({ activityLocale: 'de-DE', clientInfoLocale: 'sv-SE' })).toBe('sv');
  });
  it('then a reliable detection from the text', () => {
    expect(resolveLanguage({ text: 'hvor lang tid tager valideringen af min virksomhedskonto' })).toBe('da');
  });
  it('falls back to English', () => {
    expect(resolveLanguage({ activityLocale: 'de-DE', text: '123' })).toBe('en');
  });
});

describe('languageFromLocale', () => {
  it.each([
    ['da-DK', 'da'],
    ['sv', 'sv'],
    ['nl_NL', 'nl'],
    ['en-US', 'en'],
    ['nb-NO', 'da'],
    ['fr-FR', undefined],
    ['', undefined],
  ])('%s → %s', (locale, expected) => {
    expect(languageFromLocale(locale)).toBe(expected);
  });
});

describe('detectLanguage', () => {
  it.each([
    ['jeg vil gerne tale med en person', 'da'],
    ['jag vill prata med en människa', 'sv'],
    ['ik wil graag met iemand praten', 'nl'],
    ['I would like to talk to a person', 'en'],
    ['jeg ønsker å snakke med en person om kontoen min', 'da'],
  ])('%s → %s', (text, expected) => {
    expect(detectLanguage(text)?.language).toBe(expected);
  });
  it('gives up on text without letters', () => {
    expect(detectLanguage('1234 !!')).toBeUndefined();
  });
});
