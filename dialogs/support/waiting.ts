import { supportWaitingCard } from '../../cards/supportWaiting';
import { sendCard } from '../replies';
import type { SupportDesk } from '../../services/support/desk';
import type { Step } from '../step';

/**
 * Every message while the member waits in the queue is answered: kept for the agent ('saved'), or
 * for "menu" ('menu', not relayed), with the place in the queue, the expected wait and the options.
 */
export async function answerWhileQueued(step: Step, desk: SupportDesk, now: Date, answer: 'saved' | 'menu'): Promise<void> {
  const { turn } = step;
  const { status } = await desk.request({ memberId: turn.memberId, language: turn.language, reason: null, dialogStep: null, recentInputs: [], now });
  const view = { language: turn.language, answer, position: status?.position ?? 1, waitMinutes: status?.waitMinutes ?? 1 };
  await sendCard(step, supportWaitingCard(status?.outOfHours ? { ...view, outOfHours: status.outOfHours } : view, turn.t));
}
