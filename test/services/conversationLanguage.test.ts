import { describe, expect, it } from 'vitest';
import { conversationLanguage } from '../../services/conversationLanguage';

const DANISH = 'Hvor lang tid tager det at få godkendt min virksomhedskonto?';
const none = { chosen: null, remembered: undefined, activityLocale: undefined, clientInfoLocale: undefined, text: undefined };

describe('conversationLanguage', () => {
  it('takes the channel locale as the first guess', () => {
    expect(conversationLanguage({ ...none, activityLocale: 'nl-NL', text: 'ok' })).toEqual({ language: 'nl' });
  });

  it('lets a reliably detected language beat the locale, and asks to remember it', () => {
    expect(conversationLanguage({ ...none, activityLocale: 'en-US', text: DANISH })).toEqual({ language: 'da', remember: 'da' });
  });

  it('keeps a remembered language over the locale when this turn says nothing (a short word, a card action)', () => {
    expect(conversationLanguage({ ...none, remembered: 'da', activityLocale: 'en-US', text: 'menu' })).toEqual({ language: 'da' });
    expect(conversationLanguage({ ...none, remembered: 'da', activityLocale: 'en-US' })).toEqual({ language: 'da' });
  });

  it('keeps an explicit choice over everything', () => {
    expect(conversationLanguage({ ...none, chosen: 'sv', remembered: 'da', activityLocale: 'en-US', text: DANISH })).toEqual({ language: 'sv' });
  });
});
