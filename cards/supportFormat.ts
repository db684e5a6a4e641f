import { nativeClock } from '../domain/intlFormats';
import { intlLocale, type Language, type Translate } from '../locales';

/** Support hours as the `countries` table keeps them. */
export interface SupportHoursView {
  readonly timeZone: string;
  readonly opensAt: string;
  readonly closesAt: string;
  readonly weekdays: readonly number[];
}

/** "Monday 23 November at 09:00 CET" in the member's language and the country's time zone (sv "kl. 09.00"). */
export function formatOpening(opening: Date, timeZone: string, language: Language): string {
  const text = new Intl.DateTimeFormat(intlLocale[language], {
    timeZone,
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    hour: '2-digit',
    minute: '2-digit',
    timeZoneName: 'short',
  }).format(opening);
  return nativeClock(intlLocale[language], text);
}

function formatClock(hhmm: string, language: Language): string {
  const [hours = 0, minutes = 0] = hhmm.split(':').map(Number);
  if (hours >= 24) return nativeClock(intlLocale[language], language === 'da' ? '24.00' : '24:00');
  return nativeClock(
    intlLocale[language],
    new Intl.DateTimeFormat(intlLocale[language], { timeZone: 'UTC', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(
      new Date(Date.UTC(2024, 0, 1, hours, minutes)),
    ),
  );
}

function weekdayName(isoWeekday: number, language: Language): string {
  // 1 January 2024 was a Monday.
  return new Intl.DateTimeFormat(intlLocale[language], { timeZone: 'UTC', weekday: 'long' }).format(new Date(Date.UTC(2024, 0, isoWeekday)));
}

/** "Monday–Friday, 09:00–17:00 (Central European Time)", localized. */
export function formatSupportHours(hours: SupportHoursView, language: Language, t: Translate): string {
  const days = [...new Set(hours.weekdays)].sort((a, b) => a - b);
  const first = days[0];
  const last = days[days.length - 1];
  const contiguous = first !== undefined && last !== undefined && last - first === days.length - 1;
  const dayText =
    contiguous && days.length > 2 ? `${weekdayName(first, language)}–${weekdayName(last, language)}` : days.map((d) => weekdayName(d, language)).join(', ');
  const zone =
    new Intl.DateTimeFormat(intlLocale[language], { timeZone: hours.timeZone, timeZoneName: 'longGeneric' })
      .formatToParts(new Date())
      .find((part) => part.type === 'timeZoneName')?.value ?? hours.timeZone;
  // Danish writes zone names in lower case mid-sentence ("centraleuropæisk tid"); ICU capitalises them.
  const zoneText = language === 'da' ? zone.charAt(0).toLowerCase() + zone.slice(1) : zone;
  return t('support.hours', { days: dayText, opens: formatClock(hours.opensAt, language), closes: formatClock(hours.closesAt, language), zone: zoneText });
}
