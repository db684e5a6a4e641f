import { describe, expect, it } from 'vitest';
import { isVerb } from '../../cards/verbs';
import { LANGUAGES, translator } from '../../locales';
import { cardActions, cardProblems } from '../support/cards';
import { accountCardSamples } from './accountSamples';

const samples = accountCardSamples.map((s) => [s.name, s] as const);
const INPUT_IDS = ['country', 'companyName', 'address', 'vatRegistered', 'vatNumber', 'documentType', 'authorised', 'contactEmail', 'oldCpsEmail'];

function inputIds(card: unknown): string[] {
  const ids: string[] = [];
  JSON.stringify(card, (_key, value: unknown) => {
    const record = value as { type?: unknown; id?: unknown } | null;
    if (record && typeof record.type === 'string' && record.type.startsWith('Input.') && typeof record.id === 'string') ids.push(record.id);
    return value;
  });
  return ids;
}

describe.each(LANGUAGES)('account cards in %s', (language) => {
  const t = translator(language);

  it.each(samples)('%s parses and validates with the adaptivecards library', (_name, sample) => {
    expect(cardProblems(sample.build(t, language))).toEqual([]);
  });

  it.each(samples)('%s: every action carries a known verb', (_name, sample) => {
    for (const action of cardActions(sample.build(t, language)).filter((a) => a['type'] === 'Action.Submit')) {
      expect(isVerb((action['data'] as Record<string, unknown> | undefined)?.['verb'])).toBe(true);
    }
  });

  it('the form’s input ids are exactly the account.submit contract (docs/contracts.md, "Card actions")', () => {
    const form = accountCardSamples[0]?.build(t, language);
    expect(inputIds(form)).toEqual(INPUT_IDS);
    expect(cardActions(form).map((a) => (a['data'] as Record<string, unknown>)['verb'])).toEqual(['account.submit']);
  });
});
