import type { DialogContext } from 'botbuilder-dialogs';
import { NO_STREAK, parseStreak, type FaqStreak } from '../domain/faq';
import { isRecord } from '../domain/records';
import type { RecentInput } from '../services/support/snapshot';

/**
 * What the conversation remembers between turns, whatever dialog runs: kept in the main dialog's
 * own instance state (the bottom of the stack, which never ends), so it is saved with the dialog
 * state in the turn's transaction and survives other dialogs starting and ending in between.
 *
 * Not here: the `flags` (conversation reference saved, greeted) and the conversation `language`,
 * which bot/turnPipeline.ts reads and writes in ConversationState before any dialog runs.
 */
export interface Session {
  /** The FAQ's count of unanswered or unhelpful questions in a row (domain/faq). */
  readonly faqStreak: FaqStreak;
  /** What the member typed or pressed lately, oldest first, for a hand-off to a person (at most RECENT_MAX). */
  readonly recentInputs: readonly RecentInput[];
}

export const EMPTY_SESSION: Session = { faqStreak: NO_STREAK, recentInputs: [] };

/** Storage keys in the main dialog's state (the same as before the session existed, so stored conversations read on). */
const KEYS = { faqStreak: 'faq.streak', recentInputs: 'support.recent' } as const satisfies Record<keyof Session, string>;

export const RECENT_MAX = 10;
export const RECENT_TEXT_MAX = 300;

function isRecentInput(value: unknown): value is RecentInput {
  return isRecord(value) && typeof value['at'] === 'string' && typeof value['text'] === 'string';
}

function parseRecentInputs(value: unknown): RecentInput[] {
  if (!Array.isArray(value)) return [];
  return value
    .filter(isRecentInput)
    .map((input) => ({ at: input.at, text: input.text.slice(0, RECENT_TEXT_MAX + 1) }))
    .slice(-RECENT_MAX);
}

/** A session from stored JSON (untrusted: anything malformed reads as its empty value). */
export function parseSession(stored: Record<string, unknown> | undefined): Session {
  if (!stored) return EMPTY_SESSION;
  return {
    faqStreak: parseStreak(stored[KEYS.faqStreak] ?? NO_STREAK),
    recentInputs: parseRecentInputs(stored[KEYS.recentInputs]),
  };
}

/** Reads and writes the conversation's session; every read parses the stored state afresh. */
export interface SessionStore {
  read(): Session;
  /** Stores the given parts; a conversation without a main dialog (none begun yet) stores nothing. */
  write(change: Partial<Session>): void;
}

/**
 * The main dialog's instance state, found from a dialog context at any depth: the root of the
 * context chain holds the main dialog at the bottom of its stack.
 */
function mainDialogState(dc: DialogContext): Record<string, unknown> | undefined {
  let root = dc;
  while (root.parent) root = root.parent;
  const state: unknown = root.stack[root.stack.length - 1]?.state;
  return isRecord(state) ? state : undefined;
}

/** The one way to the conversation's session. */
export function sessionOf(dc: DialogContext): SessionStore {
  return {
    read: () => parseSession(mainDialogState(dc)),
    write(change) {
      const state = mainDialogState(dc);
      if (!state) return;
      if (change.faqStreak !== undefined) state[KEYS.faqStreak] = change.faqStreak;
      if (change.recentInputs !== undefined) state[KEYS.recentInputs] = parseRecentInputs(change.recentInputs);
    },
  };
}

/**
 * Adds what the member typed (or which button verb they pressed, never the values) to the recent
 * inputs, so a hand-off can show the agent the last few steps.
 */
export function rememberInput(session: SessionStore, input: string, at: Date): void {
  if (input.trim() === '') return;
  const text = input.length > RECENT_TEXT_MAX ? `${input.slice(0, RECENT_TEXT_MAX)}…` : input;
  session.write({ recentInputs: [...session.read().recentInputs, { at: at.toISOString(), text }] });
}
