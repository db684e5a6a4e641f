import { describe, expect, it } from 'vitest';
import { matchAccountIntent } from '../../../locales/account/intents';

describe('matchAccountIntent', () => {
  it.each([
    'How do I reset my password?',
    'reset password',
    'nulstil adgangskode',
    'Skal jeg nulstille min adgangskode nu?',
    'återställa lösenord',
    'Hur återställer jag lösenordet?',
    'aterstalla losenord',
    'wachtwoord opnieuw instellen',
    'Ik wil mijn wachtwoord resetten',
  ])('a password question: %s', (text) => {
    expect(matchAccountIntent(text)).toBe('password');
  });

  it.each([
    'where is my application?',
    'Has my application been approved yet?',
    'hvor er min ansøgning?',
    'Hvornår bliver ansøgningen godkendt?',
    'hvor er min ansogning',
    'var är min ansökan?',
    'Hur går det med min ansökan?',
    'waar is mijn aanvraag?',
    'Wat is de status van mijn aanvraag?',
    'status',
  ])('a status question: %s', (text) => {
    expect(matchAccountIntent(text)).toBe('status');
  });

  it.each(['How do I apply for a business account?', 'Hvordan tilmelder jeg mig CPS?', 'Hur många poäng behöver jag?', 'Ik wil een product registreren', '', '???'])(
    'not about the application or password: %s',
    (text) => {
      expect(matchAccountIntent(text)).toBeUndefined();
    },
  );
});
