import { eq } from 'drizzle-orm';
import type { Transporter } from 'nodemailer';
import type { Logger } from 'pino';
import { outboxEmails, type EmailAttachmentRef } from '../data/schema/jobs';
import type { Language } from '../data/schema/common';
import { scoped } from '../data/transaction';
import type { Db } from '../data/types';
import type { JobHandler } from './runner';

export const EMAIL_SEND_JOB = 'email.send';

/** A file attached to an e-mail. */
export interface RenderedAttachment {
  readonly filename: string;
  readonly contentType: string;
  readonly content: Uint8Array;
}

/** Renders an attachment named in the outbox row (e.g. the invoice PDF) in the e-mail's language. */
export type AttachmentRenderer = (ref: EmailAttachmentRef, language: Language) => Promise<RenderedAttachment>;

/**
 * Sends one outbox e-mail over SMTP. Without SMTP_URL nothing is enqueued: mail stays in
 * `outbox_emails` and the log (see data/repositories/outbox.ts).
 */
export function createEmailSendHandler(db: Db, smtpUrl: string, log: Logger, renderAttachment?: AttachmentRenderer): JobHandler {
  // nodemailer is loaded with the first e-mail, not at every start.
  let transport: Promise<Transporter> | undefined;
  const connect = async () => (await import('nodemailer')).default.createTransport(smtpUrl);
  return async (payload, { complete }) => {
    const id = String(payload['outboxId']);
    const [mail] = await scoped(db).select().from(outboxEmails).where(eq(outboxEmails.id, id));
    if (!mail || mail.status === 'sent') return;
    // Attachments are rendered here, outside any transaction, from the facts as they are now.
    const attachments: RenderedAttachment[] = [];
    for (const ref of mail.attachments ?? []) {
      if (!renderAttachment) throw new Error(`no renderer for the ${ref.kind} attachment`);
      attachments.push(await renderAttachment(ref, mail.language));
    }
    transport ??= connect();
    await (await transport).sendMail({
      from: mail.fromAddress,
      to: mail.toAddress,
      subject: mail.subject,
      text: mail.textBody,
      ...(mail.htmlBody ? { html: mail.htmlBody } : {}),
      headers: { 'Content-Language': mail.language },
      ...(attachments.length > 0
        ? { attachments: attachments.map((a) => ({ filename: a.filename, contentType: a.contentType, content: Buffer.from(a.content) })) }
        : {}),
    });
    await complete(async () => {
      await scoped(db).update(outboxEmails).set({ status: 'sent', sentAt: new Date(), attempts: mail.attempts + 1 }).where(eq(outboxEmails.id, id));
    });
    log.info({ outboxId: id }, 'e-mail sent');
  };
}
