import { and, eq, inArray, isNull, like, or, sql, type SQL } from 'drizzle-orm';
import { auditLog } from '../schema/audit';
import { bankStatementEntries } from '../schema/bankStatements';
import { botState, processedActivities } from '../schema/botState';
import { applicationDocuments, applications, businesses } from '../schema/businesses';
import { faqFeedback } from '../schema/faq';
import { jobs, outboxEmails } from '../schema/jobs';
import { legacyAccounts, productMigrations } from '../schema/legacy';
import { conversationRefs, members } from '../schema/members';
import { invoices, memberships, payments, paymentSessions } from '../schema/memberships';
import { registeredProducts, serialConflicts } from '../schema/products';
import { supportCases, supportMessages } from '../schema/support';
import { scoped } from '../transaction';
import type { Db } from '../types';

/** Every row stored about one member, per table (the table's SQL name), for an export (GDPR art. 15/20). */
export type MemberDataTables = Readonly<Record<string, readonly Record<string, unknown>[]>>;

/** What erasing one member changed, per table: rows deleted and rows pseudonymised. */
export interface ErasureCounts {
  readonly deleted: Readonly<Record<string, number>>;
  readonly pseudonymised: Readonly<Record<string, number>>;
  /** The business was shared with other members, so its (company) details were kept. */
  readonly businessKept: boolean;
  /** Invoices kept for the accounting period, pseudonymised through their business. */
  readonly invoicesKept: number;
  /** Country of the business (or application), which decides the accounting period. */
  readonly countryCode: string | null;
}

/** Placeholder that replaces a personal value that a NOT NULL column or check constraint needs. */
export const ERASED = '[erased]';

interface Keys {
  readonly memberId: string;
  readonly businessId: string | null;
  /** The member is the business's only member: its company details are the member's to erase. */
  readonly soleMember: boolean;
  readonly applicationIds: string[];
  readonly caseIds: string[];
  readonly membershipIds: string[];
  readonly invoiceIds: string[];
  readonly conversationIds: string[];
  readonly emails: string[];
  /** Company names and VAT numbers the member gave: found in the state of older conversations too. */
  readonly values: string[];
}

function conversationIdOf(reference: Readonly<Record<string, unknown>>): string | undefined {
  const conversation = reference['conversation'];
  if (typeof conversation !== 'object' || conversation === null) return undefined;
  const id = (conversation as Record<string, unknown>)['id'];
  return typeof id === 'string' ? id : undefined;
}

function base64Bytes<T extends Record<string, unknown>>(row: T): Record<string, unknown> {
  return Object.fromEntries(Object.entries(row).map(([k, v]) => [k, v instanceof Uint8Array ? Buffer.from(v).toString('base64') : v]));
}

/**
 * Everything stored about one member, across every table that holds rows keyed to them (directly,
 * through their business, application, support case, membership or conversation), and its erasure.
 * The table list is the data map of docs/privacy.md; test/services/dataRights.test.ts checks it
 * against information_schema.
 */
export function createMemberDataRepository(db: Db) {
  async function keysOf(memberId: string): Promise<Keys | undefined> {
    const ex = scoped(db);
    const [member] = await ex.select().from(members).where(eq(members.id, memberId));
    if (!member) return undefined;
    const businessId = member.businessId;
    const sharing = businessId
      ? await ex.select({ id: members.id }).from(members).where(and(eq(members.businessId, businessId), sql`${members.id} <> ${memberId}`))
      : [];
    const applicationRows = await ex
      .select({ id: applications.id, contactEmail: applications.contactEmail, oldCpsEmail: applications.oldCpsEmail, companyName: applications.companyName, vatNumber: applications.vatNumber })
      .from(applications)
      .where(eq(applications.memberId, memberId));
    const caseRows = await ex.select({ id: supportCases.id }).from(supportCases).where(eq(supportCases.memberId, memberId));
    const membershipRows = businessId && sharing.length === 0 ? await ex.select({ id: memberships.id }).from(memberships).where(eq(memberships.businessId, businessId)) : [];
    const membershipIds = membershipRows.map((r) => r.id);
    const invoiceRows = membershipIds.length ? await ex.select({ id: invoices.id }).from(invoices).where(inArray(invoices.membershipId, membershipIds)) : [];
    const refs = await ex.select({ reference: conversationRefs.reference }).from(conversationRefs).where(eq(conversationRefs.memberId, memberId));
    const [business] = businessId
      ? await ex
          .select({ contactEmail: businesses.contactEmail, oldCpsEmail: businesses.oldCpsEmail, companyName: businesses.companyName, vatNumber: businesses.vatNumber })
          .from(businesses)
          .where(eq(businesses.id, businessId))
      : [];
    const emails = new Set<string>();
    for (const value of [...applicationRows.flatMap((r) => [r.contactEmail, r.oldCpsEmail]), ...(sharing.length === 0 && business ? [business.contactEmail, business.oldCpsEmail] : [])]) {
      if (value && value !== ERASED) emails.add(value.toLowerCase());
    }
    const values = new Set<string>();
    for (const value of [...applicationRows.flatMap((r) => [r.companyName, r.vatNumber]), business?.companyName, business?.vatNumber, ...emails]) {
      if (value && value.length >= 4 && !value.startsWith(ERASED)) values.add(value);
    }
    return {
      memberId,
      businessId,
      soleMember: sharing.length === 0,
      applicationIds: applicationRows.map((r) => r.id),
      caseIds: caseRows.map((r) => r.id),
      membershipIds,
      invoiceIds: invoiceRows.map((r) => r.id),
      conversationIds: refs.map((r) => conversationIdOf(r.reference)).filter((id): id is string => id !== undefined),
      emails: [...emails],
      values: [...values],
    };
  }

  const none = sql`false`;
  const anyOf = <T>(column: Parameters<typeof inArray>[0], values: readonly T[]): SQL => (values.length ? inArray(column, values as T[]) : none);
  /** bot_state rows of the member's conversations and their remembered tier selection. */
  const stateWhere = (keys: Keys): SQL =>
    or(
      like(botState.key, `%${keys.memberId}%`),
      ...keys.conversationIds.map((id) => like(botState.key, `%/conversations/${id}/%`)),
      // Conversations whose reference was replaced by a newer one still hold drafts with the member's values.
      ...keys.values.map((value) => sql`position(lower(${value}) in lower(${botState.data}::text)) > 0`),
    ) ?? none;
  const auditWhere = (keys: Keys): SQL =>
    or(
      eq(auditLog.actor, `member:${keys.memberId}`),
      anyOf(
        auditLog.subject,
        [...keys.applicationIds.map((id) => `application:${id}`), ...keys.caseIds.map((id) => `support-case:${id}`), `member:${keys.memberId}`],
      ),
    ) ?? none;

  return {
    /** Every row stored about the member, per table; undefined when there is no such member. */
    async export(memberId: string): Promise<MemberDataTables | undefined> {
      const keys = await keysOf(memberId);
      if (!keys) return undefined;
      const ex = scoped(db);
      const businessWhere = keys.businessId ? eq(businesses.id, keys.businessId) : none;
      return {
        members: await ex.select().from(members).where(eq(members.id, memberId)),
        conversation_refs: await ex.select().from(conversationRefs).where(eq(conversationRefs.memberId, memberId)),
        applications: await ex.select().from(applications).where(eq(applications.memberId, memberId)),
        application_documents: (await ex.select().from(applicationDocuments).where(anyOf(applicationDocuments.applicationId, keys.applicationIds))).map(base64Bytes),
        businesses: await ex.select().from(businesses).where(businessWhere),
        registered_products: keys.businessId ? await ex.select().from(registeredProducts).where(eq(registeredProducts.businessId, keys.businessId)) : [],
        product_migrations: keys.businessId ? await ex.select().from(productMigrations).where(eq(productMigrations.businessId, keys.businessId)) : [],
        serial_conflicts: await ex.select().from(serialConflicts).where(eq(serialConflicts.memberId, memberId)),
        memberships: await ex.select().from(memberships).where(anyOf(memberships.id, keys.membershipIds)),
        invoices: await ex.select().from(invoices).where(anyOf(invoices.id, keys.invoiceIds)),
        payments: await ex.select().from(payments).where(anyOf(payments.invoiceId, keys.invoiceIds)),
        bank_statement_entries: await ex.select().from(bankStatementEntries).where(anyOf(bankStatementEntries.invoiceId, keys.invoiceIds)),
        payment_sessions: (await ex.select().from(paymentSessions).where(anyOf(paymentSessions.membershipId, keys.membershipIds))).map(({ tokenHash: _secret, ...row }) => row),
        support_cases: await ex.select().from(supportCases).where(eq(supportCases.memberId, memberId)),
        support_messages: await ex.select().from(supportMessages).where(anyOf(supportMessages.caseId, keys.caseIds)),
        faq_feedback: await ex.select().from(faqFeedback).where(eq(faqFeedback.memberId, memberId)),
        outbox_emails: await ex.select().from(outboxEmails).where(anyOf(sql`lower(${outboxEmails.toAddress})`, keys.emails)),
        legacy_accounts: await ex.select().from(legacyAccounts).where(anyOf(legacyAccounts.email, keys.emails)),
        audit_log: await ex.select().from(auditLog).where(auditWhere(keys)),
        bot_state: await ex.select({ key: botState.key, data: botState.data, updatedAt: botState.updatedAt }).from(botState).where(stateWhere(keys)),
      };
    },

    /**
     * Erases the member's personal data in every table: deleted where nothing needs the row,
     * pseudonymised where a record must stay (applications and support cases as statistics; the
     * business, memberships, invoices and payments for accounting). Joins the caller's transaction.
     */
    async erase(memberId: string, now: Date, options: { readonly currentConversationId?: string } = {}): Promise<ErasureCounts | undefined> {
      const keys = await keysOf(memberId);
      if (!keys) return undefined;
      const ex = scoped(db);
      const deleted: Record<string, number> = {};
      const pseudonymised: Record<string, number> = {};
      const count = async (target: Record<string, number>, table: string, rows: Promise<unknown[]>) => {
        target[table] = (target[table] ?? 0) + (await rows).length;
      };
      const [country] = keys.businessId
        ? await ex.select({ code: businesses.countryCode }).from(businesses).where(eq(businesses.id, keys.businessId))
        : await ex.select({ code: applications.countryCode }).from(applications).where(eq(applications.memberId, memberId)).limit(1);

      await count(deleted, 'application_documents', ex.delete(applicationDocuments).where(anyOf(applicationDocuments.applicationId, keys.applicationIds)).returning({ id: applicationDocuments.id }));
      await count(
        pseudonymised,
        'applications',
        ex
          .update(applications)
          .set({ companyName: ERASED, address: ERASED, vatNumber: null, contactEmail: ERASED, oldCpsEmail: null, rejectionReason: null, decidedBy: null, documentCheck: null, updatedAt: now })
          .where(eq(applications.memberId, memberId))
          .returning({ id: applications.id }),
      );
      await count(deleted, 'support_messages', ex.delete(supportMessages).where(anyOf(supportMessages.caseId, keys.caseIds)).returning({ id: supportMessages.id }));
      await count(
        pseudonymised,
        'support_cases',
        ex.update(supportCases).set({ reason: null, snapshot: {}, resolution: null }).where(eq(supportCases.memberId, memberId)).returning({ id: supportCases.id }),
      );
      await count(pseudonymised, 'faq_feedback', ex.update(faqFeedback).set({ memberId: null, question: null }).where(eq(faqFeedback.memberId, memberId)).returning({ id: faqFeedback.id }));
      await count(deleted, 'serial_conflicts', ex.delete(serialConflicts).where(eq(serialConflicts.memberId, memberId)).returning({ id: serialConflicts.id }));
      await count(deleted, 'outbox_emails', ex.delete(outboxEmails).where(anyOf(sql`lower(${outboxEmails.toAddress})`, keys.emails)).returning({ id: outboxEmails.id }));
      await count(deleted, 'legacy_accounts', ex.delete(legacyAccounts).where(anyOf(legacyAccounts.email, keys.emails)).returning({ id: legacyAccounts.id }));
      await count(pseudonymised, 'audit_log', ex.update(auditLog).set({ details: {} }).where(auditWhere(keys)).returning({ id: auditLog.id }));
      // The conversation of this turn keeps its state row: the turn rewrites it (compare-and-swap)
      // after the caller has emptied its dialog stack, so nothing personal is left in it.
      const current = options.currentConversationId;
      const stateToDelete = current ? and(stateWhere(keys), sql`${botState.key} not like ${`%/conversations/${current}/%`}`) : stateWhere(keys);
      await count(deleted, 'bot_state', ex.delete(botState).where(stateToDelete).returning({ key: botState.key }));
      await count(deleted, 'processed_activities', ex.delete(processedActivities).where(anyOf(processedActivities.conversationId, keys.conversationIds)).returning({ id: processedActivities.activityId }));
      await count(deleted, 'conversation_refs', ex.delete(conversationRefs).where(eq(conversationRefs.memberId, memberId)).returning({ id: conversationRefs.memberId }));
      // Pending work for the member would only reach an erased member: it is cancelled.
      await count(
        deleted,
        'jobs',
        ex
          .delete(jobs)
          .where(and(eq(jobs.status, 'pending'), or(sql`${jobs.payload}->>'memberId' = ${memberId}`, keys.businessId ? sql`${jobs.payload}->>'businessId' = ${keys.businessId}` : none)))
          .returning({ id: jobs.id }),
      );

      if (keys.businessId && keys.soleMember) {
        const businessId = keys.businessId;
        await count(deleted, 'registered_products', ex.delete(registeredProducts).where(eq(registeredProducts.businessId, businessId)).returning({ id: registeredProducts.id }));
        await count(deleted, 'product_migrations', ex.delete(productMigrations).where(eq(productMigrations.businessId, businessId)).returning({ id: productMigrations.id }));
        await count(
          pseudonymised,
          'payment_sessions',
          ex.update(paymentSessions).set({ cardBrand: null, cardLast4: null }).where(anyOf(paymentSessions.membershipId, keys.membershipIds)).returning({ id: paymentSessions.id }),
        );
        await count(
          pseudonymised,
          'memberships',
          ex
            .update(memberships)
            .set({ status: 'cancelled', previousMembershipNumber: null, updatedAt: now })
            .where(and(anyOf(memberships.id, keys.membershipIds), inArray(memberships.status, ['active', 'pending'])))
            .returning({ id: memberships.id }),
        );
        await count(
          pseudonymised,
          'businesses',
          ex
            .update(businesses)
            .set({ companyName: `${ERASED} ${businessId.slice(0, 8)}`, address: ERASED, vatNumber: null, contactEmail: ERASED, oldCpsEmail: null, status: 'closed', updatedAt: now })
            .where(eq(businesses.id, businessId))
            .returning({ id: businesses.id }),
        );
        // The bank's lines for the business's invoices stay (amounts, dates, references) without who paid.
        await count(
          pseudonymised,
          'bank_statement_entries',
          ex
            .update(bankStatementEntries)
            .set({ payerName: ERASED, payerIban: null, remittanceText: '' })
            .where(anyOf(bankStatementEntries.invoiceId, keys.invoiceIds))
            .returning({ id: bankStatementEntries.id }),
        );
      }
      await count(
        pseudonymised,
        'members',
        ex
          .update(members)
          .set({ channelUserId: `erased:${memberId}`, displayName: null, businessId: null, updatedAt: now })
          .where(eq(members.id, memberId))
          .returning({ id: members.id }),
      );
      return {
        deleted,
        pseudonymised,
        businessKept: keys.businessId !== null && !keys.soleMember,
        invoicesKept: keys.invoiceIds.length,
        countryCode: country?.code ?? null,
      };
    },

    /** True when the member row has been erased (its channel identity replaced). */
    async isErased(memberId: string): Promise<boolean> {
      const [row] = await scoped(db).select({ id: members.id }).from(members).where(and(eq(members.id, memberId), like(members.channelUserId, 'erased:%'), isNull(members.displayName)));
      return row !== undefined;
    },
  };
}

export type MemberDataRepository = ReturnType<typeof createMemberDataRepository>;
