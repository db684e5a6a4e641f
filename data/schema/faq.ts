import { relations, sql } from 'drizzle-orm';
import { boolean, check, customType, foreignKey, index, pgTable, primaryKey, real, smallint, text, uuid } from 'drizzle-orm/pg-core';
import { languageEnum, timestamptz, updatedAt } from './common';
import { members } from './members';

/**
 * `text` compared byte by byte (collation "C"), whatever the database's default collation: the
 * search looks words up by prefix ranges (`token >= 'lös' and token < 'löt'`), which only a
 * code-point order keeps contiguous (a Danish collation sorts “aa” as “å”, after “z”).
 */
const bytewiseText = customType<{ data: string }>({
  dataType() {
    return 'text COLLATE "C"';
  },
});

/** PostgreSQL `tsvector`, read as its text form (only the database itself works with it). */
const tsvector = customType<{ data: string }>({
  dataType() {
    return 'tsvector';
  },
});

/**
 * One FAQ topic (stable id, docs/domain.md "Questions the assistant answers") in one language. Editors change `title`, `answer` and
 * `phrasings` in the database; what the search needs follows by itself (generated columns here,
 * `faq_search_terms` by trigger), and the seed leaves an edited row alone (`content_hash` ≠
 * `seed_hash`). The SQL functions used are created by migrations 0001 (`faq_ts_config`,
 * `faq_fold`, `faq_content_hash`), 0003 (`faq_negativity`) and 0006, 0008 (the trigger).
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
    /** The answer, stemmed with the language's text-search configuration (danish, swedish, dutch, english). */
    answerTsv: tsvector('answer_tsv').generatedAlwaysAs(sql`to_tsvector(faq_ts_config(language), answer)`),
    /** The share of title and phrasings that negate (“I do not see the button”), 0…1. */
    negativity: real('negativity').generatedAlwaysAs(sql`faq_negativity(title, phrasings)`),
    /** md5 of title, answer and phrasings as they are now. */
    contentHash: text('content_hash').generatedAlwaysAs(sql`faq_content_hash(title, answer, phrasings)`),
    /** `content_hash` of what the seed last wrote; differs from `content_hash` once an editor changed the row. */
    seedHash: text('seed_hash'),
    updatedAt: updatedAt(),
  },
  (t) => [primaryKey({ columns: [t.topicId, t.language] })],
);

/** What a row of `faq_search_terms` holds. */
export type FaqSearchTermKind = 'phrase' | 'answer' | 'word' | 'text';

/**
 * The searchable vocabulary of every entry, derived from `faq_entries` by the trigger of migration
 * 0006 and 0008 (an editor's change is searchable at once): `phrase` rows hold the stems of each phrasing
 * (the language's text-search configuration), `answer` rows the stems of the answer, `word` rows
 * the folded words of each phrasing (typos by trigram similarity, compounds, negations), `text`
 * rows each folded phrasing whole (compared with the whole question). Never written by the
 * application.
 */
export const faqSearchTerms = pgTable(
  'faq_search_terms',
  {
    topicId: text('topic_id').notNull(),
    language: languageEnum('language').notNull(),
    kind: text('kind').$type<FaqSearchTermKind>().notNull(),
    token: bytewiseText('token').notNull(),
    /** Which phrasing the token comes from: 0 = the title, n = `phrasings[n]`; 0 for the answer. */
    position: smallint('position').notNull(),
  },
  (t) => [
    // Leading (language, kind, token): exact lookups, and the range of one language's words that typo
    // matching compares (a few thousand at most; a trigram GIN index was slower at this size, and the
    // planner also picked it for equality lookups, where it was slower still).
    primaryKey({ columns: [t.language, t.kind, t.token, t.topicId, t.position] }),
    foreignKey({ columns: [t.topicId, t.language], foreignColumns: [faqEntries.topicId, faqEntries.language] })
      .onDelete('cascade')
      .onUpdate('cascade'),
    check('faq_search_terms_kind_check', sql`${t.kind} in ('phrase', 'answer', 'word', 'text')`),
  ],
);

/** `linked`: added to a topic's phrasings; `new-topic`: a topic still to write. */
export type FaqQuestionReview = 'linked' | 'new-topic';

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
    /** What staff did with it in the console ("Questions we fail"): null while open. */
    review: text('review').$type<FaqQuestionReview>(),
    /** The topic the question was added to as a phrasing (`review` = 'linked'). */
    reviewTopicId: text('review_topic_id'),
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
    /** What staff did with it in the console ("Questions we fail"): null while open. */
    review: text('review').$type<FaqQuestionReview>(),
    /** The topic the question was added to as a phrasing (`review` = 'linked'). */
    reviewTopicId: text('review_topic_id'),
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
