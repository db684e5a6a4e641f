import { relations, sql } from 'drizzle-orm';
import { boolean, index, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { languageEnum, timestamptz, updatedAt } from './common';
import { members } from './members';

/** One FAQ topic (stable id, DESIGN §3) in one language. */
export const faqEntries = pgTable(
  'faq_entries',
  {
    /** e.g. `account.apply`. */
    topicId: text('topic_id').notNull(),
    language: languageEnum('language').notNull(),
    title: text('title').notNull(),
    answer: text('answer').notNull(),
    /** Ways members ask this question, for search. */
    phrasings: text('phrasings').array().notNull().default(sql`'{}'`),
    updatedAt: updatedAt(),
  },
  (t) => [primaryKey({ columns: [t.topicId, t.language] })],
);

/** A member's "was this helpful?" answer (`faq.feedback`). */
export const faqFeedback = pgTable(
  'faq_feedback',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    topicId: text('topic_id').notNull(),
    language: languageEnum('language').notNull(),
    memberId: uuid('member_id').references(() => members.id, { onDelete: 'set null' }),
    helpful: boolean('helpful').notNull(),
    at: timestamptz('at').notNull().defaultNow(),
  },
  (t) => [index('faq_feedback_topic_id_idx').on(t.topicId, t.language)],
);

/** A question no FAQ entry answered confidently, to improve the FAQ. */
export const faqUnanswered = pgTable(
  'faq_unanswered',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    question: text('question').notNull(),
    language: languageEnum('language').notNull(),
    at: timestamptz('at').notNull().defaultNow(),
  },
  (t) => [index('faq_unanswered_at_idx').on(t.at)],
);

export const faqFeedbackRelations = relations(faqFeedback, ({ one }) => ({
  member: one(members, { fields: [faqFeedback.memberId], references: [members.id] }),
}));

export type FaqEntry = typeof faqEntries.$inferSelect;
export type NewFaqEntry = typeof faqEntries.$inferInsert;
export type FaqFeedback = typeof faqFeedback.$inferSelect;
export type FaqUnanswered = typeof faqUnanswered.$inferSelect;
