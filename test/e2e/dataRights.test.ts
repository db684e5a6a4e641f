import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatDate } from '../../dialogs/account/format';
import { countryName } from '../../domain/countryNames';
import { LANGUAGES, translator, type Language } from '../../locales';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { newMember, post, startApp, type ReplyActivity, type RunningApp } from '../support/http';
import { eq } from 'drizzle-orm';
import { invoices } from '../../data/schema/memberships';
import { givenStoredMember, whereStored, whereStoredAll } from '../support/memberData';
import { cardTexts } from '../support/bot';

let database: TestDatabase;
let running: RunningApp;
beforeAll(async () => {
  database = await createTestDatabase();
  running = await startApp(database);
});
afterAll(async () => {
  await running.app.close();
});

const submit = (data: Record<string, unknown>) => ({ value: data });
const texts = (activities: ReplyActivity[]) => activities.flatMap((a) => [...(a.text ? [a.text] : []), ...(a.attachments ?? []).flatMap((x) => cardTexts(x.content))]);

/** The export link in a reply, moved onto the running server (the configured public URL has port 0). */
function exportLinkIn(activities: ReplyActivity[]): string {
  const found = texts(activities).join('\n').match(/\((https?:\/\/[^)\s]+\/api\/member-data\/[^)\s]+)\)/);
  if (!found?.[1]) throw new Error('no export link in the reply');
  const url = new URL(found[1]);
  return `${running.url}${url.pathname}${url.search}`;
}

describe.each(LANGUAGES)('data rights in the chat, %s', (language: Language) => {
  const t = translator(language);
  const tag = { en: 'Engrove', da: 'Dalgaard', sv: 'Svedberg', nl: 'Nieuwkoop' }[language];

  it('data.export answers with a link valid 24 h to a JSON file of the member data; a changed link is refused', async () => {
    const chat = newMember(language);
    const stored = await givenStoredMember(database.db, tag, { channelId: 'cli', channelUserId: chat.userId, language });
    const replies = await post(running.url, chat, submit({ verb: 'data.export' }));
    const link = exportLinkIn(replies.activities);
    expect(texts(replies.activities).join('\n')).toContain(t('privacy.exportReady', { link: '§', expires: '§', applications: 1, documents: 1, products: 1, invoices: 1, cases: 1, messages: 1, emails: 1 }).split('§')[2]);

    const response = await fetch(link);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="cps-my-data-/);
    const body = (await response.json()) as { memberId: string; tables: Record<string, unknown[]> };
    expect(body.memberId).toBe(stored.memberId);
    expect(JSON.stringify(body)).toContain(stored.companyName);

    const tampered = link.replace(/sig=./, (m) => (m.endsWith('A') ? 'sig=B' : 'sig=A'));
    expect((await fetch(tampered)).status).toBe(403);
  });

  it('data.erase asks first, saying what is kept and why; with confirm the personal data is gone and the invoices stay', async () => {
    const chat = newMember(language);
    const stored = await givenStoredMember(database.db, `${tag}x`, { channelId: 'cli', channelUserId: chat.userId, language });
    const asked = await post(running.url, chat, submit({ verb: 'data.erase' }));
    const until = formatDate(language, `${new Date().getUTCFullYear() + 5}-12-31`);
    expect(texts(asked.activities)).toContain(t('privacy.eraseConfirm.kept', { years: 5, country: countryName('DK', language), until }));
    expect(await whereStored(database.db, stored.contactEmail)).not.toEqual([]);

    const link = exportLinkIn((await post(running.url, chat, submit({ verb: 'data.export' }))).activities);
    const erased = await post(running.url, chat, submit({ verb: 'data.erase', confirm: 'true' }));
    expect(texts(erased.activities)).toContain(t('privacy.erased', { invoices: 1, until, years: 5, country: countryName('DK', language) }));
    const leftovers = Object.entries(await whereStoredAll(database.db, stored.personal)).filter(([, where]) => where.length > 0);
    expect(leftovers).toEqual([]);
    expect(await database.db.select({ id: invoices.id }).from(invoices).where(eq(invoices.id, stored.invoiceId))).toHaveLength(1);

    // The link still opens, but the export no longer holds anything personal.
    const after = await fetch(link);
    const body = await after.text();
    expect(after.status).toBe(200);
    expect(stored.personal.filter((value) => body.includes(value))).toEqual([]);
  });
});
