import { invoiceNumber as billingInvoiceNumber } from '../../domain/billing';
import { generateMembershipNumber, membershipCode } from '../../domain/membershipNumber';
import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Database } from '../../data/database';
import { applications, businesses, invoices, members, memberships, registeredProducts } from '../../data/schema';

export interface OnboardedMember {
  readonly businessId: string;
  readonly membershipNumber: string;
  readonly invoiceNumber: string;
}

const suffix = () => randomBytes(3).toString('hex').toUpperCase();

/**
 * A member far along the journey, written straight into the database as the other journeys would
 * leave it: an approved application, two registered products (one without a dealer), an active Gold
 * membership that replaced an older number, and an open invoice in euros.
 */
export async function seedOnboardedMember(database: Database, channelUserId: string, country = 'NL'): Promise<OnboardedMember> {
  const db = database.db;
  const [member] = await db.select({ id: members.id }).from(members).where(eq(members.channelUserId, channelUserId));
  if (!member) throw new Error(`no member ${channelUserId}`);
  const [business] = await db
    .insert(businesses)
    .values({ companyName: 'Studio Lichtval B.V.', address: 'Keizersgracht 100, 1015 AA Amsterdam', countryCode: country, vatRegistered: true, vatNumber: 'NL123456789B01', contactEmail: 'studio@example.nl' })
    .returning({ id: businesses.id });
  if (!business) throw new Error('no business');
  await db.update(members).set({ businessId: business.id }).where(eq(members.id, member.id));
  await db.insert(applications).values({
    reference: `APP-${suffix()}`,
    memberId: member.id,
    countryCode: country,
    companyName: 'Studio Lichtval B.V.',
    address: 'Keizersgracht 100, 1015 AA Amsterdam',
    vatRegistered: true,
    vatNumber: 'NL123456789B01',
    documentType: 'vat-certificate',
    authorised: true,
    contactEmail: 'studio@example.nl',
    status: 'approved',
    submittedAt: new Date('2026-03-02T09:00:00Z'),
    expectedDecisionDate: '2026-03-04',
    decidedAt: new Date('2026-03-03T10:00:00Z'),
    decidedBy: 'backoffice',
    businessId: business.id,
  });
  const serial = String(1_000_000_000 + (randomBytes(4).readUInt32BE() % 8_999_999_999)).slice(0, 10);
  // One after the other: the dashboard lists products in the order they were registered.
  await db.insert(registeredProducts).values({ businessId: business.id, modelId: 'eos-r5', serialNumber: `${serial}01`, purchaseDate: '2024-02-10', purchaseCountry: country, dealer: 'Kamera Express' });
  await db.insert(registeredProducts).values({ businessId: business.id, modelId: 'eos-r3', serialNumber: `${serial}02`, purchaseDate: '2023-11-03', purchaseCountry: country, dealer: null });
  const membershipNumber = generateMembershipNumber(country);
  const [membership] = await db
    .insert(memberships)
    .values({ businessId: business.id, tierCode: 'gold', membershipNumber, previousMembershipNumber: 'CPS-OLD-4711', paymentMethod: 'bank-transfer', status: 'active', validUntil: '2027-03-14' })
    .returning({ id: memberships.id });
  if (!membership) throw new Error('no membership');
  // Real numbers: the payment reference on the invoice PDF is computed from them.
  const invoiceNumber = billingInvoiceNumber(membershipCode(membershipNumber), '2026-03-15');
  await db.insert(invoices).values({
    invoiceNumber,
    membershipId: membership.id,
    currency: 'EUR',
    netAmountMinor: 19_900,
    vatRateBp: 2100,
    vatAmountMinor: 4179,
    grossAmountMinor: 24_079,
    issueDate: '2026-03-15',
    dueDate: '2026-04-14',
    status: 'issued',
  });
  return { businessId: business.id, membershipNumber, invoiceNumber };
}
