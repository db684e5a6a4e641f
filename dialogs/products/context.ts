import { createCatalogueRepository, type CatalogueRepository } from '../../data/repositories/catalogue';
import { createLegacyRepository, type LegacyRepository } from '../../data/repositories/legacy';
import { createProductRepository, type MemberBusiness, type ProductRepository, type ProductRow } from '../../data/repositories/products';
import type { WhatIf } from '../../domain/points';
import { isComplete, missingFields } from '../../domain/products';
import type { Standing } from '../../services/standing';
import type { MeterView, WhatIfView } from '../../cards/productsMeter';
import { noBusinessCard } from '../../cards/productsNotices';
import type { Services } from '../../services';
import { noActiveBusiness } from '../businessGate';
import { sendCard } from '../replies';
import type { Step } from '../step';

/** What every step of the products journey works with. */
export interface ProductsContext {
  readonly services: Services;
  readonly catalogue: CatalogueRepository;
  readonly products: ProductRepository;
  readonly legacy: LegacyRepository;
}

export function createProductsContext(services: Services): ProductsContext {
  return {
    services,
    catalogue: createCatalogueRepository(services.db),
    products: createProductRepository(services.db),
    legacy: createLegacyRepository(services.db),
  };
}

/**
 * The member's business, or undefined after telling them what to do first: apply for a business
 * account, wait for the validation, or contact support when the account is not active.
 */
export async function requireBusiness(step: Step, ctx: ProductsContext): Promise<MemberBusiness | undefined> {
  const { turn } = step;
  const business = await ctx.products.memberBusiness(turn.memberId);
  if (business?.status === 'active') return business;
  await sendCard(step, noBusinessCard({ state: await noActiveBusiness(business !== undefined, turn.memberId, ctx.products) }, turn.t));
  return undefined;
}

export function meterView(standing: Standing): MeterView {
  const { meter, total } = standing;
  return {
    total,
    milestones: meter.milestones.map((m) => ({ ...m, toGo: Math.max(0, m.minPoints - total) })),
    ...(meter.next ? { nextTarget: meter.next.milestone.minPoints } : {}),
    progress: meter.progress,
    invited: meter.invited,
    toInvitation: Math.max(0, standing.threshold - total),
  };
}

export function whatIfView(whatIf: WhatIf, total: number): WhatIfView {
  switch (whatIf.kind) {
    case 'complete':
      return { kind: 'complete', model: whatIf.registration.name, points: total + whatIf.registration.points, tier: whatIf.reaches.name };
    case 'register':
      return { kind: 'register', model: whatIf.model.name, points: total + whatIf.model.points, tier: whatIf.reaches.name };
    case 'closer':
      return { kind: 'closer', model: whatIf.model.name, add: whatIf.model.points, toGo: whatIf.stillToGo, tier: whatIf.next.name };
  }
}

/** A registration as the list and saved cards show it. */
export function productFacts(row: ProductRow) {
  return { complete: isComplete(row), missing: missingFields(row) };
}

