import type { CatalogueRepository } from '../data/repositories/catalogue';
import type { ProductRepository, ProductRow } from '../data/repositories/products';
import type { Tier } from '../data/schema/tiers';
import { allocatePoints, invitationThreshold, pointsMeter, type PointsMeter } from '../domain/points';
import { isComplete } from '../domain/products';

/** A business's registrations and the points derived from them (never a stored counter). */
export interface Standing {
  readonly rows: readonly ProductRow[];
  /** The registrations still missing a required fact (they count no points yet). */
  readonly incomplete: readonly ProductRow[];
  readonly tiers: readonly Tier[];
  /** The points total: the sum over the complete registrations. */
  readonly total: number;
  readonly meter: PointsMeter;
  readonly threshold: number;
}

/** Where a business stands, read through the products and catalogue repositories (the products journey and the membership journey alike). */
export async function standingOf(repos: { readonly products: ProductRepository; readonly catalogue: CatalogueRepository }, businessId: string): Promise<Standing> {
  const rows = await repos.products.list(businessId);
  const tiers = await repos.catalogue.tiers();
  const total = allocatePoints(rows);
  return { rows, incomplete: rows.filter((r) => !isComplete(r)), tiers, total, meter: pointsMeter(total, tiers), threshold: invitationThreshold(tiers) };
}
