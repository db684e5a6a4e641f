import { asc, eq } from 'drizzle-orm';
import { cachedReference } from '../referenceCache';
import { catalogueModels, dealers, type CatalogueModel } from '../schema/products';
import type { Tier } from '../schema/tiers';
import { scoped } from '../transaction';
import type { Db } from '../types';
import { createTierRepository } from './tiers';

/**
 * The product catalogue, dealer suggestions and the tier thresholds points are measured against.
 * Reference data: read through `cachedReference`, so a change shows within a minute.
 */
export function createCatalogueRepository(db: Db) {
  const tierCatalogue = createTierRepository(db);
  const allModels = (): Promise<readonly CatalogueModel[]> =>
    cachedReference(db, 'catalogue.models', () => scoped(db).select().from(catalogueModels).orderBy(asc(catalogueModels.category), asc(catalogueModels.name)));

  return {
    /** Every model, registrable or not, by product line then name. */
    allModels,

    /** The models members can register, by product line then name. */
    async registrableModels(): Promise<CatalogueModel[]> {
      return (await allModels()).filter((m) => m.registrable);
    },

    /** One model; a model added since the catalogue was cached is read from the database. */
    async modelById(id: string): Promise<CatalogueModel | undefined> {
      const cached = (await allModels()).find((m) => m.id === id);
      if (cached) return cached;
      const [row] = await scoped(db).select().from(catalogueModels).where(eq(catalogueModels.id, id));
      return row;
    },

    /** Dealer names suggested for purchases in a country (ISO alpha-2), alphabetically. */
    async dealerNames(countryCode: string): Promise<string[]> {
      const all = await cachedReference(db, 'catalogue.dealers', () =>
        scoped(db).select({ countryCode: dealers.countryCode, name: dealers.name }).from(dealers).orderBy(asc(dealers.name)),
      );
      return all.filter((d) => d.countryCode === countryCode).map((d) => d.name);
    },

    /** The CPS tiers with their point thresholds (operator-editable), lowest first. */
    async tiers(): Promise<Tier[]> {
      return [...(await tierCatalogue.catalogue())].sort((a, b) => a.minPoints - b.minPoints || a.sortOrder - b.sortOrder);
    },
  };
}

export type CatalogueRepository = ReturnType<typeof createCatalogueRepository>;
