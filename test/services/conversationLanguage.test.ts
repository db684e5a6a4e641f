import { describe, expect, it } from 'vitest';
import { conversationLanguage } from '../../services/conversationLanguage';

const DANISH = 'Hvor lang tid tager det at få godkendt min virksomhedskonto?';
const none = { chosen: null, remembered: undefined, activityLocale: undefined, clientInfoLocale: undefined, text: undefined };

describe('conversationLanguage', () => {
  it('takes the channel locale as the first guess', () => {
    expect(conversationLanguage({ ...none, activityLocale: 'nl-NL', text: 'ok' })).toEqual({ language: 'nl' });
  });

  it('remembers the language the member’s words decided', () => {
    expect(conversationLanguage({ ...none, text: DANISH })).toEqual({ language: 'da', remember: 'da' });
  });

  it('keeps a remembered language over the channel locale (a short word, a card action, a later activity’s locale)', () => {
    expect(conversationLanguage({ ...none, remembered: 'da', activityLocale: 'en-US', text: 'menu' })).toEqual({ language: 'da' });
    expect(conversationLanguage({ ...none, remembered: 'da', activityLocale: 'en-US', clientInfoLocale: 'en-US' })).toEqual({ language: 'da' });
  });

  it('keeps an explicit choice over everything', () => {
    expect(conversationLanguage({ ...none, chosen: 'sv', remembered: 'da', activityLocale: 'en-US', text: DANISH })).toEqual({ language: 'sv' });
  });
});
