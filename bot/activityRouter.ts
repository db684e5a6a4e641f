import type { Activity } from 'botbuilder';
import { ADAPTIVE_CARD_ACTION_INVOKE } from '../dialogs/cardAction';

/**
 * What a turn does with an activity, decided from its type before any work:
 * - `dialog`: a message or a card action (Action.Submit message, Action.Execute invoke) drives the
 *   dialogs; so does a hand-off hub's `handoff.status` event, which support notes on the case;
 * - `welcome`: the member arrived (`conversationUpdate` adding them, Teams' `installationUpdate`
 *   `add`): at most one welcome per conversation, whichever of the two comes first;
 * - `group`: the bot was @mentioned in a group chat or channel: it points to the personal chat;
 * - `ignore`: reactions, typing, read receipts, events, message edits, members leaving, a group
 *   message that does not mention the bot, and any type we do not know. Never answered.
 */
export type Route = 'dialog' | 'welcome' | 'group' | 'ignore';

export function routeOf(activity: Partial<Activity>): Route {
  switch (activity.type) {
    case 'message':
      if (!isGroup(activity)) return 'dialog';
      return mentionsBot(activity) ? 'group' : 'ignore';
    case 'invoke':
      return activity.name === ADAPTIVE_CARD_ACTION_INVOKE && !isGroup(activity) ? 'dialog' : 'ignore';
    case 'conversationUpdate':
      return !isGroup(activity) && (activity.membersAdded ?? []).some((m) => m.id !== activity.recipient?.id) ? 'welcome' : 'ignore';
    case 'event':
      return activity.name === 'handoff.status' ? 'dialog' : 'ignore';
    case 'installationUpdate':
      return !isGroup(activity) && (activity.action === 'add' || activity.action === 'add-upgrade') ? 'welcome' : 'ignore';
    default:
      return 'ignore';
  }
}

/** A Teams group chat or channel (Web Chat and the terminal client are always one to one). */
function isGroup(activity: Partial<Activity>): boolean {
  const type = activity.conversation?.conversationType;
  return activity.conversation?.isGroup === true || type === 'groupChat' || type === 'channel';
}

function mentionsBot(activity: Partial<Activity>): boolean {
  const bot = activity.recipient?.id;
  return (activity.entities ?? []).some((e) => e.type === 'mention' && (e as { mentioned?: { id?: unknown } }).mentioned?.id === bot && bot !== undefined);
}
