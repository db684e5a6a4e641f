/**
 * How long data is kept. Accounting records (invoices and payments) are kept for the bookkeeping
 * period of the seller's country even after a member asks for erasure (GDPR art. 17(3)(b)): Denmark
 * 5 years (bogføringsloven), Sweden 7 years (bokföringslagen), the Netherlands 7 years (fiscale
 * bewaarplicht); other countries the longest of these.
 */
export const ACCOUNTING_RETENTION_YEARS: Readonly<Record<string, number>> = { DK: 5, SE: 7, NL: 7 };
const DEFAULT_ACCOUNTING_YEARS = 7;

/** Years accounting records of a business in `countryCode` are kept. */
export function accountingRetentionYears(countryCode: string | null | undefined): number {
  return (countryCode ? ACCOUNTING_RETENTION_YEARS[countryCode.toUpperCase()] : undefined) ?? DEFAULT_ACCOUNTING_YEARS;
}

/** The last day (YYYY-MM-DD) accounting records created up to `now` are kept: end of the year, plus the period. */
export function accountingKeptUntil(countryCode: string | null | undefined, now: Date): string {
  return `${now.getUTCFullYear() + accountingRetentionYears(countryCode)}-12-31`;
}

/** The periods of the retention job, in days (configurable; see README "Configuration"). */
export interface RetentionPeriods {
  /** Redelivery records of processed activities. */
  readonly processedActivitiesDays: number;
  /** Conversation state (dialog stacks, drafts in progress) not touched for this long. */
  readonly inactiveBotStateDays: number;
  /** Questions the FAQ could not answer, and feedback questions: their text is anonymised. */
  readonly unansweredQuestionsDays: number;
  /** Documents of rejected applications, after the decision. */
  readonly rejectedDocumentsDays: number;
  /** Transcripts of closed support cases, after closing. */
  readonly closedSupportTranscriptDays: number;
}

export const DEFAULT_RETENTION: RetentionPeriods = {
  processedActivitiesDays: 7,
  inactiveBotStateDays: 90,
  unansweredQuestionsDays: 180,
  rejectedDocumentsDays: 30,
  closedSupportTranscriptDays: 365,
};

/** The moment `days` days before `now`. */
export function daysBefore(now: Date, days: number): Date {
  return new Date(now.getTime() - days * 24 * 60 * 60 * 1000);
}
