import { pgTable, text } from 'drizzle-orm/pg-core';
import { updatedAt } from './common';

/**
 * Facts about the database itself. `reference-fingerprint` is the hash of the migrations and seed
 * data last applied: a start whose fingerprint matches skips migrating and seeding.
 */
export const appMeta = pgTable('app_meta', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
  updatedAt: updatedAt(),
});
