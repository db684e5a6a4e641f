import { createCatalogueRepository, type CatalogueRepository } from '../../data/repositories/catalogue';
import { createInvoiceRepository, type InvoiceRepository } from '../../data/repositories/invoices';
import { createMembershipRepository, type MembershipBusiness, type MembershipRepository } from '../../data/repositories/memberships';
import { createPaymentRepository, type PaymentRepository } from '../../data/repositories/payments';
import { createProductRepository, type ProductRepository } from '../../data/repositories/products';
import { createTierRepository, type TierRepository } from '../../data/repositories/tiers';
import type { TierPrice } from '../../data/schema/tiers';
import { formatDate, formatMoney, formatVatRate, pickPrice, quote, type Quote } from '../../domain/billing';
import { intlLocale, type Language } from '../../locales';
import type { Services } from '../index';
import { standingOf } from '../standing';
import { createSandboxPaymentProvider, type HostedCardVault, type PaymentProvider } from './paymentProvider';

/** What every step of the membership journey works with. */
export interface MembershipContext {
  readonly services: Services;
  readonly tiers: TierRepository;
  readonly memberships: MembershipRepository;
  readonly invoices: InvoiceRepository;
  readonly payments: PaymentRepository;
  readonly products: ProductRepository;
  readonly catalogue: CatalogueRepository;
  readonly provider: PaymentProvider;
}

/** The sandbox is the only provider so far; one instance serves the journey and the hosted page. */
let sandbox: (PaymentProvider & HostedCardVault) | undefined;
export function paymentProvider(): PaymentProvider & HostedCardVault {
  sandbox ??= createSandboxPaymentProvider();
  return sandbox;
}

export function createMembershipContext(services: Services): MembershipContext {
  return {
    services,
    tiers: createTierRepository(services.db),
    memberships: createMembershipRepository(services.db),
    invoices: createInvoiceRepository(services.db),
    payments: createPaymentRepository(services.db),
    products: createProductRepository(services.db),
    catalogue: createCatalogueRepository(services.db),
    provider: paymentProvider(),
  };
}

/** The points total of a business: the sum over its complete registrations (never a stored counter). */
export async function pointsOf(ctx: MembershipContext, businessId: string): Promise<number> {
  return (await standingOf(ctx, businessId)).total;
}

/** The quote for a tier for this business (its country's currency if priced, else EUR; its VAT rate). */
export function quoteFor(business: MembershipBusiness, prices: readonly TierPrice[], tierCode: string): Quote | undefined {
  const price = pickPrice(
    prices.filter((p) => p.tierCode === tierCode),
    business.currency,
  );
  return price ? quote(price, business.vatRateBp) : undefined;
}

/** Money, rates and dates in one language's Intl locale. */
export function formatterFor(language: Language) {
  const locale = intlLocale[language];
  return {
    money: (minor: number, currency: string) => formatMoney(minor, currency, locale),
    rate: (vatRateBp: number) => formatVatRate(vatRateBp, locale),
    date: (date: string) => formatDate(date, locale),
  };
}
