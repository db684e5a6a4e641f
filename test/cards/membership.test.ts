import { describe, expect, it } from 'vitest';
import { tierLabel } from '../../cards/membershipTiers';
import { isVerb } from '../../cards/verbs';
import { LANGUAGES, translator } from '../../locales';
import { cardActions, cardProblems } from '../support/cards';
import { membershipCardSamples } from './membershipSamples';

const samples = membershipCardSamples;

describe.each(LANGUAGES)('membership cards in %s', (language) => {
  const t = translator(language);

  it.each(samples.map((s) => [s.name, s] as const))('%s parses and validates with the adaptivecards library', (_name, sample) => {
    expect(cardProblems(sample.build(t, language))).toEqual([]);
  });

  it.each(samples.map((s) => [s.name, s] as const))('%s: every action carries a known verb; Execute has its Submit fallback', (_name, sample) => {
    for (const action of cardActions(sample.build(t, language))) {
      if (action['type'] === 'Action.OpenUrl') continue;
      const data = action['data'] as Record<string, unknown> | undefined;
      expect(isVerb(data?.['verb'])).toBe(true);
      if (action['type'] === 'Action.Execute') {
        expect(action['verb']).toBe(data?.['verb']);
        expect(action['fallback']).toMatchObject({ type: 'Action.Submit', data: { verb: action['verb'] } });
      }
    }
  });
});

describe('tier names', () => {
  it('are translated for the seeded tiers (Zilver in Dutch) and fall back to the catalogue name', () => {
    expect(tierLabel({ code: 'silver', name: 'Silver' }, translator('nl'))).toBe('Zilver');
    expect(tierLabel({ code: 'silver', name: 'Silver' }, translator('da'))).toBe('Silver');
    expect(tierLabel({ code: 'diamond', name: 'Diamond' }, translator('nl'))).toBe('Diamond');
  });
});
