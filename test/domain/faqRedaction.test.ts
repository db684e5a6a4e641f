import { describe, expect, it } from 'vitest';
import { withoutPersonalData } from '../../domain/faq';

describe('withoutPersonalData', () => {
  it.each([
    ['my mail is jens.hansen@foto.dk why no invoice', 'my mail is [e-mail] why no invoice'],
    ['ring mig på +45 12 34 56 78', 'ring mig på [number]'],
    ['serial 123456789 not accepted', 'serial [number] not accepted'],
    ['mijn IBAN NL91ABNA0417164300 klopt niet', 'mijn IBAN [number] klopt niet'],
    ['see https://example.com/me?id=7', 'see [link]'],
  ])('“%s” → “%s”', (question, kept) => {
    expect(withoutPersonalData(question)).toBe(kept);
  });

  it('leaves a question without personal data as it is, model names included', () => {
    expect(withoutPersonalData('how many points does the EOS R5 give, and the RF 24-70?')).toBe('how many points does the EOS R5 give, and the RF 24-70?');
  });
});
