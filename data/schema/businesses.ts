import { relations, sql } from 'drizzle-orm';
import type { DocumentFacts } from '../../domain/documentFacts';
import { DOCUMENT_TYPES, type DocumentType } from '../../domain/documents';
import {
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  text,
  unique,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { bytea, countryCode, createdAt, timestamptz, updatedAt } from './common';
import { countries } from './countries';
import { members } from './members';
import { memberships } from './memberships';
import { productMigrations } from './legacy';
import { registeredProducts, serialConflicts } from './products';

export const businessStatusEnum = pgEnum('business_status', ['active', 'suspended', 'closed']);
export type BusinessStatus = (typeof businessStatusEnum.enumValues)[number];

export const applicationStatusEnum = pgEnum('application_status', ['draft', 'under-review', 'approved', 'rejected']);
export type ApplicationStatus = (typeof applicationStatusEnum.enumValues)[number];

/** The `documentType` values of the `account.submit` contract (docs/contracts.md, "Card actions"; rules A2/A3 in docs/domain.md). */
export const documentTypeEnum = pgEnum('document_type', DOCUMENT_TYPES);
export type { DocumentType };

/** A Canon business account, created when an application is approved. */
export const businesses = pgTable(
  'businesses',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    companyName: text('company_name').notNull(),
    address: text('address').notNull(),
    countryCode: countryCode('country_code')
      .notNull()
      .references(() => countries.code),
    vatRegistered: boolean('vat_registered').notNull(),
    vatNumber: text('vat_number'),
    contactEmail: text('contact_email').notNull(),
    /** Old CPS e-mail given at registration (rule A4), lower case; enables product migration. */
    oldCpsEmail: text('old_cps_email'),
    status: businessStatusEnum('status').notNull().default('active'),
    /** When the "set your password" e-mail (rule A5) was sent. */
    activationEmailSentAt: timestamptz('activation_email_sent_at'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('businesses_old_cps_email_idx').on(t.oldCpsEmail),
    check('businesses_old_cps_email_lower', sql`${t.oldCpsEmail} = lower(${t.oldCpsEmail})`),
  ],
);

/**
 * An application for a business account. A `draft` may be incomplete; from `under-review` on,
 * every field of the `account.submit` contract is present (enforced by a check constraint).
 */
export const applications = pgTable(
  'applications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** Human-readable and unique, e.g. `APP-7K3M9Q`. */
    reference: text('reference').notNull().unique('applications_reference_unique'),
    memberId: uuid('member_id')
      .notNull()
      .references(() => members.id),
    countryCode: countryCode('country_code').references(() => countries.code),
    companyName: text('company_name'),
    address: text('address'),
    vatRegistered: boolean('vat_registered'),
    vatNumber: text('vat_number'),
    documentType: documentTypeEnum('document_type'),
    /** The applicant confirmed being authorised to give these details (rule A2). */
    authorised: boolean('authorised').notNull().default(false),
    contactEmail: text('contact_email'),
    /** Lower case. */
    oldCpsEmail: text('old_cps_email'),
    status: applicationStatusEnum('status').notNull().default('draft'),
    rejectionReason: text('rejection_reason'),
    submittedAt: timestamptz('submitted_at'),
    /** Submission + two business days (rule A5), in the applicant's country. */
    expectedDecisionDate: date('expected_decision_date', { mode: 'string' }),
    decidedAt: timestamptz('decided_at'),
    /** Back-office actor who decided. */
    decidedBy: text('decided_by'),
    /** Set on approval. */
    businessId: uuid('business_id').references(() => businesses.id),
    /** What the bot read in the supporting document (domain/documentFacts `DocumentFacts`); null until read. */
    documentCheck: jsonb('document_check').$type<DocumentFacts>(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('applications_status_submitted_at_idx').on(t.status, t.submittedAt),
    index('applications_member_id_idx').on(t.memberId),
    /** At most one open application per member. */
    uniqueIndex('applications_one_open_per_member')
      .on(t.memberId)
      .where(sql`${t.status} in ('draft', 'under-review')`),
    check(
      'applications_complete_when_submitted',
      sql`${t.status} = 'draft' or (${t.countryCode} is not null and ${t.companyName} is not null and ${t.address} is not null and ${t.vatRegistered} is not null and ${t.documentType} is not null and ${t.authorised} and ${t.contactEmail} is not null and ${t.submittedAt} is not null)`,
    ),
    check('applications_decided', sql`${t.status} not in ('approved', 'rejected') or ${t.decidedAt} is not null`),
    check('applications_approved_has_business', sql`${t.status} <> 'approved' or ${t.businessId} is not null`),
    check('applications_old_cps_email_lower', sql`${t.oldCpsEmail} = lower(${t.oldCpsEmail})`),
  ],
);

/** The supporting document of an application, stored in the database. */
export const applicationDocuments = pgTable(
  'application_documents',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    applicationId: uuid('application_id')
      .notNull()
      .references(() => applications.id, { onDelete: 'cascade' }),
    documentType: documentTypeEnum('document_type').notNull(),
    /** Original file name from the attachment, when there was one. */
    fileName: text('file_name'),
    mediaType: text('media_type').notNull(),
    byteSize: integer('byte_size').notNull(),
    /** Lower-case hex SHA-256 of `content`; the same file uploaded twice is stored once. */
    sha256: text('sha256').notNull(),
    content: bytea('content').notNull(),
    uploadedAt: timestamptz('uploaded_at').notNull().defaultNow(),
  },
  (t) => [
    unique('application_documents_application_sha256_unique').on(t.applicationId, t.sha256),
    check('application_documents_sha256_hex', sql`${t.sha256} ~ '^[0-9a-f]{64}$'`),
    check('application_documents_byte_size', sql`${t.byteSize} = octet_length(${t.content})`),
  ],
);

export const businessesRelations = relations(businesses, ({ one, many }) => ({
  country: one(countries, { fields: [businesses.countryCode], references: [countries.code] }),
  members: many(members),
  applications: many(applications),
  registeredProducts: many(registeredProducts),
  productMigrations: many(productMigrations),
  serialConflicts: many(serialConflicts),
  memberships: many(memberships),
}));

export const applicationsRelations = relations(applications, ({ one, many }) => ({
  member: one(members, { fields: [applications.memberId], references: [members.id] }),
  country: one(countries, { fields: [applications.countryCode], references: [countries.code] }),
  business: one(businesses, { fields: [applications.businessId], references: [businesses.id] }),
  documents: many(applicationDocuments),
}));

export const applicationDocumentsRelations = relations(applicationDocuments, ({ one }) => ({
  application: one(applications, { fields: [applicationDocuments.applicationId], references: [applications.id] }),
}));

export type Business = typeof businesses.$inferSelect;
export type NewBusiness = typeof businesses.$inferInsert;
export type Application = typeof applications.$inferSelect;
export type NewApplication = typeof applications.$inferInsert;
export type ApplicationDocument = typeof applicationDocuments.$inferSelect;
export type NewApplicationDocument = typeof applicationDocuments.$inferInsert;
