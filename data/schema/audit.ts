import { index, jsonb, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { timestamptz } from './common';

/** Append-only record of who did what: back-office decisions, agent actions, imports. */
export const auditLog = pgTable(
  'audit_log',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** e.g. `backoffice`, `agent:<uuid>`, `member:<uuid>`, `job:<kind>`. */
    actor: text('actor').notNull(),
    /** e.g. `application.approve`. */
    action: text('action').notNull(),
    /** e.g. `application:<uuid>`. */
    subject: text('subject').notNull(),
    details: jsonb('details').$type<Record<string, unknown>>().notNull().default({}),
    at: timestamptz('at').notNull().defaultNow(),
  },
  (t) => [index('audit_log_subject_at_idx').on(t.subject, t.at), index('audit_log_at_idx').on(t.at)],
);

export type AuditLogEntry = typeof auditLog.$inferSelect;
export type NewAuditLogEntry = typeof auditLog.$inferInsert;
