import Holidays from 'date-holidays';
import { dateTimeFormat } from './intlFormats';

/** A calendar date, `YYYY-MM-DD`. */
export type IsoDate = string;

/** Rule A5: validating and creating a business account takes up to two business days. */
export const VALIDATION_BUSINESS_DAYS = 2;

/** Holiday kinds on which offices are closed: statutory holidays and bank holidays (e.g. Swedish midsommarafton). */
const CLOSED_TYPES: ReadonlySet<string> = new Set(['public', 'bank']);

/**
 * Days most offices close although the holiday calendar lists them only as observances, `MM-DD`:
 * Danish Grundlovsdag and Juleaftensdag.
 */
const CUSTOMARY_CLOSING_DAYS: Readonly<Record<string, readonly string[]>> = { DK: ['06-05', '12-24'] };

const calendars = new Map<string, Holidays>();
const closedByYear = new Map<string, ReadonlySet<IsoDate>>();

function closedDays(country: string, year: number): ReadonlySet<IsoDate> {
  const key = `${country}:${year}`;
  let days = closedByYear.get(key);
  if (days) return days;
  let calendar = calendars.get(country);
  if (!calendar) {
    calendar = new Holidays(country);
    calendars.set(country, calendar);
  }
  const customary = CUSTOMARY_CLOSING_DAYS[country] ?? [];
  days = new Set(
    calendar
      .getHolidays(year)
      .filter((holiday) => CLOSED_TYPES.has(holiday.type) || customary.includes(holiday.date.slice(5, 10)))
      .map((holiday) => holiday.date.slice(0, 10)),
  );
  for (const monthDay of customary) (days as Set<IsoDate>).add(`${year}-${monthDay}`);
  closedByYear.set(key, days);
  return days;
}

function parse(date: IsoDate): Date {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new RangeError(`not a YYYY-MM-DD date: ${date}`);
  return new Date(`${date}T00:00:00Z`);
}

function format(date: Date): IsoDate {
  return date.toISOString().slice(0, 10);
}

/**
 * True when `date` is a working day in `country` (ISO 3166-1 alpha-2): Monday to Friday and not
 * one of the country's public or bank holidays (date-holidays) or customary closing days.
 */
export function isBusinessDay(country: string, date: IsoDate): boolean {
  const day = parse(date);
  const weekday = day.getUTCDay();
  if (weekday === 0 || weekday === 6) return false;
  return !closedDays(country, day.getUTCFullYear()).has(date);
}

/**
 * The `days`-th business day after `from` (which itself never counts), in `country`.
 * `addBusinessDays('DK', '2026-06-04', 2)` skips Grundlovsdag (Friday 5 June) and the weekend: `2026-06-09`.
 */
export function addBusinessDays(country: string, from: IsoDate, days: number): IsoDate {
  if (!Number.isInteger(days) || days < 0) throw new RangeError(`days must be a non-negative integer, got ${days}`);
  const cursor = parse(from);
  let counted = 0;
  while (counted < days) {
    cursor.setUTCDate(cursor.getUTCDate() + 1);
    if (isBusinessDay(country, format(cursor))) counted++;
  }
  return format(cursor);
}

/** The calendar date of `instant` in an IANA time zone (e.g. `Europe/Copenhagen`). */
export function localDate(instant: Date, timeZone: string): IsoDate {
  return dateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(instant);
}

/**
 * When the member can expect the decision on an application submitted at `submittedAt` by a
 * business in `country`: two business days after the submission's local date (rule A5).
 */
export function expectedDecisionDate(submittedAt: Date, country: string, timeZone: string): IsoDate {
  return addBusinessDays(country, localDate(submittedAt, timeZone), VALIDATION_BUSINESS_DAYS);
}
