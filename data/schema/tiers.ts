import { relations, sql } from 'drizzle-orm';
import { check, integer, pgEnum, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';
import { currencyCode } from './common';
import { memberships } from './memberships';

export const tierKindEnum = pgEnum('tier_kind', ['individual', 'corporate']);
export type TierKind = (typeof tierKindEnum.enumValues)[number];

/**
 * CPS tiers (docs/domain.md, rules E1–E3). A tier is open to a member with at least `min_points`;
 * corporate tiers are offered through the corporate toggle. Seeded once, then operator-editable.
 */
export const tiers = pgTable(
  'tiers',
  {
    /** e.g. `silver`; the `tier` input of `tier.select`. */
    code: text('code').primaryKey(),
    /** Brand name, the same in every language. */
    name: text('name').notNull(),
    kind: tierKindEnum('kind').notNull(),
    minPoints: integer('min_points').notNull(),
    sortOrder: integer('sort_order').notNull(),
  },
  (t) => [check('tiers_min_points_nonnegative', sql`${t.minPoints} >= 0`)],
);

/** Annual fee of a tier in one currency, in minor units; net of VAT. */
export const tierPrices = pgTable(
  'tier_prices',
  {
    tierCode: text('tier_code')
      .notNull()
      .references(() => tiers.code, { onDelete: 'cascade', onUpdate: 'cascade' }),
    currency: currencyCode('currency').notNull(),
    annualFeeMinor: integer('annual_fee_minor').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.tierCode, t.currency] }),
    check('tier_prices_fee_nonnegative', sql`${t.annualFeeMinor} >= 0`),
  ],
);

export const tiersRelations = relations(tiers, ({ many }) => ({
  prices: many(tierPrices),
  memberships: many(memberships),
}));

export const tierPricesRelations = relations(tierPrices, ({ one }) => ({
  tier: one(tiers, { fields: [tierPrices.tierCode], references: [tiers.code] }),
}));

export type Tier = typeof tiers.$inferSelect;
export type TierPrice = typeof tierPrices.$inferSelect;
