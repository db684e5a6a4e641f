import { intlLocale, type Language } from '../../locales';
import { formatCalendarDate, numberFormat } from '../../domain/intlFormats';

/** A calendar date (`YYYY-MM-DD`) the way the member writes dates, with the weekday: "tirsdag den 9. juni 2026". */
export function formatDate(language: Language, isoDate: string): string {
  return formatCalendarDate(isoDate, intlLocale[language], 'full');
}

/** A file size in the member's number format: "850 kB", "1,2 MB". */
export function formatFileSize(language: Language, bytes: number): string {
  const megabytes = bytes / (1024 * 1024);
  if (megabytes >= 1) {
    return numberFormat(intlLocale[language], { style: 'unit', unit: 'megabyte', maximumFractionDigits: 1 }).format(megabytes);
  }
  return numberFormat(intlLocale[language], { style: 'unit', unit: 'kilobyte', maximumFractionDigits: 0 }).format(Math.max(1, Math.round(bytes / 1024)));
}

/**
 * A normalised VAT number the way it is printed, for reading aloud and comparing by eye: the
 * prefix, then the digits in pairs for Denmark (`DK 25 31 37 63`), in fours elsewhere
 * (`SE 5561 8884 0401`).
 */
export function formatVatNumber(vatNumber: string): string {
  const match = /^([A-Z]{2})(.+)$/.exec(vatNumber);
  if (!match?.[1] || !match[2]) return vatNumber;
  const size = match[1] === 'DK' ? 2 : 4;
  const groups = match[2].match(new RegExp(`.{1,${size}}`, 'g')) ?? [match[2]];
  return `${match[1]} ${groups.join(' ')}`;
}
