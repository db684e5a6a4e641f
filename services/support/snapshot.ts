import type { OnboardingFacts } from '../../data/repositories/support';
import { allocatePoints } from '../../domain/points';
import { missingFields } from '../../domain/products';
import { eligibleTierCodes } from '../../domain/support';

/** One thing the member typed or pressed recently (kept so the agent sees how they got here). */
export interface RecentInput {
  readonly at: string;
  readonly text: string;
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
