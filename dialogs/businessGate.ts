import type { ProductRepository } from '../data/repositories/products';

/** Why a member is stopped before a business-only journey: no application yet, one under review, or an account that is not active. */
export type NoActiveBusiness = 'apply' | 'pending' | 'inactive';

/**
 * The shared half of the products' and the membership's `requireBusiness`: given whether the
 * member has a business account (that is not active), what the card they are shown should say.
 * Each journey sends its own card for it.
 */
export async function noActiveBusiness(hasBusiness: boolean, memberId: string, products: Pick<ProductRepository, 'latestApplicationStatus'>): Promise<NoActiveBusiness> {
  if (hasBusiness) return 'inactive';
  const application = await products.latestApplicationStatus(memberId);
  return application === 'under-review' ? 'pending' : 'apply';
}
