import { bigint, integer, jsonb, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';

/** Bot Framework state (dialog stacks, conversation data). `etag` is the row version used for compare-and-swap. */
export const botState = pgTable('bot_state', {
  key: text('key').primaryKey(),
  data: jsonb('data').$type<Record<string, unknown>>().notNull(),
  etag: bigint('etag', { mode: 'number' }).notNull().default(1),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** Activities already processed, so a redelivered activity (same conversation + id) has no second effect. */
export const processedActivities = pgTable(
  'processed_activities',
  {
    conversationId: text('conversation_id').notNull(),
    activityId: text('activity_id').notNull(),
    processedAt: timestamp('processed_at', { withTimezone: true }).notNull().defaultNow(),
    replyCount: integer('reply_count').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.conversationId, t.activityId] })],
);
