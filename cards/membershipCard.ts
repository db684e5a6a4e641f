import type { Translate } from '../locales';
import { actionSet, adaptiveCard, heading, text, type AdaptiveCard, type CardElement, type OpenUrlAction } from './adaptive';
import { tierLabel } from './membershipTiers';

/** A CPS membership (rules M3–M6); dates already formatted for the member's locale. */
export interface MembershipCardView {
  /** `welcome` right after the purchase; `existing` when the member looks at it later. */
  readonly occasion: 'welcome' | 'existing';
  readonly tier: { readonly code: string; readonly name: string };
  readonly membershipNumber: string;
  /** Rule M6: the number the business had before, if any. */
  readonly previousNumber: string | null;
  readonly validUntil: string;
  readonly method: 'card' | 'bank-transfer';
  /** The stored card, e.g. "Visa ending in 4242". */
  readonly card?: string;
  /** Link to the hosted payment page, while no card is stored. */
  readonly payLink?: string;
}

function openUrl(title: string, url: string): OpenUrlAction {
  return { type: 'Action.OpenUrl', title, url };
}

export function membershipCard(view: MembershipCardView, t: Translate): AdaptiveCard {
  const name = tierLabel(view.tier, t);
  const body: CardElement[] =
    view.occasion === 'welcome'
      ? [heading(t('membership.welcome.title', { tier: name })), text(t('membership.welcome.active'), { weight: 'bolder' })]
      : [heading(t('membership.card.title'))];
  body.push({
    type: 'FactSet',
    facts: [
      { title: t('membership.card.tier'), value: `CPS ${name}` },
      { title: t('membership.card.number'), value: view.membershipNumber },
      { title: t('membership.card.validUntil'), value: view.validUntil },
      { title: t('membership.card.payment'), value: t(view.method === 'card' ? 'membership.payment.card' : 'membership.payment.bankTransfer') },
    ],
  });
  if (view.previousNumber) {
    body.push(
      text(t('membership.card.numberChanged', { oldNumber: view.previousNumber, newNumber: view.membershipNumber }), {
        weight: 'bolder',
      }),
    );
  }
  if (view.method === 'card') {
    body.push(text(view.card ? t('membership.card.cardSaved', { card: view.card }) : t('membership.card.cardNext')));
    if (!view.card && view.payLink) body.push(actionSet([openUrl(t('membership.card.addCard'), view.payLink)]));
  } else {
    body.push(text(t('membership.card.bankNext')));
  }
  return adaptiveCard(body);
}
