import { membershipEn } from '../locales/membership/en';
import type { MessageKey, Translate } from '../locales';
import {
  actionSet,
  adaptiveCard,
  execute,
  heading,
  submit,
  text,
  type AdaptiveCard,
  type CardElement,
  type ToggleInput,
} from './adaptive';

/** A tier's display name from the catalogue (the brand names Silver, Gold, Platinum and Corporate in every language), else the name stored with the tier. */
export function tierLabel(tier: { readonly code: string; readonly name: string }, t: Translate): string {
  const key = `membership.tier.name.${tier.code}`;
  return isMessageKey(key) ? t(key) : tier.name;
}

function isMessageKey(key: string): key is MessageKey & keyof typeof membershipEn {
  return Object.hasOwn(membershipEn, key);
}

/** What a tier needs, as members are told it ("1,000 points or more", "More than 2,500 points"). */
export function tierNeeds(tier: { readonly shownPoints: number; readonly moreThan: boolean }, t: Translate): string {
  return t(tier.moreThan ? 'membership.tier.needsMoreThan' : 'membership.tier.needs', { points: tier.shownPoints });
}

export interface TierItemView {
  readonly code: string;
  readonly name: string;
  readonly open: boolean;
  readonly pointsNeeded: number;
  readonly shownPoints: number;
  readonly moreThan: boolean;
  /** The annual fee formatted for the member's locale; shown for open tiers. */
  readonly fee?: string;
}

/** The tier card (rules E2, E3), computed by domain/tiers. */
export interface TierCardView {
  readonly total: number;
  /** The "Corporate tiers" toggle is offered (a corporate tier is open). */
  readonly toggleShown: boolean;
  /** The toggle position the list shows. */
  readonly corporate: boolean;
  /** The corporate threshold as members are told it ("more than 2,500"), for the toggle hint. */
  readonly corporateShownPoints?: number;
  readonly tiers: readonly TierItemView[];
  /** A problem with the member's last action, shown on top. */
  readonly error?: string;
}

export const CORPORATE_TOGGLE_ID = 'corporate';

function tierElement(tier: TierItemView, t: Translate): CardElement {
  const name = tierLabel(tier, t);
  const items: CardElement[] = [
    text(name, { weight: 'bolder', size: 'medium' }),
    text(tierNeeds(tier, t), { isSubtle: true, spacing: 'none' }),
  ];
  if (tier.open) {
    items.push(text(t('membership.tier.open'), { weight: 'bolder', spacing: 'small' }));
    if (tier.fee) items.push(text(t('membership.tier.fee', { fee: tier.fee }), { spacing: 'none' }));
    items.push(actionSet([submit(t('membership.tier.choose', { tier: name }), 'tier.select', { tier: tier.code }, 'positive')]));
  } else {
    items.push(text(t('membership.tier.locked', { toGo: tier.pointsNeeded }), { spacing: 'small' }));
  }
  return { type: 'Container', items, style: tier.open ? 'emphasis' : 'default', spacing: 'medium' };
}

/**
 * "Available CPS tiers": every tier with what it needs; open ones with their fee and a choose
 * button. With a corporate tier open, the "Corporate tiers" Input.Toggle and an Action.Execute
 * (`tier.toggle`, Submit fallback) that updates this card in place.
 */
export function tierCard(view: TierCardView, t: Translate): AdaptiveCard {
  const body: CardElement[] = [heading(t('membership.tiers.title'))];
  if (view.error) body.push(text(view.error, { color: 'attention', weight: 'bolder' }));
  body.push(text(t('membership.tiers.points', { points: view.total })));
  if (view.toggleShown) {
    const toggle: ToggleInput = {
      type: 'Input.Toggle',
      wrap: true,
      id: CORPORATE_TOGGLE_ID,
      title: t('membership.tiers.toggle'),
      value: view.corporate ? 'true' : 'false',
      valueOn: 'true',
      valueOff: 'false',
    };
    body.push(text(t('membership.tiers.toggleHint', { points: view.corporateShownPoints ?? 0 }), { isSubtle: true }));
    body.push(toggle);
    body.push(actionSet([execute(t('membership.tiers.update'), 'tier.toggle')]));
    body.push(
      text(t(view.corporate ? 'membership.tiers.showingCorporate' : 'membership.tiers.showingIndividual'), {
        weight: 'bolder',
        spacing: 'medium',
      }),
    );
  }
  for (const tier of view.tiers) body.push(tierElement(tier, t));
  return adaptiveCard(body);
}
