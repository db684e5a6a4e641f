import { randomUUID } from 'node:crypto';
import { and, asc, desc, eq, ne, sql } from 'drizzle-orm';
import type { ProductValues } from '../../domain/products';
import { applications, businesses, type ApplicationStatus, type BusinessStatus } from '../schema/businesses';
import { countries } from '../schema/countries';
import { members } from '../schema/members';
import { catalogueModels, registeredProducts, serialConflicts, type ProductCategory, type ProductSource } from '../schema/products';
import { preparedQuery } from '../prepared';
import { scoped } from '../transaction';
import { createEventLog } from './events';
import type { Db } from '../types';

/** The business a member registers products for (rule P1), with what the products journey needs to know about it. */
export interface MemberBusiness {
  readonly businessId: string;
  readonly status: BusinessStatus;
  readonly countryCode: string;
  /** IANA time zone of the business's country ("today" for purchase dates). */
  readonly timeZone: string;
  /** The old CPS e-mail given in the application (rule A4), lower case. */
  readonly oldCpsEmail: string | null;
}

/** A registration with the catalogue facts shown next to it. */
export interface ProductRow extends ProductValues {
  readonly id: string;
  readonly businessId: string;
  readonly modelName: string;
  readonly category: ProductCategory;
  readonly points: number;
  readonly serialPattern: string | null;
  readonly serialExample: string | null;
  readonly releaseDate: string | null;
  readonly source: ProductSource;
  readonly createdAt: Date;
}

export type RegisterOutcome =
  | { readonly kind: 'created'; readonly product: ProductRow }
  /** This business already has the registration (same entry submitted twice, or the same model + serial). */
  | { readonly kind: 'existing'; readonly product: ProductRow }
  /** The model + serial belongs to another business. */
  | { readonly kind: 'conflict'; readonly ownerProductId: string };

export type UpdateOutcome =
  | { readonly kind: 'updated'; readonly product: ProductRow }
  | { readonly kind: 'not-found' }
  /** The new model + serial belongs to another business. */
  | { readonly kind: 'conflict'; readonly ownerProductId: string }
  /** The new model + serial is another registration of this same business. */
  | { readonly kind: 'duplicate'; readonly otherProduct: ProductRow };

const productColumns = {
  id: registeredProducts.id,
  businessId: registeredProducts.businessId,
  modelId: registeredProducts.modelId,
  serialNumber: registeredProducts.serialNumber,
  purchaseDate: registeredProducts.purchaseDate,
  purchaseCountry: registeredProducts.purchaseCountry,
  dealer: registeredProducts.dealer,
  source: registeredProducts.source,
  createdAt: registeredProducts.createdAt,
  modelName: catalogueModels.name,
  category: catalogueModels.category,
  points: catalogueModels.points,
  serialPattern: catalogueModels.serialPattern,
  serialExample: catalogueModels.serialExample,
  releaseDate: catalogueModels.releaseDate,
};

/** PostgreSQL's unique_violation, possibly wrapped by Drizzle (`cause`). */
export function isUniqueViolation(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e instanceof Error && depth < 5; e = e.cause, depth++) {
    if ('code' in e && e.code === '23505') return true;
  }
  return false;
}

/** Registered products of businesses (rules P1–P3), serial conflicts, and who belongs to which business. */
export function createProductRepository(db: Db) {
  function selectProducts(ex: Db = scoped(db)) {
    return ex.select(productColumns).from(registeredProducts).innerJoin(catalogueModels, eq(catalogueModels.id, registeredProducts.modelId));
  }
  // The two reads of nearly every products and membership step, built once.
  const listOf = preparedQuery(db, 'products_of_business', (db) =>
    selectProducts(db)
      .where(eq(registeredProducts.businessId, sql.placeholder('businessId')))
      .orderBy(asc(registeredProducts.createdAt), asc(registeredProducts.id)),
  );
  const businessOf = preparedQuery(db, 'business_of_member', (db) =>
    db
      .select({
        businessId: businesses.id,
        status: businesses.status,
        countryCode: businesses.countryCode,
        timeZone: countries.timeZone,
        oldCpsEmail: businesses.oldCpsEmail,
      })
      .from(members)
      .innerJoin(businesses, eq(businesses.id, members.businessId))
      .innerJoin(countries, eq(countries.code, businesses.countryCode))
      .where(eq(members.id, sql.placeholder('memberId'))),
  );

  async function byId(productId: string): Promise<ProductRow | undefined> {
    const [row] = await selectProducts().where(eq(registeredProducts.id, productId));
    return row;
  }

  async function bySerial(modelId: string, serialNumber: string): Promise<ProductRow | undefined> {
    const [row] = await selectProducts().where(and(eq(registeredProducts.modelId, modelId), eq(registeredProducts.serialNumber, serialNumber)));
    return row;
  }

  /**
   * Saves a new registration. Idempotent: `entryId` (the id the entry card was rendered with)
   * becomes the registration's id, so the same card submitted twice saves once; the same model +
   * serial is one registration across all businesses (the unique constraint decides a race).
   */
  async function register(businessId: string, values: ProductValues, entryId?: string): Promise<RegisterOutcome> {
    const id = entryId ?? randomUUID();
    const ex = scoped(db);
    // One statement: the insert, and the saved row with its model's facts as every card shows it.
    const inserted = ex.$with('inserted').as(ex.insert(registeredProducts).values({ id, businessId, ...values, source: 'chat' }).onConflictDoNothing().returning());
    const [created] = await ex
      .with(inserted)
      .select({
        ...productColumns,
        id: inserted.id,
        businessId: inserted.businessId,
        modelId: inserted.modelId,
        serialNumber: inserted.serialNumber,
        purchaseDate: inserted.purchaseDate,
        purchaseCountry: inserted.purchaseCountry,
        dealer: inserted.dealer,
        source: inserted.source,
        createdAt: inserted.createdAt,
      })
      .from(inserted)
      .innerJoin(catalogueModels, eq(catalogueModels.id, inserted.modelId));
    if (created) {
      await createEventLog(db).forBusiness('first-product', businessId);
      return { kind: 'created', product: created };
    }
    const sameEntry = await byId(id);
    if (sameEntry?.businessId === businessId) return { kind: 'existing', product: sameEntry };
    if (sameEntry) return register(businessId, values);
    if (values.serialNumber === null) throw new Error('a registration without serial cannot conflict');
    const owner = await bySerial(values.modelId, values.serialNumber);
    if (!owner) throw new Error(`insert of ${values.modelId}/${values.serialNumber} conflicted with nothing`);
    return owner.businessId === businessId ? { kind: 'existing', product: owner } : { kind: 'conflict', ownerProductId: owner.id };
  }

  return {
    /** The business the member acts for, or undefined while they have none (no approved application). */
    async memberBusiness(memberId: string): Promise<MemberBusiness | undefined> {
      const [row] = await businessOf({ memberId });
      return row;
    },

    /** The status of the member's latest business-account application, if they ever applied. */
    async latestApplicationStatus(memberId: string): Promise<ApplicationStatus | undefined> {
      const [row] = await scoped(db)
        .select({ status: applications.status })
        .from(applications)
        .where(eq(applications.memberId, memberId))
        .orderBy(desc(applications.createdAt))
        .limit(1);
      return row?.status;
    },

    /** The members acting for a business (to notify them all). */
    async memberIdsOf(businessId: string): Promise<string[]> {
      const rows = await scoped(db).select({ id: members.id }).from(members).where(eq(members.businessId, businessId));
      return rows.map((r) => r.id);
    },

    /** Every registration of a business, oldest first. */
    async list(businessId: string): Promise<ProductRow[]> {
      return listOf({ businessId });
    },

    /** One registration, only if it belongs to `businessId`. */
    async find(businessId: string, productId: string): Promise<ProductRow | undefined> {
      const row = await byId(productId);
      return row?.businessId === businessId ? row : undefined;
    },

    register,

    /** Replaces the values of a business's registration (the member fixed it through "View product"). */
    async update(businessId: string, productId: string, values: ProductValues): Promise<UpdateOutcome> {
      const current = await byId(productId);
      if (current?.businessId !== businessId) return { kind: 'not-found' };
      const checkOwner = async (): Promise<UpdateOutcome | undefined> => {
        if (values.serialNumber === null) return undefined;
        const [owner] = await selectProducts().where(
          and(eq(registeredProducts.modelId, values.modelId), eq(registeredProducts.serialNumber, values.serialNumber), ne(registeredProducts.id, productId)),
        );
        if (!owner) return undefined;
        return owner.businessId === businessId ? { kind: 'duplicate', otherProduct: owner } : { kind: 'conflict', ownerProductId: owner.id };
      };
      const taken = await checkOwner();
      if (taken) return taken;
      try {
        // A savepoint: if another turn took the serial in between, the unique violation must not abort the turn's transaction.
        await scoped(db).transaction(async (savepoint) => {
          await savepoint
            .update(registeredProducts)
            .set({ ...values })
            .where(and(eq(registeredProducts.id, productId), eq(registeredProducts.businessId, businessId)));
        });
      } catch (error) {
        if (!isUniqueViolation(error)) throw error;
        const raced = await checkOwner();
        if (raced) return raced;
        throw error;
      }
      const product = await byId(productId);
      if (!product) return { kind: 'not-found' };
      return { kind: 'updated', product };
    },

    /** Records an attempt to register a serial another business owns, for CPS Priority Support to follow up. */
    async recordSerialConflict(conflict: {
      readonly modelId: string;
      readonly serialNumber: string;
      readonly memberId: string;
      readonly businessId: string;
      readonly registeredProductId: string;
    }): Promise<void> {
      await scoped(db).insert(serialConflicts).values(conflict);
    },

    async serialConflictsOf(businessId: string) {
      return scoped(db).select().from(serialConflicts).where(eq(serialConflicts.businessId, businessId));
    },
  };
}

export type ProductRepository = ReturnType<typeof createProductRepository>;
