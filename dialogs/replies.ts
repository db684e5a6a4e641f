import { MessageFactory, type TurnContext } from 'botbuilder';
import type { AdaptiveCard } from '../cards/adaptive';
import { cardAttachment } from '../cards/attachment';
import { menuCard } from '../cards/menu';
import { dashboardUrlOf } from './dashboardLink';
import { menuStageOf } from './home';
import { turnOf } from './turn';

export async function sendCard(context: TurnContext, card: AdaptiveCard, text?: string): Promise<void> {
  const activity = MessageFactory.attachment(cardAttachment(card), text);
  activity.locale = turnOf(context).language;
  await context.sendActivity(activity);
}

export async function sendText(context: TurnContext, text: string): Promise<void> {
  const activity = MessageFactory.text(text);
  activity.locale = turnOf(context).language;
  await context.sendActivity(activity);
}

export async function sendMenu(context: TurnContext, text?: string): Promise<void> {
  const turn = turnOf(context);
  const stage = menuStageOf(await turn.home());
  const dashboardUrl = await dashboardUrlOf(context, turn.memberId, turn.language);
  await sendCard(context, menuCard({ stage, dashboardUrl }, turn.t), text);
}
