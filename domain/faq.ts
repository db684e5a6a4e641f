import type { Detection, Language } from './language';
import { isOneOf } from './records';

/**
 * FAQ rules that need no database: the topic ids, how a question becomes search terms, the weights
 * the search combines its evidence with, the confidence threshold, and the "two misses in a row"
 * count that makes the bot offer CPS Priority Support.
 */

/** The stable FAQ topic ids (docs/domain.md, "Questions the assistant answers"). */
export const FAQ_TOPIC_IDS = [
  'account.apply',
  'account.documents-vat',
  'account.documents-no-vat',
  'account.old-email',
  'account.validation-time',
  'account.password-setup',
  'account.password-reset',
  'products.register',
  'products.migrate',
  'products.migrate-missing',
  'points.allocated',
  'points.missing-tick',
  'points.best-guess',
  'cps.invitation',
  'cps.tiers',
  'cps.corporate',
  'payment.methods',
  'payment.bank-fees',
  'payment.invoice',
  'payment.card-charge',
  'payment.bank-due',
  'membership.start',
  'membership.number',
  'support.priority',
  'cps.benefits',
  'cps.fees',
  'products.points',
  'support.repair',
  'membership.cancel',
  'membership.find-number',
] as const;
export type FaqTopicId = (typeof FAQ_TOPIC_IDS)[number];

/** True for one of the FAQ topic ids (docs/domain.md, "Questions the assistant answers"). */
export function isFaqTopicId(value: unknown): value is FaqTopicId {
  return isOneOf(FAQ_TOPIC_IDS, value);
}

/**
 * True for a string shaped like a topic id (`area.name`). Editors may add topics in the database
 * without a deploy, so input such as a card's `faqId` is checked for its shape here and for its
 * existence in the database.
 */
export function isTopicIdShape(value: unknown): value is string {
  return typeof value === 'string' && value.length <= 64 && /^[a-z0-9]+(?:-[a-z0-9]+)*(?:\.[a-z0-9]+(?:-[a-z0-9]+)*)+$/.test(value);
}

export interface FaqLanguages {
  /** The language the titles and answers are given in. */
  readonly answerLanguage: Language;
  /** The languages whose entries the question is matched against. */
  readonly searchLanguages: readonly Language[];
}

/**
 * Which entries to search and which language to answer in. With a requested language the answer
 * is in it, and a question reliably detected as written in another of our languages is also
 * matched against that language's phrasings (a Danish member asking in English still finds the
 * topic, and reads the Danish answer). Without one, the detected language is used for both
 * (English when nothing could be detected).
 */
export function faqLanguages(requested: Language | undefined, detection: Detection | undefined): FaqLanguages {
  if (requested) {
    const other = detection?.reliable && detection.language !== requested ? [detection.language] : [];
    return { answerLanguage: requested, searchLanguages: [requested, ...other] };
  }
  const language = detection?.language ?? 'en';
  return { answerLanguage: language, searchLanguages: [language] };
}

/** Longest question the search API accepts (characters); chat questions are cut to this length. */
export const MAX_QUESTION_LENGTH = 500;

/** At most this many distinct terms of a question are searched for (a pasted essay costs no more). */
export const MAX_QUESTION_TERMS = 24;

/**
 * Words that carry no meaning for the FAQ in any of our languages (greetings, politeness, "I have
 * a question"). The text-search configurations drop grammatical stop words themselves; these are
 * the conversational ones, which would otherwise count as unknown words and lower the confidence.
 */
const FILLER_WORDS: ReadonlySet<string> = new Set([
  // en
  'hi', 'hello', 'hey', 'please', 'pls', 'plz', 'thanks', 'thank', 'thx', 'question', 'quick', 'wondering',
  'wonder', 'tell', 'know', 'like', 'would', 'could', 'help', 'me', 'anyone', 'somebody', 'ok', 'okay', 'so',
  'just', 'actually', 'really', 'good', 'morning', 'afternoon', 'dear', 'sir', 'madam', 'regards', 'whats',
  'im', 'ive', 'id', 'ill', 'theres', 'thats', 'youre', 'lets', 'wheres', 'hows', 'whos', 'work', 'works',
  'working', 'get', 'gets', 'got', 'getting',
  // da
  'hej', 'hejsa', 'davs', 'goddag', 'godmorgen', 'tak', 'venligst', 'spørgsmål', 'sporgsmal', 'lige', 'gerne',
  'vide', 'hjælp', 'hjaelp', 'mvh', 'hilsen', 'undre', 'undrer', 'fungerer', 'virker', 'få', 'får', 'fik',
  'fået',
  // sv
  'hejsan', 'tjena', 'hallå', 'tack', 'snälla', 'vänligen', 'fråga', 'undrar', 'bara', 'veta', 'hjälp',
  'hälsningar', 'fungerar', 'funkar', 'fick', 'fått',
  // nl
  'hoi', 'hallo', 'hee', 'goedemorgen', 'goedemiddag', 'alstublieft', 'aub', 'graag', 'bedankt', 'dank',
  'vraag', 'vraagje', 'vroeg', 'afvragen', 'eigenlijk', 'even', 'weten', 'hulp', 'groet', 'groeten', 'werkt',
  'werken', 'krijg', 'krijgen', 'kreeg', 'gekregen',
]);

/**
 * Turns a question into search words: lower case, words of letters and digits (apostrophes inside
 * a word dropped, so “don’t” is “dont”; a hyphenated word such as “e-mail” stays one word),
 * conversational filler removed, each word once, at most {@link MAX_QUESTION_TERMS}. The database
 * stems them with the language's configuration and recognises negations (`faq_negations()`).
 */
export function questionTerms(question: string): string[] {
  const found = question
    .slice(0, MAX_QUESTION_LENGTH)
    .toLowerCase()
    .normalize('NFC')
    .replace(/(?<=\p{L})['’](?=\p{L})/gu, '')
    .match(/[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu);
  const words: string[] = [];
  for (const word of found ?? []) {
    if (FILLER_WORDS.has(word) || words.includes(word)) continue;
    words.push(word);
    if (words.length === MAX_QUESTION_TERMS) break;
  }
  return words;
}

/**
 * Whole messages that are conversation rather than a question ("hi", "tak", "ok"): they are not
 * sent to the FAQ, so they neither count as unanswered nor get stored for the editors.
 */
const SMALL_TALK: ReadonlySet<string> = new Set([
  'hi', 'hello', 'hey', 'hi there', 'thanks', 'thank you', 'thx', 'ok', 'okay', 'yes', 'no', 'bye', 'goodbye',
  'good morning', 'good afternoon', 'great', 'cool', 'nice',
  'hej', 'hejsa', 'davs', 'goddag', 'godmorgen', 'tak', 'mange tak', 'tusind tak', 'ja', 'nej', 'farvel', 'fint',
  'hejsan', 'tjena', 'hallå', 'tack', 'tack så mycket', 'hej då', 'god morgon', 'bra', 'okej',
  'hoi', 'hallo', 'dag', 'goedemorgen', 'goedemiddag', 'bedankt', 'dank je', 'dank je wel', 'dank u', 'dank u wel',
  'nee', 'doei', 'prima', 'top', 'oké',
]);

/** True for a greeting, thanks or acknowledgement, or a message without a single letter. */
export function isSmallTalk(text: string): boolean {
  const normalised = text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return !/\p{L}/u.test(normalised) || SMALL_TALK.has(normalised);
}

/**
 * How the search weighs its evidence (see data/repositories/faq.ts for the SQL that applies it).
 * Per topic, every question term counts with its rarity across the language's topics (inverse
 * document frequency; a term no topic knows counts as rare, so off-topic words lower the score):
 * 1 when one of the topic's phrasings has its stem, `answerWeight` when only the answer has it,
 * otherwise the trigram word similarity above `fuzzyFloor` scaled into (0, `fuzzyWeight`] (typos).
 * The weighted share of the question covered is blended with the closest phrasing's trigram
 * similarity to the whole question (`closenessWeight`), which rewards the same wording.
 */
export interface FaqScoring {
  readonly answerWeight: number;
  readonly fuzzyFloor: number;
  readonly fuzzyWeight: number;
  /** Trigram word similarity at which a typo counts fully (`fuzzyWeight`). */
  readonly fuzzyFull: number;
  /** Credit for a stem that begins another (times the square root of their length ratio). */
  readonly prefixWeight: number;
  /** Credit for a compound term containing a stem of the phrasings, times the share of the term it covers. */
  readonly compoundWeight: number;
  /** Rarity is ln((topics + 1) / (Σ evidence + 0.5)) to this power (below 1, one rare word dominates less). */
  readonly rarityExponent: number;
  /** How much a question without a negation is marked down for a topic whose phrasings all negate. */
  readonly affirmativePenalty: number;
  /** Scales the rarity of a term no topic contains (1 = as rare as it gets). */
  readonly unknownTermWeight: number;
  /** A term found in one phrasing counts this much; found in `typicalCount` phrasings or more, fully. */
  readonly typicalBase: number;
  readonly typicalCount: number;
  /** Share of the coverage taken from the single best-covering phrasing (the rest: all phrasings pooled). */
  readonly phrasingWeight: number;
  readonly closenessWeight: number;
  /** Below this score nothing is answered. */
  readonly threshold: number;
  /** Results scoring less than this fraction of the best one are left out. */
  readonly relativeCutoff: number;
}

/** Tuned with `npm run bench:faq` (docs/faq.md records the measurements). */
export const FAQ_SCORING: FaqScoring = {
  answerWeight: 0.4,
  fuzzyFloor: 0.45,
  fuzzyWeight: 0.9,
  fuzzyFull: 0.8,
  prefixWeight: 0.9,
  compoundWeight: 0.8,
  rarityExponent: 0.5,
  affirmativePenalty: 0.3,
  unknownTermWeight: 1,
  typicalBase: 0.6,
  typicalCount: 3,
  phrasingWeight: 0.3,
  closenessWeight: 0.4,
  threshold: 0.3,
  relativeCutoff: 0.6,
};

export interface ScoredTopic {
  readonly score: number;
}

/**
 * The matches worth showing, best first: nothing when the best one is below the threshold,
 * otherwise those above the threshold that come close to the best one.
 */
export function confidentMatches<T extends ScoredTopic>(ranked: readonly T[], scoring: FaqScoring = FAQ_SCORING): T[] {
  const sorted = [...ranked].sort((a, b) => b.score - a.score);
  const best = sorted[0];
  if (!best || best.score < scoring.threshold) return [];
  return sorted.filter((m) => m.score >= scoring.threshold && m.score >= best.score * scoring.relativeCutoff);
}

/** What the conversation remembers between FAQ questions. */
export interface FaqStreak {
  /** Unanswered or unhelpful questions in a row. */
  readonly misses: number;
  /** The latest answer, still waiting for 👍/👎. */
  readonly open?: { readonly topicId: string; readonly question: string };
  /** The answer just rated, so a second click on the same card is not counted twice. */
  readonly rated?: string;
}

export const NO_STREAK: FaqStreak = { misses: 0 };

/** After this many misses in a row the bot offers CPS Priority Support. */
export const MISSES_BEFORE_SUPPORT = 2;

export type FaqEvent =
  | { readonly kind: 'answered'; readonly topicId: string; readonly question: string }
  | { readonly kind: 'unanswered' }
  | { readonly kind: 'feedback'; readonly topicId: string; readonly helpful: boolean };

export interface FaqStreakStep {
  readonly streak: FaqStreak;
  /** Offer CPS Priority Support now (the count starts again afterwards). */
  readonly offerSupport: boolean;
  /** For feedback: the same card was already rated, so this click is neither stored nor counted. */
  readonly duplicate: boolean;
  /** For feedback on the open answer: the question it answered. */
  readonly question?: string;
}

/**
 * Advances the count of misses. An answer the member moved on from without 👎 counts as helpful;
 * 👍 ends a run of misses, 👎 and an unanswered question extend it. Feedback on an older answer
 * is stored but moves nothing.
 */
export function nextStreak(streak: FaqStreak, event: FaqEvent): FaqStreakStep {
  const settled = streak.open ? 0 : streak.misses;
  switch (event.kind) {
    case 'answered':
      return { streak: { misses: settled, open: { topicId: event.topicId, question: event.question } }, offerSupport: false, duplicate: false };
    case 'unanswered':
      return miss(settled);
    case 'feedback': {
      if (streak.open?.topicId === event.topicId) {
        const question = streak.open.question;
        const step = event.helpful ? { streak: { misses: 0 }, offerSupport: false, duplicate: false } : miss(streak.misses);
        return { ...step, streak: { ...step.streak, rated: event.topicId }, question };
      }
      if (streak.rated === event.topicId) return { streak, offerSupport: false, duplicate: true };
      return { streak, offerSupport: false, duplicate: false };
    }
  }
}

function miss(before: number): FaqStreakStep {
  const misses = before + 1;
  return misses >= MISSES_BEFORE_SUPPORT
    ? { streak: { misses: 0 }, offerSupport: true, duplicate: false }
    : { streak: { misses }, offerSupport: false, duplicate: false };
}

/** Reads a stored streak defensively (conversation state may come from an older version). */
export function parseStreak(value: unknown): FaqStreak {
  if (typeof value !== 'object' || value === null) return NO_STREAK;
  const misses = 'misses' in value && typeof value.misses === 'number' && Number.isInteger(value.misses) ? Math.max(0, value.misses) : 0;
  const open = 'open' in value ? parseOpen(value.open) : undefined;
  const rated = 'rated' in value && isTopicIdShape(value.rated) ? value.rated : undefined;
  return { misses, ...(open ? { open } : {}), ...(rated ? { rated } : {}) };
}

function parseOpen(value: unknown): FaqStreak['open'] {
  if (typeof value !== 'object' || value === null) return undefined;
  if (!('topicId' in value) || !isTopicIdShape(value.topicId)) return undefined;
  const question = 'question' in value && typeof value.question === 'string' ? value.question : '';
  return { topicId: value.topicId, question };
}

/**
 * A member's question as it may be kept for the editors: e-mail addresses, web addresses and runs of
 * five or more digits (phone, membership, VAT, serial and account numbers, possibly spaced or
 * hyphenated) are replaced by a placeholder, so the store of unanswered questions holds no
 * personal data a member typed by the way.
 */
export function withoutPersonalData(question: string): string {
  return question
    .replace(/[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.\p{L}{2,}/gu, '[e-mail]')
    .replace(/\bhttps?:\/\/\S+/giu, '[link]')
    // IBANs first (letters and digits), then any other long run of digits.
    .replace(/\b\p{Lu}{2}\p{N}{2}[\p{Lu}\p{N}]{8,30}\b/gu, '[number]')
    .replace(/\+?\p{N}(?:[\s./-]?\p{N}){4,}/gu, '[number]');
}
