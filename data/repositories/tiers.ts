import { asc, eq } from 'drizzle-orm';
import { tierPrices, tiers, type Tier, type TierPrice } from '../schema/tiers';
import { scoped } from '../transaction';
import type { Db } from '../types';

/** The CPS tier catalogue (DESIGN §2): thresholds and annual fees are data, editable by operators. */
export function createTierRepository(db: Db) {
  return {
    /** Every tier in display order (`sort_order`, then threshold). */
    async catalogue(): Promise<Tier[]> {
      return scoped(db).select().from(tiers).orderBy(asc(tiers.sortOrder), asc(tiers.minPoints), asc(tiers.code));
    },

    async byCode(code: string): Promise<Tier | undefined> {
      const [row] = await scoped(db).select().from(tiers).where(eq(tiers.code, code));
      return row;
    },

    /** Every annual fee of every tier (net of VAT, minor units). */
    async prices(): Promise<TierPrice[]> {
      return scoped(db).select().from(tierPrices).orderBy(asc(tierPrices.tierCode), asc(tierPrices.currency));
    },

    /** The annual fees of one tier, one row per currency it is priced in. */
    async pricesOf(tierCode: string): Promise<TierPrice[]> {
      return scoped(db).select().from(tierPrices).where(eq(tierPrices.tierCode, tierCode)).orderBy(asc(tierPrices.currency));
    },
  };
}

export type TierRepository = ReturnType<typeof createTierRepository>;
