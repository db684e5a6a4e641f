import { sql } from 'drizzle-orm';
import { check, index, integer, jsonb, pgEnum, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { createdAt, languageEnum, timestamptz, updatedAt } from './common';

export const jobStatusEnum = pgEnum('job_status', ['pending', 'running', 'done', 'failed']);
export type JobStatus = (typeof jobStatusEnum.enumValues)[number];

export const emailStatusEnum = pgEnum('email_status', ['pending', 'sent', 'failed']);
export type EmailStatus = (typeof emailStatusEnum.enumValues)[number];

/**
 * Durable scheduled work. A worker claims due `pending` rows (or `running` rows whose lock expired)
 * with `FOR UPDATE SKIP LOCKED`, sets `locked_by`/`locked_until`, and retries until `max_attempts`.
 */
export const jobs = pgTable(
  'jobs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** e.g. `application.review`, `invoice.issue`, `card.charge`. */
    kind: text('kind').notNull(),
    payload: jsonb('payload').$type<Record<string, unknown>>().notNull().default({}),
    runAt: timestamptz('run_at').notNull().defaultNow(),
    attempts: integer('attempts').notNull().default(0),
    maxAttempts: integer('max_attempts').notNull().default(5),
    status: jobStatusEnum('status').notNull().default('pending'),
    /** Worker id holding the job. */
    lockedBy: text('locked_by'),
    lockedUntil: timestamptz('locked_until'),
    lastError: text('last_error'),
    /** Enqueue with `on conflict do nothing` on this key to schedule a piece of work once. */
    dedupeKey: text('dedupe_key').unique('jobs_dedupe_key_unique'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('jobs_status_run_at_idx').on(t.status, t.runAt),
    check('jobs_attempts', sql`${t.attempts} >= 0 and ${t.maxAttempts} >= 1`),
  ],
);

/** Outgoing e-mail. Without `SMTP_URL` rows stay here (and in the log) instead of being sent. */
export const outboxEmails = pgTable(
  'outbox_emails',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    toAddress: text('to_address').notNull(),
    fromAddress: text('from_address').notNull(),
    subject: text('subject').notNull(),
    textBody: text('text_body').notNull(),
    htmlBody: text('html_body'),
    /** What to attach, rendered when the e-mail is sent (never stored): e.g. `[{ kind: 'invoice-pdf', invoiceId }]`. */
    attachments: jsonb('attachments').$type<EmailAttachmentRef[]>(),
    language: languageEnum('language').notNull(),
    status: emailStatusEnum('status').notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    lastError: text('last_error'),
    /** Optional idempotency key, so an e-mail is queued once. */
    dedupeKey: text('dedupe_key').unique('outbox_emails_dedupe_key_unique'),
    createdAt: createdAt(),
    sentAt: timestamptz('sent_at'),
  },
  (t) => [index('outbox_emails_status_created_at_idx').on(t.status, t.createdAt)],
);

/** An attachment named by what it shows; the sender renders it (see jobs/mailer.ts). */
export interface EmailAttachmentRef {
  readonly kind: 'invoice-pdf';
  readonly invoiceId: string;
}

export type Job = typeof jobs.$inferSelect;
export type NewJob = typeof jobs.$inferInsert;
export type OutboxEmail = typeof outboxEmails.$inferSelect;
export type NewOutboxEmail = typeof outboxEmails.$inferInsert;
