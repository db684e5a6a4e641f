import type { Dialog, DialogContext } from 'botbuilder-dialogs';
import type { Verb } from '../cards/verbs';
import type { JobHandler } from '../jobs/runner';
import type { CardActionInput } from './cardAction';

export type VerbHandler = (dc: DialogContext, action: CardActionInput) => Promise<void>;

/**
 * What one journey (account, products, membership, FAQ, support) plugs into the main dialog.
 * Verb handlers run with the main dialog's inner context: they may begin the journey's dialogs.
 */
export interface Journey {
  readonly name: string;
  readonly dialogs?: readonly Dialog[];
  readonly verbs?: Readonly<Partial<Record<Verb, VerbHandler>>>;
  /** Free text that no waiting dialog or command took; true when handled. Tried in journey order. */
  readonly onText?: (dc: DialogContext, text: string) => Promise<boolean>;
  /** Extra lines for a returning member's greeting (e.g. "your application is under review"). */
  readonly onReturn?: (dc: DialogContext) => Promise<void>;
  /** Durable job handlers this journey needs, by job kind. */
  readonly jobs?: Readonly<Record<string, JobHandler>>;
}
