import type { Translate } from '../locales';
import { actionSet, adaptiveCard, heading, submit, text, type AdaptiveCard, type CardAction, type CardElement } from './adaptive';
import { missingFieldsText, type RequiredProductField } from './productsEntry';

/** Why this member cannot register products yet, and the one step that helps. */
export type NoBusinessView = { readonly state: 'apply' } | { readonly state: 'pending' } | { readonly state: 'inactive' };

export function noBusinessCard(view: NoBusinessView, t: Translate): AdaptiveCard {
  switch (view.state) {
    case 'apply':
      return adaptiveCard([text(t('products.needsAccount')), actionSet([submit(t('menu.account'), 'account.apply', {}, 'positive')])]);
    case 'pending':
      return adaptiveCard([text(t('products.applicationPending')), actionSet([submit(t('menu.accountStatus'), 'account.status')])]);
    case 'inactive':
      return adaptiveCard([text(t('products.accountInactive')), actionSet([submit(t('products.button.support'), 'handoff.request')])]);
  }
}

export interface ProductSavedView {
  readonly productId: string;
  readonly modelName: string;
  readonly outcome: 'saved' | 'already-registered';
  readonly serialNumber: string | null;
  readonly complete: boolean;
  readonly points: number;
  readonly missing: readonly RequiredProductField[];
  readonly total: number;
}

/** The answer to `product.submit`: green tick and points, or what is still missing; the new total. */
export function productSavedCard(view: ProductSavedView, t: Translate): AdaptiveCard {
  const body: CardElement[] = [];
  if (view.outcome === 'already-registered') {
    body.push(text(t('products.saved.alreadyRegistered', { model: view.modelName, serial: view.serialNumber ?? '' })));
  } else if (view.complete) {
    const message = view.points > 0 ? t('products.saved.complete', { model: view.modelName, points: view.points }) : t('products.saved.completeNoPoints', { model: view.modelName });
    body.push(text(message, { weight: 'bolder' }));
  } else {
    body.push(text(t('products.saved.incomplete', { model: view.modelName, fields: missingFieldsText(view.missing, t) }), { weight: 'bolder' }));
  }
  body.push(text(t('products.saved.total', { points: view.total })));
  const actions: CardAction[] = [];
  if (!view.complete || view.outcome === 'already-registered') actions.push(submit(t('products.button.view'), 'product.view', { productId: view.productId }, 'positive'));
  actions.push(submit(t('products.button.addAnother'), 'product.add'));
  actions.push(submit(t('products.button.list'), 'products.list'));
  body.push(actionSet(actions));
  return adaptiveCard(body);
}

export interface InvitationView {
  readonly points: number;
  readonly threshold: number;
}

/** Rule E1: the invitation to join CPS, with the `cps.join` button. */
export function invitationCard(view: InvitationView, t: Translate): AdaptiveCard {
  return adaptiveCard([
    heading(t('products.invitation.title', { points: view.points })),
    text(t('products.invitation.body', { threshold: view.threshold })),
    actionSet([submit(t('menu.join'), 'cps.join', {}, 'positive')]),
  ]);
}
