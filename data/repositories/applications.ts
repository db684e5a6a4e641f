import { randomInt } from 'node:crypto';
import { and, asc, desc, eq, getTableColumns, inArray, sql } from 'drizzle-orm';
import type { DocumentFacts } from '../../domain/documentFacts';
import { auditLog } from '../schema/audit';
import { applicationDocuments, applications, type Application, type ApplicationStatus, type DocumentType } from '../schema/businesses';
import { countries } from '../schema/countries';
import { members } from '../schema/members';
import { cachedReference } from '../referenceCache';
import { createEventLog } from './events';
import { scoped } from '../transaction';
import type { Db } from '../types';

/** The application fields a member fills in (all checked by domain/application before they get here). */
export interface ApplicationValues {
  readonly countryCode: string;
  readonly companyName: string;
  readonly address: string;
  readonly vatRegistered: boolean;
  readonly vatNumber: string | null;
  readonly documentType: DocumentType;
  readonly authorised: boolean;
  readonly contactEmail: string;
  readonly oldCpsEmail: string | null;
}

/** A stored document without its bytes. */
export interface DocumentInfo {
  readonly id: string;
  readonly applicationId: string;
  readonly documentType: DocumentType;
  readonly fileName: string | null;
  readonly mediaType: string;
  readonly byteSize: number;
  readonly sha256: string;
  readonly uploadedAt: Date;
}

export interface NewDocument {
  readonly documentType: DocumentType;
  readonly fileName: string | null;
  readonly mediaType: string;
  readonly sha256: string;
  readonly content: Buffer;
}

export interface Decision {
  readonly status: 'approved' | 'rejected';
  readonly decidedAt: Date;
  /** Who decided, e.g. `backoffice`. */
  readonly decidedBy: string;
  readonly rejectionReason?: string | null;
  /** The business created on approval. */
  readonly businessId?: string;
}

export interface CountryFacts {
  readonly code: string;
  readonly timeZone: string;
}

/** Unambiguous characters for references people read aloud: no 0/O, 1/I/L. */
const REFERENCE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';

/** A fresh human-readable reference such as `APP-7K3M9Q`. */
export function newApplicationReference(): string {
  let code = '';
  for (let i = 0; i < 6; i++) code += REFERENCE_ALPHABET[randomInt(REFERENCE_ALPHABET.length)];
  return `APP-${code}`;
}

const documentInfoColumns = (() => {
  const { content: _content, ...rest } = getTableColumns(applicationDocuments);
  return rest;
})();

/** Business-account applications (rules A1–A5) and their supporting documents. */
export function createApplicationRepository(db: Db) {
  const ex = () => scoped(db);
  const events = createEventLog(db);

  async function openFor(memberId: string): Promise<Application | undefined> {
    const [row] = await ex()
      .select()
      .from(applications)
      .where(and(eq(applications.memberId, memberId), inArray(applications.status, ['draft', 'under-review'])))
      .limit(1);
    return row;
  }

  return {
    /** The member's open application (a draft or one under review), if any. At most one exists. */
    openFor,

    /**
     * The member's current application in one read: the open one (a draft or one under review),
     * else the most recent decided one; undefined if they never applied.
     */
    async currentFor(memberId: string): Promise<Application | undefined> {
      const [row] = await ex()
        .select()
        .from(applications)
        .where(eq(applications.memberId, memberId))
        .orderBy(sql`${applications.status} in ('draft', 'under-review') desc`, desc(applications.createdAt), desc(applications.reference))
        .limit(1);
      return row;
    },

    /** The member's most recent application in any status. */
    async latestFor(memberId: string): Promise<Application | undefined> {
      const [row] = await ex()
        .select()
        .from(applications)
        .where(eq(applications.memberId, memberId))
        .orderBy(desc(applications.createdAt), desc(applications.reference))
        .limit(1);
      return row;
    },

    async byId(id: string): Promise<Application | undefined> {
      const [row] = await ex().select().from(applications).where(eq(applications.id, id));
      return row;
    },

    /**
     * The member's draft: the open one if it is a draft, otherwise a new draft with `prefill` (e.g.
     * the values of a rejected application). Undefined when an application is already under review.
     * Safe against a concurrent creation: the "one open application per member" index decides.
     */
    async ensureDraft(memberId: string, prefill: Partial<ApplicationValues> = {}): Promise<Application | undefined> {
      for (let attempt = 0; attempt < 5; attempt++) {
        // Insert first: callers ask when they found no open application, so this is the usual path.
        const [created] = await ex()
          .insert(applications)
          .values({ ...prefill, memberId, reference: newApplicationReference(), status: 'draft' })
          .onConflictDoNothing()
          .returning();
        if (created) return created;
        const open = await openFor(memberId);
        if (open) return open.status === 'draft' ? open : undefined;
      }
      throw new Error(`could not create a draft application for member ${memberId}`);
    },

    /** Writes checked values into the member's draft; false if it is no longer a draft. */
    async saveDraft(applicationId: string, memberId: string, values: ApplicationValues): Promise<boolean> {
      const rows = await ex()
        .update(applications)
        .set({ ...values })
        .where(and(eq(applications.id, applicationId), eq(applications.memberId, memberId), eq(applications.status, 'draft')))
        .returning({ id: applications.id });
      if (rows.length > 0) {
        await ex().update(applicationDocuments).set({ documentType: values.documentType }).where(eq(applicationDocuments.applicationId, applicationId));
      }
      return rows.length > 0;
    },

    /** The application's current supporting document (metadata only). */
    async documentOf(applicationId: string): Promise<DocumentInfo | undefined> {
      const [row] = await ex()
        .select(documentInfoColumns)
        .from(applicationDocuments)
        .where(eq(applicationDocuments.applicationId, applicationId))
        .orderBy(desc(applicationDocuments.uploadedAt))
        .limit(1);
      return row;
    },

    /** Stores `document` as the application's one supporting document, replacing any earlier one (and what was read in it). */
    async replaceDocument(applicationId: string, document: NewDocument): Promise<DocumentInfo> {
      await ex().delete(applicationDocuments).where(eq(applicationDocuments.applicationId, applicationId));
      await ex().update(applications).set({ documentCheck: null }).where(eq(applications.id, applicationId));
      const [row] = await ex()
        .insert(applicationDocuments)
        .values({ ...document, applicationId, byteSize: document.content.byteLength })
        .returning(documentInfoColumns);
      if (!row) throw new Error('document insert returned no row');
      return row;
    },

    /**
     * Keeps what the bot read in the application's document, only while `documentId` is still its
     * document (a newer upload is read by its own job). False when it is not.
     */
    async saveDocumentCheck(applicationId: string, documentId: string, facts: DocumentFacts): Promise<boolean> {
      const rows = await ex()
        .update(applications)
        .set({ documentCheck: facts })
        .where(
          and(
            eq(applications.id, applicationId),
            sql`exists (select 1 from ${applicationDocuments} where ${applicationDocuments.id} = ${documentId} and ${applicationDocuments.applicationId} = ${applicationId})`,
          ),
        )
        .returning({ id: applications.id });
      return rows.length > 0;
    },

    /**
     * Sets the VAT number of the member's open application (a draft or one under review) to the
     * one their document shows; false if it is decided or not theirs.
     */
    async useDocumentVatNumber(applicationId: string, memberId: string, vatNumber: string): Promise<boolean> {
      const rows = await ex()
        .update(applications)
        .set({ vatNumber })
        .where(and(eq(applications.id, applicationId), eq(applications.memberId, memberId), inArray(applications.status, ['draft', 'under-review']), eq(applications.vatRegistered, true)))
        .returning({ id: applications.id });
      return rows.length > 0;
    },

    /** Copies the documents of one application to another (a resubmission keeps the earlier file). */
    async copyDocuments(fromApplicationId: string, toApplicationId: string): Promise<void> {
      await ex().execute(sql`
        insert into application_documents (application_id, document_type, file_name, media_type, byte_size, sha256, content, uploaded_at)
        select ${toApplicationId}::uuid, document_type, file_name, media_type, byte_size, sha256, content, uploaded_at
        from application_documents where application_id = ${fromApplicationId}
        on conflict do nothing`);
    },

    /** Moves the member's draft to `under-review`; undefined if it was not a draft (or is incomplete: a check constraint refuses it). */
    async submit(applicationId: string, memberId: string, submittedAt: Date, expectedDecisionDate: string): Promise<Application | undefined> {
      const [row] = await ex()
        .update(applications)
        .set({ status: 'under-review', submittedAt, expectedDecisionDate })
        .where(and(eq(applications.id, applicationId), eq(applications.memberId, memberId), eq(applications.status, 'draft')))
        .returning();
      if (row) await events.forMember('applied', memberId, submittedAt, { country: row.countryCode });
      return row;
    },

    /** Applications in a status, oldest submission first, with their documents (metadata) and the member's language. */
    async listByStatus(status: ApplicationStatus) {
      const rows = await ex()
        .select({ application: applications, memberLanguage: members.language })
        .from(applications)
        .innerJoin(members, eq(members.id, applications.memberId))
        .where(eq(applications.status, status))
        .orderBy(asc(applications.submittedAt), asc(applications.createdAt))
        .limit(500);
      const ids = rows.map((r) => r.application.id);
      const documents = ids.length === 0 ? [] : await ex().select(documentInfoColumns).from(applicationDocuments).where(inArray(applicationDocuments.applicationId, ids));
      return rows.map((r) => ({
        ...r.application,
        memberLanguage: r.memberLanguage,
        documents: documents.filter((d) => d.applicationId === r.application.id),
      }));
    },

    /** One document with its bytes, only if it belongs to that application. */
    async documentWithContent(applicationId: string, documentId: string) {
      const [row] = await ex()
        .select()
        .from(applicationDocuments)
        .where(and(eq(applicationDocuments.id, documentId), eq(applicationDocuments.applicationId, applicationId)));
      return row;
    },

    /**
     * Records the back office's decision on an application under review, with an audit entry.
     * Undefined when the application is not (or no longer) under review, so a decision is taken once.
     */
    async decide(applicationId: string, decision: Decision): Promise<Application | undefined> {
      const [row] = await ex()
        .update(applications)
        .set({
          status: decision.status,
          decidedAt: decision.decidedAt,
          decidedBy: decision.decidedBy,
          rejectionReason: decision.rejectionReason ?? null,
          businessId: decision.businessId ?? null,
        })
        .where(and(eq(applications.id, applicationId), eq(applications.status, 'under-review')))
        .returning();
      if (row) {
        await ex()
          .insert(auditLog)
          .values({
            actor: decision.decidedBy,
            action: `application.${decision.status === 'approved' ? 'approve' : 'reject'}`,
            subject: `application:${applicationId}`,
            details: { reference: row.reference, ...(decision.rejectionReason ? { reason: decision.rejectionReason } : {}), ...(decision.businessId ? { businessId: decision.businessId } : {}) },
            at: decision.decidedAt,
          });
        if (row.status === 'approved') await events.forMember('approved', row.memberId, decision.decidedAt, { country: row.countryCode });
      }
      return row;
    },

    /** The participating countries (docs/domain.md) with their time zones, from the seeded `countries` table (reference data, cached). */
    countries(): Promise<readonly CountryFacts[]> {
      return cachedReference(db, 'countries', () => ex().select({ code: countries.code, timeZone: countries.timeZone }).from(countries).orderBy(asc(countries.code)));
    },
  };
}

export type ApplicationRepository = ReturnType<typeof createApplicationRepository>;
