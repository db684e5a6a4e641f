import { transactional, type JobHandlers } from '../../jobs/runner';
import { sendText } from '../replies';
import { standingOf, type Standing } from '../../services/standing';
import type { ProductsContext } from './context';
import type { ReplyTarget } from '../step';

/** Business-level job: a tier above the invitation opened; fans the notice out to the other members. */
export const TIER_OPENED_JOB = 'cps.tier-opened';
/** Member-level job: one proactive chat message, retried on its own. */
export const TIER_OPENED_NOTIFY_JOB = 'cps.tier-opened.notify';

const openedKey = (businessId: string, tierCode: string) => `${TIER_OPENED_JOB}:${businessId}:${tierCode}`;

/**
 * Once per business and tier (1,000 / 2,000 / more than 2,500 points with the seeded catalogue;
 * the lowest tier is the invitation, told by invitation.ts): each tier the total now opens is
 * recorded under a dedupe key, so only the first time counts. The member who made the change is
 * told here, on the registration confirmation (the highest newly opened tier); the others in chat.
 */
export async function tellOpenedTiers(step: ReplyTarget, ctx: ProductsContext, businessId: string, standing: Standing): Promise<void> {
  const { turn } = step;
  let newest: Standing['meter']['milestones'][number] | undefined;
  for (const milestone of standing.meter.milestones.slice(1)) {
    if (!milestone.reached) continue;
    const recorded = await ctx.services.jobs.enqueue({
      kind: TIER_OPENED_JOB,
      payload: { businessId, tierCode: milestone.code, shownInlineTo: turn.memberId },
      dedupeKey: openedKey(businessId, milestone.code),
    });
    if (recorded) newest = milestone;
  }
  if (newest) await sendText(step, turn.t('products.tierOpened', { tier: newest.name, points: standing.total }));
}

function textOf(payload: Record<string, unknown>, key: string): string {
  const value = payload[key];
  if (typeof value !== 'string' || value === '') throw new Error(`job payload lacks ${key}`);
  return value;
}

/** The job handlers of the tier-open notices. */
export function tierOpenedJobs(ctx: ProductsContext): JobHandlers {
  return {
    [TIER_OPENED_JOB]: transactional(async (payload) => {
      const businessId = textOf(payload, 'businessId');
      const tierCode = textOf(payload, 'tierCode');
      for (const memberId of await ctx.products.memberIdsOf(businessId)) {
        if (memberId === payload['shownInlineTo']) continue;
        await ctx.services.jobs.enqueue({ kind: TIER_OPENED_NOTIFY_JOB, payload: { businessId, tierCode, memberId }, dedupeKey: `${openedKey(businessId, tierCode)}:${memberId}` });
      }
    }),
    [TIER_OPENED_NOTIFY_JOB]: async (payload, { log }) => {
      const businessId = textOf(payload, 'businessId');
      const memberId = textOf(payload, 'memberId');
      const standing = await standingOf(ctx, businessId);
      const tier = standing.meter.milestones.find((m) => m.code === payload['tierCode']);
      if (!tier?.reached) return log.info({ businessId }, 'tier no longer open; no notice');
      const reached = await ctx.services.notifier.notify(memberId, (t) => ({ text: t('products.tierOpened', { tier: tier.name, points: standing.total }) }));
      log.info({ businessId, memberId, reached }, 'tier-open notice sent');
    },
  };
}
