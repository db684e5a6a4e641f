import { IntlMessageFormat } from 'intl-messageformat';
import { formatCalendarDate, nativeClock } from '../../domain/intlFormats';
import { isLanguage, LANGUAGES, languageFromLocale, type Language } from '../../domain/language';
import { webDa } from '../../locales/web/da';
import { webEn, type WebMessages } from '../../locales/web/en';
import { webNl } from '../../locales/web/nl';
import { webSv } from '../../locales/web/sv';

/** The page side of the web area's catalogues (the same files the bot uses, bundled); the languages are the domain's. */
export const PAGE_LANGUAGES = LANGUAGES;
export type PageLanguage = Language;
export type WebKey = keyof WebMessages;

const catalogues: Readonly<Record<PageLanguage, WebMessages>> = { en: webEn, da: webDa, sv: webSv, nl: webNl };

/** The BCP 47 tag for dates, numbers and money, and the one Web Chat uses for its own texts. */
export const INTL_LOCALE: Readonly<Record<PageLanguage, string>> = { en: 'en-GB', da: 'da-DK', sv: 'sv-SE', nl: 'nl-NL' };

/** Each language named in itself, for the picker. */
export const LANGUAGE_NAMES: Readonly<Record<PageLanguage, string>> = { da: 'Dansk', sv: 'Svenska', nl: 'Nederlands', en: 'English' };

export const isPageLanguage = isLanguage;

/** `da-DK`, `sv`, `nl-BE`, `nb-NO` → one of ours (Norwegian is answered in Danish, as the bot does). */
export const languageOf = languageFromLocale;

/** The first of the browser's languages we speak, else English. */
export function browserLanguage(languages: readonly string[] = navigator.languages ?? [navigator.language]): PageLanguage {
  for (const locale of languages) {
    const language = languageOf(locale);
    if (language) return language;
  }
  return 'en';
}

export type PageTranslate = (key: WebKey, args?: Record<string, string | number>) => string;

export function pageTranslator(language: PageLanguage): PageTranslate {
  const cache = new Map<WebKey, IntlMessageFormat>();
  return (key, args) => {
    let message = cache.get(key);
    if (!message) {
      message = new IntlMessageFormat(catalogues[language][key], INTL_LOCALE[language]);
      cache.set(key, message);
    }
    return String(message.format(args));
  };
}

/** A calendar date (YYYY-MM-DD) in the member's language, never shifted by the time zone. */
export function formatDate(language: PageLanguage, isoDate: string): string {
  const date = new Date(`${isoDate.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return isoDate;
  return formatCalendarDate(isoDate.slice(0, 10), INTL_LOCALE[language]);
}

/** An amount in minor units (øre, öre, cent) as money in the member's language. */
export function formatMoney(language: PageLanguage, minor: number, currency: string): string {
  return new Intl.NumberFormat(INTL_LOCALE[language], { style: 'currency', currency }).format(minor / 100);
}

/** A time of day in the member's language: "09.00" in Danish and Swedish, "09:00" in Dutch and English. */
export function formatTime(language: PageLanguage, date: Date): string {
  return nativeClock(INTL_LOCALE[language], new Intl.DateTimeFormat(INTL_LOCALE[language], { timeStyle: 'short' }).format(date));
}

export function formatNumber(language: PageLanguage, value: number): string {
  return new Intl.NumberFormat(INTL_LOCALE[language]).format(value);
}

/**
 * The page's Web Storage, or undefined where the browser denies it (a third-party frame with
 * storage blocked, as Teams tabs can be): the pages then work without remembering anything.
 */
export function pageStorage(kind: 'localStorage' | 'sessionStorage'): Storage | undefined {
  try {
    return window[kind];
  } catch (error) {
    console.info(`${kind} is not available here`, error);
    return undefined;
  }
}
