import { StemmerDa } from '@nlpjs/lang-da';
import { StemmerEn } from '@nlpjs/lang-en-min';
import { StemmerNl } from '@nlpjs/lang-nl';
import { StemmerSv } from '@nlpjs/lang-sv';
import { catalogueSeed } from '../../data/seed/catalogue';
import { faqSeed } from '../../data/seed/faq';
import { mentionedModel } from '../../domain/modelMention';
import { isFaqTopicId, type FaqTopicId } from '../../domain/faq';
import { languageDetector, LANGUAGES, type Language } from '../../domain/language';
import { foldWords, trainTextClassifier, type LabelScore, type TextClassifier } from '../../domain/textClassifier';
import {
  CONFIDENT_AT,
  confidenceLevel,
  isActionIntent,
  isSmallTalkIntent,
  type ActionIntent,
  type Candidate,
  type Understanding,
} from '../../domain/understanding';
import { intentExamples, topicExamples } from '../../locales/understanding';
import { LANGUAGE_WORD_STARTS, NEGATION_WORDS, NEUTRAL_WORDS, OPENING_QUESTION_WORDS, QUESTION_WORDS, STOP_WORDS } from '../../locales/understanding/forms';

/**
 * The understanding step: which action, small talk or FAQ topic a member's message is, with a
 * confidence. Offline and in memory: a nearest-neighbour classifier per language (domain/
 * textClassifier.ts, NLP.js stemmers) over the examples in locales/understanding/ and the FAQ's
 * seeded titles and phrasings. docs/faq.md records why this and not NLP.js' own classifier.
 */

/**
 * FAQ topics about something a button does. A question ("how do I register my lens?") gets the
 * FAQ answer (which carries that button); a request ("register my lens") does what the button does.
 */
const ACTION_OF_TOPIC: Readonly<Partial<Record<FaqTopicId, ActionIntent>>> = {
  'account.apply': 'account.apply',
  'account.validation-time': 'account.status',
  'products.register': 'product.add',
  'products.migrate': 'products.migrate',
  'cps.tiers': 'cps.join',
  'cps.invitation': 'cps.join',
  'payment.methods': 'payment.pay',
  'support.priority': 'support.handoff',
};

/** FAQ topics whose answer leads on to an action, though a request never means the topic ("tier prices" is not "join"). */
const NEXT_STEP_OF_TOPIC: Readonly<Partial<Record<FaqTopicId, ActionIntent>>> = {
  'cps.benefits': 'cps.join',
  'cps.fees': 'cps.join',
  'products.points': 'product.add',
  'support.repair': 'support.handoff',
};

/** The next step an FAQ answer offers as a button (the action a member would take after reading it). */
export function nextStepOf(topicId: string): ActionIntent | undefined {
  return isFaqTopicId(topicId) ? (ACTION_OF_TOPIC[topicId] ?? NEXT_STEP_OF_TOPIC[topicId]) : undefined;
}

/** True when a request for `action` is the request form of a question about `topicId`. */
export function isActionOfTopic(action: string, topicId: string): boolean {
  return isFaqTopicId(topicId) && ACTION_OF_TOPIC[topicId] === action;
}

/** A request to change the language that names none counts this much ("can you write me a poem"). */
const UNNAMED_LANGUAGE_FACTOR = 0.5;

function namesLanguage(text: string): boolean {
  return foldWords(text).some((word) => LANGUAGE_WORD_STARTS.some((start) => word.startsWith(start)));
}

/** How much less a match in another of our languages counts than one in the conversation's language. */
const OTHER_LANGUAGE_FACTOR = 0.9;
/** Candidates closer than this to the best are offered with it when unsure. */
const CANDIDATE_SHARE = 0.75;
/** A best score that leads the next different candidate by less than this is not confident. */
const CONFIDENT_MARGIN = 0.08;
/** How many of the best labels are checked for coverage (the rest cannot catch up). */
const COVERAGE_CHECKED = 5;
/** The share of a score that depends on the message's content words being known to the label. */
const UNCOVERED_PENALTY = 0.8;
/** A question's topic this close to the action it is about is preferred to the action. */
const QUESTION_TOPIC_SHARE = 0.9;
/** Unsure small talk this far ahead of anything else is answered. */
const SMALL_TALK_MARGIN = 0.15;
/**
 * A yes or no, or a question, longer than this many words counts {@link LONG_SMALL_TALK_FACTOR} as
 * much as small talk ("is it ok to guess the date" is not "ok", "what is the best lens" is not
 * "all the best"); a long thanks or goodbye that asks nothing ("thanks, that was a great help")
 * counts fully.
 */
const SMALL_TALK_WORDS = 4;
const SHORT_SMALL_TALK: ReadonlySet<string> = new Set(['smalltalk.yes', 'smalltalk.no']);
const LONG_SMALL_TALK_FACTOR = 0.5;

/** A message of this many words or more may be a story around a request: its clauses are scored too. */
const STORY_WORDS = 10;
/** Where a clause ends: punctuation, or a new sentence. */
const CLAUSE_BREAK = /[,.;:!?]+\s*/u;
/** Shorter clauses ("anyway", "so") are not scored alone. */
const CLAUSE_MIN_WORDS = 3;
/** A clause's score counts this much of the whole message's. */
const CLAUSE_FACTOR = 0.9;

const STEMMERS: Readonly<Record<Language, { stemWord(word: string): string }>> = {
  en: new StemmerEn(),
  da: new StemmerDa(),
  sv: new StemmerSv(),
  nl: new StemmerNl(),
};

export interface UnderstandInput {
  readonly text: string;
  /** The conversation's language: its matches count fully, other languages' slightly less. */
  readonly language: Language;
}

export interface Understander {
  understand(input: UnderstandInput): Understanding;
}

function trainLanguage(language: Language): TextClassifier {
  const examples: { text: string; label: string }[] = [];
  for (const [intent, texts] of Object.entries(intentExamples[language])) for (const text of texts) examples.push({ text, label: intent });
  for (const entry of faqSeed) {
    if (entry.language !== language) continue;
    for (const text of [entry.title, ...entry.phrasings]) examples.push({ text, label: entry.topicId });
  }
  for (const [topicId, texts] of Object.entries(topicExamples[language])) for (const text of texts) examples.push({ text, label: topicId });
  examples.push(...learned[language]);
  const stemmer = STEMMERS[language];
  return trainTextClassifier(examples, {
    stopWords: STOP_WORDS[language],
    negations: NEGATION_WORDS,
    neutralWords: NEUTRAL_WORDS,
    stem: language === 'nl' ? (word) => stemmer.stemWord(withoutDiminutive(word)) : (word) => stemmer.stemWord(word),
  });
}

/**
 * A Dutch diminutive read as its word ("botje" → "bot", "groetjes" → "groet", "dankje" → "dank"),
 * which the Dutch stemmer leaves alone.
 */
export function withoutDiminutive(word: string): string {
  return word.replace(/(?<=\p{L}{3})jes?$/u, '');
}

function isQuestion(text: string): boolean {
  if (text.includes('?')) return true;
  // Each sentence's words; a word like "var" asks only when it opens one.
  return text.split(/[.!,;:]+/u).some((sentence) =>
    foldWords(sentence).some((word, i) => QUESTION_WORDS.has(word) && (i === 0 || !OPENING_QUESTION_WORDS.has(word))),
  );
}

/** Folded beginnings of "points" in our languages (point, pointene, poäng, punten). */
const POINT_WORDS = ['point', 'poang', 'punt'];

/** The message names a catalogue model and asks about points. */
function asksModelPoints(text: string): boolean {
  return foldWords(text).some((word) => POINT_WORDS.some((start) => word.startsWith(start))) && mentionedModel(text, catalogueSeed) !== undefined;
}

function samePlace(a: Candidate, b: Candidate): boolean {
  if (a.kind === 'faq' && b.kind === 'action') return isActionOfTopic(b.id, a.id);
  if (a.kind === 'action' && b.kind === 'faq') return isActionOfTopic(a.id, b.id);
  return false;
}

function candidateOf(label: string, score: number, question: boolean, words: number): Candidate | undefined {
  if (isActionIntent(label)) return { kind: 'action', id: label, score };
  // Small talk is short: in a longer message "ok" or "no" is part of a question, not the point of it.
  if (isSmallTalkIntent(label)) return { kind: 'smalltalk', id: label, score: words > SMALL_TALK_WORDS && (question || SHORT_SMALL_TALK.has(label)) ? score * LONG_SMALL_TALK_FACTOR : score };
  if (!isFaqTopicId(label)) return undefined;
  const action = ACTION_OF_TOPIC[label];
  return action && !question ? { kind: 'action', id: action, score } : { kind: 'faq', id: label, score };
}

/** Builds the understanding step synchronously (about half a second of CPU; build it once per process). */
export function createUnderstander(): Understander {
  return understanderOf(Object.fromEntries(LANGUAGES.map((language) => [language, trainLanguage(language)])) as Record<Language, TextClassifier>);
}

function understanderOf(classifiers: Readonly<Record<Language, TextClassifier>>): Understander {
  /**
   * Each label's best score over our languages (other languages count a little less), marked down
   * by the share of the message's content words the label's examples do not know ("can you write
   * me a poem" shares "can you write" with "can you write in Dutch", but not "poem").
   */
  function scores(text: string, language: Language): LabelScore[] {
    const best = new Map<string, { score: number; language: Language }>();
    for (const other of LANGUAGES) {
      const factor = other === language ? 1 : OTHER_LANGUAGE_FACTOR;
      for (const { label, score } of classifiers[other].classify(text)) {
        const weighted = score * factor;
        if (weighted > (best.get(label)?.score ?? 0)) best.set(label, { score: weighted, language: other });
      }
    }
    const ranked = [...best].sort((a, b) => b[1].score - a[1].score).slice(0, COVERAGE_CHECKED);
    return ranked
      .map(([label, { score, language: from }]) => {
        const coverage = classifiers[from].coverage(text, label);
        const named = label !== 'command.language' || namesLanguage(text) ? 1 : UNNAMED_LANGUAGE_FACTOR;
        return { label, score: score * (1 - UNCOVERED_PENALTY + UNCOVERED_PENALTY * coverage) * named };
      })
      .sort((a, b) => b.score - a.score);
  }

  /**
   * A request wrapped in a story ("we moved the studio last month and bought new lenses, can you
   * add my rf 85"): in a long message each sentence or clause is scored too (a little less than the
   * whole), so the words of the story do not drown the request.
   */
  function storyScores(text: string, language: Language, words: number): LabelScore[] {
    const whole = scores(text, language);
    if (words < STORY_WORDS) return whole;
    const best = new Map(whole.map(({ label, score }) => [label, score]));
    for (const clause of text.split(CLAUSE_BREAK)) {
      if (foldWords(clause).length < CLAUSE_MIN_WORDS) continue;
      for (const { label, score } of scores(clause, language)) best.set(label, Math.max(best.get(label) ?? 0, score * CLAUSE_FACTOR));
    }
    return [...best].map(([label, score]) => ({ label, score })).sort((a, b) => b.score - a.score);
  }

  return {
    understand({ text, language }) {
      const question = isQuestion(text);
      const words = foldWords(text).length;
      // One candidate per id: an FAQ topic that became its action merges with the action's own examples.
      const candidates: Candidate[] = [];
      for (const { label, score } of storyScores(text, language, words)) {
        const candidate = candidateOf(label, score, question, words);
        if (candidate && !candidates.some((c) => c.id === candidate.id)) candidates.push(candidate);
        if (candidates.length === 5) break;
      }
      candidates.sort((a, b) => b.score - a.score);
      // "How many points does the EOS R5 give?": a named model and points is the model's points, from the catalogue.
      if (asksModelPoints(text)) {
        const others = candidates.filter((c) => c.id !== 'products.points');
        candidates.splice(0, candidates.length, { kind: 'faq', id: 'products.points', score: Math.max(CONFIDENT_AT, candidates[0]?.score ?? 0) + CONFIDENT_MARGIN }, ...others);
      }
      // A question about what a button does, as likely the topic as the action: the topic's answer
      // (which carries the action's button) answers the question that was asked.
      const [first, ...rest] = candidates;
      const topic = question && first?.kind === 'action' ? rest.find((c) => samePlace(first, c) && c.score >= first.score * QUESTION_TOPIC_SHARE) : undefined;
      if (topic) {
        candidates.splice(candidates.indexOf(topic), 1);
        candidates.unshift(topic);
      }
      const best = candidates[0];
      if (!best) return { kind: 'none', id: undefined, confidence: 0, level: 'unknown', candidates: [] };
      // A question's topic and the action it is about lead to the same place (the answer carries the
      // action's button), so the one does not make the other less certain.
      const runnerUp = candidates.slice(1).find((c) => !samePlace(best, c))?.score ?? 0;
      const margin = best.score - runnerUp;
      let level = confidenceLevel(best.score);
      if (level === 'confident' && margin < CONFIDENT_MARGIN) level = 'unsure';
      // Small talk answered by mistake costs a friendly line, so it needs less certainty than an action.
      if (level === 'unsure' && best.kind === 'smalltalk' && margin >= SMALL_TALK_MARGIN) level = 'confident';
      const close = candidates.filter((c) => c.score >= best.score * CANDIDATE_SHARE).slice(0, 3);
      return {
        kind: level === 'unknown' ? 'none' : best.kind,
        id: level === 'unknown' ? undefined : best.id,
        confidence: best.score,
        level,
        candidates: close,
      };
    },
  };
}

let shared: Understander | undefined;
/** The classifiers `shared` reads: a language's entry is replaced when it is retrained. */
let sharedClassifiers: Record<Language, TextClassifier> | undefined;
let training: Promise<Understander> | undefined;

/** Questions staff linked to an FAQ topic in the operations console: examples of that topic from then on. */
const learned: Readonly<Record<Language, { text: string; label: string }[]>> = { en: [], da: [], sv: [], nl: [] };
let retraining: Promise<void> = Promise.resolve();

export interface LinkedQuestion {
  readonly language: Language;
  readonly text: string;
  readonly topicId: string;
}

/**
 * Teaches the understanding step questions staff linked to an FAQ topic ("questions we fail" in
 * the operations console): each becomes an example of the topic in its language, and the
 * languages concerned are retrained in the background, one per turn of the event loop, while the
 * old classifier goes on answering. Questions it already knows and topics it does not know are
 * left out. Resolves with how many were new once the retraining is done.
 */
export function learnLinkedQuestions(questions: readonly LinkedQuestion[]): Promise<number> {
  const languages = new Set<Language>();
  let count = 0;
  for (const { language, text, topicId } of questions) {
    const trimmed = text.trim();
    if (!isFaqTopicId(topicId) || trimmed === '' || learned[language].some((e) => e.text === trimmed && e.label === topicId)) continue;
    learned[language].push({ text: trimmed, label: topicId });
    languages.add(language);
    count++;
  }
  retraining = retraining.then(async () => {
    // Training under way includes them; once it is done, the languages it trained before are redone.
    if (training) await training;
    for (const language of languages) {
      await new Promise<void>((resolve) => setImmediate(resolve));
      if (sharedClassifiers) sharedClassifiers[language] = trainLanguage(language);
    }
  });
  return retraining.then(() => count);
}

/** Resolves when the retraining {@link learnLinkedQuestions} started is done (for tests and warm-up). */
export function linkedQuestionsLearnt(): Promise<void> {
  return retraining;
}

/**
 * The process's understanding step, trained once: started at start-up (bot/server.ts) so a
 * member's first message does not wait for it, one language per turn of the event loop so the
 * requests that arrive meanwhile are not held up for the whole training. A message that comes
 * before it is ready awaits the rest.
 */
export function prepareUnderstander(): Promise<Understander> {
  training ??= (async () => {
    const classifiers: Partial<Record<Language, TextClassifier>> = {};
    for (const language of LANGUAGES) {
      await new Promise<void>((resolve) => setImmediate(resolve));
      classifiers[language] ??= trainLanguage(language);
    }
    if (!shared) {
      sharedClassifiers = classifiers as Record<Language, TextClassifier>;
      shared = understanderOf(sharedClassifiers);
    }
    return shared;
  })();
  return training;
}

/** The process's understanding step, trained now if {@link prepareUnderstander} has not finished. */
export function understander(): Understander {
  if (!shared) {
    sharedClassifiers = Object.fromEntries(LANGUAGES.map((language) => [language, trainLanguage(language)])) as Record<Language, TextClassifier>;
    shared = understanderOf(sharedClassifiers);
  }
  return shared;
}

/**
 * Gets free text ready in the background once the process listens: the understanding step is
 * trained and the language detector loaded, so a member's first message waits for neither.
 * Resolves with how long it took (ms).
 */
export async function warmUpUnderstanding(): Promise<number> {
  const started = performance.now();
  await prepareUnderstander();
  await languageDetector();
  return performance.now() - started;
}
