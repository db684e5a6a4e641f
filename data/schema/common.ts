import { char, customType, pgEnum, timestamp } from 'drizzle-orm/pg-core';

/** The languages the assistant speaks; English is the fallback. */
export const languageEnum = pgEnum('language', ['en', 'da', 'sv', 'nl']);
export type Language = (typeof languageEnum.enumValues)[number];

/** ISO 4217 codes the domain knows; prices exist only for some of them (see `tier_prices`). */
export type CurrencyCode = 'EUR' | 'DKK' | 'SEK' | 'NOK' | 'CZK' | 'HUF' | 'PLN' | 'GBP';

/** A `timestamptz` column as a JS `Date`. */
export const timestamptz = (name: string) => timestamp(name, { withTimezone: true });

/** `created_at`, set by the database on insert. */
export const createdAt = () => timestamptz('created_at').notNull().defaultNow();

/** `updated_at`, set on insert and refreshed by Drizzle on every update through the query builder. */
export const updatedAt = () =>
  timestamptz('updated_at')
    .notNull()
    .defaultNow()
    .$onUpdate(() => new Date());

/** ISO 3166-1 alpha-2 country code, upper case. */
export const countryCode = (name: string) => char(name, { length: 2 });

/** ISO 4217 currency code. */
export const currencyCode = (name: string) => char(name, { length: 3 }).$type<CurrencyCode>();

/**
 * `bytea` as a Node `Buffer`. postgres.js returns a Buffer, PGlite a Uint8Array, and relational
 * queries (`with`) nest rows as JSON, where bytea arrives as `\\x…` hex text.
 */
export const bytea = customType<{ data: Buffer; driverData: Uint8Array | string }>({
  dataType() {
    return 'bytea';
  },
  toDriver(value) {
    return value;
  },
  fromDriver(value) {
    if (typeof value === 'string') return Buffer.from(value.startsWith('\\x') ? value.slice(2) : value, 'hex');
    return Buffer.isBuffer(value) ? value : Buffer.from(value.buffer, value.byteOffset, value.byteLength);
  },
});
