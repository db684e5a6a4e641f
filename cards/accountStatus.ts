import type { MessageKey, Translate } from '../locales';
import { adaptiveCard, heading, submit, type AdaptiveCard, type Fact, type SubmitAction } from './adaptive';

export type AccountNextStep = 'apply' | 'continue' | 'fix' | 'register-product';

export interface AccountStatusView {
  readonly reference?: string;
  readonly state?: 'draft' | 'under-review' | 'approved' | 'rejected';
  /** Already formatted in the member's date format. */
  readonly expectedDate?: string;
  readonly nextStep?: AccountNextStep;
}

const STATE_LABEL: Readonly<Record<NonNullable<AccountStatusView['state']>, MessageKey>> = {
  draft: 'account.state.draft',
  'under-review': 'account.state.under-review',
  approved: 'account.state.approved',
  rejected: 'account.state.rejected',
};

function nextStepAction(step: AccountNextStep, t: Translate): SubmitAction {
  switch (step) {
    case 'apply':
      return submit(t('account.action.apply'), 'account.apply', {}, 'positive');
    case 'continue':
      return submit(t('account.action.continue'), 'account.apply', {}, 'positive');
    case 'fix':
      return submit(t('account.action.fix'), 'account.apply', {}, 'positive');
    case 'register-product':
      return submit(t('account.action.registerProduct'), 'product.add', {}, 'positive');
  }
}

/** Where the member's application stands (reference, status, expected decision) and the one next step. */
export function accountStatusCard(view: AccountStatusView, t: Translate): AdaptiveCard {
  const facts: Fact[] = [
    ...(view.reference ? [{ title: t('account.status.reference'), value: view.reference }] : []),
    ...(view.state ? [{ title: t('account.status.state'), value: t(STATE_LABEL[view.state]) }] : []),
    ...(view.expectedDate ? [{ title: t('account.status.expected'), value: view.expectedDate }] : []),
  ];
  return adaptiveCard(
    [heading(t('account.status.title')), ...(facts.length > 0 ? [{ type: 'FactSet' as const, facts }] : [])],
    view.nextStep ? [nextStepAction(view.nextStep, t)] : [],
  );
}
