// The extra-small model detects our four languages (and Norwegian) as well as the medium one on
// the FAQ bench's 528 questions (100 % vs 99.8 %) with a fraction of its memory (docs/performance.md).
import { eld } from 'eld/extrasmall';

export const SUPPORTED_LANGUAGES = ['da', 'sv', 'nl', 'en'] as const;
export type SupportedLanguage = (typeof SUPPORTED_LANGUAGES)[number];

// Norwegian is in the subset so Norwegian text is not forced into Danish or Swedish at random;
// written Bokmål is closest to Danish, so a Norwegian member is answered in Danish.
eld.setLanguageSubset(['da', 'sv', 'nl', 'en', 'no']);
const DETECTED_TO_SUPPORTED: Readonly<Record<string, SupportedLanguage>> = { da: 'da', sv: 'sv', nl: 'nl', en: 'en', no: 'da' };

export interface Detection {
  readonly language: SupportedLanguage;
  /** True when the text was long and distinctive enough for the detector to be sure. */
  readonly reliable: boolean;
}

/** Detects which of our languages a text is written in; undefined for empty or letterless text. */
export function detectLanguage(text: string): Detection | undefined {
  if (!/\p{L}/u.test(text)) return undefined;
  const result = eld.detect(text);
  const language = DETECTED_TO_SUPPORTED[result.language];
  return language ? { language, reliable: result.isReliable() } : undefined;
}

export function isSupportedLanguage(value: unknown): value is SupportedLanguage {
  return typeof value === 'string' && (SUPPORTED_LANGUAGES as readonly string[]).includes(value);
}

/** `da-DK`, `sv`, `nl-BE`, `nb-NO` → one of ours (Norwegian → Danish), or undefined. */
export function languageFromLocale(locale: string | undefined | null): SupportedLanguage | undefined {
  if (!locale) return undefined;
  const primary = locale.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  if (primary === 'nb' || primary === 'nn' || primary === 'no') return 'da';
  return isSupportedLanguage(primary) ? primary : undefined;
}

export interface LanguageSignals {
  /** The member's own choice, persisted. */
  readonly chosen?: string | null | undefined;
  /** `activity.locale` as the channel sent it. */
  readonly activityLocale?: string | null | undefined;
  /** The Teams `clientInfo` entity's locale. */
  readonly clientInfoLocale?: string | null | undefined;
  /** The member's text this turn. */
  readonly text?: string | null | undefined;
}

/**
 * The language to answer in: the member's explicit choice > activity.locale > Teams clientInfo
 * locale > reliable detection from the text > English.
 */
export function resolveLanguage(signals: LanguageSignals): SupportedLanguage {
  if (isSupportedLanguage(signals.chosen)) return signals.chosen;
  const fromLocale = languageFromLocale(signals.activityLocale) ?? languageFromLocale(signals.clientInfoLocale);
  if (fromLocale) return fromLocale;
  const detected = signals.text ? detectLanguage(signals.text) : undefined;
  return detected?.reliable ? detected.language : 'en';
}
