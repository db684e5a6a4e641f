/**
 * A small nearest-neighbour text classifier for short chat messages: every labelled example is a
 * sparse TF-IDF vector of folded words, word pairs and the letter trigrams inside words (so typos
 * and compounds still overlap), and a message gets, per label, the cosine similarity of its
 * closest examples. Words the examples never use count in the message's length, so a message
 * about something else scores low everywhere. Pure and synchronous: training 1,000 examples takes
 * a few milliseconds and a message well under one.
 */

export interface LabelledText {
  readonly text: string;
  readonly label: string;
}

export interface LabelScore {
  readonly label: string;
  /** 0–1 cosine similarity. */
  readonly score: number;
}

type Vector = ReadonlyMap<string, number>;

interface Example {
  readonly label: string;
  readonly vector: Vector;
}

/** Feature weights by kind (a whole word says more than one of its trigrams). */
const WORD_WEIGHT = 1;
const PAIR_WEIGHT = 0.6;
const TRIGRAM_WEIGHT = 0.25;
const NEGATION_WEIGHT = 1.5;
/** A message without a negation loses this share of its score for a label whose examples all negate. */
const AFFIRMATIVE_PENALTY = 0.3;
/** A message with a negation loses this share of its score for a label none of whose examples negate. */
const NEGATED_PENALTY = 0.3;
/** A label's score blends its best example with the mean of its best few (robust to one odd example). */
const TOP_EXAMPLES = 3;
const BEST_SHARE = 0.7;

/**
 * The words of a message as compared: lower case, diacritics folded (æ → ae, ø → o, å → a, ä → a,
 * é → e, ß → ss), apostrophes inside a word dropped ("don't" → "dont"), split at anything else
 * that is not a letter or digit.
 */
export function foldWords(text: string): string[] {
  const folded = text
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'o')
    .replace(/ß/g, 'ss')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/(?<=\p{L})['’](?=\p{L})/gu, '')
    // "hejjj", "hellooo": a letter typed three times or more counts once.
    .replace(/(\p{L})\1{2,}/gu, '$1');
  return folded.split(/[^\p{L}\p{N}]+/u).filter((w) => w !== '');
}

export interface TextFeatureOptions {
  /** Folded words left out of a message unless it has nothing else. */
  readonly stopWords?: ReadonlySet<string>;
  /** Folded words that negate ("not", "ikke", "inte", "geen"): they add one shared feature. */
  readonly negations?: ReadonlySet<string>;
  /** The language's stemmer, given a lower-case word with its diacritics. */
  readonly stem?: (word: string) => string;
  /** Folded words that carry no topic ("can", "you", "how") and so need no coverage. */
  readonly neutralWords?: ReadonlySet<string>;
}

function fold(word: string): string {
  return foldWords(word).join('');
}

function features(text: string, options: TextFeatureOptions, correct?: (word: string) => string | undefined): Map<string, number> {
  const out = new Map<string, number>();
  const add = (key: string, weight: number): void => {
    out.set(key, (out.get(key) ?? 0) + weight);
  };
  const lower = text.toLowerCase().replace(/(?<=\p{L})['’](?=\p{L})/gu, '');
  const raw = lower.split(/[^\p{L}\p{N}]+/u).filter((w) => w !== '');
  const words = raw.map(fold).filter((w) => w !== '');
  const stopWords = options.stopWords ?? new Set<string>();
  const content = raw.filter((_, i) => !stopWords.has(words[i]!));
  // A message of only stop words ("no", "ok", "is it") keeps them: they are all it says.
  const used = content.length > 0 ? content : raw;
  for (const typed of used) {
    // A word the examples never use, within a typo of one they do, counts as that one ("invoce").
    const corrected = correct?.(fold(typed));
    const original = corrected ?? typed;
    const word = fold(original);
    if (word === '') continue;
    add(`w:${word}`, WORD_WEIGHT * 0.5);
    const stem = options.stem ? fold(options.stem(original)) : word;
    add(`s:${stem}`, WORD_WEIGHT);
    const padded = `<${word}>`;
    if (word.length > 2) for (let i = 0; i + 3 <= padded.length; i++) add(`t:${padded.slice(i, i + 3)}`, TRIGRAM_WEIGHT);
  }
  for (let i = 0; i + 1 < words.length; i++) add(`p:${words[i]} ${words[i + 1]}`, PAIR_WEIGHT);
  if (words.some((w) => options.negations?.has(w))) add('n:negation', NEGATION_WEIGHT);
  if (text.includes('?')) add('q:?', WORD_WEIGHT);
  return out;
}

function weigh(raw: ReadonlyMap<string, number>, idf: ReadonlyMap<string, number>, unknownIdf: number): Map<string, number> {
  const vector = new Map<string, number>();
  let norm = 0;
  for (const [key, count] of raw) {
    const value = count * (idf.get(key) ?? unknownIdf);
    vector.set(key, value);
    norm += value * value;
  }
  norm = Math.sqrt(norm);
  if (norm > 0) for (const [key, value] of vector) vector.set(key, value / norm);
  return vector;
}

export interface TextClassifier {
  /** Every label's score, best first (labels scoring 0 left out). */
  classify(text: string): LabelScore[];
  /**
   * The share (0–1) of the message's content words that the label's examples know: the same stem
   * or word, or a word that differs by a typo. Function words (`neutralWords` and stop words) do
   * not count; a message of function words only is fully covered.
   */
  coverage(text: string, label: string): number;
}

function trigrams(word: string): Set<string> {
  const padded = `<${word}>`;
  const out = new Set<string>();
  for (let i = 0; i + 3 <= padded.length; i++) out.add(padded.slice(i, i + 3));
  return out;
}

const ROMAN = new Set(['ii', 'iii', 'iv']);

/** A word the examples never use is read as the known word this similar to it (trigram Dice). */
const TYPO_CORRECTION = 0.6;

/** Shortest part of a compound that counts as a word of its own. */
const COMPOUND_PART = 4;

/**
 * How much of a compound ("bankgebyr", "poängsystemet", "momscertifikatet") is made of words a
 * label knows: the longest known beginning or ending (a Danish/Swedish linking "s" allowed), as a
 * share of the word.
 */
function compoundCoverage(word: string, terms: ReadonlySet<string>): number {
  if (word.length < COMPOUND_PART * 2) return 0;
  const known = (part: string): boolean =>
    terms.has(`w:${part}`) || terms.has(`s:${part}`) || (part.endsWith('s') && (terms.has(`w:${part.slice(0, -1)}`) || terms.has(`s:${part.slice(0, -1)}`)));
  let best = 0;
  for (let i = COMPOUND_PART; i <= word.length - COMPOUND_PART; i++) {
    const left = word.slice(0, i);
    const right = word.slice(i);
    let covered = 0;
    if (known(left)) covered += left.length;
    // An ending may carry an inflection the stems lack ("systemet"): a known stem that begins it counts.
    for (let j = right.length; j >= COMPOUND_PART; j--) {
      if (known(right.slice(0, j))) {
        covered += j;
        break;
      }
    }
    best = Math.max(best, covered / word.length);
  }
  return best;
}

/** Two words this similar (trigram Dice) count as the same word misspelt. */
const TYPO_SIMILARITY = 0.55;

/** Short words (letters) that may be read as a known word one typo away. */
const SHORT_TYPO_MIN = 3;
const SHORT_TYPO_MAX = 5;
/** … when the message has at most this many words (small talk: "tnx", "okey", "yea"). */
const SHORT_TYPO_WORDS = 3;

/** Every word one edit away: a letter left out, swapped with the next, replaced or added. */
function editsOf(word: string, alphabet: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i <= word.length; i++) {
    const head = word.slice(0, i);
    const tail = word.slice(i);
    if (tail) out.add(head + tail.slice(1));
    if (tail.length > 1) out.add(head + tail[1]! + tail[0]! + tail.slice(2));
    for (const letter of alphabet) {
      if (tail) out.add(head + letter + tail.slice(1));
      out.add(head + letter + tail);
    }
  }
  out.delete(word);
  return out;
}

/** Trains a classifier on labelled examples (see {@link TextFeatureOptions}). */
export function trainTextClassifier(examples: readonly LabelledText[], options: TextFeatureOptions = {}): TextClassifier {
  const raw = examples.map((e) => ({ label: e.label, features: features(e.text, options) }));
  const documentFrequency = new Map<string, number>();
  for (const { features: f } of raw) for (const key of f.keys()) documentFrequency.set(key, (documentFrequency.get(key) ?? 0) + 1);
  const total = raw.length;
  const idf = new Map<string, number>();
  for (const [key, df] of documentFrequency) idf.set(key, Math.log((total + 1) / (df + 0.5)));
  const unknownIdf = Math.log((total + 1) / 0.5);
  const trained: Example[] = raw.map((r) => ({ label: r.label, vector: weigh(r.features, idf, unknownIdf) }));

  // Inverted index: feature → examples having it, so a message is compared only with examples it shares something with.
  const postings = new Map<string, { example: number; value: number }[]>();
  trained.forEach((example, index) => {
    for (const [key, value] of example.vector) {
      let list = postings.get(key);
      if (!list) postings.set(key, (list = []));
      list.push({ example: index, value });
    }
  });

  // Per label: the share of its examples that negate ("we have no VAT number").
  const negativity = new Map<string, number>();
  const counts = new Map<string, number>();
  for (const { label, features: f } of raw) {
    counts.set(label, (counts.get(label) ?? 0) + 1);
    if (f.has('n:negation')) negativity.set(label, (negativity.get(label) ?? 0) + 1);
  }
  for (const [label, n] of negativity) negativity.set(label, n / (counts.get(label) ?? 1));

  // Per label: the stems and words its examples use. For typos: every known word by its trigrams.
  const vocabulary = new Map<string, Set<string>>();
  const wordsByTrigram = new Map<string, string[]>();
  const trigramCount = new Map<string, number>();
  for (const { label, features: f } of raw) {
    let terms = vocabulary.get(label);
    if (!terms) vocabulary.set(label, (terms = new Set()));
    for (const key of f.keys()) {
      if (!key.startsWith('s:') && !key.startsWith('w:')) continue;
      terms.add(key);
      const word = key.slice(2);
      if (!key.startsWith('w:') || trigramCount.has(word)) continue;
      const grams = trigrams(word);
      trigramCount.set(word, grams.size);
      for (const gram of grams) {
        let list = wordsByTrigram.get(gram);
        if (!list) wordsByTrigram.set(gram, (list = []));
        list.push(word);
      }
    }
  }
  const neutral = new Set([...(options.neutralWords ?? []), ...(options.stopWords ?? [])]);

  /** Known words within a typo of `word`, with their similarity (trigram Dice). */
  function similarWords(word: string): Map<string, number> {
    const own = trigrams(word);
    const shared = new Map<string, number>();
    for (const gram of own) for (const other of wordsByTrigram.get(gram) ?? []) shared.set(other, (shared.get(other) ?? 0) + 1);
    const similar = new Map<string, number>();
    for (const [other, count] of shared) {
      const dice = (2 * count) / (own.size + (trigramCount.get(other) ?? 0));
      if (dice >= TYPO_SIMILARITY) similar.set(other, dice);
    }
    return similar;
  }

  const alphabet = [...new Set([...trigramCount.keys()].join(''))];

  /**
   * A short word the examples never use, read as a known one: a letter typed twice ("jaa",
   * "okee") or one letter off ("tnx", "okey", "yea"); the known word most examples use wins.
   */
  function shortTypo(word: string, messageWords: number): string | undefined {
    if (word.length < SHORT_TYPO_MIN || word.length > SHORT_TYPO_MAX || neutral.has(word)) return undefined;
    const single = word.replace(/(\p{L})\1+/gu, '$1');
    if (single !== word && trigramCount.has(single)) return single;
    // In a longer message one unknown short word is more likely a word we don't know than a typo.
    if (messageWords > SHORT_TYPO_WORDS) return undefined;
    let best: string | undefined;
    let bestCount = 0;
    for (const edit of editsOf(word, alphabet)) {
      if (edit.length < 2 || edit[0] !== word[0] || !trigramCount.has(edit)) continue;
      const count = documentFrequency.get(`w:${edit}`) ?? 0;
      if (count > bestCount) {
        best = edit;
        bestCount = count;
      }
    }
    return best;
  }

  /**
   * An unknown compound read as its longest known part, if that is at least half of it
   * ("startmenuen" → "menuen"): the ending first, since in our languages it names the thing.
   */
  function compoundPart(word: string): string | undefined {
    if (word.length < COMPOUND_PART * 2) return undefined;
    // The known part is at least half the word: "hukommelseskort" is not a "kort" (card) we know.
    const shortest = Math.max(COMPOUND_PART, Math.ceil(word.length / 2));
    for (let i = 1; i <= word.length - shortest; i++) if (trigramCount.has(word.slice(i))) return word.slice(i);
    for (let j = word.length - 1; j >= shortest; j--) if (trigramCount.has(word.slice(0, j))) return word.slice(0, j);
    return undefined;
  }

  return {
    coverage(text, label) {
      const terms = vocabulary.get(label);
      const lower = text.toLowerCase().replace(/(?<=\p{L})['’](?=\p{L})/gu, '');
      // Model names and numbers ("r6", "24-70", "mark ii") are not vocabulary: the examples cannot know them all.
      const content = lower.split(/[^\p{L}\p{N}]+/u).filter((w) => w !== '' && !/\p{N}/u.test(w) && !ROMAN.has(w) && !neutral.has(fold(w)));
      if (content.length === 0) return 1;
      if (!terms) return 0;
      let known = 0;
      for (const original of content) {
        const word = fold(original);
        const stem = options.stem ? fold(options.stem(original)) : word;
        if (terms.has(`s:${stem}`) || terms.has(`w:${word}`)) {
          known++;
          continue;
        }
        const typo = shortTypo(word, content.length);
        if (typo && terms.has(`w:${typo}`)) {
          known++;
          continue;
        }
        if (word.length < 4) continue;
        let best = compoundCoverage(word, terms);
        for (const [other, dice] of similarWords(word)) if (dice > best && terms.has(`w:${other}`)) best = dice;
        known += best;
      }
      return known / content.length;
    },

    classify(text) {
      const messageWords = foldWords(text).length;
      const messageFeatures = features(text, options, (word) => {
        if (/\p{N}/u.test(word) || idf.has(`w:${word}`)) return undefined;
        if (word.length < 4) return shortTypo(word, messageWords);
        let best: string | undefined;
        let bestDice = TYPO_CORRECTION;
        for (const [other, dice] of similarWords(word)) {
          if (dice >= bestDice) {
            best = other;
            bestDice = dice;
          }
        }
        return best ?? shortTypo(word, messageWords) ?? compoundPart(word);
      });
      const affirmative = !messageFeatures.has('n:negation');
      const vector = weigh(messageFeatures, idf, unknownIdf);
      const similarity = new Map<number, number>();
      for (const [key, value] of vector) {
        for (const posting of postings.get(key) ?? []) similarity.set(posting.example, (similarity.get(posting.example) ?? 0) + value * posting.value);
      }
      const perLabel = new Map<string, number[]>();
      for (const [index, score] of similarity) {
        const label = trained[index]!.label;
        let list = perLabel.get(label);
        if (!list) perLabel.set(label, (list = []));
        list.push(score);
      }
      const scores: LabelScore[] = [];
      for (const [label, list] of perLabel) {
        list.sort((a, b) => b - a);
        const top = list.slice(0, TOP_EXAMPLES);
        while (top.length < TOP_EXAMPLES) top.push(0);
        const mean = top.reduce((sum, s) => sum + s, 0) / TOP_EXAMPLES;
        const penalty = affirmative ? AFFIRMATIVE_PENALTY * (negativity.get(label) ?? 0) : negativity.has(label) ? 0 : NEGATED_PENALTY;
        scores.push({ label, score: Math.min(1, BEST_SHARE * list[0]! + (1 - BEST_SHARE) * mean) * (1 - penalty) });
      }
      return scores.sort((a, b) => b.score - a.score);
    },
  };
}
