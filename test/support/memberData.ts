import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { rowsOf } from '../../data/database';
import { auditLog } from '../../data/schema/audit';
import { botState, processedActivities } from '../../data/schema/botState';
import { applicationDocuments, applications, businesses } from '../../data/schema/businesses';
import { faqFeedback } from '../../data/schema/faq';
import { jobs, outboxEmails } from '../../data/schema/jobs';
import { legacyAccounts } from '../../data/schema/legacy';
import { conversationRefs, members } from '../../data/schema/members';
import { invoices, memberships, payments, paymentSessions } from '../../data/schema/memberships';
import { catalogueModels, registeredProducts, serialConflicts } from '../../data/schema/products';
import { supportCases, supportMessages } from '../../data/schema/support';
import type { Db } from '../../data/types';

/** A member with a row in every table that can hold something about them, each carrying a distinctive value. */
export interface StoredMember {
  readonly memberId: string;
  readonly businessId: string;
  readonly invoiceId: string;
  readonly conversationId: string;
  readonly companyName: string;
  readonly contactEmail: string;
  /** Every personal value stored, as written (a search for any must find nothing after erasure). */
  readonly personal: readonly string[];
}

function must<T>(row: T | undefined): T {
  if (row === undefined) throw new Error('insert returned no row');
  return row;
}

/**
 * Stores a member who applied, was approved, registered a product, joined and paid, asked support,
 * rated an answer and got e-mails. `tag` (letters only) makes every personal value unique.
 */
export async function givenStoredMember(db: Db, tag: string, channel: { channelId?: string; channelUserId?: string; language?: 'en' | 'da' | 'sv' | 'nl' } = {}): Promise<StoredMember> {
  const id = randomUUID().slice(0, 8);
  const company = `${tag} Fotografi ApS`;
  const address = `${tag}vej 12, 8000 Aarhus`;
  const email = `${tag.toLowerCase()}-${id}@studio.example`;
  const oldEmail = `${tag.toLowerCase()}-old-${id}@old.example`;
  const displayName = `${tag} Jensen`;
  const channelUserId = channel.channelUserId ?? `user-${tag}-${id}`;
  const serial = `${tag.toUpperCase()}${id.toUpperCase()}77`;
  const conflictSerial = `${tag.toUpperCase()}C${id.toUpperCase()}`;
  const vat = `DK${String(10000000 + Math.floor(Math.random() * 89999999))}`;
  const supportText = `${tag} lens needs a check before the wedding`;
  const reason = `${tag} problem with my camera`;
  const question = `${tag} how do I get points`;
  const fileName = `${tag}-vat-certificate.pdf`;
  const conversationId = `conv-${tag}-${id}`;
  const now = new Date();

  const member = must(
    (await db.insert(members).values({ channelId: channel.channelId ?? 'test', channelUserId, displayName, language: channel.language ?? 'da' }).returning())[0],
  );
  await db.insert(conversationRefs).values({ memberId: member.id, channelId: channel.channelId ?? 'test', reference: { conversation: { id: conversationId }, user: { id: channelUserId, name: displayName } } });
  const business = must(
    (
      await db
        .insert(businesses)
        .values({ companyName: company, address, countryCode: 'DK', vatRegistered: true, vatNumber: vat, contactEmail: email, oldCpsEmail: oldEmail })
        .returning()
    )[0],
  );
  await db.update(members).set({ businessId: business.id }).where(sql`${members.id} = ${member.id}`);
  const application = must(
    (
      await db
        .insert(applications)
        .values({
          reference: `APP-${id.toUpperCase()}`,
          memberId: member.id,
          countryCode: 'DK',
          companyName: company,
          address,
          vatRegistered: true,
          vatNumber: vat,
          documentType: 'vat-certificate',
          authorised: true,
          contactEmail: email,
          oldCpsEmail: oldEmail,
          status: 'approved',
          submittedAt: now,
          decidedAt: now,
          decidedBy: 'backoffice',
          businessId: business.id,
        })
        .returning()
    )[0],
  );
  const content = Buffer.from(`%PDF-1.4 ${tag}`);
  await db.insert(applicationDocuments).values({
    applicationId: application.id,
    documentType: 'vat-certificate',
    fileName,
    mediaType: 'application/pdf',
    byteSize: content.length,
    sha256: (await import('node:crypto')).createHash('sha256').update(content).digest('hex'),
    content,
  });
  const modelId = `test-data-${id}`;
  await db.insert(catalogueModels).values({ id: modelId, name: `Test body ${id}`, category: 'camera-body', points: 600, registrable: false, notRegistrableReasonKey: 'products.notRegistrable.generic' });
  const product = must(
    (await db.insert(registeredProducts).values({ businessId: business.id, modelId, serialNumber: serial, purchaseDate: '2025-06-01', purchaseCountry: 'DK', dealer: 'Test dealer' }).returning())[0],
  );
  await db.insert(serialConflicts).values({ modelId, serialNumber: conflictSerial, memberId: member.id, businessId: business.id, registeredProductId: product.id });
  const membership = must(
    (await db.insert(memberships).values({ businessId: business.id, tierCode: 'silver', membershipNumber: `CPS-${id}`, paymentMethod: 'card', validUntil: '2027-11-30' }).returning())[0],
  );
  const invoice = must(
    (
      await db
        .insert(invoices)
        .values({ invoiceNumber: `INV-${id}`, membershipId: membership.id, currency: 'DKK', netAmountMinor: 100000, vatRateBp: 2500, vatAmountMinor: 25000, grossAmountMinor: 125000, issueDate: '2026-11-30', dueDate: '2026-12-30' })
        .returning()
    )[0],
  );
  await db.insert(payments).values({ invoiceId: invoice.id, method: 'card', currency: 'DKK', amountMinor: 125000, providerReference: `pay-${id}` });
  await db.insert(paymentSessions).values({ tokenHash: randomUUID().replace(/-/g, '').padEnd(64, '0'), membershipId: membership.id, status: 'completed', cardBrand: 'visa', cardLast4: '4242', expiresAt: now });
  const supportCase = must((await db.insert(supportCases).values({ memberId: member.id, language: 'da', reason, status: 'closed', closedAt: now, snapshot: { company } }).returning())[0]);
  await db.insert(supportMessages).values({ caseId: supportCase.id, sender: 'member', text: supportText });
  await db.insert(faqFeedback).values({ topicId: 'points.allocated', language: 'da', memberId: member.id, helpful: true, question });
  await db.insert(outboxEmails).values({ toAddress: email, fromAddress: 'cps@canon.example', subject: `Welcome ${company}`, textBody: `Dear ${displayName}`, language: 'da' });
  await db.insert(legacyAccounts).values({ email: oldEmail, membershipNumber: `OLD-${id}` });
  await db.insert(auditLog).values({ actor: `member:${member.id}`, action: 'support.request', subject: `support-case:${supportCase.id}`, details: { reason } });
  await db.insert(botState).values({ key: `test/conversations/${conversationId}/`, data: { dialogState: { draft: { companyName: company, contactEmail: email } } } });
  await db.insert(processedActivities).values({ conversationId, activityId: `act-${id}` });
  await db.insert(jobs).values({ kind: 'products.invitation', payload: { businessId: business.id, memberId: member.id }, runAt: new Date(now.getTime() + 3_600_000) });

  return {
    memberId: member.id,
    businessId: business.id,
    invoiceId: invoice.id,
    conversationId,
    companyName: company,
    contactEmail: email,
    personal: [company, address, email, oldEmail, displayName, channelUserId, serial, conflictSerial, vat, supportText, reason, question, fileName],
  };
}

/** Every text, varchar, json, array and bytea column of the public schema's tables, from information_schema. */
export async function searchableColumns(db: Db): Promise<{ table: string; column: string; bytes: boolean }[]> {
  const rows = rowsOf<{ table_name: string; column_name: string; udt_name: string }>(
    await db.execute(sql`
      select c.table_name, c.column_name, c.udt_name from information_schema.columns c
      join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
      where c.table_schema = 'public' and t.table_type = 'BASE TABLE'
        and (c.data_type in ('text', 'character varying', 'jsonb', 'json', 'ARRAY', 'USER-DEFINED') or c.udt_name = 'bytea')
      order by 1, 2`),
  );
  return rows.map((r) => ({ table: r.table_name, column: r.column_name, bytes: r.udt_name === 'bytea' }));
}

/** For each value, the columns (`table.column`) it occurs in, case-insensitively; bytea decoded as text. One query per column. */
export async function whereStoredAll(db: Db, values: readonly string[]): Promise<Record<string, string[]>> {
  const found: Record<string, string[]> = Object.fromEntries(values.map((v) => [v, []]));
  if (values.length === 0) return found;
  const list = sql.join(values.map((v) => sql`(${v})`), sql`, `);
  for (const { table, column, bytes } of await searchableColumns(db)) {
    const text = bytes ? sql`encode(t.${sql.identifier(column)}, 'escape')` : sql`t.${sql.identifier(column)}::text`;
    const hits = rowsOf<{ v: string }>(
      await db.execute(sql`select v.v from (values ${list}) as v(v) where exists (select 1 from ${sql.identifier(table)} t where position(lower(v.v) in lower(${text})) > 0)`),
    );
    for (const hit of hits) found[hit.v]?.push(`${table}.${column}`);
  }
  return found;
}

/** Where `value` occurs in any searchable column. */
export async function whereStored(db: Db, value: string): Promise<string[]> {
  return (await whereStoredAll(db, [value]))[value] ?? [];
}
