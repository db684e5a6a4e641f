import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../data/database';
import { translator, type Language } from '../../locales';
import type { App } from '../../bot/app';
import { cardOf, cardSubmit, cardTexts, createTestApp, createTestBot } from '../support/bot';
import { createTestDatabase } from '../support/database';

let database: Database;
let app: App;
beforeAll(async () => {
  database = await createTestDatabase();
  app = await createTestApp(database);
});
afterAll(async () => {
  await app.close();
});

const languages: Language[] = ['da', 'sv', 'nl', 'en'];

describe.each(languages)('main dialog in %s', (language) => {
  const t = translator(language);

  it('greets a new member and shows the menu on first contact', async () => {
    const { adapter } = createTestBot(app, language);
    await adapter
      .send({ type: 'conversationUpdate', membersAdded: [{ id: 'user', name: 'Member' }] })
      .assertReply((a) => expect(a.text).toContain(t('welcome.title')))
      .assertReply((a) => expect(cardTexts(cardOf(a))).toContain(t('menu.title')))
      .startTest();
  });

  it('answers help typed in its own language', async () => {
    const word = { da: 'hjælp', sv: 'hjälp', nl: 'hulp', en: 'help' }[language];
    const { adapter } = createTestBot(app, language);
    await adapter
      .send('hi')
      .assertReply((a) => expect(a.text).toContain(t('welcome.title')))
      .assertReply((a) => expect(a.text).toBe(t('understanding.smalltalk.greeting')))
      .send(word)
      .assertReply((a) => expect(a.text).toBe(t('help.text')))
      .startTest();
  });

});

describe('language switching', () => {
  it('switches with language.set mid-conversation and keeps the choice', async () => {
    const { adapter } = createTestBot(app, 'en');
    const sv = translator('sv');
    await adapter
      .send('menu')
      .assertReply((a) => expect(a.text).toContain(translator('en')('welcome.title')))
      .assertReply(() => undefined)
      .send(cardSubmit({ verb: 'language.set', language: 'sv' }))
      .assertReply((a) => expect(a.text).toBe(sv('language.changed')))
      .send('menu')
      .assertReply((a) => expect(cardTexts(cardOf(a))).toContain(sv('menu.title')))
      .startTest();
  });

  it('asks again when the language dialog gets an unknown language, then accepts a typed name', async () => {
    const { adapter } = createTestBot(app, 'nl');
    const nl = translator('nl');
    const da = translator('da');
    await adapter
      .send('taal')
      .assertReply(() => undefined)
      .assertReply((a) => expect(cardTexts(cardOf(a))).toContain(nl('language.title')))
      .send('klingon')
      .assertReply((a) => expect(a.text).toBe(nl('language.invalid')))
      .assertReply((a) => expect(cardTexts(cardOf(a))).toContain(nl('language.title')))
      .send('dansk')
      .assertReply((a) => expect(a.text).toBe(da('language.changed')))
      .startTest();
  });

  it('rejects a language.set with a language we do not speak, in the current language', async () => {
    const { adapter } = createTestBot(app, 'da');
    const da = translator('da');
    await adapter
      .send(cardSubmit({ verb: 'language.set', language: 'de' }))
      .assertReply(() => undefined)
      .assertReply((a) => expect(a.text).toBe(da('language.invalid')))
      .startTest();
  });
});

describe('interruptions', () => {
  it('cancel in Swedish stops the language question and shows the menu', async () => {
    const { adapter } = createTestBot(app, 'sv');
    const sv = translator('sv');
    await adapter
      .send('språk')
      .assertReply(() => undefined)
      .assertReply(() => undefined)
      .send('avbryt')
      .assertReply((a) => {
        expect(a.text).toBe(sv('cancel.done'));
        expect(cardTexts(cardOf(a))).toContain(sv('menu.title'));
      })
      .startTest();
  });

  it('an unknown verb gets the menu back, not an error', async () => {
    const { adapter } = createTestBot(app, 'nl');
    const nl = translator('nl');
    await adapter
      .send(cardSubmit({ verb: 'rocket.launch' }))
      .assertReply(() => undefined)
      .assertReply((a) => expect(a.text).toBe(nl('input.unknownAction')))
      .startTest();
  });
});
