import { isOneOf } from './records';

/**
 * Every kind of durable job, once. `jobs.kind` holds one of these; enqueueing or registering a
 * handler for any other string fails the type check, and the app refuses to start when a kind has
 * no handler (`bot/app.ts`). Each kind's constant lives beside its handler.
 */
export const JOB_KINDS = [
  'email.send',
  'account.decision.notice',
  'document.read',
  'support.notify',
  'support.idle',
  'invoice.issue',
  'invoice.reminder',
  'invoice.dunning',
  'card.charge',
  'membership.notify',
  'membership.end',
  'membership.renewal-reminders',
  'membership.renewal-reminder',
  'tier.downgrade',
  'cps.tier-opened',
  'cps.tier-opened.notify',
  'cps.invitation',
  'cps.invitation.notify',
  'privacy.retention',
] as const;

export type JobKind = (typeof JOB_KINDS)[number];

export function isJobKind(value: unknown): value is JobKind {
  return isOneOf(JOB_KINDS, value);
}
