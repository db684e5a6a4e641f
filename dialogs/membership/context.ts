import { joinBlockedCard } from '../../cards/membershipNotices';
import type { MembershipBusiness, MembershipRow } from '../../data/repositories/memberships';
import type { MembershipContext } from '../../services/membership/context';
import { noActiveBusiness } from '../businessGate';
import { sendCard } from '../replies';
import type { Step } from '../step';

/**
 * The member's active business (with its active CPS membership, if any), or undefined after telling
 * them what to do first: apply for a business account, wait for the validation, or contact support
 * when the account is not active.
 */
export async function requireBusiness(step: Step, ctx: MembershipContext): Promise<(MembershipBusiness & { readonly active: MembershipRow | undefined }) | undefined> {
  const { turn } = step;
  const found = await ctx.memberships.memberBusinessWithMembership(turn.memberId);
  const business = found?.business;
  if (found && business?.status === 'active') return { ...business, active: found.active };
  await sendCard(step, joinBlockedCard({ state: await noActiveBusiness(business !== undefined, turn.memberId, ctx.products) }, turn.t));
  return undefined;
}
