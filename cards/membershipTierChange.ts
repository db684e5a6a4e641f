import type { Translate } from '../locales';
import { actionSet, adaptiveCard, heading, submit, text, type AdaptiveCard } from './adaptive';

export interface TierChoiceButton {
  readonly code: string;
  readonly name: string;
  /** The points do not open it yet (choosing it says what is missing). */
  readonly locked: boolean;
}

/** "Change tier": one button per other tier (`tier.change` with `tier`). */
export function tierChangeCard(view: { readonly currentName: string; readonly renewal: string; readonly tiers: readonly TierChoiceButton[] }, t: Translate): AdaptiveCard {
  return adaptiveCard([
    heading(t('self.tier.title')),
    text(t('self.tier.choose', { tier: view.currentName, date: view.renewal })),
    actionSet(view.tiers.map((tier) => submit(tier.locked ? t('self.tier.lockedButton', { tier: tier.name }) : tier.name, 'tier.change', { tier: tier.code }))),
  ]);
}

/** Before an upgrade or a downgrade: what happens and when; `tier.change` with `confirm: true` carries it out. */
export function tierChangeConfirmCard(view: { readonly tierCode: string; readonly title: string; readonly body: string; readonly yes: string }, t: Translate): AdaptiveCard {
  return adaptiveCard([
    heading(view.title),
    text(view.body),
    actionSet([submit(view.yes, 'tier.change', { tier: view.tierCode, confirm: true }), submit(t('self.tier.keep'), 'membership.view')]),
  ]);
}
