import type { Logger } from 'pino';
import type { JobRepository } from '../data/repositories/jobs';
import type { MemberRepository } from '../data/repositories/members';
import type { Outbox } from '../data/repositories/outbox';
import type { Db } from '../data/types';
import type { MemberNotifier } from '../jobs/notifier';
import type { DocumentReader } from './documents/reader';
import type { InvoiceLinks } from './payments/invoiceLinks';
import type { RetentionPeriods } from '../domain/retention';
import type { DataRights } from './member/dataRights';

/** Long-lived collaborators the journeys use; built once by bot/app.ts. Repositories join the turn's transaction by themselves. */
export interface Services {
  readonly db: Db;
  readonly log: Logger;
  readonly members: MemberRepository;
  readonly jobs: JobRepository;
  readonly outbox: Outbox;
  readonly notifier: MemberNotifier;
  /** Signs the members' 24-hour links to an invoice PDF (`invoice.view`). */
  readonly invoiceLinks: InvoiceLinks;
  /** Export (signed 24 h link) and erasure of a member's data. */
  readonly dataRights: DataRights;
  /** Reads uploaded documents in a pool of threads (created once per app, closed with it). */
  readonly documents: DocumentReader;
  /** Now, injectable so tests can travel in time. */
  readonly clock: () => Date;
  readonly settings: Readonly<{
    invoiceDelaySeconds: number;
    /** Public base URL of this server, for links the bot sends (payment page, dashboard). */
    publicUrl: string;
    /** Hosts exempt from the internal-address check of member-supplied URLs (`ATTACHMENT_ALLOWED_HOSTS`). */
    attachmentAllowedHosts: ReadonlySet<string>;
    /** Retention periods of the daily `privacy.retention` job (RETENTION_* variables). */
    retention: RetentionPeriods;
  }>;
}
