import { membershipCard, type MembershipCardView } from '../../cards/membershipCard';
import type { TierCardView } from '../../cards/membershipTiers';
import type { MembershipBusiness, MembershipRow } from '../../data/repositories/memberships';
import type { TierChoice } from '../../domain/tiers';
import { translator, type Language } from '../../locales';
import { sendCard } from '../replies';
import { formatterFor, quoteFor, type MembershipContext } from '../../services/membership/context';
import { cardLabel } from '../../services/membership/invoiceViews';
import { openPaymentLink } from '../../services/membership/paymentLinks';
import type { ReplyTarget } from '../step';

/** The tier card's view: the domain's choice plus each open tier's fee in the business's currency. */
export async function tierCardView(ctx: MembershipContext, business: MembershipBusiness, choice: TierChoice, language: Language, error?: string): Promise<TierCardView> {
  const prices = await ctx.tiers.prices();
  const format = formatterFor(language);
  const catalogue = await ctx.tiers.catalogue();
  const corporateThresholds = catalogue.filter((t) => t.kind === 'corporate').map((t) => t.minPoints - 1);
  return {
    total: choice.total,
    toggleShown: choice.toggleShown,
    corporate: choice.corporate,
    ...(corporateThresholds.length > 0 ? { corporateShownPoints: Math.min(...corporateThresholds) } : {}),
    tiers: choice.tiers.map((tier) => {
      const priced = tier.open ? quoteFor(business, prices, tier.code) : undefined;
      return { ...tier, ...(priced ? { fee: format.money(priced.netMinor, priced.currency) } : {}) };
    }),
    ...(error ? { error } : {}),
  };
}

/** The membership card's view; for card payment without a stored card, with a fresh payment-page link. */
export async function membershipCardView(
  ctx: MembershipContext,
  membership: MembershipRow,
  occasion: MembershipCardView['occasion'],
  language: Language,
): Promise<MembershipCardView> {
  const t = translator(language);
  const card = membership.paymentMethod === 'card' ? await ctx.payments.cardOnFile(membership.id) : undefined;
  const payLink = membership.paymentMethod === 'card' && !card ? await openPaymentLink(ctx, membership.id, language) : undefined;
  return {
    occasion,
    tier: { code: membership.tierCode, name: membership.tierName },
    membershipNumber: membership.membershipNumber,
    previousNumber: membership.previousMembershipNumber,
    validUntil: formatterFor(language).date(membership.validUntil),
    method: membership.paymentMethod,
    ...(card ? { card: cardLabel(card, t) } : {}),
    ...(payLink ? { payLink } : {}),
  };
}

/** A member whose business is already in CPS: "you are a member already" and the membership card. */
export async function sendExistingMembership(step: ReplyTarget, ctx: MembershipContext, membership: MembershipRow): Promise<void> {
  const { turn } = step;
  await sendMembership(step, ctx, membership, 'existing', turn.language, turn.t('membership.already'));
}

/** Replies with the membership card (rules M5, M6), optionally after a line of text. */
export async function sendMembership(step: ReplyTarget, ctx: MembershipContext, membership: MembershipRow, occasion: MembershipCardView['occasion'], language: Language, text?: string): Promise<void> {
  const view = await membershipCardView(ctx, membership, occasion, language);
  await sendCard(step, membershipCard(view, translator(language)), text);
}
