import { isOneOf } from './records';

export const LANGUAGES = ['da', 'sv', 'nl', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/**
 * The languages the detector tells apart: ours, Norwegian (written Bokmål is closest to Danish, so
 * a Norwegian member is answered in Danish) and the languages members most often write in that we
 * don't serve, so a German message is recognised as German instead of being forced into Dutch or
 * Danish.
 */
const DETECTED_LANGUAGES = ['da', 'sv', 'nl', 'en', 'no', 'de', 'fr', 'es', 'it', 'pt', 'fi', 'pl'] as const;
const DETECTED_TO_SUPPORTED: Readonly<Record<string, Language>> = { da: 'da', sv: 'sv', nl: 'nl', en: 'en', no: 'da' };

type Eld = (typeof import('eld/extrasmall'))['eld'];
let detector: Promise<Eld> | undefined;

/**
 * The language detector, loaded on first use: the model costs about 0.4 s and 20 MB, which a
 * process that never reads a free-text message should not pay at start. The extra-small model
 * detects our languages as well as the medium one on the FAQ bench (docs/performance.md).
 */
export function languageDetector(): Promise<Eld> {
  detector ??= import('eld/extrasmall').then(({ eld }) => {
    eld.setLanguageSubset([...DETECTED_LANGUAGES]);
    return eld;
  });
  return detector;
}

export interface Detection {
  readonly language: Language;
  /** True when the text was long and distinctive enough for the detector to be sure. */
  readonly reliable: boolean;
}

/** Detects which of our languages a text is written in; undefined for empty or letterless text, or another language. */
export async function detectLanguage(text: string): Promise<Detection | undefined> {
  const found = await detectAnyLanguage(text);
  const language = found ? DETECTED_TO_SUPPORTED[found.code] : undefined;
  return found && language ? { language, reliable: found.reliable } : undefined;
}

export interface AnyDetection {
  /** ISO 639-1 code of the best language, ours or not ('de', 'no', …). */
  readonly code: string;
  readonly reliable: boolean;
  /** The detector's score per language code (0–1). */
  readonly scores: Readonly<Record<string, number>>;
}

/** Detects the language of a text among all the detector knows; undefined for empty or letterless text. */
export async function detectAnyLanguage(text: string): Promise<AnyDetection | undefined> {
  if (!/\p{L}/u.test(text)) return undefined;
  const result = (await languageDetector()).detect(text);
  if (!result.language) return undefined;
  return { code: result.language, reliable: result.isReliable(), scores: result.getScores() };
}

export function isLanguage(value: unknown): value is Language {
  return isOneOf(LANGUAGES, value);
}

/** `da-DK`, `sv`, `nl-BE`, `nb-NO` → one of ours (Norwegian → Danish), or undefined. */
export function languageFromLocale(locale: string | undefined | null): Language | undefined {
  if (!locale) return undefined;
  const primary = locale.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  if (primary === 'nb' || primary === 'nn' || primary === 'no') return 'da';
  return isLanguage(primary) ? primary : undefined;
}

export interface LanguageSignals {
  /** The member's own choice, persisted. */
  readonly chosen?: string | null | undefined;
  /** `activity.locale` as the channel sent it. */
  readonly activityLocale?: string | null | undefined;
  /** The Teams `clientInfo` entity's locale. */
  readonly clientInfoLocale?: string | null | undefined;
}

/**
 * The language a turn starts from: the member's explicit choice > activity.locale > Teams
 * clientInfo locale > English. What the member writes may then move it ({@link nextConversationLanguage}).
 */
export function resolveLanguage(signals: LanguageSignals): Language {
  if (isLanguage(signals.chosen)) return signals.chosen;
  return languageFromLocale(signals.activityLocale) ?? languageFromLocale(signals.clientInfoLocale) ?? 'en';
}

/** What a conversation remembers about its language between turns. */
export interface ConversationLanguage {
  readonly language: Language;
  /** "You wrote Norwegian, I answer in Danish" was said. */
  readonly norwegianNoted?: boolean;
  /** "I speak English, Danish, Swedish and Dutch" was said after a message in another language. */
  readonly unsupportedNoted?: boolean;
}

export type LanguageNotice = 'norwegian' | 'unsupported';

export interface LanguageStep {
  readonly language: Language;
  /** A line to say once before the answer. */
  readonly notice?: LanguageNotice;
  readonly state: ConversationLanguage;
}

/** A message needs at least this many words and letters before it can move the conversation's language. */
const SWITCH_MIN_WORDS = 2;
const SWITCH_MIN_LETTERS = 8;
/** … and its language must beat the conversation's by this much of the detector's score. */
const SWITCH_MARGIN = 0.08;

/**
 * The conversation's language after a message, with hysteresis: the member's explicit choice
 * always wins; otherwise the language stays unless the message is strong evidence of another one
 * (long enough, detected reliably, and clearly better than the current language, so "hej", "ok",
 * "tak" or "bli medlem i cps" in a Swedish conversation change nothing). Another of our languages
 * becomes the conversation's; Norwegian is answered in Danish (said once); a language we don't
 * serve is answered in English, with a line saying which languages we speak (once).
 */
export function nextConversationLanguage(input: {
  readonly chosen: Language | null;
  /** The language the turn starts from (see {@link resolveLanguage}). */
  readonly base: Language;
  readonly previous: ConversationLanguage | undefined;
  readonly text: string | undefined;
  readonly detection: AnyDetection | undefined;
}): LanguageStep {
  const previous = input.previous ?? { language: input.base };
  if (input.chosen) return { language: input.chosen, state: { ...previous, language: input.chosen } };
  const current = previous.language;
  const stay: LanguageStep = { language: current, state: previous };
  const { detection, text } = input;
  if (!detection?.reliable || !text) return stay;
  const words = text.match(/\p{L}+/gu) ?? [];
  if (words.length < SWITCH_MIN_WORDS || words.join('').length < SWITCH_MIN_LETTERS) return stay;
  const target = DETECTED_TO_SUPPORTED[detection.code] ?? 'en';
  if (target === current) return stay;
  const lead = (detection.scores[detection.code] ?? 0) - (detection.scores[current] ?? 0);
  if (lead < SWITCH_MARGIN) return stay;
  if (detection.code === 'no') {
    const state = { ...previous, language: target, norwegianNoted: true };
    return previous.norwegianNoted ? { language: target, state } : { language: target, notice: 'norwegian', state };
  }
  if (!DETECTED_TO_SUPPORTED[detection.code]) {
    const state = { ...previous, language: target, unsupportedNoted: true };
    return previous.unsupportedNoted ? { language: target, state } : { language: target, notice: 'unsupported', state };
  }
  return { language: target, state: { ...previous, language: target } };
}

/** Reads a stored conversation language defensively (state may come from an older version). */
export function parseConversationLanguage(value: unknown): ConversationLanguage | undefined {
  if (typeof value !== 'object' || value === null || !('language' in value) || !isLanguage(value.language)) return undefined;
  return {
    language: value.language,
    ...('norwegianNoted' in value && value.norwegianNoted === true ? { norwegianNoted: true } : {}),
    ...('unsupportedNoted' in value && value.unsupportedNoted === true ? { unsupportedNoted: true } : {}),
  };
}
