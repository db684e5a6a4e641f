import { and, asc, eq, inArray, isNotNull, or, sql } from 'drizzle-orm';
import { migrationStatus, type MigrationStatus, type ProductValues } from '../../domain/products';
import { auditLog } from '../schema/audit';
import { legacyAccounts, legacyProducts, productMigrations, type LegacyAccount, type ProductMigration } from '../schema/legacy';
import { catalogueModels, registeredProducts, type ProductCategory } from '../schema/products';
import { scoped } from '../transaction';
import type { Db } from '../types';

/** A legacy product to import, already checked and normalised (serial normalised, e-mail lower case). */
export type LegacyProductValues = ProductValues;

export interface LegacyImport {
  /** Old CPS e-mail, lower case. */
  readonly email: string;
  readonly membershipNumber: string | null;
  readonly products: readonly LegacyProductValues[];
}

export interface LegacyImportResult {
  readonly accountId: string;
  /** The account was new (false: it existed and was updated). */
  readonly created: boolean;
  /** Products added by this import. */
  readonly added: number;
  /** Products the account already had (the same import sent again adds nothing). */
  readonly unchanged: number;
  /** Products the account has now. */
  readonly productCount: number;
}

/** A legacy product with its catalogue facts and where it stands for one business. */
export interface MigrationCandidate extends ProductValues {
  readonly legacyProductId: string;
  readonly modelName: string;
  readonly category: ProductCategory;
  readonly points: number;
  readonly status: MigrationStatus;
}

export interface MigrationResult {
  /** Registrations created by this run (0 when run again). */
  readonly migrated: number;
  readonly migratedProductIds: readonly string[];
}

export function sameLegacyProduct(a: LegacyProductValues, b: LegacyProductValues): boolean {
  if (a.modelId !== b.modelId) return false;
  if (a.serialNumber !== null || b.serialNumber !== null) return a.serialNumber === b.serialNumber;
  return a.purchaseDate === b.purchaseDate && a.purchaseCountry === b.purchaseCountry && a.dealer === b.dealer;
}

/** Old CPS accounts imported by the back office, and the migration of their products into a business (rule P2). */
export function createLegacyRepository(db: Db) {
  async function productsOf(legacyAccountId: string) {
    return scoped(db)
      .select({
        legacyProductId: legacyProducts.id,
        modelId: legacyProducts.modelId,
        serialNumber: legacyProducts.serialNumber,
        purchaseDate: legacyProducts.purchaseDate,
        purchaseCountry: legacyProducts.purchaseCountry,
        dealer: legacyProducts.dealer,
        modelName: catalogueModels.name,
        category: catalogueModels.category,
        points: catalogueModels.points,
      })
      .from(legacyProducts)
      .innerJoin(catalogueModels, eq(catalogueModels.id, legacyProducts.modelId))
      .where(eq(legacyProducts.legacyAccountId, legacyAccountId))
      .orderBy(asc(catalogueModels.name), asc(legacyProducts.id));
  }

  async function candidates(businessId: string, legacyAccountId: string): Promise<MigrationCandidate[]> {
    const products = await productsOf(legacyAccountId);
    if (products.length === 0) return [];
    const ids = products.map((p) => p.legacyProductId);
    const serials = products.filter((p) => p.serialNumber !== null);
    const holders = await scoped(db)
      .select({
        businessId: registeredProducts.businessId,
        legacyProductId: registeredProducts.legacyProductId,
        modelId: registeredProducts.modelId,
        serialNumber: registeredProducts.serialNumber,
      })
      .from(registeredProducts)
      .where(
        or(
          inArray(registeredProducts.legacyProductId, ids),
          serials.length === 0
            ? sql`false`
            : and(
                isNotNull(registeredProducts.serialNumber),
                sql`(${registeredProducts.modelId}, ${registeredProducts.serialNumber}) in (${sql.join(
                  serials.map((p) => sql`(${p.modelId}, ${p.serialNumber})`),
                  sql`, `,
                )})`,
              ),
        ),
      );
    return products.map((p) => {
      const migratedInto = holders.find((h) => h.legacyProductId === p.legacyProductId)?.businessId ?? null;
      const serialOwner =
        p.serialNumber === null ? null : (holders.find((h) => h.modelId === p.modelId && h.serialNumber === p.serialNumber)?.businessId ?? null);
      return { ...p, status: migrationStatus(businessId, { migratedInto, serialOwner }) };
    });
  }

  return {
    /**
     * Imports an old CPS account (back office). Idempotent per e-mail: the account is created or
     * its membership number updated, and only products it does not have yet are added (same model
     * and serial; without a serial, the same model and details).
     */
    async importAccount(account: LegacyImport): Promise<LegacyImportResult> {
      const [row] = await scoped(db)
        .insert(legacyAccounts)
        .values({ email: account.email, membershipNumber: account.membershipNumber })
        .onConflictDoUpdate({
          target: legacyAccounts.email,
          set: { membershipNumber: sql`coalesce(excluded.membership_number, ${legacyAccounts.membershipNumber})` },
        })
        .returning({ id: legacyAccounts.id, created: sql<boolean>`(xmax = 0)` });
      if (!row) throw new Error('legacy account upsert returned no row');
      const existing = await scoped(db).select().from(legacyProducts).where(eq(legacyProducts.legacyAccountId, row.id));
      const fresh: LegacyProductValues[] = [];
      for (const product of account.products) {
        if (existing.some((e) => sameLegacyProduct(e, product)) || fresh.some((f) => sameLegacyProduct(f, product))) continue;
        fresh.push(product);
      }
      if (fresh.length > 0) {
        await scoped(db)
          .insert(legacyProducts)
          .values(fresh.map((p) => ({ legacyAccountId: row.id, ...p })));
      }
      await scoped(db)
        .insert(auditLog)
        .values({
          actor: 'backoffice',
          action: 'legacy-account.import',
          subject: `legacy-account:${row.id}`,
          details: { created: row.created, added: fresh.length },
        });
      return {
        accountId: row.id,
        created: row.created,
        added: fresh.length,
        unchanged: account.products.length - fresh.length,
        productCount: existing.length + fresh.length,
      };
    },

    async accountByEmail(email: string): Promise<LegacyAccount | undefined> {
      const [row] = await scoped(db).select().from(legacyAccounts).where(eq(legacyAccounts.email, email.toLowerCase()));
      return row;
    },

    /** The dry run: every product of the legacy account and where it stands for `businessId`. */
    candidates,

    /**
     * Migrates every product of the legacy account that is still free into `businessId` (as
     * `source = 'migration'`, linked to its legacy product). Running it again changes nothing: a
     * legacy product migrates once, a serial belongs to one business.
     */
    async migrate(businessId: string, legacyAccountId: string): Promise<MigrationResult> {
      const free = (await candidates(businessId, legacyAccountId)).filter((c) => c.status === 'to-migrate');
      const inserted =
        free.length === 0
          ? []
          : await scoped(db)
              .insert(registeredProducts)
              .values(
                free.map((c) => ({
                  businessId,
                  modelId: c.modelId,
                  serialNumber: c.serialNumber,
                  purchaseDate: c.purchaseDate,
                  purchaseCountry: c.purchaseCountry,
                  dealer: c.dealer,
                  source: 'migration' as const,
                  legacyProductId: c.legacyProductId,
                })),
              )
              .onConflictDoNothing()
              .returning({ id: registeredProducts.id });
      await scoped(db)
        .insert(productMigrations)
        .values({ businessId, legacyAccountId, productCount: inserted.length })
        .onConflictDoUpdate({
          target: [productMigrations.businessId, productMigrations.legacyAccountId],
          set: { productCount: sql`${productMigrations.productCount} + excluded.product_count`, migratedAt: sql`now()` },
          setWhere: sql`excluded.product_count > 0`,
        });
      return { migrated: inserted.length, migratedProductIds: inserted.map((r) => r.id) };
    },

    /** The record of an earlier migration of this legacy account into this business, if any. */
    async migrationOf(businessId: string, legacyAccountId: string): Promise<ProductMigration | undefined> {
      const [row] = await scoped(db)
        .select()
        .from(productMigrations)
        .where(and(eq(productMigrations.businessId, businessId), eq(productMigrations.legacyAccountId, legacyAccountId)));
      return row;
    },
  };
}

export type LegacyRepository = ReturnType<typeof createLegacyRepository>;
