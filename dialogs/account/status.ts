import type { AdaptiveCard } from '../../cards/adaptive';
import { accountStatusCard } from '../../cards/accountStatus';
import type { Application } from '../../data/schema/businesses';
import type { Language, Translate } from '../../locales';
import { formatDate } from './format';
import { canonLoginLink, canonPasswordResetLink } from '../../services/account/canonLinks';

export interface StatusReply {
  readonly text: string;
  readonly card: AdaptiveCard;
}

/**
 * What to tell the member about their application (or its absence): one sentence with the status
 * and the next step, and a card with the reference, the state, the expected date and one action.
 */
export function statusReply(application: Application | undefined, t: Translate, language: Language): StatusReply {
  if (!application) return { text: t('account.status.none'), card: accountStatusCard({ nextStep: 'apply' }, t) };
  const reference = application.reference;
  const expectedDate = application.expectedDecisionDate ? formatDate(language, application.expectedDecisionDate) : undefined;
  switch (application.status) {
    case 'draft':
      return { text: t('account.status.draft', { reference }), card: accountStatusCard({ reference, state: 'draft', nextStep: 'continue' }, t) };
    case 'under-review':
      return {
        text: t('account.status.underReview', { reference, date: expectedDate ?? '' }),
        card: accountStatusCard({ reference, state: 'under-review', ...(expectedDate ? { expectedDate } : {}) }, t),
      };
    case 'approved':
      return {
        text: t('account.status.approved', { company: application.companyName ?? '' }),
        card: accountStatusCard({ reference, state: 'approved', nextStep: 'register-product' }, t),
      };
    case 'rejected':
      return {
        text: t('account.status.rejected', { reference, reason: application.rejectionReason ?? '' }),
        card: accountStatusCard({ reference, state: 'rejected', nextStep: 'fix' }, t),
      };
  }
}

/** Rule A5: before approval, wait for the automatic e-mail; after it, the password can be reset any time. */
export function passwordAdvice(application: Application | undefined, t: Translate, language: Language): string {
  if (application?.status === 'approved') {
    return t('account.password.afterApproval', { resetLink: canonPasswordResetLink(language), loginLink: canonLoginLink(language) });
  }
  if (application?.status === 'under-review' && application.expectedDecisionDate) {
    return t('account.password.beforeApproval', { date: formatDate(language, application.expectedDecisionDate) });
  }
  return t('account.password.noApplication');
}
