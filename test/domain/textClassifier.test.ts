import { describe, expect, it } from 'vitest';
import { foldWords, trainTextClassifier } from '../../domain/textClassifier';

const negations = new Set(['not', 'no', 'missing']);

describe('foldWords', () => {
  it('lower-cases, folds diacritics and apostrophes, and splits at anything else', () => {
    expect(foldWords("Hvad koster én Ærø-tur? Don't")).toEqual(['hvad', 'koster', 'en', 'aero', 'tur', 'dont']);
  });
});

describe('trainTextClassifier', () => {
  const classifier = trainTextClassifier(
    [
      { label: 'moved', text: 'move my products from the old site' },
      { label: 'moved', text: 'transfer my products from the old site' },
      { label: 'missing', text: 'my products are missing' },
      { label: 'missing', text: 'cameras not there' },
    ],
    { negations },
  );

  it('prefers the label whose examples negate for a negated message', () => {
    expect(classifier.classify('products from the old site not showing')[0]?.label).toBe('missing');
  });

  it('prefers the label whose examples do not negate for a message without a negation', () => {
    expect(classifier.classify('move products from the old site')[0]?.label).toBe('moved');
  });
});
