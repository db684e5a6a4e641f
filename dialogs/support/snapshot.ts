import type { DialogContext, DialogInstance } from 'botbuilder-dialogs';
import type { RecentInput } from '../../services/support/snapshot';

const RECENT_KEY = 'support.recent';
const RECENT_MAX = 10;
const RECENT_TEXT_MAX = 300;

/** The main dialog's own instance state (the bottom of the stack), where recent inputs are kept. */
function mainState(dc: DialogContext): Record<string, unknown> | undefined {
  const state = dc.parent?.activeDialog?.state;
  return typeof state === 'object' && state !== null ? (state as Record<string, unknown>) : undefined;
}

function isRecentInput(value: unknown): value is RecentInput {
  return typeof value === 'object' && value !== null && typeof (value as RecentInput).at === 'string' && typeof (value as RecentInput).text === 'string';
}

export function recentInputs(dc: DialogContext): RecentInput[] {
  const stored = mainState(dc)?.[RECENT_KEY];
  return Array.isArray(stored) ? stored.filter(isRecentInput) : [];
}

/**
 * Remembers what the member typed (or which button verb they pressed, never the values) in the
 * conversation's dialog state, so a hand-off can show the agent the last few steps.
 */
export function rememberInput(dc: DialogContext, input: string, at: Date): void {
  const state = mainState(dc);
  if (!state || input.trim() === '') return;
  const text = input.length > RECENT_TEXT_MAX ? `${input.slice(0, RECENT_TEXT_MAX)}…` : input;
  state[RECENT_KEY] = [...recentInputs(dc), { at: at.toISOString(), text }].slice(-RECENT_MAX);
}

function describeInstance(instance: DialogInstance): string[] {
  const state = (instance.state ?? {}) as Record<string, unknown>;
  const step = typeof state['stepIndex'] === 'number' ? ` (step ${state['stepIndex'] + 1})` : '';
  const inner = (state['dialogs'] as { dialogStack?: DialogInstance[] } | undefined)?.dialogStack?.[0];
  return [`${instance.id}${step}`, ...(inner ? describeInstance(inner) : [])];
}

/** Where the member is in the onboarding: the waiting dialog and its inner steps, e.g. `product.entry › product.entry.steps (step 2)`. */
export function lastDialogStep(dc: DialogContext): string | null {
  const top = dc.stack[0];
  return top ? describeInstance(top).join(' › ') : null;
}
