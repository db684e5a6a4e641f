/**
 * VAT on a CPS membership, per country, as data: the standard rates of the participating
 * countries, and the rule that decides which rate an invoice carries or whether the buyer accounts
 * for the VAT itself (reverse charge).
 */

/** The participating countries (CPS terms of use, Europe). */
export const PARTICIPATING_COUNTRIES = ['AT', 'BE', 'CZ', 'DK', 'FI', 'FR', 'DE', 'HU', 'IE', 'IT', 'LU', 'NL', 'NO', 'PL', 'PT', 'SK', 'ES', 'SE', 'GB'] as const;
export type ParticipatingCountry = (typeof PARTICIPATING_COUNTRIES)[number];

/** Standard VAT rates as of 2026 in basis points (2500 = 25 %). A CPS membership is a service at the standard rate everywhere. */
export const STANDARD_VAT_RATES_BP: Readonly<Record<ParticipatingCountry, number>> = {
  AT: 2000,
  BE: 2100,
  CZ: 2100,
  DK: 2500,
  FI: 2550,
  FR: 2000,
  DE: 1900,
  HU: 2700,
  IE: 2300,
  IT: 2200,
  LU: 1700,
  NL: 2100,
  NO: 2500,
  PL: 2300,
  PT: 2300,
  SK: 2300,
  ES: 2100,
  SE: 2500,
  GB: 2000,
};

/** True for one of the participating countries. */
export function isParticipatingCountry(country: string): country is ParticipatingCountry {
  return (PARTICIPATING_COUNTRIES as readonly string[]).includes(country);
}

/**
 * How VAT applies to one invoice:
 * - `domestic`: seller and buyer in the same country — that country's standard rate;
 * - `reverse-charge`: a business buyer with a VAT number in another country than the seller — no VAT
 *   on the invoice, the buyer accounts for it (Article 44 and 196 of Council Directive 2006/112/EC;
 *   for Norway and the United Kingdom their own reverse-charge rules on imported services);
 * - `seller-country`: a buyer without a VAT number in another country — the seller's standard
 *   rate (Article 45: the general rule for a customer that is not identified for VAT).
 */
export type VatTreatment =
  | { readonly kind: 'domestic'; readonly rateBp: number }
  | { readonly kind: 'reverse-charge'; readonly rateBp: 0 }
  | { readonly kind: 'seller-country'; readonly rateBp: number };

/** Who sells and who buys, as far as VAT cares. `buyerVatNumber` is the number checked at application (null when not VAT-registered). */
export interface VatParties {
  readonly sellerCountry: string;
  readonly buyerCountry: string;
  readonly buyerVatNumber: string | null;
}

/**
 * The VAT treatment of a CPS membership sold by a seller in one country to a business in another
 * (or the same) country; see {@link VatTreatment}.
 *
 * @throws RangeError when the seller's country has no rate (not a participating country).
 */
export function vatTreatment(parties: VatParties): VatTreatment {
  const seller = parties.sellerCountry.toUpperCase();
  const buyer = parties.buyerCountry.toUpperCase();
  if (!isParticipatingCountry(seller)) throw new RangeError(`no VAT rate for the seller's country ${parties.sellerCountry}`);
  if (seller === buyer) return { kind: 'domestic', rateBp: STANDARD_VAT_RATES_BP[seller] };
  const vatNumber = parties.buyerVatNumber?.trim() ?? '';
  if (vatNumber !== '') return { kind: 'reverse-charge', rateBp: 0 };
  return { kind: 'seller-country', rateBp: STANDARD_VAT_RATES_BP[seller] };
}
