import { and, asc, desc, eq, gt, inArray, isNotNull, isNull, sql, type SQL } from 'drizzle-orm';
import { rowsOf } from '../database';
import { applications, businesses } from '../schema/businesses';
import type { Language } from '../schema/common';
import { countries } from '../schema/countries';
import { members } from '../schema/members';
import { memberships } from '../schema/memberships';
import {
  agents,
  supportCases,
  supportMessages,
  type MessageSender,
  type SupportCase,
  type SupportCaseStatus,
  type SupportMessage,
} from '../schema/support';
import { tiers } from '../schema/tiers';
import type { Application } from '../schema/businesses';
import { createApplicationRepository } from './applications';
import { createProductRepository, type ProductRow } from './products';
import { createTierRepository } from './tiers';
import { scoped } from '../transaction';
import type { Db } from '../types';

/** Advisory-lock key under which every change to the queue runs, so position updates see a stable queue. */
const QUEUE_LOCK_KEY = 72_413_007;

/** A waiting case with what the queue is ordered by and what an agent sees in the list. */
export interface QueuedCase {
  readonly caseId: string;
  readonly memberId: string;
  readonly memberName: string | null;
  readonly language: Language;
  readonly reason: string | null;
  readonly queuedAt: Date;
  /** The tier's sort order for members with an active CPS membership, else 0. */
  readonly tierRank: number;
  readonly tierCode: string | null;
}

/** A case with the names an agent sees. */
export interface CaseDetail extends SupportCase {
  readonly memberName: string | null;
  readonly agentName: string | null;
}

/** What the member's onboarding looks like in the tables (any part may be missing). */
export interface OnboardingFacts {
  readonly member: { readonly id: string; readonly displayName: string | null; readonly channelId: string; readonly language: Language | null } | undefined;
  readonly application: Application | undefined;
  readonly business: { readonly id: string; readonly companyName: string; readonly countryCode: string; readonly oldCpsEmailGiven: boolean } | undefined;
  readonly products: readonly ProductRow[];
  readonly membership:
    | { readonly tierCode: string; readonly tierName: string; readonly paymentMethod: string; readonly status: string; readonly membershipNumber: string; readonly validUntil: string }
    | undefined;
  readonly tiers: readonly { readonly code: string; readonly name: string; readonly minPoints: number; readonly sortOrder: number }[];
}

/** The business a member acts for: the member's own link, else the business of an approved application. */
function businessIdOf(memberId: SQL | string): SQL {
  return sql`coalesce(
    (select ${members.businessId} from ${members} where ${members.id} = ${memberId}),
    (select ${applications.businessId} from ${applications}
      where ${applications.memberId} = ${memberId} and ${applications.businessId} is not null
      order by ${applications.decidedAt} desc nulls last limit 1))`;
}

/** Support cases and their transcripts. Every query joins the caller's transaction. */
export function createSupportRepository(db: Db) {
  const applicationsOf = createApplicationRepository(db);
  const products = createProductRepository(db);
  const tierCatalogue = createTierRepository(db);

  return {
    /** Serialises queue changes across processes until the transaction ends. */
    async lockQueue(): Promise<void> {
      await scoped(db).execute(sql`select pg_advisory_xact_lock(${QUEUE_LOCK_KEY})`);
    },

    /** The member's queued or active case, if any (there is at most one). */
    async openCaseOf(memberId: string): Promise<SupportCase | undefined> {
      const [row] = await scoped(db)
        .select()
        .from(supportCases)
        .where(and(eq(supportCases.memberId, memberId), inArray(supportCases.status, ['queued', 'active'])));
      return row;
    },

    /**
     * Opens a case, or returns the member's open one (the database allows one per member, so two
     * requests at once cannot open two). `created` tells which.
     */
    async open(values: { memberId: string; language: Language; reason: string | null; snapshot: Record<string, unknown>; now: Date }): Promise<{ supportCase: SupportCase; created: boolean }> {
      const [row] = await scoped(db)
        .insert(supportCases)
        .values({
          memberId: values.memberId,
          language: values.language,
          reason: values.reason,
          snapshot: values.snapshot,
          queuedAt: values.now,
          lastMemberActivityAt: values.now,
        })
        .onConflictDoNothing()
        .returning();
      if (row) return { supportCase: row, created: true };
      const existing = await this.openCaseOf(values.memberId);
      if (!existing) throw new Error('support case neither created nor found');
      return { supportCase: existing, created: false };
    },

    async byId(caseId: string): Promise<SupportCase | undefined> {
      const [row] = await scoped(db).select().from(supportCases).where(eq(supportCases.id, caseId));
      return row;
    },

    /** The case with member and agent names. */
    async detail(caseId: string): Promise<CaseDetail | undefined> {
      const [row] = await scoped(db)
        .select({ supportCase: supportCases, memberName: members.displayName, agentName: agents.displayName })
        .from(supportCases)
        .innerJoin(members, eq(members.id, supportCases.memberId))
        .leftJoin(agents, eq(agents.id, supportCases.agentId))
        .where(eq(supportCases.id, caseId));
      return row ? { ...row.supportCase, memberName: row.memberName, agentName: row.agentName } : undefined;
    },

    /** Every waiting case with its tier rank (order them with `orderQueue`). */
    async queued(): Promise<QueuedCase[]> {
      const rows = await scoped(db)
        .select({
          caseId: supportCases.id,
          memberId: supportCases.memberId,
          memberName: members.displayName,
          language: supportCases.language,
          reason: supportCases.reason,
          queuedAt: supportCases.queuedAt,
          tierRank: sql<number>`coalesce(max(${tiers.sortOrder}), 0)::int`,
          tierCode: sql<string | null>`(array_agg(${tiers.code} order by ${tiers.sortOrder} desc))[1]`,
        })
        .from(supportCases)
        .innerJoin(members, eq(members.id, supportCases.memberId))
        .leftJoin(memberships, and(eq(memberships.businessId, businessIdOf(sql`${supportCases.memberId}`)), eq(memberships.status, 'active')))
        .leftJoin(tiers, eq(tiers.code, memberships.tierCode))
        .where(eq(supportCases.status, 'queued'))
        .groupBy(supportCases.id, members.displayName);
      return rows.map((row) => ({ ...row, tierRank: Number(row.tierRank) }));
    },

    /** Active cases an agent owns, oldest claim first. */
    async activeOf(agentId: string): Promise<CaseDetail[]> {
      const rows = await scoped(db)
        .select({ supportCase: supportCases, memberName: members.displayName, agentName: agents.displayName })
        .from(supportCases)
        .innerJoin(members, eq(members.id, supportCases.memberId))
        .leftJoin(agents, eq(agents.id, supportCases.agentId))
        .where(and(eq(supportCases.agentId, agentId), eq(supportCases.status, 'active')))
        .orderBy(asc(supportCases.claimedAt));
      return rows.map((row) => ({ ...row.supportCase, memberName: row.memberName, agentName: row.agentName }));
    },

    /**
     * Gives a waiting case to an agent. A conditional update: of two agents claiming at once,
     * exactly one gets the row; the other gets undefined.
     */
    async claim(caseId: string, agentId: string, now: Date): Promise<SupportCase | undefined> {
      const [row] = await scoped(db)
        .update(supportCases)
        .set({ status: 'active', agentId, claimedAt: now })
        .where(and(eq(supportCases.id, caseId), eq(supportCases.status, 'queued')))
        .returning();
      return row;
    },

    /**
     * Ends an open case. `from` limits which statuses may end (e.g. only `active`); `agentId`, when
     * given, must own it. Undefined when the case was not in that state (someone else ended it).
     */
    async end(
      caseId: string,
      change: { status: Extract<SupportCaseStatus, 'closed' | 'cancelled'>; resolution: string; now: Date; from: readonly SupportCaseStatus[]; agentId?: string },
    ): Promise<SupportCase | undefined> {
      const conditions = [eq(supportCases.id, caseId), inArray(supportCases.status, [...change.from])];
      if (change.agentId !== undefined) conditions.push(eq(supportCases.agentId, change.agentId));
      const [row] = await scoped(db)
        .update(supportCases)
        .set({ status: change.status, resolution: change.resolution, closedAt: change.now })
        .where(and(...conditions))
        .returning();
      return row;
    },

    async addMessage(message: { caseId: string; sender: MessageSender; text: string; agentId?: string; at: Date }): Promise<SupportMessage> {
      const [row] = await scoped(db)
        .insert(supportMessages)
        .values({ caseId: message.caseId, sender: message.sender, text: message.text, agentId: message.agentId ?? null, createdAt: message.at })
        .returning();
      if (!row) throw new Error('support message not stored');
      if (message.sender === 'member') {
        await scoped(db).update(supportCases).set({ lastMemberActivityAt: message.at }).where(eq(supportCases.id, message.caseId));
      } else if (message.sender === 'agent') {
        await scoped(db).update(supportCases).set({ lastAgentActivityAt: message.at }).where(eq(supportCases.id, message.caseId));
      }
      return row;
    },

    /** The transcript in order; with `since`, only messages written at or after it. */
    async messages(caseId: string, options: { since?: Date; limit?: number } = {}): Promise<SupportMessage[]> {
      const conditions = [eq(supportMessages.caseId, caseId)];
      if (options.since) conditions.push(sql`${supportMessages.createdAt} >= ${options.since.toISOString()}`);
      return scoped(db)
        .select()
        .from(supportMessages)
        .where(and(...conditions))
        .orderBy(asc(supportMessages.createdAt), asc(supportMessages.id))
        .limit(options.limit ?? 500);
    },

    async countMessages(caseId: string, sender: MessageSender): Promise<number> {
      const [row] = await scoped(db)
        .select({ n: sql<number>`count(*)::int` })
        .from(supportMessages)
        .where(and(eq(supportMessages.caseId, caseId), eq(supportMessages.sender, sender)));
      return Number(row?.n ?? 0);
    },

    /** Stores a rating once; false when the case is not the member's, not closed, or already rated. */
    async rate(caseId: string, memberId: string, rating: number): Promise<boolean> {
      const rows = await scoped(db)
        .update(supportCases)
        .set({ csatRating: rating })
        .where(
          and(
            eq(supportCases.id, caseId),
            eq(supportCases.memberId, memberId),
            inArray(supportCases.status, ['closed']),
            isNull(supportCases.csatRating),
          ),
        )
        .returning({ id: supportCases.id });
      return rows.length > 0;
    },

    /** The member's most recently closed case (to rate). */
    async lastClosedOf(memberId: string): Promise<SupportCase | undefined> {
      const [row] = await scoped(db)
        .select()
        .from(supportCases)
        .where(and(eq(supportCases.memberId, memberId), eq(supportCases.status, 'closed')))
        .orderBy(desc(supportCases.closedAt))
        .limit(1);
      return row;
    },

    /** Earlier cases of the member, newest first (context for the agent). */
    async historyOf(memberId: string, exceptCaseId: string, limit = 5): Promise<SupportCase[]> {
      return scoped(db)
        .select()
        .from(supportCases)
        .where(and(eq(supportCases.memberId, memberId), sql`${supportCases.id} <> ${exceptCaseId}`))
        .orderBy(desc(supportCases.queuedAt))
        .limit(limit);
    },

    async setSnapshot(caseId: string, snapshot: Record<string, unknown>): Promise<void> {
      await scoped(db).update(supportCases).set({ snapshot }).where(eq(supportCases.id, caseId));
    },

    /** Mean minutes from claim to close over the last `sample` closed cases; undefined without history. */
    async averageHandleMinutes(sample = 20): Promise<number | undefined> {
      const result = await scoped(db).execute(sql`
        select avg(extract(epoch from (closed_at - claimed_at)) / 60.0)::float8 as minutes from (
          select closed_at, claimed_at from support_cases
          where status = 'closed' and claimed_at is not null and closed_at is not null
          order by closed_at desc limit ${sample}) recent`);
      const minutes = rowsOf<{ minutes: number | string | null }>(result)[0]?.minutes;
      return minutes === null || minutes === undefined ? undefined : Number(minutes);
    },

    /** The country whose support hours apply to a member: their business's, else their application's. */
    async countryOf(memberId: string): Promise<string | undefined> {
      const [business] = await scoped(db)
        .select({ code: businesses.countryCode })
        .from(businesses)
        .where(eq(businesses.id, businessIdOf(memberId)));
      if (business) return business.code;
      const [application] = await scoped(db)
        .select({ code: applications.countryCode })
        .from(applications)
        .where(and(eq(applications.memberId, memberId), isNotNull(applications.countryCode)))
        .orderBy(desc(applications.updatedAt))
        .limit(1);
      return application?.code ?? undefined;
    },

    /** Support hours of a country from the `countries` table. */
    async supportHours(countryCode: string): Promise<{ timeZone: string; opensAt: string; closesAt: string; weekdays: number[] } | undefined> {
      const [row] = await scoped(db)
        .select({ timeZone: countries.timeZone, opensAt: countries.supportOpensAt, closesAt: countries.supportClosesAt, weekdays: countries.supportWeekdays })
        .from(countries)
        .where(eq(countries.code, countryCode));
      return row;
    },

    /** Everything the onboarding tables hold about a member, for the agent's snapshot. */
    async onboardingFacts(memberId: string): Promise<OnboardingFacts> {
      const ex = scoped(db);
      const [member] = await ex
        .select({ id: members.id, displayName: members.displayName, channelId: members.channelId, language: members.language })
        .from(members)
        .where(eq(members.id, memberId));
      const application = await applicationsOf.latestFor(memberId);
      const [business] = await ex
        .select({ id: businesses.id, companyName: businesses.companyName, countryCode: businesses.countryCode, oldCpsEmailGiven: sql<boolean>`${businesses.oldCpsEmail} is not null` })
        .from(businesses)
        .where(eq(businesses.id, businessIdOf(memberId)));
      const registrations = business ? await products.list(business.id) : [];
      const [membership] = business
        ? await ex
            .select({
              tierCode: memberships.tierCode,
              tierName: tiers.name,
              paymentMethod: memberships.paymentMethod,
              status: memberships.status,
              membershipNumber: memberships.membershipNumber,
              validUntil: memberships.validUntil,
            })
            .from(memberships)
            .innerJoin(tiers, eq(tiers.code, memberships.tierCode))
            .where(eq(memberships.businessId, business.id))
            .orderBy(sql`${memberships.status} = 'active' desc`, desc(memberships.createdAt))
            .limit(1)
        : [];
      return { member, application, business, products: registrations, membership, tiers: await tierCatalogue.catalogue() };
    },

    /** Cases closed or cancelled after `since` (the console's recent list). */
    async recentlyEndedBy(agentId: string, since: Date): Promise<SupportCase[]> {
      return scoped(db)
        .select()
        .from(supportCases)
        .where(and(eq(supportCases.agentId, agentId), inArray(supportCases.status, ['closed', 'cancelled']), gt(supportCases.closedAt, since)))
        .orderBy(desc(supportCases.closedAt))
        .limit(20);
    },
  };
}

export type SupportRepository = ReturnType<typeof createSupportRepository>;
