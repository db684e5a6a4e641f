import { asc } from 'drizzle-orm';
import { cachedReference } from '../referenceCache';
import { tierPrices, tiers, type Tier, type TierPrice } from '../schema/tiers';
import { scoped } from '../transaction';
import type { Db } from '../types';

/**
 * The CPS tier catalogue (docs/domain.md, "Our own choices"): thresholds and annual fees are data, editable by operators.
 * Reference data: read through `cachedReference`, so a change shows within a minute.
 */
export function createTierRepository(db: Db) {
  const catalogue = (): Promise<readonly Tier[]> =>
    cachedReference(db, 'tiers', () => scoped(db).select().from(tiers).orderBy(asc(tiers.sortOrder), asc(tiers.minPoints), asc(tiers.code)));
  const prices = (): Promise<readonly TierPrice[]> =>
    cachedReference(db, 'tiers.prices', () => scoped(db).select().from(tierPrices).orderBy(asc(tierPrices.tierCode), asc(tierPrices.currency)));

  return {
    /** Every tier in display order (`sort_order`, then threshold). */
    catalogue,

    async byCode(code: string): Promise<Tier | undefined> {
      return (await catalogue()).find((t) => t.code === code);
    },

    /** Every annual fee of every tier (net of VAT, minor units). */
    prices,

    /** The annual fees of one tier, one row per currency it is priced in. */
    async pricesOf(tierCode: string): Promise<TierPrice[]> {
      return (await prices()).filter((p) => p.tierCode === tierCode);
    },
  };
}

export type TierRepository = ReturnType<typeof createTierRepository>;
