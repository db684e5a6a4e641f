import { describe, expect, it } from 'vitest';
import { asksForPerson } from '../../locales/support/phrases';

describe('asking for a person', () => {
  it.each([
    ['en', 'I want to talk to a person'],
    ['en', 'Can I speak to a human, please?'],
    ['en', 'agent'],
    ['da', 'Jeg vil gerne tale med en person'],
    ['da', 'Kan jeg snakke med en medarbejder?'],
    ['da', 'et menneske'],
    ['sv', 'Jag vill prata med en människa'],
    ['sv', 'Kan jag få tala med en handläggare?'],
    ['nl', 'Ik wil met een medewerker praten'],
    ['nl', 'Kan ik iemand spreken?'],
    ['nl', 'Ik wil graag met een persoon chatten'],
  ])('recognises %s: “%s”', (_language, text) => {
    expect(asksForPerson(text)).toBe(true);
  });

  it.each([
    'What is CPS Priority Support?',
    'Hvad er CPS Priority-support?',
    'Hoe lang duurt de validatie van mijn zakelijke account?',
    'Jag har registrerat min kamera',
    'Foto Person ApS',
    '',
  ])('leaves other messages alone: “%s”', (text) => {
    expect(asksForPerson(text)).toBe(false);
  });
});
