import type { NewCountry } from '../schema';

const weekdays = [1, 2, 3, 4, 5];
const supportHours = { supportOpensAt: '09:00', supportClosesAt: '17:00', supportWeekdays: weekdays };

/**
 * The participating countries (DESIGN §2) with their local currency, standard VAT rate as of
 * 2026 in basis points, and IANA time zone. Support hours are only a starting value.
 */
export const countrySeed: readonly NewCountry[] = [
  { code: 'AT', name: 'Austria', currency: 'EUR', vatRateBp: 2000, timeZone: 'Europe/Vienna', ...supportHours },
  { code: 'BE', name: 'Belgium', currency: 'EUR', vatRateBp: 2100, timeZone: 'Europe/Brussels', ...supportHours },
  { code: 'CZ', name: 'Czechia', currency: 'CZK', vatRateBp: 2100, timeZone: 'Europe/Prague', ...supportHours },
  { code: 'DK', name: 'Denmark', currency: 'DKK', vatRateBp: 2500, timeZone: 'Europe/Copenhagen', ...supportHours },
  { code: 'FI', name: 'Finland', currency: 'EUR', vatRateBp: 2550, timeZone: 'Europe/Helsinki', ...supportHours },
  { code: 'FR', name: 'France', currency: 'EUR', vatRateBp: 2000, timeZone: 'Europe/Paris', ...supportHours },
  { code: 'DE', name: 'Germany', currency: 'EUR', vatRateBp: 1900, timeZone: 'Europe/Berlin', ...supportHours },
  { code: 'HU', name: 'Hungary', currency: 'HUF', vatRateBp: 2700, timeZone: 'Europe/Budapest', ...supportHours },
  { code: 'IE', name: 'Ireland', currency: 'EUR', vatRateBp: 2300, timeZone: 'Europe/Dublin', ...supportHours },
  { code: 'IT', name: 'Italy', currency: 'EUR', vatRateBp: 2200, timeZone: 'Europe/Rome', ...supportHours },
  { code: 'LU', name: 'Luxembourg', currency: 'EUR', vatRateBp: 1700, timeZone: 'Europe/Luxembourg', ...supportHours },
  { code: 'NL', name: 'Netherlands', currency: 'EUR', vatRateBp: 2100, timeZone: 'Europe/Amsterdam', ...supportHours },
  { code: 'NO', name: 'Norway', currency: 'NOK', vatRateBp: 2500, timeZone: 'Europe/Oslo', ...supportHours },
  { code: 'PL', name: 'Poland', currency: 'PLN', vatRateBp: 2300, timeZone: 'Europe/Warsaw', ...supportHours },
  { code: 'PT', name: 'Portugal', currency: 'EUR', vatRateBp: 2300, timeZone: 'Europe/Lisbon', ...supportHours },
  { code: 'SK', name: 'Slovakia', currency: 'EUR', vatRateBp: 2300, timeZone: 'Europe/Bratislava', ...supportHours },
  { code: 'ES', name: 'Spain', currency: 'EUR', vatRateBp: 2100, timeZone: 'Europe/Madrid', ...supportHours },
  { code: 'SE', name: 'Sweden', currency: 'SEK', vatRateBp: 2500, timeZone: 'Europe/Stockholm', ...supportHours },
  { code: 'GB', name: 'United Kingdom', currency: 'GBP', vatRateBp: 2000, timeZone: 'Europe/London', ...supportHours },
];
