import { relations, sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  index,
  integer,
  pgEnum,
  pgTable,
  text,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { PRODUCT_CATEGORIES, type ProductCategory } from '../../domain/serials';
import { countryCode, createdAt, timestamptz, updatedAt } from './common';
import { businesses } from './businesses';
import { countries } from './countries';
import { legacyProducts } from './legacy';
import { members } from './members';

/** The product lines; the list is the domain's (domain/serials.ts). */
export const productCategoryEnum = pgEnum('product_category', PRODUCT_CATEGORIES);
export type { ProductCategory };

export const productSourceEnum = pgEnum('product_source', ['chat', 'migration']);
export type ProductSource = (typeof productSourceEnum.enumValues)[number];

/**
 * Canon product models members can pick when registering a product (docs/domain.md, "Our own choices"). Serial numbers are
 * matched against `serial_pattern` after normalisation (upper case, no spaces).
 */
export const catalogueModels = pgTable(
  'catalogue_models',
  {
    /** Slug, e.g. `eos-r5`; the `model` input of `product.submit`. */
    id: text('id').primaryKey(),
    name: text('name').notNull(),
    category: productCategoryEnum('category').notNull(),
    /** CPS points a complete registration earns; may be 0. */
    points: integer('points').notNull().default(0),
    /** Regular-expression source (valid in both JavaScript and PostgreSQL), anchored. */
    serialPattern: text('serial_pattern'),
    /** A serial number that matches `serial_pattern`, shown as a hint. */
    serialExample: text('serial_example'),
    releaseDate: date('release_date', { mode: 'string' }),
    registrable: boolean('registrable').notNull().default(true),
    /** Locale key explaining why a model cannot be registered (when `registrable` is false). */
    notRegistrableReasonKey: text('not_registrable_reason_key'),
    updatedAt: updatedAt(),
  },
  (t) => [
    check('catalogue_models_id_slug', sql`${t.id} ~ '^[a-z0-9]+(-[a-z0-9]+)*$'`),
    check('catalogue_models_points_nonnegative', sql`${t.points} >= 0`),
    check(
      'catalogue_models_registrable_has_serial',
      sql`not ${t.registrable} or (${t.serialPattern} is not null and ${t.serialExample} is not null)`,
    ),
    check('catalogue_models_not_registrable_has_reason', sql`${t.registrable} or ${t.notRegistrableReasonKey} is not null`),
    check('catalogue_models_example_matches', sql`${t.serialExample} ~ ${t.serialPattern}`),
  ],
);

/**
 * A product registered by a business (rule P1). Complete when serial number, purchase date,
 * purchase country and dealer are all present (rule P3); only then are its points allocated.
 * A serial can be registered once across all businesses.
 */
export const registeredProducts = pgTable(
  'registered_products',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    businessId: uuid('business_id')
      .notNull()
      .references(() => businesses.id, { onDelete: 'cascade' }),
    modelId: text('model_id')
      .notNull()
      .references(() => catalogueModels.id),
    /** Normalised: upper case, no white space. */
    serialNumber: text('serial_number'),
    purchaseDate: date('purchase_date', { mode: 'string' }),
    /** ISO alpha-2; not limited to participating countries. */
    purchaseCountry: countryCode('purchase_country'),
    dealer: text('dealer'),
    source: productSourceEnum('source').notNull().default('chat'),
    /** The legacy product this row was migrated from; a legacy product migrates once. */
    legacyProductId: uuid('legacy_product_id')
      .unique('registered_products_legacy_product_unique')
      .references(() => legacyProducts.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    unique('registered_products_model_serial_unique').on(t.modelId, t.serialNumber),
    index('registered_products_business_id_idx').on(t.businessId),
    check(
      'registered_products_serial_normalised',
      sql`${t.serialNumber} = upper(${t.serialNumber}) and ${t.serialNumber} !~ '\\s' and ${t.serialNumber} <> ''`,
    ),
  ],
);

/** Dealer names suggested per country when registering a product. Free text is accepted too. */
export const dealers = pgTable(
  'dealers',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    countryCode: countryCode('country_code')
      .notNull()
      .references(() => countries.code),
    name: text('name').notNull(),
  },
  (t) => [unique('dealers_country_name_unique').on(t.countryCode, t.name)],
);

/** An attempt to register a serial that another business already owns, for support follow-up. */
export const serialConflicts = pgTable(
  'serial_conflicts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    modelId: text('model_id')
      .notNull()
      .references(() => catalogueModels.id),
    serialNumber: text('serial_number').notNull(),
    /** Who tried. */
    memberId: uuid('member_id')
      .notNull()
      .references(() => members.id),
    businessId: uuid('business_id').references(() => businesses.id),
    /** The registration that owns the serial. */
    registeredProductId: uuid('registered_product_id').references(() => registeredProducts.id, {
      onDelete: 'set null',
    }),
    attemptedAt: timestamptz('attempted_at').notNull().defaultNow(),
  },
  (t) => [index('serial_conflicts_model_serial_idx').on(t.modelId, t.serialNumber)],
);

export const catalogueModelsRelations = relations(catalogueModels, ({ many }) => ({
  registeredProducts: many(registeredProducts),
  legacyProducts: many(legacyProducts),
}));

export const registeredProductsRelations = relations(registeredProducts, ({ one }) => ({
  business: one(businesses, { fields: [registeredProducts.businessId], references: [businesses.id] }),
  model: one(catalogueModels, { fields: [registeredProducts.modelId], references: [catalogueModels.id] }),
  legacyProduct: one(legacyProducts, {
    fields: [registeredProducts.legacyProductId],
    references: [legacyProducts.id],
  }),
}));

export const dealersRelations = relations(dealers, ({ one }) => ({
  country: one(countries, { fields: [dealers.countryCode], references: [countries.code] }),
}));

export const serialConflictsRelations = relations(serialConflicts, ({ one }) => ({
  model: one(catalogueModels, { fields: [serialConflicts.modelId], references: [catalogueModels.id] }),
  member: one(members, { fields: [serialConflicts.memberId], references: [members.id] }),
  business: one(businesses, { fields: [serialConflicts.businessId], references: [businesses.id] }),
  registeredProduct: one(registeredProducts, {
    fields: [serialConflicts.registeredProductId],
    references: [registeredProducts.id],
  }),
}));

export type CatalogueModel = typeof catalogueModels.$inferSelect;
export type NewCatalogueModel = typeof catalogueModels.$inferInsert;
export type RegisteredProduct = typeof registeredProducts.$inferSelect;
export type NewRegisteredProduct = typeof registeredProducts.$inferInsert;
export type Dealer = typeof dealers.$inferSelect;
export type NewDealer = typeof dealers.$inferInsert;
export type SerialConflict = typeof serialConflicts.$inferSelect;
