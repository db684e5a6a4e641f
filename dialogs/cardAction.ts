import type { Activity } from 'botbuilder';
import { isVerb, type Verb } from '../cards/verbs';
import { isRecord } from '../domain/records';

export const ADAPTIVE_CARD_ACTION_INVOKE = 'adaptiveCard/action';

export interface CardActionInput {
  readonly verb: Verb;
  /** The action's data merged with the card's input values, still untrusted. */
  readonly data: Readonly<Record<string, unknown>>;
  /** Came as an Action.Execute invoke (the reply may update the card in place). */
  readonly viaInvoke: boolean;
}

export type CardActionParse =
  | { readonly kind: 'none' }
  | { readonly kind: 'action'; readonly action: CardActionInput }
  | { readonly kind: 'unknown-verb'; readonly viaInvoke: boolean };

/**
 * Finds the card action in an activity: Action.Submit arrives as a message whose `value` carries
 * `verb`; Action.Execute as an `adaptiveCard/action` invoke with `value.action.verb` (and `data`).
 */
export function parseCardAction(activity: Partial<Activity>): CardActionParse {
  if (activity.type === 'invoke' && activity.name === ADAPTIVE_CARD_ACTION_INVOKE) {
    const value = isRecord(activity.value) ? activity.value : {};
    const action = isRecord(value['action']) ? value['action'] : {};
    const data = isRecord(action['data']) ? action['data'] : {};
    const verb = action['verb'] ?? data['verb'];
    return isVerb(verb) ? { kind: 'action', action: { verb, data, viaInvoke: true } } : { kind: 'unknown-verb', viaInvoke: true };
  }
  if (activity.type === 'message' && isRecord(activity.value)) {
    const verb = activity.value['verb'];
    if (verb === undefined) return { kind: 'none' };
    return isVerb(verb) ? { kind: 'action', action: { verb, data: activity.value, viaInvoke: false } } : { kind: 'unknown-verb', viaInvoke: false };
  }
  return { kind: 'none' };
}
