import { relations, sql } from 'drizzle-orm';
import { check, date, index, integer, pgTable, text, unique, uuid } from 'drizzle-orm/pg-core';
import { countryCode, timestamptz } from './common';
import { businesses } from './businesses';
import { catalogueModels, registeredProducts } from './products';

/** An old CPS account, imported by the back office so its products can be migrated (rule P2). */
export const legacyAccounts = pgTable(
  'legacy_accounts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** Old CPS e-mail, lower case. */
    email: text('email').notNull().unique('legacy_accounts_email_unique'),
    membershipNumber: text('membership_number'),
    importedAt: timestamptz('imported_at').notNull().defaultNow(),
  },
  (t) => [check('legacy_accounts_email_lower', sql`${t.email} = lower(${t.email})`)],
);

/** A product registered under an old CPS account; every field but the model may be missing. */
export const legacyProducts = pgTable(
  'legacy_products',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    legacyAccountId: uuid('legacy_account_id')
      .notNull()
      .references(() => legacyAccounts.id, { onDelete: 'cascade' }),
    modelId: text('model_id')
      .notNull()
      .references(() => catalogueModels.id),
    /** Normalised like `registered_products.serial_number`. */
    serialNumber: text('serial_number'),
    purchaseDate: date('purchase_date', { mode: 'string' }),
    purchaseCountry: countryCode('purchase_country'),
    dealer: text('dealer'),
  },
  (t) => [
    index('legacy_products_legacy_account_id_idx').on(t.legacyAccountId),
    check(
      'legacy_products_serial_normalised',
      sql`${t.serialNumber} = upper(${t.serialNumber}) and ${t.serialNumber} !~ '\\s' and ${t.serialNumber} <> ''`,
    ),
  ],
);

/** A completed migration of a legacy account's products into a business; once per pair. */
export const productMigrations = pgTable(
  'product_migrations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    businessId: uuid('business_id')
      .notNull()
      .references(() => businesses.id, { onDelete: 'cascade' }),
    legacyAccountId: uuid('legacy_account_id')
      .notNull()
      .references(() => legacyAccounts.id, { onDelete: 'cascade' }),
    /** Products actually moved (serials already registered elsewhere are skipped). */
    productCount: integer('product_count').notNull(),
    migratedAt: timestamptz('migrated_at').notNull().defaultNow(),
  },
  (t) => [unique('product_migrations_business_legacy_unique').on(t.businessId, t.legacyAccountId)],
);

export const legacyAccountsRelations = relations(legacyAccounts, ({ many }) => ({
  products: many(legacyProducts),
  migrations: many(productMigrations),
}));

export const legacyProductsRelations = relations(legacyProducts, ({ one }) => ({
  legacyAccount: one(legacyAccounts, { fields: [legacyProducts.legacyAccountId], references: [legacyAccounts.id] }),
  model: one(catalogueModels, { fields: [legacyProducts.modelId], references: [catalogueModels.id] }),
  registeredProduct: one(registeredProducts),
}));

export const productMigrationsRelations = relations(productMigrations, ({ one }) => ({
  business: one(businesses, { fields: [productMigrations.businessId], references: [businesses.id] }),
  legacyAccount: one(legacyAccounts, { fields: [productMigrations.legacyAccountId], references: [legacyAccounts.id] }),
}));

export type LegacyAccount = typeof legacyAccounts.$inferSelect;
export type NewLegacyAccount = typeof legacyAccounts.$inferInsert;
export type LegacyProduct = typeof legacyProducts.$inferSelect;
export type NewLegacyProduct = typeof legacyProducts.$inferInsert;
export type ProductMigration = typeof productMigrations.$inferSelect;
