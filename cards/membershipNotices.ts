import type { Translate } from '../locales';
import { actionSet, adaptiveCard, heading, submit, text, type AdaptiveCard, type CardElement } from './adaptive';
import { whatIfText, type WhatIfView } from './productsMeter';

/** Why this member cannot join CPS yet, and the one step that helps. */
export type JoinBlockedView = { readonly state: 'apply' } | { readonly state: 'pending' } | { readonly state: 'inactive' };

export function joinBlockedCard(view: JoinBlockedView, t: Translate): AdaptiveCard {
  switch (view.state) {
    case 'apply':
      return adaptiveCard([text(t('membership.needsAccount')), actionSet([submit(t('menu.account'), 'account.apply', {}, 'positive')])]);
    case 'pending':
      return adaptiveCard([text(t('membership.applicationPending')), actionSet([submit(t('menu.accountStatus'), 'account.status')])]);
    case 'inactive':
      return adaptiveCard([text(t('membership.accountInactive')), actionSet([submit(t('menu.support'), 'handoff.request')])]);
  }
}

/** Below the invitation threshold (rule E1): how many points are missing and what would get there. */
export interface NotInvitedView {
  readonly total: number;
  readonly threshold: number;
  readonly toGo: number;
  /** Registrations without a green tick (finishing them may be enough). */
  readonly incompleteCount: number;
  readonly whatIf?: WhatIfView;
}

export function notInvitedCard(view: NotInvitedView, t: Translate): AdaptiveCard {
  const body: CardElement[] = [
    heading(t('membership.notInvited.title', { points: view.total })),
    text(t('membership.notInvited.body', { threshold: view.threshold, toGo: view.toGo })),
  ];
  if (view.whatIf) body.push(text(whatIfText(view.whatIf, t), { weight: 'bolder' }));
  if (view.incompleteCount > 0) body.push(text(t('membership.notInvited.incomplete', { count: view.incompleteCount }), { isSubtle: true }));
  body.push(actionSet([submit(t('menu.products'), 'product.add', {}, 'positive'), submit(t('menu.myProducts'), 'products.list')]));
  return adaptiveCard(body);
}
