import { describe, expect, it } from 'vitest';
import { bar, meterElements } from '../../cards/productsMeter';
import { LANGUAGES, translator } from '../../locales';
import { cardTexts } from '../support/bot';

describe('the points bar is proportional', () => {
  it('480 of 500 is not full; 500 of 500 is', () => {
    expect(bar(480 / 500)).toBe('█████████░');
    expect(bar(500 / 500)).toBe('██████████');
    expect(bar(0)).toBe('░░░░░░░░░░');
  });

  it.each(LANGUAGES)('%s: the meter shows 480 of 500 with an unfilled cell', (language) => {
    const t = translator(language);
    const elements = meterElements({ total: 480, milestones: [], nextTarget: 500, progress: 480 / 500, invited: false, toInvitation: 20 }, t);
    expect(cardTexts(elements)).toContain(t('products.meter.bar', { bar: '█████████░', points: 480, target: 500 }));
  });
});
