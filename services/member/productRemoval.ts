import { and, eq } from 'drizzle-orm';
import { createCatalogueRepository } from '../../data/repositories/catalogue';
import { createProductRepository } from '../../data/repositories/products';
import { members } from '../../data/schema/members';
import { memberships } from '../../data/schema/memberships';
import { registeredProducts } from '../../data/schema/products';
import { tiers } from '../../data/schema/tiers';
import { scoped } from '../../data/transaction';
import type { Db } from '../../data/types';
import { allocatePoints } from '../../domain/points';

/** What removing a sold or lost product does, told before the member confirms. */
export interface RemovalPreview {
  readonly productId: string;
  readonly modelName: string;
  readonly serialNumber: string | null;
  readonly pointsBefore: number;
  readonly pointsAfter: number;
  /** For a member: the tier's threshold and whether it is still reached at renewal, else the best tier open then. */
  readonly tier?: {
    readonly name: string;
    readonly minPoints: number;
    readonly renewal: string;
    readonly kept: boolean;
    /** The highest tier of the same kind open with `pointsAfter`, when `kept` is false. */
    readonly openThen?: string;
  };
}

/**
 * Removing a registration the business sold or lost (`product.remove`): the points are
 * recalculated at once; a membership's tier is not changed now, but its effect at renewal is
 * explained before confirming. Only the member's own business's registrations can be removed.
 */
export function createProductRemoval(db: Db) {
  const products = createProductRepository(db);
  const catalogue = createCatalogueRepository(db);

  async function businessOf(memberId: string): Promise<string | undefined> {
    const [row] = await scoped(db).select({ businessId: members.businessId }).from(members).where(eq(members.id, memberId));
    return row?.businessId ?? undefined;
  }

  return {
    /** Undefined when the product is not the member's (or the id is not one). */
    async preview(memberId: string, productId: string): Promise<RemovalPreview | undefined> {
      const businessId = await businessOf(memberId);
      if (!businessId) return undefined;
      const product = await products.find(businessId, productId);
      if (!product) return undefined;
      const all = await products.list(businessId);
      const pointsBefore = allocatePoints(all);
      const pointsAfter = allocatePoints(all.filter((p) => p.id !== productId));
      const [membership] = await scoped(db)
        .select({ name: tiers.name, minPoints: tiers.minPoints, kind: tiers.kind, validUntil: memberships.validUntil })
        .from(memberships)
        .innerJoin(tiers, eq(tiers.code, memberships.tierCode))
        .where(and(eq(memberships.businessId, businessId), eq(memberships.status, 'active')))
        .limit(1);
      let tier: RemovalPreview['tier'];
      if (membership) {
        const kept = pointsAfter >= membership.minPoints;
        const openThen = (await catalogue.tiers()).filter((t) => t.kind === membership.kind && t.minPoints <= pointsAfter).at(-1)?.name;
        tier = { name: membership.name, minPoints: membership.minPoints, renewal: membership.validUntil, kept, ...(!kept && openThen ? { openThen } : {}) };
      }
      return { productId, modelName: product.modelName, serialNumber: product.serialNumber, pointsBefore, pointsAfter, ...(tier ? { tier } : {}) };
    },

    /** Removes the registration; the new points total, or undefined when it is not the member's. */
    async remove(memberId: string, productId: string): Promise<number | undefined> {
      const businessId = await businessOf(memberId);
      if (!businessId) return undefined;
      const removed = await scoped(db)
        .delete(registeredProducts)
        .where(and(eq(registeredProducts.id, productId), eq(registeredProducts.businessId, businessId)))
        .returning({ id: registeredProducts.id });
      if (removed.length === 0) return undefined;
      return allocatePoints(await products.list(businessId));
    },
  };
}
