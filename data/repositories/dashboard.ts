import { and, desc, eq, sql } from 'drizzle-orm';
import { businesses } from '../schema/businesses';
import { conversationRefs, members } from '../schema/members';
import { invoices, memberships } from '../schema/memberships';
import { tiers } from '../schema/tiers';
import { scoped } from '../transaction';
import type { Db } from '../types';
import type { Application } from '../schema/businesses';
import { createApplicationRepository } from './applications';
import { createCatalogueRepository } from './catalogue';
import { createProductRepository, type ProductRow } from './products';
import type { TierThreshold } from '../../domain/points';

export interface DashboardBusiness {
  readonly companyName: string;
  readonly countryCode: string;
  readonly status: 'active' | 'suspended' | 'closed';
}

export interface DashboardMembership {
  readonly membershipNumber: string;
  readonly previousMembershipNumber: string | null;
  readonly tierCode: string;
  readonly tierName: string;
  readonly status: 'pending' | 'active' | 'expired' | 'cancelled';
  readonly validUntil: string;
  readonly paymentMethod: 'card' | 'bank-transfer';
}

export interface DashboardInvoice {
  readonly id: string;
  readonly invoiceNumber: string;
  readonly currency: string;
  readonly grossAmountMinor: number;
  readonly issueDate: string;
  readonly dueDate: string;
  readonly status: 'issued' | 'paid' | 'overdue';
}

/** Everything the "My CPS" tab shows for one member, read in one go. */
export interface DashboardData {
  readonly memberId: string;
  readonly language: 'en' | 'da' | 'sv' | 'nl' | null;
  readonly application: Application | null;
  readonly business: DashboardBusiness | null;
  readonly products: readonly ProductRow[];
  readonly tiers: readonly TierThreshold[];
  readonly membership: DashboardMembership | null;
  readonly invoices: readonly DashboardInvoice[];
}

const MEMBERSHIP_PREFERENCE = sql`case ${memberships.status} when 'active' then 0 when 'pending' then 1 else 2 end`;
const MAX_INVOICES = 24;
const MAX_PRODUCTS = 500;

/**
 * Read-only queries for the member dashboard (the Teams tab). Every query is keyed by the member
 * id the caller has authenticated, so one member's token can only ever read that member's rows.
 */
export function createDashboardRepository(db: Db) {
  const applications = createApplicationRepository(db);
  const catalogue = createCatalogueRepository(db);
  const products = createProductRepository(db);

  return {
    /** The dashboard of a member, or undefined when no such member exists. Tolerates every part being empty. */
    async forMember(memberId: string): Promise<DashboardData | undefined> {
      const ex = scoped(db);
      const [member] = await ex
        .select({ id: members.id, language: members.language, businessId: members.businessId })
        .from(members)
        .where(eq(members.id, memberId));
      if (!member) return undefined;

      const application = await applications.latestFor(memberId);
      const tierRows = await catalogue.tiers();

      const businessId = member.businessId;
      if (!businessId) {
        return { memberId, language: member.language, application: application ?? null, business: null, products: [], tiers: tierRows, membership: null, invoices: [] };
      }

      const [business] = await ex
        .select({ companyName: businesses.companyName, countryCode: businesses.countryCode, status: businesses.status })
        .from(businesses)
        .where(eq(businesses.id, businessId));

      const registrations = (await products.list(businessId)).slice(0, MAX_PRODUCTS);

      const [membership] = await ex
        .select({
          membershipNumber: memberships.membershipNumber,
          previousMembershipNumber: memberships.previousMembershipNumber,
          tierCode: memberships.tierCode,
          tierName: tiers.name,
          status: memberships.status,
          validUntil: memberships.validUntil,
          paymentMethod: memberships.paymentMethod,
        })
        .from(memberships)
        .innerJoin(tiers, eq(tiers.code, memberships.tierCode))
        .where(eq(memberships.businessId, businessId))
        .orderBy(MEMBERSHIP_PREFERENCE, desc(memberships.startedAt))
        .limit(1);

      const invoiceRows = await ex
        .select({
          id: invoices.id,
          invoiceNumber: invoices.invoiceNumber,
          currency: invoices.currency,
          grossAmountMinor: invoices.grossAmountMinor,
          issueDate: invoices.issueDate,
          dueDate: invoices.dueDate,
          status: invoices.status,
        })
        .from(invoices)
        .innerJoin(memberships, eq(memberships.id, invoices.membershipId))
        .where(eq(memberships.businessId, businessId))
        .orderBy(desc(invoices.issueDate), desc(invoices.invoiceNumber))
        .limit(MAX_INVOICES);

      return {
        memberId,
        language: member.language,
        application: application ?? null,
        business: business ?? null,
        products: registrations,
        tiers: tierRows,
        membership: membership
          ? {
              membershipNumber: membership.membershipNumber,
              previousMembershipNumber: membership.previousMembershipNumber,
              tierCode: membership.tierCode,
              tierName: membership.tierName,
              status: membership.status,
              validUntil: membership.validUntil,
              paymentMethod: membership.paymentMethod,
            }
          : null,
        invoices: invoiceRows,
      };
    },

    /**
     * The member a Microsoft Teams user is, by the Entra ID object id (`oid`) of a verified SSO token:
     * the Teams conversation reference stored for the member carries `user.aadObjectId`. The most
     * recently active one wins when the same person has several.
     */
    async memberIdByAadObjectId(aadObjectId: string): Promise<string | undefined> {
      const [row] = await scoped(db)
        .select({ memberId: conversationRefs.memberId })
        .from(conversationRefs)
        .where(and(eq(conversationRefs.channelId, 'msteams'), sql`${conversationRefs.reference} -> 'user' ->> 'aadObjectId' = ${aadObjectId}`))
        .orderBy(desc(conversationRefs.updatedAt))
        .limit(1);
      return row?.memberId;
    },
  };
}

export type DashboardRepository = ReturnType<typeof createDashboardRepository>;
