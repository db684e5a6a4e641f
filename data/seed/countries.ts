import { STANDARD_VAT_RATES_BP } from '../../domain/vatRules';
import type { NewCountry } from '../schema';

const weekdays = [1, 2, 3, 4, 5];
const supportHours = { supportOpensAt: '09:00', supportClosesAt: '17:00', supportWeekdays: weekdays };

/**
 * The participating countries (docs/domain.md, "Our own choices") with their local currency, standard VAT rate (kept
 * with the VAT rules in `domain/vatRules.ts`), and IANA time zone. Support hours are only a starting value.
 */
export const countrySeed: readonly NewCountry[] = [
  { code: 'AT', name: 'Austria', currency: 'EUR', vatRateBp: STANDARD_VAT_RATES_BP.AT, timeZone: 'Europe/Vienna', ...supportHours },
  { code: 'BE', name: 'Belgium', currency: 'EUR', vatRateBp: STANDARD_VAT_RATES_BP.BE, timeZone: 'Europe/Brussels', ...supportHours },
  { code: 'CZ', name: 'Czechia', currency: 'CZK', vatRateBp: STANDARD_VAT_RATES_BP.CZ, timeZone: 'Europe/Prague', ...supportHours },
  { code: 'DK', name: 'Denmark', currency: 'DKK', vatRateBp: STANDARD_VAT_RATES_BP.DK, timeZone: 'Europe/Copenhagen', ...supportHours },
  { code: 'FI', name: 'Finland', currency: 'EUR', vatRateBp: STANDARD_VAT_RATES_BP.FI, timeZone: 'Europe/Helsinki', ...supportHours },
  { code: 'FR', name: 'France', currency: 'EUR', vatRateBp: STANDARD_VAT_RATES_BP.FR, timeZone: 'Europe/Paris', ...supportHours },
  { code: 'DE', name: 'Germany', currency: 'EUR', vatRateBp: STANDARD_VAT_RATES_BP.DE, timeZone: 'Europe/Berlin', ...supportHours },
  { code: 'HU', name: 'Hungary', currency: 'HUF', vatRateBp: STANDARD_VAT_RATES_BP.HU, timeZone: 'Europe/Budapest', ...supportHours },
  { code: 'IE', name: 'Ireland', currency: 'EUR', vatRateBp: STANDARD_VAT_RATES_BP.IE, timeZone: 'Europe/Dublin', ...supportHours },
  { code: 'IT', name: 'Italy', currency: 'EUR', vatRateBp: STANDARD_VAT_RATES_BP.IT, timeZone: 'Europe/Rome', ...supportHours },
  { code: 'LU', name: 'Luxembourg', currency: 'EUR', vatRateBp: STANDARD_VAT_RATES_BP.LU, timeZone: 'Europe/Luxembourg', ...supportHours },
  { code: 'NL', name: 'Netherlands', currency: 'EUR', vatRateBp: STANDARD_VAT_RATES_BP.NL, timeZone: 'Europe/Amsterdam', ...supportHours },
  { code: 'NO', name: 'Norway', currency: 'NOK', vatRateBp: STANDARD_VAT_RATES_BP.NO, timeZone: 'Europe/Oslo', ...supportHours },
  { code: 'PL', name: 'Poland', currency: 'PLN', vatRateBp: STANDARD_VAT_RATES_BP.PL, timeZone: 'Europe/Warsaw', ...supportHours },
  { code: 'PT', name: 'Portugal', currency: 'EUR', vatRateBp: STANDARD_VAT_RATES_BP.PT, timeZone: 'Europe/Lisbon', ...supportHours },
  { code: 'SK', name: 'Slovakia', currency: 'EUR', vatRateBp: STANDARD_VAT_RATES_BP.SK, timeZone: 'Europe/Bratislava', ...supportHours },
  { code: 'ES', name: 'Spain', currency: 'EUR', vatRateBp: STANDARD_VAT_RATES_BP.ES, timeZone: 'Europe/Madrid', ...supportHours },
  { code: 'SE', name: 'Sweden', currency: 'SEK', vatRateBp: STANDARD_VAT_RATES_BP.SE, timeZone: 'Europe/Stockholm', ...supportHours },
  { code: 'GB', name: 'United Kingdom', currency: 'GBP', vatRateBp: STANDARD_VAT_RATES_BP.GB, timeZone: 'Europe/London', ...supportHours },
];
