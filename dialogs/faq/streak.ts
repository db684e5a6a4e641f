import type { DialogContext } from 'botbuilder-dialogs';
import { NO_STREAK, parseStreak, type FaqStreak } from '../../domain/faq';
import { isRecord } from '../../domain/records';

const STREAK_KEY = 'faq.streak';

/**
 * The main dialog's own instance state (the bottom of the stack). It never ends and is saved with
 * the conversation's dialog state in the turn's transaction, so the count of misses survives
 * between turns and other dialogs starting and ending in between.
 */
function mainState(dc: DialogContext): Record<string, unknown> | undefined {
  let root = dc;
  while (root.parent) root = root.parent;
  const state: unknown = root.activeDialog?.state;
  return isRecord(state) ? state : undefined;
}

/** Typed access to the FAQ's count of unanswered or unhelpful questions in a row. */
export const faqStreakState = {
  get(dc: DialogContext): FaqStreak {
    return parseStreak(mainState(dc)?.[STREAK_KEY] ?? NO_STREAK);
  },
  set(dc: DialogContext, streak: FaqStreak): void {
    const state = mainState(dc);
    if (state) state[STREAK_KEY] = streak;
  },
};
