import type { Translate } from '../locales';
import { actionSet, adaptiveCard, heading, submit, text, type AdaptiveCard } from './adaptive';

export interface MembershipManageView {
  readonly membershipNumber: string;
  readonly tierName: string;
  /** Formatted last valid day. */
  readonly validUntil: string;
  /** Set when the membership is cancelled: it ends on `validUntil` instead of renewing. */
  readonly cancelled: boolean;
  /** The stored contact e-mail, or what the member typed when it was refused. */
  readonly contactEmail: string;
  /** A refusal of the typed e-mail, shown under the field. */
  readonly contactError?: string;
  readonly paymentMethod: 'card' | 'bank-transfer';
}

/** "My CPS membership": the facts, the contact e-mail (`contact.change`) and cancelling (`membership.cancel`). */
export function membershipManageCard(view: MembershipManageView, t: Translate): AdaptiveCard {
  return adaptiveCard([
    heading(t('self.title')),
    {
      type: 'FactSet',
      facts: [
        { title: t('self.number'), value: view.membershipNumber },
        { title: t('self.tier'), value: view.tierName },
        { title: t(view.cancelled ? 'self.ends' : 'self.renewal'), value: view.validUntil },
      ],
    },
    { type: 'Input.Text', id: 'contactEmail', label: t('self.contactEmail'), style: 'email', isRequired: true, errorMessage: t('account.form.required'), maxLength: 254, value: view.contactEmail },
    ...(view.contactError ? [text(view.contactError, { color: 'attention' })] : []),
    actionSet([submit(t('self.saveEmail'), 'contact.change')]),
    text(`**${t('self.payment.title')}** · ${t('self.payment.current', { method: view.paymentMethod })}`),
    actionSet([
      { ...submit(t('self.tier.change'), 'tier.change'), associatedInputs: 'none' },
      { ...submit(t('self.payment.newCard'), 'payment.change', { method: 'card' }), associatedInputs: 'none' },
      ...(view.paymentMethod === 'card' ? [{ ...submit(t('self.payment.bank'), 'payment.change', { method: 'bank-transfer' }), associatedInputs: 'none' as const }] : []),
      ...(view.cancelled ? [] : [{ ...submit(t('self.cancel'), 'membership.cancel', {}, 'destructive'), associatedInputs: 'none' as const }]),
    ]),
  ]);
}

/** Before cancelling: until when the membership stays usable; `membership.cancel` with `confirm: true` cancels. */
export function membershipCancelCard(view: { readonly validUntil: string }, t: Translate): AdaptiveCard {
  return adaptiveCard([
    heading(t('self.cancel.title')),
    text(t('self.cancel.body', { date: view.validUntil })),
    actionSet([submit(t('self.cancel.yes'), 'membership.cancel', { confirm: true }, 'destructive'), submit(t('self.cancel.no'), 'membership.view')]),
  ]);
}

export interface ProductRemovalView {
  readonly productId: string;
  readonly modelName: string;
  readonly lines: readonly string[];
}

/** Before removing a sold or lost product: the points before and after, and the tier at renewal; `product.remove` with `confirm: true` removes. */
export function productRemovalCard(view: ProductRemovalView, t: Translate): AdaptiveCard {
  return adaptiveCard([
    heading(t('self.product.title', { model: view.modelName })),
    ...view.lines.map((line) => text(line)),
    actionSet([
      submit(t('self.product.yes'), 'product.remove', { productId: view.productId, confirm: true }, 'destructive'),
      submit(t('self.product.no'), 'products.list'),
    ]),
  ]);
}
