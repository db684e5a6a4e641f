import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import { catalogues, intlLocale, LANGUAGES } from '../../locales';
import { en } from '../../locales/en';

type Ast = ReturnType<IntlMessageFormat['getAst']>;

/** The argument names a message uses, at any depth (plural and select branches, tags). */
function argumentNames(ast: Ast, names = new Set<string>()): Set<string> {
  for (const element of ast) {
    if ('value' in element && typeof element.value === 'string' && element.type !== 0) names.add(element.value);
    if ('options' in element) for (const option of Object.values(element.options)) argumentNames(option.value, names);
    if ('children' in element) argumentNames(element.children, names);
  }
  return names;
}

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
    const placeholders = (message: string) => [...argumentNames(new IntlMessageFormat(message, 'en').getAst())].sort();
    for (const [key, message] of Object.entries(catalogues[language])) {
      expect(placeholders(message), key).toEqual(placeholders(en[key as keyof typeof en]));
    }
  });
});
