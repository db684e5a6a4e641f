import type { Logger } from 'pino';
import { outboxEmails, type EmailAttachmentRef } from '../schema/jobs';
import type { Language } from '../schema/common';
import { scoped } from '../transaction';
import type { Db } from '../types';
import { createJobRepository } from './jobs';

export interface OutgoingEmail {
  readonly to: string;
  readonly from: string;
  readonly subject: string;
  readonly text: string;
  readonly html?: string;
  readonly language: Language;
  /** Queues the e-mail once per key (a retried turn or job does not send it twice). */
  readonly dedupeKey: string;
  /** Attachments by what they show; rendered by the sender (jobs/mailer.ts), never stored. */
  readonly attachments?: readonly EmailAttachmentRef[];
}

/**
 * E-mail goes through the outbox in the caller's transaction. With SMTP configured an
 * `email.send` job delivers it after commit; without, it stays in the table and is logged.
 */
export function createOutbox(db: Db, options: { smtpConfigured: boolean; log: Logger }) {
  const jobs = createJobRepository(db);
  return {
    async queue(mail: OutgoingEmail): Promise<void> {
      const [row] = await scoped(db)
        .insert(outboxEmails)
        .values({
          toAddress: mail.to,
          fromAddress: mail.from,
          subject: mail.subject,
          textBody: mail.text,
          htmlBody: mail.html ?? null,
          attachments: mail.attachments && mail.attachments.length > 0 ? [...mail.attachments] : null,
          language: mail.language,
          dedupeKey: mail.dedupeKey,
        })
        .onConflictDoNothing()
        .returning({ id: outboxEmails.id });
      if (!row) return;
      if (options.smtpConfigured) {
        await jobs.enqueue({ kind: 'email.send', payload: { outboxId: row.id }, dedupeKey: `email.send:${row.id}`, maxAttempts: 8 });
      } else {
        options.log.info({ outboxId: row.id }, 'SMTP_URL not set: e-mail kept in the outbox table');
      }
    },
  };
}

export type Outbox = ReturnType<typeof createOutbox>;
