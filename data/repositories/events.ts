import { sql } from 'drizzle-orm';
import { rowsOf } from '../database';
import type { FunnelStep } from '../../domain/funnel';
import { scoped } from '../transaction';
import type { Db } from '../types';

/** The pseudonymous subject of a member's events (SQL; the same expression everywhere). */
const subjectOf = (memberId: ReturnType<typeof sql>) => sql`encode(sha256(convert_to('funnel:' || (${memberId})::text, 'UTF8')), 'hex')`;

export interface FunnelEvent {
  readonly subject: string;
  readonly kind: FunnelStep;
  readonly at: Date;
}

/**
 * Funnel events: the first time a member reaches a step (later repeats are ignored). Joins the
 * caller's transaction. Business-level steps are recorded for every member acting for the business.
 */
export function createEventLog(db: Db) {
  return {
    /** A member-level step; `locale` is the language of the turn when known, else the member's chosen one. */
    async forMember(kind: FunnelStep, memberId: string, at: Date | undefined, extra: { locale?: string | null; country?: string | null } = {}): Promise<void> {
      await scoped(db).execute(sql`
        insert into events (kind, subject, at, locale, country)
        select ${kind}, ${subjectOf(sql`m.id`)}, coalesce(${at?.toISOString() ?? null}::timestamptz, now()),
               coalesce(${extra.locale ?? null}::language, m.language), coalesce(${extra.country ?? null}, b.country_code)
        from members m left join businesses b on b.id = m.business_id
        where m.id = ${memberId}::uuid
        on conflict (kind, subject) do nothing`);
    },

    /** A business-level step, for every member of the business. */
    async forBusiness(kind: FunnelStep, businessId: string, at?: Date): Promise<void> {
      await scoped(db).execute(sql`
        insert into events (kind, subject, at, locale, country)
        select ${kind}, ${subjectOf(sql`m.id`)}, coalesce(${at?.toISOString() ?? null}::timestamptz, now()), m.language, b.country_code
        from members m join businesses b on b.id = m.business_id
        where b.id = ${businessId}::uuid
        on conflict (kind, subject) do nothing`);
    },

    /** The step of an invoice's business being paid. */
    async forInvoicePaid(invoiceId: string, at?: Date): Promise<void> {
      await scoped(db).execute(sql`
        insert into events (kind, subject, at, locale, country)
        select 'paid', ${subjectOf(sql`m.id`)}, coalesce(${at?.toISOString() ?? null}::timestamptz, now()), m.language, b.country_code
        from invoices i join memberships ms on ms.id = i.membership_id
        join businesses b on b.id = ms.business_id join members m on m.business_id = b.id
        where i.id = ${invoiceId}::uuid
        on conflict (kind, subject) do nothing`);
    },

    /**
     * Every event of the members who started in [from, to) (the cohort), optionally only those who
     * started in a language and (any step) in a country.
     */
    async cohort(filter: { from: Date; to: Date; locale?: string; country?: string }): Promise<FunnelEvent[]> {
      const rows = rowsOf<{ subject: string; kind: FunnelStep; at: Date | string }>(
        await scoped(db).execute(sql`
          select e.subject, e.kind, e.at from events e
          where e.subject in (
            select s.subject from events s
            where s.kind = 'started' and s.at >= ${filter.from.toISOString()}::timestamptz and s.at < ${filter.to.toISOString()}::timestamptz
              ${filter.locale ? sql`and s.locale = ${filter.locale}::language` : sql``}
              ${filter.country ? sql`and exists (select 1 from events c where c.subject = s.subject and c.country = ${filter.country})` : sql``})
          order by e.subject, e.at`),
      );
      return rows.map((r) => ({ subject: r.subject, kind: r.kind, at: new Date(r.at) }));
    },
  };
}

export type EventLog = ReturnType<typeof createEventLog>;
