import { transactional, type JobHandler, JobHandlers } from '../../jobs/runner';
import { localDate } from '../../domain/businessDays';
import { nextRenewalSweep, RENEWAL_REMINDER_JOB, RENEWAL_SWEEP_JOB, renewalReminderFacts, scheduleRenewalReminders } from '../../services/member/renewalReminders';
import { formatDate } from '../account/format';
import type { Services } from '../../services';

/**
 * Renewal reminders 30 and 7 days before the renewal (services/member/renewalReminders.ts): the
 * daily pass schedules them, and each is sent in chat in the member's language, unless the
 * membership was cancelled or ended meanwhile.
 */
export function renewalReminderJobs(services: Services): JobHandlers {
  const sweep: JobHandler = async (_payload, { log }) => {
    const now = services.clock();
    const scheduled = await scheduleRenewalReminders(services.db, localDate(now, 'UTC'));
    await services.jobs.enqueue({ kind: RENEWAL_SWEEP_JOB, ...nextRenewalSweep(now) });
    log.info({ scheduled }, 'renewal reminders scheduled');
  };

  const remind: JobHandler = async (payload, { log }) => {
    const { membershipId, memberId } = payload;
    if (typeof membershipId !== 'string' || typeof memberId !== 'string') throw new Error('renewal reminder payload lacks its ids');
    const facts = await renewalReminderFacts(services.db, membershipId);
    if (!facts) return log.info({ membershipId }, 'membership cancelled or ended; no renewal reminder');
    const reached = await services.notifier.notify(memberId, (t, language) => ({
      text: t('renewal.reminder', { number: facts.membershipNumber, tier: facts.tierName, date: formatDate(language, facts.validUntil) }),
    }));
    log.info({ membershipId, reached }, 'renewal reminder sent in chat');
  };

  return { [RENEWAL_SWEEP_JOB]: transactional(sweep), [RENEWAL_REMINDER_JOB]: remind };
}
