import { intlLocale, type Language } from '../../locales';
import { dateTimeFormat, numberFormat } from '../../domain/intlFormats';

/** A calendar date (`YYYY-MM-DD`) the way the member writes dates, with the weekday: "tirsdag den 9. juni 2026". */
export function formatDate(language: Language, isoDate: string): string {
  return dateTimeFormat(intlLocale[language], { dateStyle: 'full', timeZone: 'UTC' }).format(new Date(`${isoDate}T00:00:00Z`));
}

/** A file size in the member's number format: "850 kB", "1,2 MB". */
export function formatFileSize(language: Language, bytes: number): string {
  const megabytes = bytes / (1024 * 1024);
  if (megabytes >= 1) {
    return numberFormat(intlLocale[language], { style: 'unit', unit: 'megabyte', maximumFractionDigits: 1 }).format(megabytes);
  }
  return numberFormat(intlLocale[language], { style: 'unit', unit: 'kilobyte', maximumFractionDigits: 0 }).format(Math.max(1, Math.round(bytes / 1024)));
}
