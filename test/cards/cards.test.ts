import { describe, expect, it } from 'vitest';
import { isVerb } from '../../cards/verbs';
import { LANGUAGES, translator } from '../../locales';
import { cardActions, cardProblems } from '../support/cards';
import { cardSamples } from './samples';

describe.each(LANGUAGES)('every card in %s', (language) => {
  const t = translator(language);

  it.each(cardSamples.map((s) => [s.name, s] as const))('%s parses and validates with the adaptivecards library', (_name, sample) => {
    expect(cardProblems(sample.build(t, language))).toEqual([]);
  });

  it.each(cardSamples.map((s) => [s.name, s] as const))('%s is schema 1.5 with no template placeholder left', (_name, sample) => {
    const card = sample.build(t, language);
    expect(card.version).toBe('1.5');
    expect(JSON.stringify(card)).not.toContain('${');
  });

  it.each(cardSamples.map((s) => [s.name, s] as const))('%s: every submit/execute action carries a known verb', (_name, sample) => {
    const actions = cardActions(sample.build(t, language)).filter((a) => a['type'] === 'Action.Submit' || a['type'] === 'Action.Execute');
    for (const action of actions) {
      const data = action['data'] as Record<string, unknown> | undefined;
      expect(isVerb(data?.['verb'])).toBe(true);
      if (action['type'] === 'Action.Execute') expect(action['verb']).toBe(data?.['verb']);
    }
  });
});

describe('the validator itself', () => {
  it('reports an unknown element, so a passing card means something', () => {
    expect(cardProblems({ type: 'AdaptiveCard', version: '1.5', body: [{ type: 'Bogus' }] })).not.toEqual([]);
  });
});
