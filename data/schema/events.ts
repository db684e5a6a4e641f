import { sql } from 'drizzle-orm';
import { check, index, pgTable, text, unique, uuid } from 'drizzle-orm/pg-core';
import { countryCode, languageEnum, timestamptz } from './common';

import { FUNNEL_STEPS, type FunnelStep } from '../../domain/funnel';

/**
 * One row per funnel step a member reached, the first time only. No personal data: `subject` is a
 * pseudonymous hash of the member id (no table links it back), with the language and country.
 */
export const events = pgTable(
  'events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kind: text('kind').$type<FunnelStep>().notNull(),
    /** SHA-256 (hex) of `funnel:<member id>`. */
    subject: text('subject').notNull(),
    at: timestamptz('at').notNull().defaultNow(),
    locale: languageEnum('locale'),
    country: countryCode('country'),
  },
  (t) => [
    unique('events_kind_subject_unique').on(t.kind, t.subject),
    index('events_kind_at_idx').on(t.kind, t.at),
    check('events_kind_known', sql.raw(`kind in (${FUNNEL_STEPS.map((s) => `'${s}'`).join(', ')})`)),
  ],
);

export type EventRow = typeof events.$inferSelect;
