import { MessageFactory } from 'botbuilder';
import type { AdaptiveCard } from '../cards/adaptive';
import { cardAttachment } from '../cards/attachment';
import { menuCard } from '../cards/menu';
import { dashboardUrlOf } from './dashboardLink';
import { menuStageOf } from './home';
import type { ReplyTarget } from './step';

/** Replies (written in the turn's language) go to `to.context`. */
export async function sendCard(to: ReplyTarget, card: AdaptiveCard, text?: string): Promise<void> {
  const activity = MessageFactory.attachment(cardAttachment(card), text);
  activity.locale = to.turn.language;
  await to.context.sendActivity(activity);
}

export async function sendText(to: ReplyTarget, text: string): Promise<void> {
  const activity = MessageFactory.text(text);
  activity.locale = to.turn.language;
  await to.context.sendActivity(activity);
}

export async function sendMenu(to: ReplyTarget, text?: string): Promise<void> {
  const { turn } = to;
  const stage = menuStageOf(await turn.home());
  const dashboardUrl = await dashboardUrlOf(to.context, turn.memberId, turn.language);
  await sendCard(to, menuCard({ stage, dashboardUrl }, turn.t), text);
}
