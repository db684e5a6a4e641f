import { asc, eq } from 'drizzle-orm';
import { catalogueModels, dealers, type CatalogueModel } from '../schema/products';
import { tiers, type Tier } from '../schema/tiers';
import { scoped } from '../transaction';
import type { Db } from '../types';

/** The product catalogue, dealer suggestions and the tier thresholds points are measured against. */
export function createCatalogueRepository(db: Db) {
  return {
    /** Every model, registrable or not, by product line then name. */
    async allModels(): Promise<CatalogueModel[]> {
      return scoped(db).select().from(catalogueModels).orderBy(asc(catalogueModels.category), asc(catalogueModels.name));
    },

    /** The models members can register, by product line then name. */
    async registrableModels(): Promise<CatalogueModel[]> {
      return scoped(db)
        .select()
        .from(catalogueModels)
        .where(eq(catalogueModels.registrable, true))
        .orderBy(asc(catalogueModels.category), asc(catalogueModels.name));
    },

    async modelById(id: string): Promise<CatalogueModel | undefined> {
      const [row] = await scoped(db).select().from(catalogueModels).where(eq(catalogueModels.id, id));
      return row;
    },

    /** Dealer names suggested for purchases in a country (ISO alpha-2), alphabetically. */
    async dealerNames(countryCode: string): Promise<string[]> {
      const rows = await scoped(db)
        .select({ name: dealers.name })
        .from(dealers)
        .where(eq(dealers.countryCode, countryCode))
        .orderBy(asc(dealers.name));
      return rows.map((r) => r.name);
    },

    /** The CPS tiers with their point thresholds (operator-editable), lowest first. */
    async tiers(): Promise<Tier[]> {
      return scoped(db).select().from(tiers).orderBy(asc(tiers.minPoints), asc(tiers.sortOrder));
    },
  };
}

export type CatalogueRepository = ReturnType<typeof createCatalogueRepository>;
