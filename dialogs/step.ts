import type { TurnContext } from 'botbuilder';
import type { DialogContext } from 'botbuilder-dialogs';
import { sessionOf, type SessionStore } from './session';
import { turnOf, type Turn } from './turn';

/** What a reply needs: the turn's context (to send on) and the turn (language, `t`). */
export interface ReplyTarget {
  readonly context: TurnContext;
  readonly turn: Turn;
}

/**
 * The one context a journey's handler gets: the dialog context it runs in, the turn (member,
 * language, card action, file) and the conversation's session (what it remembers between turns).
 * The main dialog builds one per turn and hands it down; a dialog that botbuilder calls with its
 * own dialog context (a ComponentDialog or Dialog override, a waterfall step) builds its own at
 * the top with `stepOf`.
 */
export interface Step extends ReplyTarget {
  readonly dc: DialogContext;
  readonly session: SessionStore;
}

/** Where a dialog context enters our code: its turn and session, found once. */
export function stepOf(dc: DialogContext): Step {
  return { dc, context: dc.context, turn: turnOf(dc.context), session: sessionOf(dc) };
}

/** The reply target for a bare turn context (botbuilder's `repromptDialog` gets no dialog context). */
export function replyTargetOf(context: TurnContext): ReplyTarget {
  return { context, turn: turnOf(context) };
}
