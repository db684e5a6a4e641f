import { describe, expect, it } from 'vitest';
import { isVerb } from '../../cards/verbs';
import { LANGUAGES, translator } from '../../locales';
import { cardActions, cardProblems } from '../support/cards';
import { productsCardSamples } from './productsSamples';

const samples = productsCardSamples.map((s) => [s.name, s] as const);

describe.each(LANGUAGES)('products cards in %s', (language) => {
  const t = translator(language);

  it.each(samples)('%s parses and validates with the adaptivecards library', (_name, sample) => {
    expect(cardProblems(sample.build(t, language))).toEqual([]);
  });

  it.each(samples)('%s: every action carries a known verb, at most 5 per action set', (_name, sample) => {
    const card = sample.build(t, language);
    for (const action of cardActions(card).filter((a) => a['type'] === 'Action.Submit')) {
      expect(isVerb((action['data'] as Record<string, unknown> | undefined)?.['verb'])).toBe(true);
    }
    const sets: unknown[][] = [];
    JSON.stringify(card, (_key, value: unknown) => {
      const record = value as { type?: unknown; actions?: unknown } | null;
      if (record && record.type === 'ActionSet' && Array.isArray(record.actions)) sets.push(record.actions);
      return value;
    });
    for (const set of sets) expect(set.length).toBeLessThanOrEqual(5);
  });
});
