import type { DialogContext, DialogInstance } from 'botbuilder-dialogs';

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
