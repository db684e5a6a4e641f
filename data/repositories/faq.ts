import { and, eq, sql } from 'drizzle-orm';
import { confidentMatches, FAQ_SCORING, MAX_QUESTION_LENGTH, questionTerms, withoutPersonalData, type FaqScoring } from '../../domain/faq';
import type { Language } from '../../domain/language';
import { rowsOf } from '../database';
import { faqEntries, faqFeedback, faqSearchTerms, faqUnanswered } from '../schema/faq';
import { scoped } from '../transaction';
import type { Db } from '../types';

export interface FaqSearch {
  readonly question: string;
  /** The languages whose entries the question is matched against (its own, and the answer's). */
  readonly searchLanguages: readonly Language[];
  /** The language of the returned titles and answers. */
  readonly answerLanguage: Language;
  /** Most matches returned (default 5). */
  readonly limit?: number;
  readonly scoring?: FaqScoring;
}

export interface FaqMatch {
  readonly topicId: string;
  readonly title: string;
  /** Markdown (the subset Adaptive Cards render). */
  readonly answer: string;
  /** 0…1; see `FaqScoring` in domain/faq.ts. */
  readonly score: number;
}

export interface FaqFeedbackInput {
  readonly topicId: string;
  readonly language: Language;
  readonly memberId: string | null;
  readonly helpful: boolean;
  readonly question?: string | undefined;
}

/**
 * Topics (per language) whose phrasings are compared with the whole question, the most covered
 * first: the trigram comparison is the costly part, and a topic covering little of the question
 * cannot win on wording alone.
 */
const CANDIDATES = 5;

/** The same folding as the SQL function `faq_fold` (migration 0001), done once per question. */
function foldForTrigrams(text: string): string {
  return [...text.toLowerCase()].map((c) => FOLD[c] ?? c).join('');
}
const FOLD: Readonly<Record<string, string>> = Object.fromEntries(
  [...'áàâäãåæçéèêëíìîïñóòôöõøœúùûüýÿß-'].map((c, i) => [c, 'aaaaaaaceeeeiiiinooooooouuuuyys'[i] ?? '']),
);

/** Questions are stored for the editors at most this long. */
const STORED_QUESTION_LENGTH = 1000;

interface MatchRow {
  topic_id: string;
  title: string;
  answer: string;
  score: number | string;
}

/** FAQ entries, their search, and what members tell us about the answers. */
export function createFaqRepository(db: Db) {
  return {
    /**
     * Ranks the topics for a question, best first, in ONE statement: full-text evidence per term
     * (stemmed with the language's configuration: danish, swedish, dutch, english) with trigram
     * similarity for typos, weighted by how rare each term is among the language's topics and
     * blended with the closest phrasing's similarity to the whole question (weights in
     * `FaqScoring`). Returns every topic scoring above zero, up to `limit`; no threshold here.
     */
    async search(input: FaqSearch): Promise<FaqMatch[]> {
      const words = questionTerms(input.question);
      const languages = [...new Set([...input.searchLanguages, input.answerLanguage])];
      if (words.length === 0) return [];
      const s = input.scoring ?? FAQ_SCORING;
      const folded = foldForTrigrams(input.question.slice(0, MAX_QUESTION_LENGTH));
      // The lookups in faq_search_terms are LATERAL subqueries fenced with OFFSET 0: each stays a
      // primary-key probe per term; unfenced, the planner flattens them into scans of the whole table.
      const result = await scoped(db).execute(sql`
        with languages as (
          select unnest(string_to_array(${languages.join(',')}, ',')::language[]) as language
        ),
        words as (
          select unnest(string_to_array(${words.join(' ')}, ' ')) as word
        ),
        question as (
          select exists (select 1 from words where word = any(faq_negations())) as negated
        ),
        topics as (
          select e.language, count(*) as n from ${faqEntries} e join languages l on l.language = e.language group by e.language
        ),
        terms as materialized (
          -- the words that carry meaning: not a negation, not a stop word of the language (no stem)
          select l.language, w.word as term, faq_fold(w.word) as folded, s.stems
          from languages l
          cross join words w
          cross join lateral (select tsvector_to_array(to_tsvector(faq_ts_config(l.language), w.word)) as stems) as s
          where w.word <> '' and not (w.word = any(faq_negations())) and cardinality(s.stems) > 0
        ),
        stems as materialized (
          select t.language, t.term, stem from terms t cross join unnest(t.stems) as stem
        ),
        hits as materialized (
          -- the term's stem in a phrasing (at its position) or in the answer (position -1)
          select st.topic_id, s.language, case when st.kind = 'answer' then -1 else st.position end as position, s.term,
                 case when st.kind = 'phrase' then 1.0 else ${s.answerWeight}::float8 end as strength
          from stems s
          cross join lateral (
            select x.topic_id, x.kind, x.position from ${faqSearchTerms} x
            where x.language = s.language and x.kind in ('phrase', 'answer') and x.token = s.stem
            offset 0
          ) as st
        ),
        unknown as (
          -- no phrasing has the stem: perhaps a typo or a compound
          select t.* from terms t
          where not exists (select 1 from hits h where h.language = t.language and h.term = t.term and h.strength = 1)
        ),
        negating as materialized (
          -- the phrasings that negate (“I do not see the button”)
          select distinct st.topic_id, l.language, st.position
          from languages l
          cross join unnest(faq_negations()) as negation
          cross join lateral (
            select x.topic_id, x.position from ${faqSearchTerms} x where x.language = l.language and x.kind = 'word' and x.token = negation
            offset 0
          ) as st
        ),
        near as (
          -- a typo: words of the phrasings similar by trigrams; a typo seldom hits the first letter, so only the
          -- words beginning with it are compared (a range of the primary key: tokens sort byte by byte)
          select st.topic_id, u.language, st.position, u.term,
                 ${s.fuzzyWeight}::float8 * least(1, greatest(0, word_similarity(u.folded, st.token) - ${s.fuzzyFloor}::float8)
                   / (${s.fuzzyFull}::float8 - ${s.fuzzyFloor}::float8)) as strength
          from unknown u
          cross join lateral (
            select x.topic_id, x.position, x.token from ${faqSearchTerms} x
            where x.language = u.language and x.kind = 'word'
              and x.token >= left(u.folded, 1) and x.token < chr(ascii(u.folded) + 1)
              and (x.token % u.folded or x.token %> u.folded)
            offset 0
          ) as st
          union all
          -- a compound (“kameraudstyr”): words of one phrasing inside the term, by the share of it they cover
          select topic_id, language, position, term, ${s.compoundWeight}::float8 * power(least(1, sum(length(token))::float8 / max(length(folded))), 2)
          from (
            select distinct st.topic_id, u.language, st.position, u.term, u.folded, st.token
            from unknown u
            cross join lateral (
              select x.topic_id, x.position, x.token from ${faqSearchTerms} x
              where x.language = u.language and x.kind = 'word' and length(x.token) between 4 and length(u.folded) - 1
                and strpos(u.folded, x.token) > 0
              offset 0
            ) as st
          ) as parts
          group by topic_id, language, position, term
          union all
          -- a stem that begins the other and is most of it (“lösenord”, “lösenordet”: a stemmer leaves some endings)
          select st.topic_id, s.language, st.position, s.term,
                 ${s.prefixWeight}::float8 * least(length(st.token), length(s.stem))::float8 / greatest(length(st.token), length(s.stem))
          from stems s
          cross join lateral (
            -- the stems sharing the first four letters: a range of the primary key
            select x.topic_id, x.position, x.token from ${faqSearchTerms} x
            where x.language = s.language and x.kind = 'phrase'
              and x.token >= left(s.stem, 4) and x.token < left(s.stem, 3) || chr(ascii(substr(s.stem, 4, 1)) + 1)
              and x.token <> s.stem
            offset 0
          ) as st
          where length(s.stem) >= 4 and length(st.token) >= 4
            and least(length(st.token), length(s.stem))::float8 / greatest(length(st.token), length(s.stem)) >= 0.65
            and (starts_with(st.token, s.stem) or starts_with(s.stem, st.token))
          union all
          -- a negated question: the phrasings that negate match the term “negation”
          select n.topic_id, n.language, n.position, '¬', 1.0 from negating n, question q where q.negated
        ),
        phrasing_evidence as materialized (
          select topic_id, language, position, term, max(strength) as strength
          from (select * from hits union all select * from near) as found
          group by topic_id, language, position, term
        ),
        evidence as (
          -- per topic: the best evidence of its answer or phrasings, a word several phrasings share counting more;
          -- for “negation” the share of phrasings that negate
          select topic_id, language, term,
                 greatest(
                   coalesce(max(strength) filter (where position < 0), 0),
                   coalesce(max(strength) filter (where position >= 0), 0)
                     * (${s.typicalBase}::float8 + (1 - ${s.typicalBase}::float8) * least(1, (count(*) filter (where position >= 0))::float8 / ${s.typicalCount}::float8))
                 ) as strength
          from phrasing_evidence where term <> '¬' group by topic_id, language, term
          union all
          select e.topic_id, e.language, '¬', e.negativity
          from ${faqEntries} e join languages l on l.language = e.language, question q
          where q.negated and e.negativity > 0
        ),
        rarity as materialized (
          -- how rare each term is among the language's topics (a term no topic has counts as rarest)
          select q.language, q.term,
                 power(ln((tp.n + 1.0) / (coalesce(sum(e.strength), 0) + 0.5)), ${s.rarityExponent}::float8)
                   * case when coalesce(sum(e.strength), 0) = 0 then ${s.unknownTermWeight}::float8 else 1 end as weight
          from (
            select language, term from terms
            union all
            select l.language, '¬' from languages l, question q where q.negated
          ) as q
          join topics tp on tp.language = q.language
          left join evidence e on e.language = q.language and e.term = q.term
          group by q.language, q.term, tp.n
        ),
        totals as (
          select language, sum(weight) as weight from rarity group by language
        ),
        topic_coverage as (
          select e.topic_id, e.language, sum(r.weight * e.strength) / max(t.weight) as covered
          from evidence e
          join rarity r on r.language = e.language and r.term = e.term
          join totals t on t.language = e.language
          group by e.topic_id, e.language
        ),
        phrasing_coverage as (
          -- the one phrasing that covers most of the question
          select topic_id, language, max(covered) as covered
          from (
            select pe.topic_id, pe.language, pe.position, sum(r.weight * pe.strength) / max(t.weight) as covered
            from phrasing_evidence pe
            join rarity r on r.language = pe.language and r.term = pe.term
            join totals t on t.language = pe.language
            where pe.position >= 0
            group by pe.topic_id, pe.language, pe.position
          ) as per_phrasing
          group by topic_id, language
        ),
        candidates as (
          select tc.topic_id, tc.language,
                 (1 - ${s.phrasingWeight}::float8) * tc.covered + ${s.phrasingWeight}::float8 * coalesce(pc.covered, 0) as covered
          from topic_coverage tc
          left join phrasing_coverage pc on pc.topic_id = tc.topic_id and pc.language = tc.language
          order by covered desc
          limit ${CANDIDATES}
        ),
        scored as (
          select c.topic_id,
                 max(((1 - ${s.closenessWeight}::float8) * c.covered + ${s.closenessWeight}::float8 * coalesce(p.closest, 0))
                     -- an affirmative question fits a topic about something missing less well
                     * case when q.negated then 1 else 1 - ${s.affirmativePenalty}::float8 * d.negativity end) as score
          from candidates c
          join ${faqEntries} d on d.topic_id = c.topic_id and d.language = c.language
          cross join question q
          cross join lateral (
            -- the phrasing worded most like the question; one that negates where the question does not (or the
            -- other way round) asks something else
            select max(similarity(${folded}, x.token)
                       * case when (n.position is not null) = q.negated then 1 else 1 - ${s.affirmativePenalty}::float8 end) as closest
            from ${faqSearchTerms} x
            left join negating n on n.topic_id = x.topic_id and n.language = x.language and n.position = x.position
            where x.language = c.language and x.kind = 'text' and x.topic_id = c.topic_id
          ) as p
          group by c.topic_id
        )
        select s.topic_id, a.title, a.answer, s.score::float8 as score
        from scored s
        join ${faqEntries} a on a.topic_id = s.topic_id and a.language = ${input.answerLanguage}
        where s.score > 0
        order by s.score desc, s.topic_id
        limit ${input.limit ?? 5}
      `);
      return rowsOf<MatchRow>(result).map((row) => ({ topicId: row.topic_id, title: row.title, answer: row.answer, score: Number(row.score) }));
    },

    /** The matches confident enough to answer with, best first (empty below the threshold). */
    async findAnswers(input: FaqSearch): Promise<FaqMatch[]> {
      return confidentMatches(await this.search(input), input.scoring);
    },

    /** One topic's title and answer in a language, as editors left them; undefined for an unknown topic. */
    async entry(topicId: string, language: Language): Promise<{ title: string; answer: string } | undefined> {
      const [row] = await scoped(db)
        .select({ title: faqEntries.title, answer: faqEntries.answer })
        .from(faqEntries)
        .where(and(eq(faqEntries.topicId, topicId), eq(faqEntries.language, language)))
        .limit(1);
      return row;
    },

    /** Keeps a question nothing answered, for the editors, without personal data (`withoutPersonalData`). */
    async recordUnanswered(question: string, language: Language): Promise<void> {
      await scoped(db).insert(faqUnanswered).values({ question: withoutPersonalData(question).slice(0, STORED_QUESTION_LENGTH), language });
    },

    /**
     * Stores 👍/👎 for an answer. False when no entry has that topic id (a forged or outdated card):
     * the insert and the check are one statement.
     */
    async recordFeedback(input: FaqFeedbackInput): Promise<boolean> {
      const question = input.question?.slice(0, STORED_QUESTION_LENGTH) ?? null;
      const result = await scoped(db).execute(sql`
        insert into ${faqFeedback} (topic_id, language, member_id, helpful, question)
        select ${input.topicId}::text, ${input.language}::language, ${input.memberId}::uuid, ${input.helpful}::boolean, ${question}::text
        where exists (select 1 from ${faqEntries} where topic_id = ${input.topicId}::text)
        returning id
      `);
      return rowsOf(result).length > 0;
    },
  };
}

export type FaqRepository = ReturnType<typeof createFaqRepository>;
