import type { DialogContext, DialogInstance } from 'botbuilder-dialogs';
import type { OnboardingFacts } from '../../data/repositories/support';
import { allocatePoints } from '../../domain/points';
import { missingFields } from '../../domain/products';
import { eligibleTierCodes } from '../../domain/support';

/** One thing the member typed or pressed recently (kept so the agent sees how they got here). */
export interface RecentInput {
  readonly at: string;
  readonly text: string;
}

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

export interface SnapshotExtras {
  readonly language: string;
  readonly reason: string | null;
  readonly dialogStep: string | null;
  readonly recentInputs: readonly RecentInput[];
  readonly country: string | null;
}

/** What the agent sees first: who the member is, how far their onboarding got, and where they got stuck. */
export function buildSnapshot(facts: OnboardingFacts, extras: SnapshotExtras): Record<string, unknown> {
  const products = facts.products.map((p) => {
    const missing = missingFields(p);
    return { model: p.modelName, modelId: p.modelId, serialNumber: p.serialNumber, points: p.points, complete: missing.length === 0, missing };
  });
  const points = allocatePoints(facts.products);
  return {
    member: facts.member ? { displayName: facts.member.displayName, channel: facts.member.channelId, chosenLanguage: facts.member.language } : null,
    language: extras.language,
    reason: extras.reason,
    country: extras.country,
    application: facts.application
      ? {
          reference: facts.application.reference,
          status: facts.application.status,
          country: facts.application.countryCode,
          companyName: facts.application.companyName,
          submittedAt: facts.application.submittedAt?.toISOString() ?? null,
          expectedDecisionDate: facts.application.expectedDecisionDate,
          rejectionReason: facts.application.rejectionReason,
        }
      : null,
    business: facts.business ? { companyName: facts.business.companyName, country: facts.business.countryCode, oldCpsEmailGiven: facts.business.oldCpsEmailGiven } : null,
    products,
    productsMissingFields: products.filter((p) => !p.complete).length,
    points,
    eligibleTiers: eligibleTierCodes(points, facts.tiers),
    membership: facts.membership
      ? {
          tier: facts.membership.tierCode,
          tierName: facts.membership.tierName,
          status: facts.membership.status,
          membershipNumber: facts.membership.membershipNumber,
          validUntil: facts.membership.validUntil,
        }
      : null,
    paymentChoice: facts.membership?.paymentMethod ?? null,
    dialogStep: extras.dialogStep,
    recentInputs: extras.recentInputs,
  };
}
