import { describe, expect, it } from 'vitest';
import { LANGUAGES, translator } from '../../locales';
import { allCardSamples } from './allSamples';

/** Every element of a card (body, containers, columns, action sets), depth first. */
function elements(node: unknown, out: Record<string, unknown>[] = []): Record<string, unknown>[] {
  if (Array.isArray(node)) {
    for (const item of node) elements(item, out);
  } else if (typeof node === 'object' && node !== null) {
    const record = node as Record<string, unknown>;
    if (typeof record['type'] === 'string') out.push(record);
    for (const value of Object.values(record)) elements(value, out);
  }
  return out;
}

describe.each(LANGUAGES)('every card reads in full in %s', (language) => {
  const t = translator(language);
  const samples = allCardSamples.map((s) => [s.name, s] as const);

  it.each(samples)('%s: every TextBlock, toggle and choice set wraps (Teams and Web Chat cut unwrapped text)', (_name, sample) => {
    const unwrapped = elements(sample.build(t, language))
      .filter((e) => e['type'] === 'TextBlock' || e['type'] === 'Input.Toggle' || e['type'] === 'Input.ChoiceSet')
      .filter((e) => e['wrap'] !== true)
      .map((e) => `${String(e['type'])}: ${String(e['text'] ?? e['title'] ?? e['id'])}`);
    expect(unwrapped).toEqual([]);
  });

  it.each(samples)('%s: no text in the "good" or "warning" colour (below 4.5:1 in Teams themes)', (_name, sample) => {
    const coloured = elements(sample.build(t, language))
      .filter((e) => e['type'] === 'TextBlock' && (e['color'] === 'good' || e['color'] === 'warning'))
      .map((e) => String(e['text']));
    expect(coloured).toEqual([]);
  });
});

describe('the Danish tier card', () => {
  it('says "slå til eller fra", not the English ON/OFF', () => {
    const t = translator('da');
    expect(t('membership.tiers.toggleHint', { points: 2500 })).not.toMatch(/ON|OFF|Skift/);
    expect(t('membership.tiers.toggleInvalid')).toContain('til eller fra');
  });
});
