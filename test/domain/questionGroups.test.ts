import { describe, expect, it } from 'vitest';
import { groupQuestions } from '../../domain/questionGroups';

const q = (key: string, language: string, text: string) => ({ key, language, text });

describe('groupQuestions', () => {
  it('groups the same question worded alike, largest group first', () => {
    const groups = groupQuestions([
      q('1', 'en', 'Can my dog come to the picnic?'),
      q('2', 'en', 'How do I print a receipt'),
      q('3', 'en', 'can my dog come along to the picnic'),
    ]);
    expect(groups.map((g) => g.members.map((m) => m.key))).toEqual([['1', '3'], ['2']]);
    expect(groups[0]?.representative.key).toBe('1');
  });

  it('folds case and diacritics (æ, ø, å) before comparing', () => {
    const groups = groupQuestions([q('1', 'da', 'Må min hund komme med på skovtur?'), q('2', 'da', 'MA MIN HUND KOMME MED PA SKOVTUR')]);
    expect(groups).toHaveLength(1);
  });

  it('never groups questions of different languages', () => {
    const groups = groupQuestions([q('1', 'da', 'faktura kort betaling'), q('2', 'nl', 'faktura kort betaling')]);
    expect(groups.map((g) => g.language)).toEqual(['da', 'nl']);
  });

  it('keeps questions sharing less than half their words apart', () => {
    const groups = groupQuestions([q('1', 'en', 'camera repair warranty time'), q('2', 'en', 'camera lens discount code voucher')]);
    expect(groups).toHaveLength(2);
  });
});
