/**
 * Intl formatters, made once per locale and options and reused. Creating an
 * `Intl.DateTimeFormat` or `Intl.NumberFormat` costs far more than formatting with one, and cards
 * format dates and money on nearly every turn.
 */
const dateFormats = new Map<string, Intl.DateTimeFormat>();
const numberFormats = new Map<string, Intl.NumberFormat>();

export function dateTimeFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = dateFormats.get(key);
  if (!format) dateFormats.set(key, (format = new Intl.DateTimeFormat(locale, options)));
  return format;
}

const CALENDAR_DATE: Readonly<Record<'long' | 'full', Intl.DateTimeFormatOptions>> = {
  long: { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' },
  full: { dateStyle: 'full', timeZone: 'UTC' },
};

/**
 * A calendar date (`YYYY-MM-DD`) written out for `locale`, never shifted by the time zone: `long`
 * "16. marts 2028", `full` with the weekday "torsdag den 16. marts 2028". The one date formatter
 * of the bot, the invoices and the web pages.
 */
export function formatCalendarDate(isoDate: string, locale: string, length: 'long' | 'full' = 'long'): string {
  return dateTimeFormat(locale, CALENDAR_DATE[length]).format(new Date(`${isoDate}T00:00:00Z`));
}

export function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (!format) numberFormats.set(key, (format = new Intl.NumberFormat(locale, options)));
  return format;
}

/**
 * A formatted date or time with the clock written as each language writes it. Swedish separates
 * hours and minutes with a full stop ("kl. 09.00", as Språkrådet recommends), while ICU's Swedish
 * data uses a colon; Danish already comes out as "09.00" and Dutch and English keep "09:00".
 */
export function nativeClock(locale: string, formatted: string): string {
  return locale.toLowerCase().startsWith('sv') ? formatted.replace(/(\d{1,2}):(\d{2})(?!\d)/g, '$1.$2') : formatted;
}
