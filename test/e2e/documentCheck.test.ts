import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { translator } from '../../locales';
import { startFakeChannel, type FakeChannel } from '../support/channel';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { SAMPLE_DOCUMENTS, textPdf } from '../support/documents';
import { newMember, post, startApp, type Member, type ReplyActivity, type RunningApp } from '../support/http';

// Issue 22: the uploaded document is read off the turn (job `document.read`), the member hears
// about it only when something needs them, and staff see the facts in the back office.

const TOKEN = 'backoffice-test-token-documents-0123456789';
const da = translator('da');
const DANISH = SAMPLE_DOCUMENTS.find((d) => d.language === 'da');
if (!DANISH) throw new Error('no Danish sample document');

let database: TestDatabase;
let running: RunningApp;
let channel: FakeChannel;

beforeAll(async () => {
  channel = await startFakeChannel();
  database = await createTestDatabase();
  running = await startApp(database, { BACKOFFICE_TOKEN: TOKEN });
});

afterAll(async () => {
  await running.app.close();
  await database.close();
  await channel.close();
});

const say = (member: Member, body: Record<string, unknown>) => post(running.url, member, { serviceUrl: channel.url, ...body });

interface Typed {
  readonly country: string;
  readonly vatNumber: string;
  readonly address: string;
}
const DANISH_TYPED: Typed = { country: 'DK', vatNumber: 'DK13585628', address: 'Vesterbrogade 1, 1620 København V' };

/** A member fills in the form (a Dane types DK13585628) and sends the file on the same message. */
async function applyWith(member: Member, company: string, file: Buffer, typed: Typed = DANISH_TYPED): Promise<ReplyActivity[]> {
  await say(member, { value: { verb: 'account.apply' } });
  const submitted = await say(member, {
    value: {
      verb: 'account.submit',
      country: typed.country,
      companyName: company,
      address: typed.address,
      vatRegistered: 'true',
      vatNumber: typed.vatNumber,
      documentType: 'vat-certificate',
      authorised: 'true',
      contactEmail: 'info@nordlys.dk',
      oldCpsEmail: '',
    },
    attachments: [{ contentType: 'application/pdf', name: 'registreringsbevis.pdf', contentUrl: `data:application/pdf;base64,${file.toString('base64')}` }],
  });
  expect(submitted.status).toBe(200);
  return submitted.activities;
}

interface ListedCheck {
  readonly vatNumber: { status: string; found: string | null; line: string | null } | null;
  readonly companyName: { status: string; found: string | null; line: string | null };
  readonly readable: boolean;
}
interface Listed {
  readonly companyName: string;
  readonly vatNumber: string;
  readonly documentCheck: ListedCheck | null;
}

async function listed(status: string, company: string): Promise<Listed> {
  const response = await fetch(`${running.url}/api/backoffice/applications?status=${status}`, { headers: { authorization: `Bearer ${TOKEN}` } });
  expect(response.status).toBe(200);
  const found = ((await response.json()) as { applications: Listed[] }).applications.find((a) => a.companyName === company);
  if (!found) throw new Error(`no ${status} application of ${company}`);
  return found;
}

interface CardAction {
  readonly title: string;
  readonly data: Record<string, unknown>;
}
function actionsOf(activity: { attachments?: { content?: unknown }[] } | undefined): CardAction[] {
  const card = activity?.attachments?.[0]?.content as { actions?: CardAction[] } | undefined;
  return card?.actions ?? [];
}

/** A registration certificate for the company, showing another company's CVR number. */
function otherNumberCertificate(company: string): Promise<Buffer> {
  return textPdf(['Erhvervsstyrelsen', 'Registreringsbevis', `Virksomhedens navn: ${company}`, 'CVR-nr.: 25 31 37 63', 'Adresse: Vesterbrogade 1, 1620 København V']);
}

describe('reading the uploaded document (da)', () => {
  it('another VAT number on the document: the member is asked which is right, and "use the document\'s number" updates the application', async () => {
    const member = newMember('da');
    const company = 'Nordlys Foto ApS';
    const replies = await applyWith(member, company, await otherNumberCertificate(company));
    // The turn itself is unchanged: the summary to confirm; nothing about the reading yet.
    expect(JSON.stringify(replies)).toContain(JSON.stringify(da('account.summary.title')));
    expect(JSON.stringify(replies)).not.toContain('25 31 37 63');
    expect(channel.to(member.conversationId)).toHaveLength(0);

    await running.app.jobs.runDue();
    const notices = channel.to(member.conversationId);
    expect(notices).toHaveLength(1);
    expect(notices[0]?.text).toBe(da('account.documentCheck.differentVat', { found: 'DK 25 31 37 63', typed: 'DK 13 58 56 28' }));
    expect(notices[0]?.text).toBe('Dit dokument viser momsnummeret DK 25 31 37 63, men du har skrevet DK 13 58 56 28. Hvilket er det rigtige?');
    const actions = actionsOf(notices[0] as { attachments?: { content?: unknown }[] });
    expect(actions.map((a) => [a.title, a.data['verb']])).toEqual([
      [da('account.documentCheck.useDocument'), 'account.useDocumentVat'],
      [da('account.documentCheck.keepTyped'), 'account.keepTypedVat'],
    ]);

    const [use, keep] = actions;
    if (!use || !keep) throw new Error('the card has no buttons');
    const kept = await say(member, { value: keep.data });
    expect(kept.activities[0]?.text).toBe(da('account.documentCheck.kept', { typed: 'DK 13 58 56 28' }));
    expect((await listed('draft', company)).vatNumber).toBe('DK13585628');

    const used = await say(member, { value: use.data });
    expect(used.activities[0]?.text).toBe(da('account.documentCheck.vatUpdated', { vatNumber: 'DK 25 31 37 63' }));
    expect((await listed('draft', company)).vatNumber).toBe('DK25313763');
  }, 120_000);

  it('re-checks the button on the server: a number other than the one read is refused and changes nothing', async () => {
    const member = newMember('da');
    const company = 'Fjordlys Billeder ApS';
    await applyWith(member, company, await otherNumberCertificate(company));
    await running.app.jobs.runDue();
    const [use] = actionsOf(channel.to(member.conversationId)[0] as { attachments?: { content?: unknown }[] });
    if (!use) throw new Error('no "use the document\'s number" button');
    // A valid Danish VAT number, but not the one on the document.
    const forged = await say(member, { value: { ...use.data, vatNumber: 'DK10150817' } });
    expect(forged.activities[0]?.text).toBe(da('account.documentCheck.stale'));
    expect((await listed('draft', company)).vatNumber).toBe('DK13585628');
  }, 120_000);

  it('a matching document: no extra message, and the back office shows what was found where', async () => {
    const member = newMember('da');
    const company = DANISH.companyName;
    await applyWith(member, company, await textPdf(DANISH.lines));
    const confirmed = await say(member, { value: { verb: 'account.confirm' } });
    expect(confirmed.status).toBe(200);
    expect((await listed('under-review', company)).documentCheck).toBeNull();

    await running.app.jobs.runDue();
    expect(channel.to(member.conversationId)).toHaveLength(0);
    expect((await listed('under-review', company)).documentCheck).toEqual({
      vatNumber: { status: 'found', found: 'DK13585628', line: 'CVR-nr.: 13 58 56 28' },
      companyName: { status: 'found', found: expect.stringContaining('Nordlys Foto ApS'), line: 'Virksomhedens navn: Nordlys Foto ApS' },
      readable: true,
    });
  }, 120_000);

  it('an unreadable document: the member is asked for a sharper picture or a PDF', async () => {
    const member = newMember('da');
    await applyWith(member, 'Ulæselig Foto ApS', Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n'));
    await running.app.jobs.runDue();
    expect(channel.to(member.conversationId).map((a) => a.text)).toEqual([da('account.documentCheck.unreadable')]);
    expect((await listed('draft', 'Ulæselig Foto ApS')).documentCheck).toMatchObject({ readable: false });
  }, 120_000);
});

describe('reading the uploaded document (sv)', () => {
  it('a document with another company name: the member is asked, in Swedish, for one where the name is clearly visible', async () => {
    const swedish = SAMPLE_DOCUMENTS.find((d) => d.language === 'sv');
    if (!swedish) throw new Error('no Swedish sample document');
    const member = newMember('sv');
    const company = 'Norrsken Studio AB';
    await applyWith(member, company, await textPdf(swedish.lines), { country: 'SE', vatNumber: swedish.vatNumber, address: 'Drottninggatan 1, 111 51 Stockholm' });
    await running.app.jobs.runDue();
    const sv = translator('sv');
    expect(channel.to(member.conversationId).map((a) => a.text)).toEqual([sv('account.documentCheck.nameMissing', { company })]);
    expect((await listed('draft', company)).documentCheck?.companyName).toMatchObject({ status: 'different', line: 'Företagsnamn: Ljusets Bildbyrå AB' });
  }, 120_000);
});
