import { describe, expectTypeOf, it } from 'vitest';
import type { MessageKey, Messages, Translate } from '../../locales';

describe('message catalogues (compile-time)', () => {
  it('a catalogue missing a key does not satisfy Messages', () => {
    type WithoutWelcome = Omit<Messages, 'welcome.title'>;
    expectTypeOf<WithoutWelcome>().not.toExtend<Messages>();
  });

  it('t() accepts known keys only', () => {
    expectTypeOf<'menu.title'>().toExtend<MessageKey>();
    expectTypeOf<'menu.titel'>().not.toExtend<MessageKey>();
    expectTypeOf<Translate>().parameter(0).toEqualTypeOf<MessageKey>();
  });
});
