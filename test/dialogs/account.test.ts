import { randomUUID } from 'node:crypto';
import { TestAdapter, type Activity } from 'botbuilder';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../bot/app';
import { createApplicationRepository } from '../../data/repositories/applications';
import { applications as applicationsTable, type Application } from '../../data/schema/businesses';
import { botState } from '../../data/schema/botState';
import { members } from '../../data/schema/members';
import { withTransaction } from '../../data/transaction';
import { createAccountDecisions } from '../../services/account/decisions';
import { formatDate, formatFileSize } from '../../dialogs/account/format';
import { countryName } from '../../domain/countryNames';
import { translator, type Language, type Translate } from '../../locales';
import { cardOf, cardTexts, createTestApp } from '../support/bot';
import { createTestDatabase, type TestDatabase } from '../support/database';

let database: TestDatabase;
let app: App;
let now = new Date('2026-06-04T10:00:00Z');
beforeAll(async () => {
  database = await createTestDatabase();
  app = await createTestApp(database, {}, { clock: () => now });
});
afterAll(async () => {
  await app.close();
  await database.close();
});

interface Chat {
  readonly adapter: TestAdapter;
  readonly userId: string;
  readonly conversationId: string;
  readonly t: Translate;
  /** Sends one activity through the real pipeline and returns every reply of that turn. */
  say(activity: string | Partial<Activity>): Promise<Partial<Activity>[]>;
}

function chat(language: Language, options: { userId?: string; conversationId?: string; via?: App } = {}): Chat {
  const userId = options.userId ?? `user-${randomUUID()}`;
  const conversationId = options.conversationId ?? `conv-${randomUUID()}`;
  const adapter = new TestAdapter((options.via ?? app).handleTurn, {
    channelId: 'test',
    conversation: { id: conversationId, isGroup: false, conversationType: 'personal', name: '' },
    from: { id: userId, name: 'Test member' },
    recipient: { id: 'cps-bot', name: 'CPS' },
    serviceUrl: 'https://test.invalid',
    locale: language,
  });
  return {
    adapter,
    userId,
    conversationId,
    t: translator(language),
    async say(activity) {
      // Unique ids: two adapters on one conversation would otherwise both start at "0" and be deduplicated.
      const id = randomUUID();
      await adapter.processActivity(typeof activity === 'string' ? { type: 'message', id, text: activity } : { type: 'message', id, ...activity });
      return adapter.activeQueue.splice(0);
    },
  };
}

function submitAction(data: Record<string, unknown>): Partial<Activity> {
  return { value: { verb: 'account.submit', ...data } };
}
function action(verb: string): Partial<Activity> {
  return { value: { verb } };
}

const texts = (replies: Partial<Activity>[]) => replies.map((r) => r.text ?? '');
const allCardTexts = (replies: Partial<Activity>[]) => replies.flatMap((r) => cardTexts(cardOf(r)));

/** The value pre-filled in an input of the last card among the replies. */
function inputValue(replies: Partial<Activity>[], id: string): unknown {
  const card = [...replies].reverse().map(cardOf).find((c) => c !== undefined);
  const find = (node: unknown): unknown => {
    if (Array.isArray(node)) {
      for (const item of node) {
        const found = find(item);
        if (found !== undefined) return found;
      }
      return undefined;
    }
    if (typeof node !== 'object' || node === null) return undefined;
    const record = node as Record<string, unknown>;
    if (record['id'] === id && typeof record['type'] === 'string' && record['type'].startsWith('Input.')) return record['value'];
    return find(Object.values(record));
  };
  return find(card);
}

// Files as Web Chat sends them: a data: URL with whatever type and name the client claims.
function fileAttachment(bytes: Buffer, name: string, contentType = 'application/pdf') {
  return { contentType, name, contentUrl: `data:${contentType};base64,${bytes.toString('base64')}` };
}
const pdfBytes = Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n');
const pngBytes = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(2048, 7)]);
const exeBytes = Buffer.concat([Buffer.from('MZ\x90\x00\x03\x00\x00\x00\x04\x00', 'latin1'), Buffer.alloc(4096, 1)]);
function elevenMegabytePdf(): Buffer {
  const bytes = Buffer.alloc(11 * 1024 * 1024, 0x20);
  pdfBytes.copy(bytes);
  return bytes;
}

/** Per language: a business in that country, a valid VAT number, a submission date just before a real holiday, and the expected decision date. */
const CASES = {
  da: {
    country: 'DK',
    vatNumber: 'DK13585628',
    badChecksum: 'DK13585627',
    foreignVat: 'SE556188840401',
    foreignCountry: 'SE',
    companyName: 'Nordlys Foto ApS',
    address: 'Vesterbrogade 1, 1620 København V',
    // Thursday 4 June 2026: Grundlovsdag (Friday) and the weekend are skipped.
    submittedAt: '2026-06-04T10:00:00Z',
    expected: '2026-06-09',
    where: 'Hvor er min ansøgning?',
    password: 'Hvordan nulstiller jeg min adgangskode?',
    hello: 'Hej',
  },
  sv: {
    country: 'SE',
    vatNumber: 'SE556188840401',
    badChecksum: 'SE556188840501',
    foreignVat: 'DK13585628',
    foreignCountry: 'DK',
    companyName: 'Ljusbild AB',
    address: 'Drottninggatan 1, 111 51 Stockholm',
    // Thursday 18 June 2026: midsommarafton (Friday) and the weekend are skipped.
    submittedAt: '2026-06-18T10:00:00Z',
    expected: '2026-06-23',
    where: 'Var är min ansökan?',
    password: 'Hur återställer jag lösenordet?',
    hello: 'Hej',
  },
  nl: {
    country: 'NL',
    vatNumber: 'NL004495445B01',
    badChecksum: 'NL004495446B01',
    foreignVat: 'DE136695976',
    foreignCountry: 'DE',
    companyName: 'Lichtbeeld B.V.',
    address: 'Damrak 1, 1012 LG Amsterdam',
    // Friday 24 April 2026: the weekend and Koningsdag (Monday 27 April) are skipped.
    submittedAt: '2026-04-24T10:00:00Z',
    expected: '2026-04-29',
    where: 'Waar is mijn aanvraag?',
    password: 'Hoe kan ik mijn wachtwoord opnieuw instellen?',
    hello: 'Hallo',
  },
} as const;

type Case = (typeof CASES)[keyof typeof CASES];

function vatForm(c: Case, overrides: Record<string, unknown> = {}) {
  return {
    country: c.country,
    companyName: c.companyName,
    address: c.address,
    vatRegistered: 'true',
    vatNumber: c.vatNumber,
    documentType: 'vat-certificate',
    authorised: 'true',
    contactEmail: 'info@example.com',
    oldCpsEmail: 'old@example.com',
    ...overrides,
  };
}

async function applicationOf(userId: string): Promise<Application | undefined> {
  const [member] = await database.db.select().from(members).where(eq(members.channelUserId, userId));
  if (!member) return undefined;
  return withTransaction(database.db, async () => {
    const repository = createApplicationRepository(database.db);
    return (await repository.openFor(member.id)) ?? repository.latestFor(member.id);
  });
}

/** Walks the VAT path to a submitted application and returns the chat. */
async function submitVatApplication(language: Language, c: Case): Promise<Chat> {
  const member = chat(language);
  await member.say(action('account.apply'));
  await member.say(submitAction(vatForm(c)));
  await member.say({ attachments: [fileAttachment(pdfBytes, 'certifikat.pdf')] });
  now = new Date(c.submittedAt);
  await member.say(action('account.confirm'));
  return member;
}

describe.each(['da', 'sv', 'nl'] as const)('applying for a business account in %s', (language) => {
  const c: Case = CASES[language];
  const t = translator(language);

  it('VAT path: form, VAT certificate, summary, submitted with a reference and the holiday-aware decision date', async () => {
    const member = chat(language);
    const opened = await member.say(action('account.apply'));
    expect(allCardTexts(opened)).toContain(t('account.form.title'));
    expect(allCardTexts(opened)).toContain(countryName(c.country, language));

    const afterForm = await member.say(submitAction(vatForm(c)));
    expect(texts(afterForm)).toEqual([t('account.document.askVat', { yourDocument: t('account.yourDocument.vat-certificate') })]);

    const afterFile = await member.say({ attachments: [fileAttachment(pdfBytes, 'certifikat.pdf')] });
    expect(texts(afterFile)[0]).toBe(t('account.document.received', { fileName: 'certifikat.pdf', size: formatFileSize(language, pdfBytes.byteLength) }));
    const summary = allCardTexts(afterFile);
    expect(summary).toContain(t('account.summary.title'));
    expect(summary).toContain(c.companyName);
    expect(summary).toContain(c.vatNumber);
    expect(summary).toContain('old@example.com');

    now = new Date(c.submittedAt);
    const done = await member.say(action('account.confirm'));
    const stored = await applicationOf(member.userId);
    expect(stored).toMatchObject({ status: 'under-review', expectedDecisionDate: c.expected, countryCode: c.country, vatNumber: c.vatNumber, oldCpsEmail: 'old@example.com' });
    expect(texts(done)[0]).toBe(t('account.submitted', { reference: stored?.reference ?? '', date: formatDate(language, c.expected) }));
    // The menu now offers the status instead of a new application.
    expect(allCardTexts(done)).toContain(t('menu.accountStatus'));
    expect(allCardTexts(done)).not.toContain(t('menu.account'));
  });

  it('non-VAT path: business licence sent with the form as a PNG goes straight to the summary', async () => {
    const member = chat(language);
    await member.say(action('account.apply'));
    const replies = await member.say({
      ...submitAction(vatForm(c, { vatRegistered: 'false', vatNumber: '', documentType: 'business-licence', oldCpsEmail: '' })),
      attachments: [fileAttachment(pngBytes, 'licens.png', 'image/png')],
    });
    const summary = allCardTexts(replies);
    expect(summary).toContain(t('account.summary.title'));
    expect(summary).toContain(t('account.summary.noOldCpsEmail'));
    expect(summary.some((line) => line.startsWith(t('account.documentType.business-licence')))).toBe(true);
    now = new Date(c.submittedAt);
    await member.say(action('account.confirm'));
    expect(await applicationOf(member.userId)).toMatchObject({ status: 'under-review', vatRegistered: false, vatNumber: null, documentType: 'business-licence' });
  });

  it('a bad VAT checksum gets its own message; everything else stays on the card', async () => {
    const member = chat(language);
    await member.say(action('account.apply'));
    const replies = await member.say(submitAction(vatForm(c, { vatNumber: c.badChecksum })));
    expect(allCardTexts(replies)).toContain(t('account.error.vatChecksum'));
    expect(allCardTexts(replies)).toContain(t('account.form.fixErrors'));
    expect(inputValue(replies, 'vatNumber')).toBe(c.badChecksum);
    expect(inputValue(replies, 'companyName')).toBe(c.companyName);
    expect(inputValue(replies, 'address')).toBe(c.address);
    expect(inputValue(replies, 'contactEmail')).toBe('info@example.com');
    expect(inputValue(replies, 'oldCpsEmail')).toBe('old@example.com');
    expect(inputValue(replies, 'authorised')).toBe('true');
  });

  it('a VAT number from another country is named as such', async () => {
    const member = chat(language);
    await member.say(action('account.apply'));
    const replies = await member.say(submitAction(vatForm(c, { vatNumber: c.foreignVat })));
    expect(allCardTexts(replies)).toContain(
      t('account.error.vatOtherCountry', { otherCountry: countryName(c.foreignCountry, language), country: countryName(c.country, language) }),
    );
  });

  it('a country outside CPS is refused, the rest is kept', async () => {
    const member = chat(language);
    await member.say(action('account.apply'));
    const replies = await member.say(submitAction(vatForm(c, { country: 'US' })));
    expect(allCardTexts(replies)).toContain(t('account.error.countryNotParticipating'));
    expect(inputValue(replies, 'companyName')).toBe(c.companyName);
    expect(inputValue(replies, 'vatNumber')).toBe(c.vatNumber);
  });

  it('a missing confirmation of authority is asked for, nothing else is lost', async () => {
    const member = chat(language);
    await member.say(action('account.apply'));
    const replies = await member.say(submitAction(vatForm(c, { authorised: 'false' })));
    expect(allCardTexts(replies)).toContain(t('account.error.authorised'));
    expect(allCardTexts(replies)).not.toContain(t('account.error.vatChecksum'));
    expect(inputValue(replies, 'authorised')).toBe('false');
    expect(inputValue(replies, 'vatNumber')).toBe(c.vatNumber);
    // Fixing only that field is enough.
    const fixed = await member.say(submitAction(vatForm(c)));
    expect(texts(fixed)).toEqual([t('account.document.askVat', { yourDocument: t('account.yourDocument.vat-certificate') })]);
  });

  it('an 11 MB file is too large; a smaller one afterwards completes the same application', async () => {
    const member = chat(language);
    await member.say(action('account.apply'));
    await member.say(submitAction(vatForm(c)));
    const refused = await member.say({ attachments: [fileAttachment(elevenMegabytePdf(), 'big.pdf')] });
    expect(texts(refused)).toEqual([t('account.document.tooLarge')]);
    const accepted = await member.say({ attachments: [fileAttachment(pdfBytes, 'small.pdf')] });
    expect(allCardTexts(accepted)).toContain(c.companyName);
    expect(allCardTexts(accepted)).toContain(c.vatNumber);
  });

  it('an .exe renamed .pdf is refused by its content, the application is kept', async () => {
    const member = chat(language);
    await member.say(action('account.apply'));
    await member.say(submitAction(vatForm(c)));
    const refused = await member.say({ attachments: [fileAttachment(exeBytes, 'certificate.pdf', 'application/pdf')] });
    expect(texts(refused)).toEqual([t('account.document.unsupportedType')]);
    const waiting = await member.say('ok');
    expect(texts(waiting)).toContain(t('account.document.waiting', { yourDocument: t('account.yourDocument.vat-certificate') }));
    const accepted = await member.say({ attachments: [fileAttachment(pdfBytes, 'certificate.pdf')] });
    expect(allCardTexts(accepted)).toContain(t('account.summary.title'));
  });

  it('a file refused on the same message as an invalid form: both get their message', async () => {
    const member = chat(language);
    await member.say(action('account.apply'));
    const replies = await member.say({ ...submitAction(vatForm(c, { contactEmail: 'not-an-address' })), attachments: [fileAttachment(exeBytes, 'invoice.pdf')] });
    expect(texts(replies)).toContain(t('account.document.unsupportedType'));
    expect(allCardTexts(replies)).toContain(t('account.error.email'));
    expect(inputValue(replies, 'companyName')).toBe(c.companyName);
  });

  it('a Teams file (download info attachment) is accepted', async () => {
    const member = chat(language);
    await member.say(action('account.apply'));
    await member.say(submitAction(vatForm(c)));
    const replies = await member.say({
      attachments: [
        {
          contentType: 'application/vnd.microsoft.teams.file.download.info',
          name: 'teams-certificate.pdf',
          content: { downloadUrl: `data:application/octet-stream;base64,${pdfBytes.toString('base64')}`, fileType: 'pdf', uniqueId: 'x' },
        },
      ],
    });
    expect(allCardTexts(replies).some((line) => line.includes('teams-certificate.pdf'))).toBe(true);
  });

  it('edit from the summary re-shows the card pre-filled; the document stays', async () => {
    const member = chat(language);
    await member.say(action('account.apply'));
    await member.say(submitAction(vatForm(c)));
    await member.say({ attachments: [fileAttachment(pdfBytes, 'certifikat.pdf')] });
    const editing = await member.say(action('account.edit'));
    expect(inputValue(editing, 'companyName')).toBe(c.companyName);
    const summary = await member.say(submitAction(vatForm(c, { companyName: `${c.companyName} Studio`, documentType: 'company-invoice' })));
    expect(allCardTexts(summary)).toContain(`${c.companyName} Studio`);
    expect(allCardTexts(summary).some((line) => line.startsWith(t('account.documentType.company-invoice')))).toBe(true);
  });

  it('status and password questions typed in the language, before approval', async () => {
    const member = await submitVatApplication(language, c);
    const stored = await applicationOf(member.userId);
    const status = await member.say(c.where);
    expect(texts(status)).toEqual([t('account.status.underReview', { reference: stored?.reference ?? '', date: formatDate(language, c.expected) })]);
    const password = await member.say(c.password);
    expect(texts(password)).toEqual([t('account.password.beforeApproval', { date: formatDate(language, c.expected) })]);
  });

  it('a returning member (new conversation) is greeted with the status; after approval, the reset link and the next step', async () => {
    const member = await submitVatApplication(language, c);
    const stored = await applicationOf(member.userId);
    const back = chat(language, { userId: member.userId });
    const greeting = await back.say(c.hello);
    expect(texts(greeting)).toContain(t('account.status.underReview', { reference: stored?.reference ?? '', date: formatDate(language, c.expected) }));

    await withTransaction(database.db, () => createAccountDecisions(app.services).decide(stored?.id ?? '', { decision: 'approve', actor: 'test' }));
    const later = chat(language, { userId: member.userId });
    const approvedGreeting = await later.say(c.hello);
    expect(texts(approvedGreeting)).toContain(t('account.status.approved', { company: c.companyName }));
    expect(allCardTexts(approvedGreeting)).toContain(t('account.action.registerProduct'));
    const password = await later.say(c.password);
    expect(password[0]?.text).toContain(`ForgotPassword?language=${{ da: 'da_DK', sv: 'sv_SE', nl: 'nl_NL' }[language]}`);
    expect(texts(password)[0]).toBe(
      t('account.password.afterApproval', {
        resetLink: `https://businessid.canon-europe.com/b2bcustomers/s/login/ForgotPassword?language=${{ da: 'da_DK', sv: 'sv_SE', nl: 'nl_NL' }[language]}`,
        loginLink: `https://businessid.canon-europe.com/b2bcustomers/s/login/?language=${{ da: 'da_DK', sv: 'sv_SE', nl: 'nl_NL' }[language]}`,
      }),
    );
    // An approved member who taps "apply" again is told the account exists.
    const again = await later.say(action('account.apply'));
    expect(texts(again)).toContain(t('account.status.approved', { company: c.companyName }));
  });

  it('rejected: the member sees the reason and resubmits with everything pre-filled, the document included', async () => {
    const member = await submitVatApplication(language, c);
    const first = await applicationOf(member.userId);
    const reason = 'The certificate is not readable.';
    await withTransaction(database.db, () => createAccountDecisions(app.services).decide(first?.id ?? '', { decision: 'reject', reason, actor: 'test' }));

    const status = await member.say(action('account.status'));
    expect(texts(status)).toEqual([t('account.status.rejected', { reference: first?.reference ?? '', reason })]);

    const reopened = await member.say(action('account.apply'));
    // Everything was kept, the document too: the summary comes back to check and send.
    expect(allCardTexts(reopened)).toContain(t('account.summary.title'));
    expect(allCardTexts(reopened)).toContain(c.companyName);
    const editing = await member.say(action('account.edit'));
    expect(inputValue(editing, 'vatNumber')).toBe(c.vatNumber);
    await member.say(submitAction(vatForm(c)));
    await member.say({ attachments: [fileAttachment(pngBytes, 'readable.png', 'image/png')] });
    await member.say(action('account.confirm'));
    const second = await applicationOf(member.userId);
    expect(second?.id).not.toBe(first?.id);
    expect(second).toMatchObject({ status: 'under-review', companyName: c.companyName });
  });
});

describe('the application survives', () => {
  const helpWord = { da: 'hjælp', sv: 'hjälp', nl: 'help' } as const;
  it.each(['da', 'sv', 'nl'] as const)('a restart (%s): a half-typed (invalid) draft comes back on the next turn through a new app on the same database', async (language) => {
    const member = chat(language);
    const c = CASES[language];
    await member.say(action('account.apply'));
    await member.say(submitAction(vatForm(c, { vatNumber: c.badChecksum })));

    // A second app over the same database: nothing of the first one's memory is used. (Not closed:
    // closing an app closes its database, which the rest of this file still uses.)
    const restarted = await createTestApp(database, {}, { clock: () => now });
    const again = chat(language, { userId: member.userId, conversationId: member.conversationId, via: restarted });
    const replies = await again.say(helpWord[language]);
    expect(texts(replies)).toContain(translator(language)('help.text'));
    expect(inputValue(replies, 'vatNumber')).toBe(c.badChecksum);
    expect(inputValue(replies, 'companyName')).toBe(c.companyName);
  });

  it('a cancel: valid details already given come back when the member applies again in a new conversation', async () => {
    const member = chat('sv');
    const c = CASES.sv;
    await member.say(action('account.apply'));
    await member.say(submitAction(vatForm(c)));
    await member.say('avbryt');
    const later = chat('sv', { userId: member.userId });
    const greeting = await later.say('Hej');
    const draft = await applicationOf(member.userId);
    expect(texts(greeting)).toContain(translator('sv')('account.status.draft', { reference: draft?.reference ?? '' }));
    const resumed = await later.say(action('account.apply'));
    // Form complete, document missing: it asks for the document.
    expect(texts(resumed)).toContain(translator('sv')('account.document.askVat', { yourDocument: translator('sv')('account.yourDocument.vat-certificate') }));
  });
});

describe('while the application waits', () => {
  it('"continue my application" (from the status card) shows the current step again', async () => {
    const member = chat('nl');
    const c = CASES.nl;
    const t = translator('nl');
    await member.say(action('account.apply'));
    await member.say(submitAction(vatForm(c)));
    await member.say({ attachments: [fileAttachment(pdfBytes, 'bewijs.pdf')] });
    const status = await member.say(c.where);
    expect(texts(status)[0]).toBe(t('account.status.draft', { reference: (await applicationOf(member.userId))?.reference ?? '' }));
    expect(texts(status)).toContain(t('account.summary.waiting'));
    const again = await member.say(action('account.apply'));
    expect(allCardTexts(again)).toContain(t('account.summary.title'));
  });

  it.each([
    ['form', 'account.form.waiting'],
    ['summary', 'account.summary.waiting'],
  ] as const)('a state stored with a stage (before it was derived) is read on: a stored %s keeps its step', async (stage, waiting) => {
    const member = chat('da');
    const c = CASES.da;
    await member.say(action('account.apply'));
    await member.say(submitAction(vatForm(c)));
    await member.say({ attachments: [fileAttachment(pdfBytes, 'certifikat.pdf')] });
    // Rewrite the stored application state in its old shape: a stage, no `editing` ('form' after "edit" on a complete application).
    const key = `test/conversations/${member.conversationId}/`;
    const [row] = await database.db.select().from(botState).where(eq(botState.key, key));
    const data = structuredClone(row?.data) as Record<string, unknown>;
    const rewrite = (node: unknown): boolean => {
      if (typeof node !== 'object' || node === null) return false;
      const record = node as Record<string, unknown>;
      const application = record['application'] as Record<string, unknown> | undefined;
      if (application && typeof application['applicationId'] === 'string') {
        record['application'] = { stage, applicationId: application['applicationId'], form: application['form'] };
        return true;
      }
      return Object.values(record).some(rewrite);
    };
    expect(rewrite(data)).toBe(true);
    await database.db.update(botState).set({ data }).where(eq(botState.key, key));

    const replies = await member.say(c.password);
    expect(texts(replies).at(-1)).toBe(translator('da')(waiting));
  });

  it('a password question is answered without losing the step', async () => {
    const member = chat('sv');
    const t = translator('sv');
    await member.say(action('account.apply'));
    const replies = await member.say(CASES.sv.password);
    expect(texts(replies)).toEqual([t('account.password.noApplication'), t('account.form.waiting')]);
  });
});

describe('safety of the card payload', () => {
  it('an account.confirm for an incomplete draft shows the form with what is missing, not a crash', async () => {
    const member = chat('nl');
    const replies = await member.say(action('account.confirm'));
    const t = translator('nl');
    expect(allCardTexts(replies)).toContain(t('account.error.companyNameRequired'));
    expect(await applicationOf(member.userId)).toMatchObject({ status: 'draft' });
  });

  it('a document for an application nobody asked about is not stored without a type', async () => {
    const member = chat('en');
    await member.say(action('account.apply'));
    const replies = await member.say({ attachments: [fileAttachment(pdfBytes, 'x.pdf')] });
    expect(texts(replies)).toContain(translator('en')('account.document.chooseTypeFirst'));
    const [stored] = await database.db.select().from(applicationsTable).where(eq(applicationsTable.id, (await applicationOf(member.userId))?.id ?? ''));
    expect(stored?.status).toBe('draft');
  });
});
