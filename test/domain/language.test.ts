import { describe, expect, it } from 'vitest';
import {
  detectAnyLanguage,
  detectLanguage,
  languageFromLocale,
  nextConversationLanguage,
  parseConversationLanguage,
  resolveLanguage,
  type ConversationLanguage,
  type Language,
} from '../../domain/language';

describe('resolveLanguage', () => {
  it('prefers the member’s own choice over everything else', () => {
    expect(resolveLanguage({ chosen: 'sv', activityLocale: 'da-DK', clientInfoLocale: 'nl-NL' })).toBe('sv');
  });
  it('uses activity.locale next', () => {
    expect(resolveLanguage({ activityLocale: 'nl-BE', clientInfoLocale: 'da-DK' })).toBe('nl');
  });
  it('then the Teams clientInfo locale', () => {
    expect(resolveLanguage({ activityLocale: 'de-DE', clientInfoLocale: 'sv-SE' })).toBe('sv');
  });
  it('falls back to English', () => {
    expect(resolveLanguage({ activityLocale: 'de-DE' })).toBe('en');
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
  ])('%s → %s', async (text, expected) => {
    expect((await detectLanguage(text))?.language).toBe(expected);
  });
  it('gives up on text without letters', async () => {
    expect(await detectLanguage('1234 !!')).toBeUndefined();
  });
});

describe('nextConversationLanguage', () => {
  async function step(text: string, current: Language, options: { chosen?: Language; previous?: ConversationLanguage } = {}) {
    return nextConversationLanguage({
      chosen: options.chosen ?? null,
      base: current,
      previous: options.previous ?? { language: current },
      text,
      detection: await detectAnyLanguage(text),
    });
  }

  it.each(['hej', 'ok', 'tak', 'hej hej', 'bli medlem i cps', 'tack'])('“%s” leaves a Swedish conversation Swedish', async (text) => {
    expect((await step(text, 'sv')).language).toBe('sv');
  });

  it('a sentence clearly in another of our languages switches', async () => {
    const next = await step('jeg vil gerne oprette en virksomhedskonto til mit firma', 'en');
    expect({ language: next.language, notice: next.notice }).toEqual({ language: 'da', notice: undefined });
  });

  it('German is answered in English, with the line about our languages', async () => {
    const next = await step('Guten Tag', 'sv');
    expect({ language: next.language, notice: next.notice }).toEqual({ language: 'en', notice: 'unsupported' });
  });

  it('the line about our languages is said once', async () => {
    const next = await step('Ich möchte ein Geschäftskonto eröffnen', 'en', { previous: { language: 'en', unsupportedNoted: true } });
    expect({ language: next.language, notice: next.notice }).toEqual({ language: 'en', notice: undefined });
  });

  it('Norwegian is answered in Danish, said once', async () => {
    const first = await step('Jeg vil gjerne registrere et nytt objektiv på kontoen min', 'en');
    expect({ language: first.language, notice: first.notice }).toEqual({ language: 'da', notice: 'norwegian' });
    const again = await step('Hvordan blir jeg medlem av CPS, og hva koster det?', 'en', { previous: { ...first.state, language: 'en' } });
    expect(again.notice).toBeUndefined();
  });

  it('the member’s explicit choice always wins', async () => {
    expect((await step('Guten Tag, ich möchte ein Konto eröffnen', 'en', { chosen: 'nl' })).language).toBe('nl');
  });

  it('reads stored state defensively', () => {
    expect([parseConversationLanguage({ language: 'xx' }), parseConversationLanguage({ language: 'sv', norwegianNoted: 'yes' })]).toEqual([
      undefined,
      { language: 'sv' },
    ]);
  });
});
