import { invitationCard } from '../../cards/productsNotices';
import { createEventLog } from '../../data/repositories/events';
import { transactional, type JobHandlers } from '../../jobs/runner';
import { sendCard } from '../replies';
import { standingOf, type Standing } from '../../services/standing';
import type { ProductsContext } from './context';
import type { ReplyTarget } from '../step';

/** Business-level job: fans the invitation out to every member of the business. */
export const CPS_INVITATION_JOB = 'cps.invitation';
/** Member-level job: one proactive chat message, retried on its own. */
export const CPS_INVITATION_NOTIFY_JOB = 'cps.invitation.notify';

export function invitationDedupeKey(businessId: string): string {
  return `cps.invitation:${businessId}`;
}

/**
 * Rule E1, exactly once per business: when the points total has reached the invitation threshold,
 * the `cps.invitation` job is scheduled under a per-business dedupe key, so the first time wins
 * and every later change (or a concurrent one) schedules nothing. `shownInlineTo` is the member
 * who already sees the invitation in this turn's reply (they are not messaged again).
 * Returns true when this call recorded the invitation.
 */
export async function recordInvitationIfReached(ctx: ProductsContext, businessId: string, standing: Standing, shownInlineTo?: string): Promise<boolean> {
  if (!standing.meter.invited) return false;
  const events = createEventLog(ctx.services.db);
  await events.forBusiness('points-500', businessId, ctx.services.clock());
  const invited = await ctx.services.jobs.enqueue({
    kind: CPS_INVITATION_JOB,
    payload: { businessId, shownInlineTo: shownInlineTo ?? null },
    dedupeKey: invitationDedupeKey(businessId),
  });
  if (invited) await events.forBusiness('invited', businessId, ctx.services.clock());
  return invited;
}

/** After the member's own change in this conversation: record the invitation and show it right here. */
export async function inviteInlineIfReached(step: ReplyTarget, ctx: ProductsContext, businessId: string, standing: Standing): Promise<void> {
  const { turn } = step;
  if (!(await recordInvitationIfReached(ctx, businessId, standing, turn.memberId))) return;
  await sendCard(step, invitationCard({ points: standing.total, threshold: standing.threshold }, turn.t));
}

function textOf(payload: Record<string, unknown>, key: string): string {
  const value = payload[key];
  if (typeof value !== 'string' || value === '') throw new Error(`job payload lacks ${key}`);
  return value;
}

/** The job handlers of the invitation. */
export function invitationJobs(ctx: ProductsContext): JobHandlers {
  return {
    [CPS_INVITATION_JOB]: transactional(async (payload) => {
      const businessId = textOf(payload, 'businessId');
      const shownInlineTo = typeof payload['shownInlineTo'] === 'string' ? payload['shownInlineTo'] : null;
      for (const memberId of await ctx.products.memberIdsOf(businessId)) {
        if (memberId === shownInlineTo) continue;
        await ctx.services.jobs.enqueue({
          kind: CPS_INVITATION_NOTIFY_JOB,
          payload: { businessId, memberId },
          dedupeKey: `${invitationDedupeKey(businessId)}:${memberId}`,
        });
      }
    }),
    [CPS_INVITATION_NOTIFY_JOB]: async (payload, { log }) => {
      const businessId = textOf(payload, 'businessId');
      const memberId = textOf(payload, 'memberId');
      const standing = await standingOf(ctx, businessId);
      const reached = await ctx.services.notifier.notify(memberId, (t) => ({
        text: t('products.invitation.title', { points: standing.total }),
        card: invitationCard({ points: standing.total, threshold: standing.threshold }, t),
      }));
      log.info({ businessId, memberId, reached }, 'CPS invitation sent');
    },
  };
}
