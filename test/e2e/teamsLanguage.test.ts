import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../support/database';
import { newMember, post, startApp, type Member, type ReplyActivity, type RunningApp } from '../support/http';

/** Teams and the Agents Playground send `locale: en-US` whatever the member writes. */
let running: RunningApp;
beforeAll(async () => {
  running = await startApp(await createTestDatabase());
});
afterAll(async () => {
  await running.app.close();
});

const teams = (member: Member, body: Record<string, unknown>) => post(running.url, member, { channelId: 'msteams', recipient: { id: '28:cps-bot' }, ...body });
const locales = (activities: ReplyActivity[]) => [...new Set(activities.filter((a) => a.type === 'message').map((a) => a.locale))];

describe('language in Teams: the channel locale is only the first guess', () => {
  it('a language the member’s words decided is kept: a later activity’s en-US locale does not switch the conversation back', async () => {
    const member = newMember('en-US');
    // An activity without a locale: the member's words decide.
    const danish = await teams(member, { text: 'Hvor lang tid tager det at få godkendt min virksomhedskonto?', locale: undefined });
    expect(locales(danish.activities)).toEqual(['da']);
    // "menu" and a card action say nothing about the language; their locale (en-US) must not take over.
    expect(locales((await teams(member, { text: 'menu' })).activities)).toEqual(['da']);
    expect(locales((await teams(member, { value: { verb: 'menu.open' } })).activities)).toEqual(['da']);
  });

  it('without any words yet, the channel locale is the first guess', async () => {
    const member = newMember('nl-NL');
    expect(locales((await teams(member, { text: 'menu' })).activities)).toEqual(['nl']);
  });

  it('an explicit choice wins over the locale and over what the member types', async () => {
    const member = newMember('en-US');
    await teams(member, { text: 'Hvor lang tid tager det at få godkendt min virksomhedskonto?' });
    expect(locales((await teams(member, { value: { verb: 'language.set', language: 'sv' } })).activities)).toEqual(['sv']);
    const typed = await teams(member, { text: 'Hoe lang duurt het voordat mijn zakelijke account is goedgekeurd?' });
    expect(locales(typed.activities)).toEqual(['sv']);
  });
});
