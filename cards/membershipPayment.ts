import type { Translate } from '../locales';
import { actionSet, adaptiveCard, heading, submit, text, type AdaptiveCard, type CardElement, type ChoiceSetInput } from './adaptive';
import { tierLabel } from './membershipTiers';

export const PAYMENT_METHOD_INPUT_ID = 'method';

/** The payment choice (rules M1, M3, M4) for a chosen tier; amounts already formatted for the member's locale. */
export interface PaymentCardView {
  readonly tier: { readonly code: string; readonly name: string };
  readonly fee: string;
  readonly vatRate: string;
  readonly vat: string;
  readonly total: string;
  /** Pre-selected method (the member's earlier choice when the card is shown again). */
  readonly method?: 'card' | 'bank-transfer';
  readonly error?: string;
}

/**
 * What the year costs, then card or bank transfer with exactly when money moves for each, and the
 * `payment.submit` button (carrying the tier, re-checked on the server).
 */
export function paymentCard(view: PaymentCardView, t: Translate): AdaptiveCard {
  const name = tierLabel(view.tier, t);
  const method: ChoiceSetInput = {
    type: 'Input.ChoiceSet',
    wrap: true,
    id: PAYMENT_METHOD_INPUT_ID,
    label: t('membership.payment.method'),
    style: 'expanded',
    isRequired: true,
    errorMessage: t('membership.payment.methodRequired'),
    choices: [
      { title: t('membership.payment.card'), value: 'card' },
      { title: t('membership.payment.bankTransfer'), value: 'bank-transfer' },
    ],
    ...(view.method ? { value: view.method } : {}),
  };
  const body: CardElement[] = [heading(t('membership.payment.title', { tier: name }))];
  if (view.error) body.push(text(view.error, { color: 'attention', weight: 'bolder' }));
  body.push(
    {
      type: 'FactSet',
      facts: [
        { title: t('membership.payment.annualFee'), value: view.fee },
        { title: t('membership.payment.vat', { rate: view.vatRate }), value: view.vat },
        { title: t('membership.payment.total'), value: view.total },
      ],
    },
    method,
    text(t('membership.payment.cardInfo'), { isSubtle: true }),
    text(t('membership.payment.bankInfo'), { isSubtle: true }),
    text(t('membership.payment.invoiceInfo')),
    actionSet([
      submit(t('membership.payment.confirm', { tier: name }), 'payment.submit', { tier: view.tier.code }, 'positive'),
      { ...submit(t('membership.payment.back'), 'cps.join', { change: true }), associatedInputs: 'none' },
    ]),
  );
  return adaptiveCard(body);
}
