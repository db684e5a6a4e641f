import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApplicationRepository, newApplicationReference, type ApplicationValues } from '../../data/repositories/applications';
import { createBusinessRepository } from '../../data/repositories/businesses';
import { createMemberRepository } from '../../data/repositories/members';
import { withTransaction } from '../../data/transaction';
import { createTestDatabase, type TestDatabase } from '../support/database';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase(undefined, { poolSize: 4 });
});
afterAll(async () => {
  await database.close();
});

const values: ApplicationValues = {
  countryCode: 'SE',
  companyName: 'Ljusbild AB',
  address: 'Drottninggatan 1, 111 51 Stockholm',
  vatRegistered: true,
  vatNumber: 'SE556188840401',
  documentType: 'company-invoice',
  authorised: true,
  contactEmail: 'info@ljusbild.se',
  oldCpsEmail: 'anna@ljusbild.se',
};

function pdf(text: string) {
  const content = Buffer.from(`%PDF-1.4\n${text}\n%%EOF`);
  return { documentType: 'company-invoice' as const, fileName: 'faktura.pdf', mediaType: 'application/pdf', sha256: createHash('sha256').update(content).digest('hex'), content };
}

async function newMemberId(): Promise<string> {
  const member = await createMemberRepository(database.db).findOrCreate('test', `user-${Math.random()}`);
  return member.id;
}

describe('applications repository', () => {
  const applications = () => createApplicationRepository(database.db);

  it('makes readable, unambiguous references', () => {
    for (let i = 0; i < 50; i++) expect(newApplicationReference()).toMatch(/^APP-[2-9A-HJKMNP-Z]{6}$/);
  });

  it('keeps one draft per member: a second ensureDraft returns the same one, even when both race', async () => {
    const memberId = await newMemberId();
    const [a, b] = await Promise.all([
      withTransaction(database.db, () => applications().ensureDraft(memberId)),
      withTransaction(database.db, () => applications().ensureDraft(memberId)),
    ]);
    expect(a?.id).toBeDefined();
    expect(b?.id).toBe(a?.id);
    expect((await applications().ensureDraft(memberId))?.id).toBe(a?.id);
  });

  it('refuses to submit an incomplete draft (check constraint) and submits a complete one once', async () => {
    const memberId = await newMemberId();
    const draft = await applications().ensureDraft(memberId);
    if (!draft) throw new Error('no draft');
    await expect(withTransaction(database.db, () => applications().submit(draft.id, memberId, new Date(), '2026-06-10'))).rejects.toThrow();
    expect(await applications().saveDraft(draft.id, memberId, values)).toBe(true);
    const submitted = await applications().submit(draft.id, memberId, new Date('2026-06-08T10:00:00Z'), '2026-06-10');
    expect(submitted).toMatchObject({ status: 'under-review', expectedDecisionDate: '2026-06-10', companyName: 'Ljusbild AB' });
    expect(await applications().submit(draft.id, memberId, new Date(), '2026-06-10')).toBeUndefined();
    expect(await applications().saveDraft(draft.id, memberId, values)).toBe(false);
    expect(await applications().ensureDraft(memberId)).toBeUndefined();
  });

  it('does not let another member touch a draft', async () => {
    const owner = await newMemberId();
    const stranger = await newMemberId();
    const draft = await applications().ensureDraft(owner);
    if (!draft) throw new Error('no draft');
    expect(await applications().saveDraft(draft.id, stranger, values)).toBe(false);
  });

  it('keeps one document per application: a new upload replaces the old one; saving the form updates its type', async () => {
    const memberId = await newMemberId();
    const draft = await applications().ensureDraft(memberId);
    if (!draft) throw new Error('no draft');
    await applications().replaceDocument(draft.id, pdf('first'));
    const second = await applications().replaceDocument(draft.id, pdf('second'));
    expect(await applications().documentOf(draft.id)).toEqual(second);
    await applications().saveDraft(draft.id, memberId, { ...values, documentType: 'vat-certificate' });
    expect((await applications().documentOf(draft.id))?.documentType).toBe('vat-certificate');
  });

  it('serves a document only through its own application', async () => {
    const first = await applications().ensureDraft(await newMemberId());
    const second = await applications().ensureDraft(await newMemberId());
    if (!first || !second) throw new Error('no draft');
    const document = await applications().replaceDocument(first.id, pdf('mine'));
    expect((await applications().documentWithContent(first.id, document.id))?.content.toString()).toContain('mine');
    expect(await applications().documentWithContent(second.id, document.id)).toBeUndefined();
  });

  it('decides once, records an audit entry, and copies the documents to a resubmission', async () => {
    const memberId = await newMemberId();
    const draft = await applications().ensureDraft(memberId);
    if (!draft) throw new Error('no draft');
    await applications().saveDraft(draft.id, memberId, values);
    await applications().replaceDocument(draft.id, pdf('invoice'));
    await applications().submit(draft.id, memberId, new Date(), '2026-06-10');
    const decision = { status: 'rejected' as const, decidedAt: new Date(), decidedBy: 'backoffice', rejectionReason: 'The invoice does not show the VAT number.' };
    expect(await applications().decide(draft.id, decision)).toMatchObject({ status: 'rejected', rejectionReason: decision.rejectionReason });
    expect(await applications().decide(draft.id, decision)).toBeUndefined();

    const pending = await applications().listByStatus('rejected');
    expect(pending.find((a) => a.id === draft.id)?.documents).toHaveLength(1);

    const fix = await applications().ensureDraft(memberId, { companyName: values.companyName });
    if (!fix) throw new Error('no new draft');
    expect(fix.id).not.toBe(draft.id);
    expect(fix.companyName).toBe(values.companyName);
    await applications().copyDocuments(draft.id, fix.id);
    expect((await applications().documentOf(fix.id))?.fileName).toBe('faktura.pdf');
  });

  it('approval needs a business: the member is linked to it', async () => {
    const memberId = await newMemberId();
    const businesses = createBusinessRepository(database.db);
    const draft = await applications().ensureDraft(memberId);
    if (!draft) throw new Error('no draft');
    await applications().saveDraft(draft.id, memberId, values);
    await applications().submit(draft.id, memberId, new Date(), '2026-06-10');
    await expect(withTransaction(database.db, () => applications().decide(draft.id, { status: 'approved', decidedAt: new Date(), decidedBy: 'backoffice' }))).rejects.toThrow();
    const business = await businesses.create({ ...values, oldCpsEmail: values.oldCpsEmail });
    expect(await applications().decide(draft.id, { status: 'approved', decidedAt: new Date(), decidedBy: 'backoffice', businessId: business.id })).toMatchObject({ status: 'approved', businessId: business.id });
    await businesses.linkMember(memberId, business.id);
    expect((await createMemberRepository(database.db).byId(memberId))?.businessId).toBe(business.id);
    expect(await createMemberRepository(database.db).hasSubmittedApplication(memberId)).toBe(true);
  });

  it('lists the participating countries with their time zones', async () => {
    const countries = await applications().countries();
    expect(countries).toHaveLength(19);
    expect(countries).toContainEqual({ code: 'DK', timeZone: 'Europe/Copenhagen' });
  });
});
