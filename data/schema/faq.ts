import { relations, sql } from 'drizzle-orm';
import { boolean, customType, index, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { languageEnum, timestamptz, updatedAt } from './common';
import { members } from './members';

/** PostgreSQL `tsvector`, read as its text form (only the database itself works with it). */
const tsvector = customType<{ data: string }>({
  dataType() {
    return 'tsvector';
  },
});

/**
 * One FAQ topic (stable id, DESIGN §3) in one language. Editors change `title`, `answer` and
 * `phrasings` in the database; the search columns follow by themselves (generated), and the seed
 * leaves an edited row alone (`content_hash` ≠ `seed_hash`). The SQL functions the generated
 * columns call (`faq_ts_config`, `faq_fold`, `faq_phrase_document`, `faq_content_hash`) are created
 * by migration 0001.
 */
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
    /** Title and phrasings, stemmed with the language's text-search configuration. */
    phraseTsv: tsvector('phrase_tsv').generatedAlwaysAs(
      sql`to_tsvector(faq_ts_config(language), faq_phrase_document(title, phrasings))`,
    ),
    /** The answer, stemmed the same way (weaker evidence than the phrasings). */
    answerTsv: tsvector('answer_tsv').generatedAlwaysAs(sql`to_tsvector(faq_ts_config(language), answer)`),
    /** Title and phrasings lower-cased without diacritics or hyphens, for trigram (typo) matching. */
    phraseText: text('phrase_text').generatedAlwaysAs(sql`faq_fold(faq_phrase_document(title, phrasings))`),
    /** md5 of title, answer and phrasings as they are now. */
    contentHash: text('content_hash').generatedAlwaysAs(sql`faq_content_hash(title, answer, phrasings)`),
    /** `content_hash` of what the seed last wrote; differs from `content_hash` once an editor changed the row. */
    seedHash: text('seed_hash'),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.topicId, t.language] }),
    index('faq_entries_phrase_tsv_idx').using('gin', t.phraseTsv),
    index('faq_entries_phrase_text_trgm_idx').using('gin', t.phraseText.op('gin_trgm_ops')),
  ],
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
    /** The question the rated answer was given to, when the conversation still knew it. */
    question: text('question'),
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
