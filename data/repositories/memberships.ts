import { and, desc, eq, sql } from 'drizzle-orm';
import { botState } from '../schema/botState';
import { businesses, type BusinessStatus } from '../schema/businesses';
import { countries } from '../schema/countries';
import { legacyAccounts } from '../schema/legacy';
import { members } from '../schema/members';
import { memberships, type Membership, type PaymentMethod } from '../schema/memberships';
import { tiers } from '../schema/tiers';
import { preparedQuery } from '../prepared';
import { scoped } from '../transaction';
import { createEventLog } from './events';
import type { Db } from '../types';

/** The business a member acts for, with what joining CPS needs: country facts for currency, VAT and dates. */
export interface MembershipBusiness {
  readonly businessId: string;
  readonly status: BusinessStatus;
  readonly companyName: string;
  readonly address: string;
  readonly vatNumber: string | null;
  readonly contactEmail: string;
  readonly countryCode: string;
  /** The country's local currency (whether tiers are priced in it is up to `tier_prices`). */
  readonly currency: string;
  /** Standard VAT rate of the country, basis points. */
  readonly vatRateBp: number;
  readonly timeZone: string;
}

/** A membership with its tier's name. */
export interface MembershipRow extends Membership {
  readonly tierName: string;
}

export interface NewMembershipValues {
  readonly businessId: string;
  readonly tierCode: string;
  readonly membershipNumber: string;
  readonly previousMembershipNumber: string | null;
  readonly paymentMethod: PaymentMethod;
  readonly startedAt: Date;
  readonly validUntil: string;
}

export type CreateMembershipOutcome =
  | { readonly kind: 'created'; readonly membership: MembershipRow }
  /** The business already has an active membership (a double submit, or another member of the business was first). */
  | { readonly kind: 'existing'; readonly membership: MembershipRow }
  /** The membership number was taken (a random clash): try again with another one. */
  | { readonly kind: 'number-taken' };

/** The tier a member picked with `tier.select`, kept until they choose how to pay. */
export interface TierSelectionMemo {
  readonly tierCode: string;
  readonly at: string;
}

const businessColumns = {
  businessId: businesses.id,
  status: businesses.status,
  companyName: businesses.companyName,
  address: businesses.address,
  vatNumber: businesses.vatNumber,
  contactEmail: businesses.contactEmail,
  countryCode: businesses.countryCode,
  currency: countries.currency,
  vatRateBp: countries.vatRateBp,
  timeZone: countries.timeZone,
};

function selectionKey(memberId: string): string {
  return `membership/selection/${memberId}`;
}

/** CPS memberships of businesses (rules M5, M6) and who may act for them. */
export function createMembershipRepository(db: Db) {
  function selectMemberships() {
    return scoped(db)
      .select({ membership: memberships, tierName: tiers.name })
      .from(memberships)
      .innerJoin(tiers, eq(tiers.code, memberships.tierCode));
  }

  function row(result: { membership: Membership; tierName: string } | undefined): MembershipRow | undefined {
    return result ? { ...result.membership, tierName: result.tierName } : undefined;
  }

  async function active(businessId: string): Promise<MembershipRow | undefined> {
    const [found] = await selectMemberships().where(and(eq(memberships.businessId, businessId), eq(memberships.status, 'active')));
    return row(found);
  }

  const businessAndMembership = preparedQuery(db, 'member_business_membership', (db) =>
    db
      .select({ business: businessColumns, membership: memberships, tierName: tiers.name })
      .from(members)
      .innerJoin(businesses, eq(businesses.id, members.businessId))
      .innerJoin(countries, eq(countries.code, businesses.countryCode))
      .leftJoin(memberships, and(eq(memberships.businessId, businesses.id), eq(memberships.status, 'active')))
      .leftJoin(tiers, eq(tiers.code, memberships.tierCode))
      .where(eq(members.id, sql.placeholder('memberId'))),
  );

  return {
    /**
     * The business the member acts for with its active membership (undefined if none), in one
     * read: what every step of joining CPS starts from. Undefined while the member has no business.
     */
    async memberBusinessWithMembership(memberId: string): Promise<{ business: MembershipBusiness; active: MembershipRow | undefined } | undefined> {
      const [found] = await businessAndMembership({ memberId });
      if (!found) return undefined;
      const { business, membership, tierName } = found;
      return { business, active: membership && tierName !== null ? { ...membership, tierName } : undefined };
    },

    async business(businessId: string): Promise<MembershipBusiness | undefined> {
      const [found] = await scoped(db)
        .select(businessColumns)
        .from(businesses)
        .innerJoin(countries, eq(countries.code, businesses.countryCode))
        .where(eq(businesses.id, businessId));
      return found;
    },

    /** The members acting for a business (each gets the invoice in chat). */
    async memberIdsOf(businessId: string): Promise<string[]> {
      const rows = await scoped(db).select({ id: members.id }).from(members).where(eq(members.businessId, businessId));
      return rows.map((r) => r.id);
    },

    /** The business's active membership, if any (at most one: a partial unique index). */
    active,

    async byId(membershipId: string): Promise<MembershipRow | undefined> {
      const [found] = await selectMemberships().where(eq(memberships.id, membershipId));
      return row(found);
    },

    /**
     * Rule M6: the number the business had before — its latest earlier membership, else the number
     * of the old CPS account whose e-mail it gave at registration (legacy import). Null if none.
     */
    async previousNumber(businessId: string): Promise<string | null> {
      const [own] = await scoped(db)
        .select({ number: memberships.membershipNumber })
        .from(memberships)
        .where(eq(memberships.businessId, businessId))
        .orderBy(desc(memberships.startedAt))
        .limit(1);
      if (own) return own.number;
      const [legacy] = await scoped(db)
        .select({ number: legacyAccounts.membershipNumber })
        .from(businesses)
        .innerJoin(legacyAccounts, eq(legacyAccounts.email, businesses.oldCpsEmail))
        .where(eq(businesses.id, businessId));
      const number = legacy?.number?.trim();
      return number ? number : null;
    },

    /**
     * Starts an active membership (rule M5). Idempotent per business: when the business already has
     * an active membership (the partial unique index decides a race between two turns), that one is
     * returned and nothing is written.
     */
    async create(values: NewMembershipValues): Promise<CreateMembershipOutcome> {
      const existing = await active(values.businessId);
      if (existing) return { kind: 'existing', membership: existing };
      const [inserted] = await scoped(db)
        .insert(memberships)
        .values({ ...values, status: 'active' })
        .onConflictDoNothing()
        .returning({ id: memberships.id });
      if (inserted) {
        const [created] = await selectMemberships().where(eq(memberships.id, inserted.id));
        const membership = row(created);
        if (!membership) throw new Error(`membership ${inserted.id} vanished`);
        await createEventLog(db).forBusiness('joined', values.businessId, values.startedAt);
        return { kind: 'created', membership };
      }
      const raced = await active(values.businessId);
      return raced ? { kind: 'existing', membership: raced } : { kind: 'number-taken' };
    },

    /** Remembers the tier a member picked, so a `payment.submit` that carries only `method` still knows it. */
    async rememberSelection(memberId: string, tierCode: string, at: Date): Promise<void> {
      const data: Record<string, unknown> = { tierCode, at: at.toISOString() };
      await scoped(db)
        .insert(botState)
        .values({ key: selectionKey(memberId), data })
        .onConflictDoUpdate({ target: botState.key, set: { data, etag: sql`${botState.etag} + 1`, updatedAt: at } });
    },

    async recallSelection(memberId: string): Promise<TierSelectionMemo | undefined> {
      const [found] = await scoped(db).select({ data: botState.data }).from(botState).where(eq(botState.key, selectionKey(memberId)));
      const tierCode = found?.data['tierCode'];
      const at = found?.data['at'];
      return typeof tierCode === 'string' && typeof at === 'string' ? { tierCode, at } : undefined;
    },

    async forgetSelection(memberId: string): Promise<void> {
      await scoped(db).delete(botState).where(eq(botState.key, selectionKey(memberId)));
    },
  };
}

export type MembershipRepository = ReturnType<typeof createMembershipRepository>;
