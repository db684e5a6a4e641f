import type { Dialog } from 'botbuilder-dialogs';
import type { Verb } from '../cards/verbs';
import type { Language } from '../domain/language';
import type { JobHandlers } from '../jobs/runner';
import type { CardActionInput } from './cardAction';
import type { Step } from './step';

export type VerbHandler = (step: Step, action: CardActionInput) => Promise<void>;

/**
 * What one journey (account, products, membership, FAQ, support) plugs into the main dialog.
 * Every handler gets the turn's `Step` (dialogs/step.ts): `step.dc` is the main dialog's inner
 * context, so a handler may begin the journey's dialogs or continue one that is waiting
 * (`step.dc.activeDialog?.id`); `step.turn` is the turn, `step.session` the conversation's memory. The main dialog takes verbs before any
 * waiting dialog, so a card's verb always reaches its handler.
 */
export interface Journey {
  readonly name: string;
  /**
   * Runs first on every turn, before commands, verbs and waiting dialogs (e.g. while a human agent
   * owns the conversation, the member's messages are relayed and the bot stays quiet). True = handled.
   */
  readonly intercept?: (step: Step) => Promise<boolean>;
  readonly dialogs?: readonly Dialog[];
  readonly verbs?: Readonly<Partial<Record<Verb, VerbHandler>>>;
  /** Free text that no waiting dialog or command took; true when handled. Tried in journey order. */
  readonly onText?: (step: Step, text: string) => Promise<boolean>;
  /** Answers one FAQ topic the understanding step recognised (true when it did). */
  readonly answerTopic?: (step: Step, topicId: string, question: string) => Promise<boolean>;
  /** An FAQ topic's title in a language (the “Did you mean …” buttons). */
  readonly topicTitle?: (topicId: string, language: Language) => Promise<string | undefined>;
  /** Extra lines for a returning member's greeting (e.g. "your application is under review"). */
  readonly onReturn?: (step: Step) => Promise<void>;
  /** Durable job handlers this journey needs, by job kind. */
  readonly jobs?: JobHandlers;
}
