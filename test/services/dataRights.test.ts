import { randomBytes } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '../../data/database';
import { businesses } from '../../data/schema/businesses';
import { invoices, memberships, paymentSessions } from '../../data/schema/memberships';
import { withTransaction } from '../../data/transaction';
import { createDataRights } from '../../services/member/dataRights';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { givenStoredMember, whereStoredAll, type StoredMember } from '../support/memberData';

let database: TestDatabase;
let alice: StoredMember;
let bruno: StoredMember;
const rights = () => createDataRights(database.db, { key: randomBytes(32), publicUrl: 'https://cps.example' });

beforeAll(async () => {
  database = await createTestDatabase();
  alice = await givenStoredMember(database.db, 'Alizarin');
  bruno = await givenStoredMember(database.db, 'Brunswick');
});
afterAll(async () => {
  await database.close();
});

/** Tables that hold rows about a member (the data map); the export must have rows in each. */
const MEMBER_TABLES = [
  'members', 'conversation_refs', 'applications', 'application_documents', 'businesses', 'registered_products', 'serial_conflicts',
  'memberships', 'invoices', 'payments', 'payment_sessions', 'support_cases', 'support_messages', 'faq_feedback', 'outbox_emails',
  'legacy_accounts', 'audit_log', 'bot_state',
];

describe('data export (GDPR art. 15 and 20)', () => {
  it('holds the member rows of every table, and every personal value', async () => {
    const exported = await withTransaction(database.db, () => rights().exportOf(alice.memberId, new Date()));
    const missing = MEMBER_TABLES.filter((table) => (exported?.tables[table]?.length ?? 0) === 0);
    expect(missing).toEqual([]);
    const json = JSON.stringify(exported);
    expect(alice.personal.filter((value) => !json.includes(value))).toEqual([]);
    expect(exported?.summary).toMatchObject({ products: 1, invoices: 1, supportCases: 1, supportMessages: 1 });
    expect(exported?.consents).toContainEqual(expect.objectContaining({ what: 'authorised-to-give-company-details', given: true }));
  });

  it('holds nothing of another member', async () => {
    const json = JSON.stringify(await withTransaction(database.db, () => rights().exportOf(alice.memberId, new Date())));
    expect(bruno.personal.filter((value) => json.includes(value))).toEqual([]);
    expect(json).not.toContain(bruno.memberId);
  });

  it('covers every table of the schema that has a member, business, application or case column', async () => {
    const keyed = rowsOf<{ table_name: string }>(
      await database.db.execute(sql`
        select distinct table_name from information_schema.columns
        where table_schema = 'public' and column_name in ('member_id', 'business_id', 'application_id', 'case_id', 'membership_id', 'invoice_id')`),
    ).map((r) => r.table_name);
    const exported = await withTransaction(database.db, () => rights().exportOf(alice.memberId, new Date()));
    expect(keyed.filter((table) => !(table in (exported?.tables ?? {})))).toEqual([]);
  });
});

describe('export links', () => {
  const key = randomBytes(32);
  const links = createDataRights({} as never, { key, publicUrl: 'https://cps.example' });
  const now = new Date('2026-12-04T10:00:00Z');
  const parts = (url: string) => {
    const u = new URL(url);
    return { id: u.pathname.split('/').pop(), expires: u.searchParams.get('expires'), sig: u.searchParams.get('sig') };
  };

  it('is valid for 24 hours, then expired', () => {
    const { url, expiresAt } = links.exportLink(alice.memberId, now);
    const p = parts(url);
    expect(expiresAt.getTime() - now.getTime()).toBe(24 * 3600 * 1000);
    expect(links.checkLink(p.id, p.expires, p.sig, new Date(now.getTime() + 23 * 3600 * 1000))).toBe('valid');
    expect(links.checkLink(p.id, p.expires, p.sig, new Date(now.getTime() + 25 * 3600 * 1000))).toBe('expired');
  });

  it('refuses another member id, a changed expiry or another key', () => {
    const p = parts(links.exportLink(alice.memberId, now).url);
    expect(links.checkLink(bruno.memberId, p.expires, p.sig, now)).toBe('invalid');
    expect(links.checkLink(p.id, String(Number(p.expires) + 3600), p.sig, now)).toBe('invalid');
    const other = createDataRights({} as never, { key: randomBytes(32), publicUrl: 'https://cps.example' });
    expect(other.checkLink(p.id, p.expires, p.sig, now)).toBe('invalid');
  });
});

describe('erasure (GDPR art. 17)', () => {
  it('leaves none of the member personal values in any table, keeps the invoices pseudonymised, and touches no other member', async () => {
    const invoiceCount = async () => (await database.db.select().from(invoices)).length;
    const before = await invoiceCount();
    const report = await withTransaction(database.db, () => rights().erase(alice.memberId, new Date('2026-12-04T10:00:00Z')));
    expect(report).toMatchObject({ accountingYears: 5, keptUntil: '2031-12-31', invoicesKept: 1, businessKept: false });

    const leftovers = Object.entries(await whereStoredAll(database.db, alice.personal)).filter(([, where]) => where.length > 0);
    expect(leftovers).toEqual([]);

    expect(await invoiceCount()).toBe(before);
    const [invoice] = await database.db.select().from(invoices).where(eq(invoices.id, alice.invoiceId));
    expect(invoice).toMatchObject({ grossAmountMinor: 125000, currency: 'DKK' });
    const [business] = await database.db.select().from(businesses).where(eq(businesses.id, alice.businessId));
    expect(business).toMatchObject({ status: 'closed', vatNumber: null });
    const [membership] = await database.db.select().from(memberships).where(eq(memberships.businessId, alice.businessId));
    expect(membership?.status).toBe('cancelled');
    const sessions = await database.db.select().from(paymentSessions).where(eq(paymentSessions.membershipId, membership?.id ?? ''));
    expect(sessions.map((s) => s.cardLast4)).toEqual([null]);

    const brunoFound = await whereStoredAll(database.db, bruno.personal);
    expect(bruno.personal.filter((value) => (brunoFound[value] ?? []).length === 0)).toEqual([]);
  });

  it('an erased member exports nothing personal', async () => {
    const json = JSON.stringify(await withTransaction(database.db, () => rights().exportOf(alice.memberId, new Date())));
    expect(alice.personal.filter((value) => json.includes(value))).toEqual([]);
  });
});
