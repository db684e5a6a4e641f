import { ActivityTypes } from 'botbuilder';
import { CARD_CONTENT_TYPE, type AdaptiveCard } from '../../cards/adaptive';
import { cardAttachment } from '../../cards/attachment';
import { notInvitedCard } from '../../cards/membershipNotices';
import { tierCard } from '../../cards/membershipTiers';
import type { MembershipBusiness } from '../../data/repositories/memberships';
import { pointsMeter, whatIfSuggestion } from '../../domain/points';
import { parseCorporateToggle, tierChoice, type TierChoice } from '../../domain/tiers';
import type { CardActionInput } from '../cardAction';
import { sendCard } from '../replies';
import { whatIfView } from '../products/context';
import { requireBusiness } from './context';
import { standingOf } from '../../services/standing';
import type { MembershipContext } from '../../services/membership/context';
import { sendExistingMembership, tierCardView } from './views';
import type { Step, ReplyTarget } from '../step';

/** Below the invitation threshold: the points missing and the cheapest way there (rule E1). */
async function sendNotInvited(step: ReplyTarget, ctx: MembershipContext, businessId: string, choice: TierChoice, note?: string): Promise<void> {
  const { turn } = step;
  const standing = await standingOf(ctx, businessId);
  const catalogue = await ctx.tiers.catalogue();
  const lowest = [...catalogue].sort((a, b) => a.minPoints - b.minPoints || a.sortOrder - b.sortOrder)[0];
  // The what-if aims at the invitation (the lowest tier), not at the next tier of the points meter.
  const whatIf = lowest
    ? whatIfSuggestion(pointsMeter(choice.total, [lowest]), {
        incomplete: standing.incomplete.map((r) => ({ productId: r.id, name: r.modelName, points: r.points })),
        catalogue: (await ctx.catalogue.registrableModels()).map((m) => ({ id: m.id, name: m.name, points: m.points })),
      })
    : undefined;
  const view = {
    total: choice.total,
    threshold: choice.invitationThreshold,
    toGo: choice.toInvitation,
    incompleteCount: standing.incomplete.length,
    ...(whatIf ? { whatIf: whatIfView(whatIf, choice.total) } : {}),
  };
  await sendCard(step, notInvitedCard(view, turn.t), note);
}

/** The tier card for the business's current points (the toggle at `corporate`), or the not-invited card. */
export async function sendTierChoice(
  step: ReplyTarget,
  ctx: MembershipContext,
  business: MembershipBusiness,
  options: { readonly corporate?: boolean; readonly error?: string } = {},
): Promise<void> {
  const { turn } = step;
  const { total } = await standingOf(ctx, business.businessId);
  const choice = tierChoice(total, await ctx.tiers.catalogue(), { corporate: options.corporate ?? false });
  if (!choice.invited) {
    await sendNotInvited(step, ctx, business.businessId, choice, options.error);
    return;
  }
  await sendCard(step, tierCard(await tierCardView(ctx, business, choice, turn.language, options.error), turn.t));
}

/**
 * `cps.join`: a member already in CPS sees their membership; below the threshold, what is missing;
 * from the threshold on, every tier with what it needs and, for open ones, the fee.
 */
export async function joinCps(step: Step, ctx: MembershipContext): Promise<void> {
  const business = await requireBusiness(step, ctx);
  if (!business) return;
  if (business.active) {
    await sendExistingMembership(step, ctx, business.active);
    return;
  }
  await sendTierChoice(step, ctx, business);
}

/**
 * Shows `card` in place of the card the member acted on. Action.Execute (an `adaptiveCard/action`
 * invoke): the refreshed card is the invoke response. Action.Submit fallback: the card's activity
 * (`replyToId`) is updated; where the channel cannot update (expectReplies clients, a channel
 * without update support, no `replyToId`), the card comes as a new message instead.
 */
export async function replaceCard(step: ReplyTarget, card: AdaptiveCard, action: CardActionInput): Promise<void> {
  const { turn } = step;
  if (action.viaInvoke) {
    await step.context.sendActivity({
      type: ActivityTypes.InvokeResponse,
      value: { status: 200, body: { statusCode: 200, type: CARD_CONTENT_TYPE, value: card } },
    });
    return;
  }
  const activity = step.context.activity;
  const cardActivityId = activity.replyToId;
  if (cardActivityId && activity.deliveryMode !== 'expectReplies') {
    try {
      await step.context.updateActivity({ type: ActivityTypes.Message, id: cardActivityId, attachments: [cardAttachment(card)], locale: turn.language });
      return;
    } catch (error) {
      turn.log.warn({ err: error, channelId: activity.channelId }, 'card could not be updated in place; sending it as a new message');
    }
  }
  await sendCard(step, card);
}

/** `tier.toggle` (`corporate`): the tier list switches between Corporate and Silver/Gold/Platinum (rule E3), in place. */
export async function toggleTiers(step: Step, ctx: MembershipContext, action: CardActionInput): Promise<void> {
  const { turn } = step;
  const business = await requireBusiness(step, ctx);
  if (!business) return;
  if (business.active) {
    await sendExistingMembership(step, ctx, business.active);
    return;
  }
  const corporate = parseCorporateToggle(action.data['corporate']);
  const { total } = await standingOf(ctx, business.businessId);
  const choice = tierChoice(total, await ctx.tiers.catalogue(), { corporate: corporate ?? false });
  if (!choice.invited) {
    await sendNotInvited(step, ctx, business.businessId, choice);
    return;
  }
  const error = corporate === undefined && choice.toggleShown ? turn.t('membership.tiers.toggleInvalid') : undefined;
  const card = tierCard(await tierCardView(ctx, business, choice, turn.language, error), turn.t);
  await replaceCard(step, card, action);
}
