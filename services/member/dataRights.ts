import { createHmac, timingSafeEqual } from 'node:crypto';
import { createMemberDataRepository, type ErasureCounts, type MemberDataTables } from '../../data/repositories/memberData';
import type { Db } from '../../data/types';
import { accountingKeptUntil, accountingRetentionYears } from '../../domain/retention';

/** How long a data-export link works. */
export const EXPORT_LINK_SECONDS = 24 * 60 * 60;
/** The export route; `{memberId}` is replaced. */
export const EXPORT_PATH = '/api/member-data';

/** A member's data as the export file carries it (GDPR art. 15 and 20). */
export interface MemberExport {
  readonly format: 'cps-member-data/1';
  readonly memberId: string;
  readonly generatedAt: string;
  /** A readable summary: what we hold, per category, in the member's words. */
  readonly summary: Readonly<Record<string, number>>;
  /** Consents and declarations the member gave, with when. */
  readonly consents: readonly { readonly what: string; readonly given: boolean; readonly at: string | null }[];
  /** Every row stored about the member, per table. */
  readonly tables: MemberDataTables;
}

/** What an erasure did, and what is kept for how long (told to the member). */
export interface ErasureReport extends ErasureCounts {
  /** Years invoices and payments are kept (DK 5, SE and NL 7). */
  readonly accountingYears: number;
  /** YYYY-MM-DD until which they are kept. */
  readonly keptUntil: string;
}

export type LinkCheck = 'valid' | 'expired' | 'invalid';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function countOf(tables: MemberDataTables, table: string): number {
  return tables[table]?.length ?? 0;
}

/**
 * The member's data rights: an export served by a signed link valid 24 hours (HMAC-SHA256 over
 * member id and expiry; the file is built when the link is opened, so it always shows what is
 * stored then), and erasure with what is kept for accounting.
 */
export function createDataRights(db: Db, options: { readonly key: Uint8Array; readonly publicUrl: string }) {
  const data = createMemberDataRepository(db);
  const sign = (memberId: string, expires: number) => createHmac('sha256', options.key).update(`${memberId}.${expires}`).digest('base64url');

  return {
    /** A link to the member's export, valid 24 h from `now`. */
    exportLink(memberId: string, now: Date): { readonly url: string; readonly expiresAt: Date } {
      const expires = Math.floor(now.getTime() / 1000) + EXPORT_LINK_SECONDS;
      return { url: `${options.publicUrl}${EXPORT_PATH}/${memberId}?expires=${expires}&sig=${sign(memberId, expires)}`, expiresAt: new Date(expires * 1000) };
    },

    /** Checks a link's member id, expiry and signature (untrusted query values). */
    checkLink(memberId: unknown, expires: unknown, signature: unknown, now: Date): LinkCheck {
      if (typeof memberId !== 'string' || !UUID.test(memberId) || typeof expires !== 'string' || !/^\d{1,12}$/.test(expires) || typeof signature !== 'string') return 'invalid';
      const expected = Buffer.from(sign(memberId, Number(expires)));
      const given = Buffer.from(signature);
      if (expected.length !== given.length || !timingSafeEqual(expected, given)) return 'invalid';
      return Number(expires) * 1000 < now.getTime() ? 'expired' : 'valid';
    },

    /** Everything stored about the member; undefined when there is no such member. Joins the caller's transaction. */
    async exportOf(memberId: string, now: Date): Promise<MemberExport | undefined> {
      const tables = await data.export(memberId);
      if (!tables) return undefined;
      const applications = (tables['applications'] ?? []) as readonly { authorised?: unknown; submittedAt?: unknown }[];
      const members = (tables['members'] ?? []) as readonly { language?: unknown; updatedAt?: unknown }[];
      const iso = (value: unknown) => (value instanceof Date ? value.toISOString() : typeof value === 'string' ? value : null);
      return {
        format: 'cps-member-data/1',
        memberId,
        generatedAt: now.toISOString(),
        summary: {
          applications: countOf(tables, 'applications'),
          documents: countOf(tables, 'application_documents'),
          businesses: countOf(tables, 'businesses'),
          products: countOf(tables, 'registered_products'),
          memberships: countOf(tables, 'memberships'),
          invoices: countOf(tables, 'invoices'),
          payments: countOf(tables, 'payments'),
          supportCases: countOf(tables, 'support_cases'),
          supportMessages: countOf(tables, 'support_messages'),
          emails: countOf(tables, 'outbox_emails'),
        },
        consents: [
          ...applications.map((a) => ({ what: 'authorised-to-give-company-details', given: a.authorised === true, at: iso(a.submittedAt) })),
          ...members.filter((m) => m.language !== null && m.language !== undefined).map((m) => ({ what: `language:${String(m.language)}`, given: true, at: iso(m.updatedAt) })),
        ],
        tables,
      };
    },

    /** Erases the member's personal data (see data/repositories/memberData.ts). Joins the caller's transaction. */
    async erase(memberId: string, now: Date, options: { readonly currentConversationId?: string } = {}): Promise<ErasureReport | undefined> {
      const counts = await data.erase(memberId, now, options);
      if (!counts) return undefined;
      return { ...counts, accountingYears: accountingRetentionYears(counts.countryCode), keptUntil: accountingKeptUntil(counts.countryCode, now) };
    },
  };
}

export type DataRights = ReturnType<typeof createDataRights>;
