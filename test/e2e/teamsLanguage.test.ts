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
  it('answers in the channel locale until the member writes, then in the language they write — also for a short "menu" afterwards', async () => {
    const member = newMember('en-US');
    expect(locales((await teams(member, { text: 'menu' })).activities)).toEqual(['en']);
    const danish = await teams(member, { text: 'Hvor lang tid tager det at få godkendt min virksomhedskonto?' });
    expect(locales(danish.activities)).toEqual(['da']);
    // "menu" says nothing about the language; the locale (still en-US) must not take over again.
    expect(locales((await teams(member, { text: 'menu' })).activities)).toEqual(['da']);
    expect(locales((await teams(member, { value: { verb: 'menu.open' } })).activities)).toEqual(['da']);
  });

  it('an explicit choice wins over the locale and over what the member types', async () => {
    const member = newMember('en-US');
    await teams(member, { text: 'Hvor lang tid tager det at få godkendt min virksomhedskonto?' });
    expect(locales((await teams(member, { value: { verb: 'language.set', language: 'sv' } })).activities)).toEqual(['sv']);
    const typed = await teams(member, { text: 'Hoe lang duurt het voordat mijn zakelijke account is goedgekeurd?' });
    expect(locales(typed.activities)).toEqual(['sv']);
  });
});
