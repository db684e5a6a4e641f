/**
 * What the understanding step can recognise in a member's free text: actions (each does what a
 * button does), small talk, an FAQ topic, or nothing. The vocabulary is declared here once; the
 * examples per language live in locales/understanding/, the classifier in services/understanding/.
 */

/** Requests that do exactly what a button or typed command does. */
export const ACTION_INTENTS = [
  'account.apply',
  'account.status',
  'product.add',
  'products.list',
  'products.migrate',
  'cps.join',
  'payment.pay',
  'support.handoff',
  'command.language',
  'command.menu',
  'command.help',
  'command.cancel',
] as const;
export type ActionIntent = (typeof ACTION_INTENTS)[number];

/** Conversation rather than a request: answered briefly, never sent to the FAQ. */
export const SMALL_TALK_INTENTS = ['smalltalk.greeting', 'smalltalk.thanks', 'smalltalk.goodbye', 'smalltalk.yes', 'smalltalk.no'] as const;
export type SmallTalkIntent = (typeof SMALL_TALK_INTENTS)[number];

export type Intent = ActionIntent | SmallTalkIntent;
export const INTENTS: readonly Intent[] = [...ACTION_INTENTS, ...SMALL_TALK_INTENTS];

export type UnderstandingKind = 'action' | 'smalltalk' | 'faq' | 'none';

/** One guess: an action, small talk, or an FAQ topic id; `score` 0–1. */
export type Candidate =
  | { readonly kind: 'action'; readonly id: ActionIntent; readonly score: number }
  | { readonly kind: 'smalltalk'; readonly id: SmallTalkIntent; readonly score: number }
  | { readonly kind: 'faq'; readonly id: string; readonly score: number };

export interface Understanding {
  readonly kind: UnderstandingKind;
  /** The intent or topic id; undefined for `none`. */
  readonly id: string | undefined;
  /** 0–1: how sure the classifier is of `id`. */
  readonly confidence: number;
  /** `confident`: act or answer; `unsure`: ask "Did you mean …" with the candidates; `unknown`: say so honestly. */
  readonly level: ConfidenceLevel;
  /** The best few, best first (the "Did you mean …" buttons). */
  readonly candidates: readonly Candidate[];
}

export type ConfidenceLevel = 'confident' | 'unsure' | 'unknown';

/** At or above: act or answer. */
export const CONFIDENT_AT = 0.4;
/** At or above (and below {@link CONFIDENT_AT}): ask which one was meant. */
export const UNSURE_AT = 0.18;

/** The confidence policy: high → act, middle → ask, low → say honestly that we don't know. */
export function confidenceLevel(confidence: number): ConfidenceLevel {
  if (confidence >= CONFIDENT_AT) return 'confident';
  if (confidence >= UNSURE_AT) return 'unsure';
  return 'unknown';
}

export function isActionIntent(value: unknown): value is ActionIntent {
  return typeof value === 'string' && (ACTION_INTENTS as readonly string[]).includes(value);
}

export function isSmallTalkIntent(value: unknown): value is SmallTalkIntent {
  return typeof value === 'string' && (SMALL_TALK_INTENTS as readonly string[]).includes(value);
}
