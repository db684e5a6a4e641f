import { createApplicationRepository } from '../../data/repositories/applications';
import { createBusinessRepository } from '../../data/repositories/businesses';
import type { Application } from '../../data/schema/businesses';
import { isLanguage, type Language } from '../../domain/language';
import type { JobHandler } from '../../jobs/runner';
import { translator } from '../../locales';
import { accountStatusCard } from '../../cards/accountStatus';
import type { Services } from '../index';
import { CANON_NO_REPLY, canonLoginLink, canonPasswordResetLink } from './canonLinks';

/** Job kind: tell the member in chat what the back office decided (retried until a conversation is reached). */
export const ACCOUNT_DECISION_NOTICE_JOB = 'account.decision.notice';

export const MAX_REJECTION_REASON = 1000;

export type DecisionInput =
  | { readonly decision: 'approve'; readonly actor: string }
  | { readonly decision: 'reject'; readonly reason: string; readonly actor: string };

export type DecisionOutcome =
  | { readonly kind: 'decided'; readonly application: Application }
  | { readonly kind: 'not-found' }
  | { readonly kind: 'not-under-review'; readonly status: Application['status'] };

/** A decision that lost a race with another one: the caller's transaction must roll back. */
export class DecisionConflictError extends Error {
  override readonly name = 'DecisionConflictError';
}

/**
 * The back office's side of the account journey: deciding on applications under review. Approval
 * creates the business, links the member, queues the "set your new password" e-mail from
 * donotreply@canon-europe.com in the member's language, and schedules the chat notice; rejection
 * records the reason and schedules the notice. Call inside one transaction.
 */
export function createAccountDecisions(services: Services) {
  const applications = createApplicationRepository(services.db);
  const businesses = createBusinessRepository(services.db);

  async function memberLanguage(memberId: string): Promise<Language> {
    const member = await services.members.byId(memberId);
    return isLanguage(member?.language) ? member.language : 'en';
  }

  async function decide(applicationId: string, input: DecisionInput): Promise<DecisionOutcome> {
    const application = await applications.byId(applicationId);
    if (!application) return { kind: 'not-found' };
    if (application.status !== 'under-review') return { kind: 'not-under-review', status: application.status };
    const decidedAt = services.clock();

    if (input.decision === 'reject') {
      const decided = await applications.decide(applicationId, { status: 'rejected', decidedAt, decidedBy: input.actor, rejectionReason: input.reason });
      if (!decided) throw new DecisionConflictError(`application ${applicationId} was decided meanwhile`);
      await scheduleNotice(decided);
      return { kind: 'decided', application: decided };
    }

    const { countryCode, companyName, address, vatRegistered, contactEmail } = application;
    if (!countryCode || !companyName || !address || vatRegistered === null || !contactEmail) {
      throw new Error(`application ${applicationId} is under review but incomplete`);
    }
    const business = await businesses.create({
      companyName,
      address,
      countryCode,
      vatRegistered,
      vatNumber: application.vatNumber,
      contactEmail,
      oldCpsEmail: application.oldCpsEmail,
    });
    const decided = await applications.decide(applicationId, { status: 'approved', decidedAt, decidedBy: input.actor, businessId: business.id });
    if (!decided) throw new DecisionConflictError(`application ${applicationId} was decided meanwhile`);
    await businesses.linkMember(application.memberId, business.id);

    const language = await memberLanguage(application.memberId);
    const t = translator(language);
    const loginLink = canonLoginLink(language);
    await services.outbox.queue({
      to: contactEmail,
      from: CANON_NO_REPLY,
      subject: t('account.email.subject'),
      text: t('account.email.body', { company: companyName, reference: application.reference, loginLink, resetLink: canonPasswordResetLink(language) }),
      language,
      dedupeKey: `account.activation:${applicationId}`,
    });
    await businesses.markActivationEmailSent(business.id, decidedAt);
    await scheduleNotice(decided);
    return { kind: 'decided', application: decided };
  }

  async function scheduleNotice(application: Application): Promise<void> {
    await services.jobs.enqueue({
      kind: ACCOUNT_DECISION_NOTICE_JOB,
      payload: { applicationId: application.id },
      dedupeKey: `${ACCOUNT_DECISION_NOTICE_JOB}:${application.id}`,
      maxAttempts: 10,
    });
  }

  /** Sends the decision to the member's chat (every stored conversation); throws when none is reachable, so the job retries. */
  const noticeJob: JobHandler = async (payload, { log }) => {
    const applicationId = payload['applicationId'];
    if (typeof applicationId !== 'string') throw new Error('account.decision.notice without an applicationId');
    const application = await applications.byId(applicationId);
    if (!application || (application.status !== 'approved' && application.status !== 'rejected')) {
      log.warn({ applicationId, status: application?.status }, 'no decision to tell the member about');
      return;
    }
    const reference = application.reference;
    await services.notifier.notify(application.memberId, (t) =>
      application.status === 'approved'
        ? {
            text: t('account.approved.notice', { company: application.companyName ?? '', reference, email: application.contactEmail ?? '' }),
            card: accountStatusCard({ reference, state: 'approved', nextStep: 'register-product' }, t),
          }
        : {
            text: t('account.rejected.notice', { reference, reason: application.rejectionReason ?? '' }),
            card: accountStatusCard({ reference, state: 'rejected', nextStep: 'fix' }, t),
          },
    );
  };

  return {
    decide,
    noticeJob,
    listByStatus: applications.listByStatus,
    byId: applications.byId,
    documentWithContent: applications.documentWithContent,
    documentsOf: async (applicationId: string) => {
      const document = await applications.documentOf(applicationId);
      return document ? [document] : [];
    },
  };
}

export type AccountDecisions = ReturnType<typeof createAccountDecisions>;
