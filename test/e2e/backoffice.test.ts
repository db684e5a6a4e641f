import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import restify from 'restify';
import { SMTPServer } from 'smtp-server';
import { registerBackofficeRoutes } from '../../bot/routes/backoffice';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { translator } from '../../locales';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { newMember, post, startApp, type Member, type RunningApp } from '../support/http';

const TOKEN = 'backoffice-test-token-1234567890';

/** One message the SMTP server received: envelope and raw RFC 5322 text. */
interface ReceivedMail {
  readonly from: string;
  readonly to: string[];
  readonly raw: string;
}

/** A stand-in for the channel's connector service: records the bot's proactive activities. */
interface Channel {
  readonly url: string;
  readonly received: { conversationId: string; activity: { text?: string; locale?: string; attachments?: unknown[] } }[];
  readonly server: Server;
}

let database: TestDatabase;
let running: RunningApp;
let smtp: SMTPServer;
let mails: ReceivedMail[];
let channel: Channel;

beforeAll(async () => {
  mails = [];
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const mailFrom = session.envelope.mailFrom;
        mails.push({ from: mailFrom ? mailFrom.address : '', to: session.envelope.rcptTo.map((r) => r.address), raw: Buffer.concat(chunks).toString('utf8') });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
  const smtpPort = (smtp.server.address() as AddressInfo).port;

  const received: Channel['received'] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const match = /^\/v3\/conversations\/([^/]+)\/activities/.exec(req.url ?? '');
      // No chaining: restify replaces ServerResponse.writeHead process-wide, and its version returns nothing.
      if (req.method !== 'POST' || !match?.[1]) {
        res.writeHead(404);
        res.end();
        return;
      }
      received.push({ conversationId: decodeURIComponent(match[1]), activity: JSON.parse(Buffer.concat(chunks).toString('utf8')) as Channel['received'][number]['activity'] });
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ id: `sent-${received.length}` }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  channel = { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, received, server };

  database = await createTestDatabase();
  running = await startApp(database, { BACKOFFICE_TOKEN: TOKEN, SMTP_URL: `smtp://127.0.0.1:${smtpPort}?ignoreTLS=true` });
});

afterAll(async () => {
  await running.app.close();
  await database.close();
  await new Promise<void>((resolve) => smtp.close(() => resolve()));
  await new Promise<void>((resolve) => channel.server.close(() => resolve()));
});

const pdf = Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n');

function backoffice(path: string, init: RequestInit & { token?: string | null } = {}): Promise<Response> {
  const { token = TOKEN, ...rest } = init;
  const headers = new Headers(rest.headers);
  if (token !== null) headers.set('authorization', `Bearer ${token}`);
  if (rest.body) headers.set('content-type', 'application/json');
  return fetch(`${running.url}${path}`, { ...rest, headers });
}

interface ListedApplication {
  id: string;
  reference: string;
  status: string;
  companyName: string;
  contactEmail: string;
  documents: { id: string; href: string; mediaType: string; byteSize: number; sha256: string; fileName: string }[];
  documentCheck: { vatNumber: unknown; companyName: unknown; readable: boolean } | null;
}

async function listPending(): Promise<ListedApplication[]> {
  const response = await backoffice('/api/backoffice/applications?status=pending');
  expect(response.status).toBe(200);
  return ((await response.json()) as { applications: ListedApplication[] }).applications;
}

/** A member applies over HTTP (expectReplies), through the given channel, with a file on the submit message. */
async function apply(member: Member, company: string, email: string, file: Buffer = pdf): Promise<ListedApplication> {
  const say = (body: Record<string, unknown>) => post(running.url, member, { serviceUrl: channel.url, ...body });
  await say({ value: { verb: 'account.apply' } });
  const submitted = await say({
    value: {
      verb: 'account.submit',
      country: 'DK',
      companyName: company,
      address: 'Nørrebrogade 10, 2200 København N',
      vatRegistered: 'true',
      vatNumber: 'DK13585628',
      documentType: 'company-invoice',
      authorised: 'true',
      contactEmail: email,
      oldCpsEmail: '',
    },
    attachments: [{ contentType: 'application/pdf', name: 'faktura.pdf', contentUrl: `data:application/pdf;base64,${file.toString('base64')}` }],
  });
  expect(submitted.status).toBe(200);
  const confirmed = await say({ value: { verb: 'account.confirm' } });
  expect(confirmed.status).toBe(200);
  const found = (await listPending()).find((a) => a.companyName === company);
  if (!found) throw new Error(`application of ${company} not pending`);
  return found;
}

/** Decodes RFC 2047 encoded words (=?UTF-8?B?…?= / =?UTF-8?Q?…?=) in a header value. */
function decodeHeader(value: string): string {
  return value.replace(/=\?utf-8\?([bq])\?([^?]*)\?=\s*/gi, (_all, encoding: string, text: string) =>
    encoding.toLowerCase() === 'b'
      ? Buffer.from(text, 'base64').toString('utf8')
      : Buffer.from(text.replace(/_/g, ' ').replace(/=([0-9a-f]{2})/gi, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16))), 'latin1').toString('utf8'),
  );
}

/** Headers (unfolded, lower-case names) and the decoded text body of a single-part message. */
function parseMail(raw: string): { headers: Record<string, string>; body: string } {
  const [head = '', ...rest] = raw.split(/\r?\n\r?\n/);
  const headers: Record<string, string> = {};
  for (const line of head.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon > 0) headers[line.slice(0, colon).toLowerCase()] = line.slice(colon + 1).trim();
  }
  let body = rest.join('\n\n');
  const encoding = (headers['content-transfer-encoding'] ?? '').toLowerCase();
  if (encoding === 'quoted-printable') {
    const bytes = body.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
    body = Buffer.from(bytes, 'latin1').toString('utf8');
  } else if (encoding === 'base64') {
    body = Buffer.from(body.replace(/\s/g, ''), 'base64').toString('utf8');
  }
  return { headers, body };
}

describe('back-office authentication', () => {
  it('refuses a request without a token, with a wrong token, and with another scheme (401)', async () => {
    for (const init of [{ token: null }, { token: 'wrong' }, { token: `${TOKEN}x` }, { token: null, headers: { authorization: `Basic ${TOKEN}` } }]) {
      const response = await backoffice('/api/backoffice/applications?status=pending', init);
      expect(response.status).toBe(401);
      expect(await response.json()).toEqual({ error: expect.any(String) });
    }
  });

  it('refuses a decision without a token, and changes nothing', async () => {
    const application = await apply(newMember('da'), 'Uden Adgang ApS', 'a@uden.dk');
    const response = await backoffice(`/api/backoffice/applications/${application.id}/decision`, { method: 'POST', body: JSON.stringify({ decision: 'approve' }), token: 'guess' });
    expect(response.status).toBe(401);
    expect((await listPending()).map((a) => a.id)).toContain(application.id);
  });

  it('refuses a document download without a token', async () => {
    const application = await apply(newMember('da'), 'Hemmelig ApS', 'a@hemmelig.dk');
    const document = application.documents[0];
    const response = await backoffice(document?.href ?? '', { token: null });
    expect(response.status).toBe(401);
    expect(response.headers.get('content-type')).toContain('application/json');
  });

  it('is disabled (503, never open) when BACKOFFICE_TOKEN is not set', async () => {
    // The same routes on a server of their own, as bot/app.ts registers them without a token.
    const server = restify.createServer();
    registerBackofficeRoutes(server, { token: undefined, services: running.app.services });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      for (const token of [null, '', 'anything']) {
        const response = await fetch(`${url}/api/backoffice/applications`, { headers: token === null ? {} : { authorization: `Bearer ${token}` } });
        expect(response.status).toBe(503);
        expect(await response.json()).toEqual({ error: expect.stringContaining('BACKOFFICE_TOKEN') });
      }
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });
});

describe('pending applications and their documents', () => {
  it('lists an application with its document, whose bytes and hash match the upload', async () => {
    const file = Buffer.concat([pdf, Buffer.from('unique-1')]);
    const application = await apply(newMember('da'), 'Dokument ApS', 'd@dokument.dk', file);
    expect(application).toMatchObject({ status: 'under-review', reference: expect.stringMatching(/^APP-/), contactEmail: 'd@dokument.dk' });
    expect(application.documents).toHaveLength(1);
    const [document] = application.documents;
    expect(document).toMatchObject({ mediaType: 'application/pdf', byteSize: file.byteLength, fileName: 'faktura.pdf' });
    const response = await backoffice(document?.href ?? '');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('content-disposition')).toContain('attachment');
    expect(Buffer.from(await response.arrayBuffer()).equals(file)).toBe(true);
  });

  it('includes what the bot read in the document: null until the job ran, then per fact status, value and line', async () => {
    const application = await apply(newMember('da'), 'Ulæst ApS', 'u@ulaest.dk', Buffer.concat([pdf, Buffer.from('unread')]));
    expect(application.documentCheck).toBeNull();
    await running.app.jobs.runDue();
    const single = await backoffice(`/api/backoffice/applications/${application.id}`);
    expect(((await single.json()) as ListedApplication).documentCheck).toEqual({
      vatNumber: { status: 'not-found', found: null, line: null },
      companyName: { status: 'not-found', found: null, line: null },
      readable: false,
    });
    expect((await listPending()).find((a) => a.id === application.id)?.documentCheck).toMatchObject({ readable: false });
  }, 60_000);

  it('never serves one application’s document through another application', async () => {
    const mine = await apply(newMember('sv'), 'Mitt AB', 'a@mitt.se', Buffer.concat([pdf, Buffer.from('mine')]));
    const theirs = await apply(newMember('sv'), 'Deras AB', 'a@deras.se', Buffer.concat([pdf, Buffer.from('theirs')]));
    const theirDocument = theirs.documents[0]?.id ?? '';
    expect(mine.documents.map((d) => d.id)).not.toContain(theirDocument);
    const crossed = await backoffice(`/api/backoffice/applications/${mine.id}/documents/${theirDocument}`);
    expect(crossed.status).toBe(404);
    const single = await backoffice(`/api/backoffice/applications/${mine.id}`);
    expect(((await single.json()) as ListedApplication).documents.map((d) => d.id)).toEqual(mine.documents.map((d) => d.id));
  });

  it('answers 404 for unknown or malformed ids and 400 for an unknown status filter', async () => {
    expect((await backoffice('/api/backoffice/applications/00000000-0000-4000-8000-000000000000')).status).toBe(404);
    expect((await backoffice('/api/backoffice/applications/not-a-uuid/documents/also-not')).status).toBe(404);
    expect((await backoffice('/api/backoffice/applications?status=everything')).status).toBe(400);
  });
});

describe('documents over HTTP', () => {
  it('an 11 MB file (15 MB as a data: URL) passes the body limit and gets the localized "too large" message', async () => {
    const member = newMember('sv');
    const say = (body: Record<string, unknown>) => post(running.url, member, { serviceUrl: channel.url, ...body });
    await say({ value: { verb: 'account.apply' } });
    const big = Buffer.alloc(11 * 1024 * 1024, 0x20);
    pdf.copy(big);
    const response = await say({
      value: {
        verb: 'account.submit',
        country: 'SE',
        companyName: 'Stor Fil AB',
        address: 'Storgatan 1, 111 22 Stockholm',
        vatRegistered: 'true',
        vatNumber: 'SE556188840401',
        documentType: 'vat-certificate',
        authorised: 'true',
        contactEmail: 'info@storfil.se',
      },
      attachments: [{ contentType: 'application/pdf', name: 'stor.pdf', contentUrl: `data:application/pdf;base64,${big.toString('base64')}` }],
    });
    expect(response.status).toBe(200);
    expect(response.activities.map((a) => a.text)).toContain(translator('sv')('account.document.tooLarge'));
  });
});

describe('decisions', () => {
  it('approve: the "set your new password" e-mail reaches a real SMTP server from donotreply@canon-europe.com, in Danish, with the login link', async () => {
    const member = newMember('da');
    const application = await apply(member, 'Nordlys Foto ApS', 'anna@nordlys.dk');
    const response = await backoffice(`/api/backoffice/applications/${application.id}/decision`, { method: 'POST', body: JSON.stringify({ decision: 'approve' }) });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ id: application.id, status: 'approved', businessId: expect.any(String) });

    const before = mails.length;
    await running.app.jobs.runDue();
    const mail = mails.slice(before).find((m) => m.to.includes('anna@nordlys.dk'));
    if (!mail) throw new Error('no e-mail arrived for anna@nordlys.dk');
    expect(mail.from).toBe('donotreply@canon-europe.com');
    expect(mail.to).toEqual(['anna@nordlys.dk']);
    const { headers, body } = parseMail(mail.raw);
    const da = translator('da');
    expect(headers['content-language']).toBe('da');
    expect(decodeHeader(headers['subject'] ?? '')).toBe(da('account.email.subject'));
    expect(decodeHeader(headers['from'] ?? '')).toContain('donotreply@canon-europe.com');
    expect(body).toContain('https://businessid.canon-europe.com/b2bcustomers/s/login/?language=da_DK');
    expect(body).toContain('https://businessid.canon-europe.com/b2bcustomers/s/login/ForgotPassword?language=da_DK');
    expect(body).toContain('Nordlys Foto ApS');
    expect(body).toContain(application.reference);
  });

  it('approve: the member gets the news proactively in chat, at the conversation they applied from', async () => {
    const member = newMember('nl');
    const application = await apply(member, 'Lichtbeeld B.V.', 'info@lichtbeeld.nl');
    const before = channel.received.length;
    const response = await backoffice(`/api/backoffice/applications/${application.id}/decision`, { method: 'POST', body: JSON.stringify({ decision: 'approve' }) });
    expect(response.status).toBe(200);
    await running.app.jobs.runDue();
    const notices = channel.received.slice(before).filter((r) => r.conversationId === member.conversationId);
    expect(notices).toHaveLength(1);
    const nl = translator('nl');
    expect(notices[0]?.activity.text).toBe(nl('account.approved.notice', { company: 'Lichtbeeld B.V.', reference: application.reference, email: 'info@lichtbeeld.nl' }));
    expect(notices[0]?.activity.locale).toBe('nl');
    // The chat now knows the account: a password question gets the reset link.
    const password = await post(running.url, member, { serviceUrl: channel.url, text: 'wachtwoord opnieuw instellen' });
    expect(password.activities[0]?.text).toContain('ForgotPassword?language=nl_NL');
  });

  it('reject needs a reason; with one, the member is told why; a second decision is a conflict', async () => {
    const member = newMember('sv');
    const application = await apply(member, 'Avslag AB', 'info@avslag.se');
    const path = `/api/backoffice/applications/${application.id}/decision`;
    expect((await backoffice(path, { method: 'POST', body: JSON.stringify({ decision: 'reject' }) })).status).toBe(400);
    expect((await backoffice(path, { method: 'POST', body: JSON.stringify({ decision: 'maybe' }) })).status).toBe(400);

    const reason = 'Fakturan visar inte momsregistreringsnumret.';
    const before = channel.received.length;
    const rejected = await backoffice(path, { method: 'POST', body: JSON.stringify({ decision: 'reject', reason }) });
    expect(rejected.status).toBe(200);
    expect(await rejected.json()).toMatchObject({ status: 'rejected', rejectionReason: reason, businessId: null });
    await running.app.jobs.runDue();
    const sv = translator('sv');
    const notice = channel.received.slice(before).find((r) => r.conversationId === member.conversationId);
    expect(notice?.activity.text).toBe(sv('account.rejected.notice', { reference: application.reference, reason }));

    const again = await backoffice(path, { method: 'POST', body: JSON.stringify({ decision: 'approve' }) });
    expect(again.status).toBe(409);
    expect((await listPending()).map((a) => a.id)).not.toContain(application.id);
  });

  it('unknown application: 404', async () => {
    const response = await backoffice('/api/backoffice/applications/00000000-0000-4000-8000-000000000000/decision', {
      method: 'POST',
      body: JSON.stringify({ decision: 'approve' }),
    });
    expect(response.status).toBe(404);
  });
});
