import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import { catalogues, intlLocale, LANGUAGES } from '../../locales';
import { en } from '../../locales/en';

describe.each(LANGUAGES)('%s catalogue', (language) => {
  it('has exactly the English keys', () => {
    expect(Object.keys(catalogues[language]).sort()).toEqual(Object.keys(en).sort());
  });

  it('every message is non-empty ICU that compiles', () => {
    for (const [key, message] of Object.entries(catalogues[language])) {
      expect(message.trim(), key).not.toBe('');
      expect(() => new IntlMessageFormat(message, intlLocale[language]), key).not.toThrow();
    }
  });

  it('uses the same placeholders as English in every message', () => {
    const placeholders = (message: string) => [...message.matchAll(/\{(\w+)/g)].map((m) => m[1]).sort();
    for (const [key, message] of Object.entries(catalogues[language])) {
      expect(placeholders(message), key).toEqual(placeholders(en[key as keyof typeof en]));
    }
  });
});
