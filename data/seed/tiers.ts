import type { CurrencyCode, Tier, TierPrice } from '../schema';

/** docs/domain.md ("Our own choices"): Silver ≥ 500, Gold ≥ 1,000, Platinum ≥ 2,000; Corporate needs more than 2,500. */
export const tierSeed: readonly Tier[] = [
  { code: 'silver', name: 'Silver', kind: 'individual', minPoints: 500, sortOrder: 1 },
  { code: 'gold', name: 'Gold', kind: 'individual', minPoints: 1000, sortOrder: 2 },
  { code: 'platinum', name: 'Platinum', kind: 'individual', minPoints: 2000, sortOrder: 3 },
  { code: 'corporate', name: 'Corporate', kind: 'corporate', minPoints: 2501, sortOrder: 4 },
];

const pricedCurrencies = ['EUR', 'DKK', 'SEK'] as const satisfies readonly CurrencyCode[];
type PricedCurrency = (typeof pricedCurrencies)[number];

/** Annual fees (net of VAT) in whole units; other currencies fall back to EUR. */
const annualFees: Readonly<Record<string, Record<PricedCurrency, number>>> = {
  silver: { EUR: 99, DKK: 745, SEK: 1095 },
  gold: { EUR: 199, DKK: 1495, SEK: 2195 },
  platinum: { EUR: 299, DKK: 2245, SEK: 3295 },
  corporate: { EUR: 599, DKK: 4495, SEK: 6595 },
};

export const tierPriceSeed: readonly TierPrice[] = Object.entries(annualFees).flatMap(([tierCode, fees]) =>
  pricedCurrencies.map((currency) => ({ tierCode, currency, annualFeeMinor: fees[currency] * 100 })),
);
