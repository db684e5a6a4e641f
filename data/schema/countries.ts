import { relations, sql } from 'drizzle-orm';
import { check, integer, pgTable, text } from 'drizzle-orm/pg-core';
import { countryCode, currencyCode, updatedAt } from './common';
import { applications, businesses } from './businesses';
import { dealers } from './products';

/**
 * The countries where CPS is offered (docs/domain.md, "Our own choices"). Reference facts (name, currency, VAT, time zone)
 * come from the seed; support business hours are operator-editable and the seed never overwrites them.
 */
export const countries = pgTable(
  'countries',
  {
    /** ISO 3166-1 alpha-2, e.g. `DK`. */
    code: countryCode('code').primaryKey(),
    /** English name; localized names come from `Intl.DisplayNames`. */
    name: text('name').notNull(),
    /** Local currency. Whether it is actually priced is decided by `tier_prices` (fallback EUR). */
    currency: currencyCode('currency').notNull(),
    /** Standard VAT rate in basis points: 2500 = 25 %. */
    vatRateBp: integer('vat_rate_bp').notNull(),
    /** IANA time zone, e.g. `Europe/Copenhagen`. */
    timeZone: text('time_zone').notNull(),
    /** Support opens, local time `HH:MM`. */
    supportOpensAt: text('support_opens_at').notNull().default('09:00'),
    /** Support closes, local time `HH:MM` (exclusive). */
    supportClosesAt: text('support_closes_at').notNull().default('17:00'),
    /** ISO weekdays with support: 1 = Monday … 7 = Sunday. */
    supportWeekdays: integer('support_weekdays').array().notNull().default(sql`'{1,2,3,4,5}'`),
    updatedAt: updatedAt(),
  },
  (t) => [
    check('countries_code_format', sql`${t.code} ~ '^[A-Z]{2}$'`),
    check('countries_vat_rate_range', sql`${t.vatRateBp} between 0 and 10000`),
    check(
      'countries_support_hours_format',
      sql`${t.supportOpensAt} ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$' and ${t.supportClosesAt} ~ '^(([01][0-9]|2[0-3]):[0-5][0-9]|24:00)$' and ${t.supportOpensAt} < ${t.supportClosesAt}`,
    ),
    check('countries_support_weekdays_range', sql`${t.supportWeekdays} <@ '{1,2,3,4,5,6,7}'::integer[]`),
  ],
);

export const countriesRelations = relations(countries, ({ many }) => ({
  businesses: many(businesses),
  applications: many(applications),
  dealers: many(dealers),
}));

export type Country = typeof countries.$inferSelect;
export type NewCountry = typeof countries.$inferInsert;
