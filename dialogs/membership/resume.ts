import { checkTierSelection } from '../../domain/tiers';
import type { CardActionInput } from '../cardAction';
import { sendText } from '../replies';
import { pointsOf, type MembershipContext } from '../../services/membership/context';
import { requireBusiness } from './context';
import { joinCps } from './join';
import { sendPaymentChoice } from './purchase';
import { tierLabel } from '../../cards/membershipTiers';
import type { Step } from '../step';

/**
 * `cps.join`: a tier chosen earlier and not paid yet (remembered in the database, so it survives
 * the menu, a restart and days of silence) resumes at the payment step, saying which tier was
 * kept; the payment card's "back" (`change: true`) and a tier no longer open show the tier list.
 */
export async function joinOrResume(step: Step, ctx: MembershipContext, action: CardActionInput): Promise<void> {
  const { turn } = step;
  const remembered = action.data['change'] === true || action.data['change'] === 'true' ? undefined : await ctx.memberships.recallSelection(turn.memberId);
  if (!remembered) return joinCps(step, ctx);
  const business = await requireBusiness(step, ctx);
  if (!business) return;
  const selection = checkTierSelection(remembered.tierCode, await pointsOf(ctx, business.businessId), await ctx.tiers.catalogue());
  if (business.active || !selection.ok) return joinCps(step, ctx);
  await sendText(step, turn.t('membership.draft.kept', { tier: tierLabel(selection.tier, turn.t) }));
  await sendPaymentChoice(step, ctx, business, selection.tier);
}
