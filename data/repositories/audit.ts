import { and, count, eq, gte } from 'drizzle-orm';
import { auditLog, type AuditLogEntry } from '../schema/audit';
import { scoped } from '../transaction';
import type { Db } from '../types';

export interface AuditEntry {
  /** e.g. `agent:<uuid>`, `member:<uuid>`, `job:<kind>`. */
  readonly actor: string;
  /** e.g. `support.claim`. */
  readonly action: string;
  /** e.g. `support-case:<uuid>`. */
  readonly subject: string;
  readonly details?: Record<string, unknown>;
  readonly at?: Date;
}

/** The append-only audit log: who did what to which subject. Joins the caller's transaction. */
export function createAuditLog(db: Db) {
  return {
    async record(entry: AuditEntry): Promise<void> {
      await scoped(db)
        .insert(auditLog)
        .values({ actor: entry.actor, action: entry.action, subject: entry.subject, details: entry.details ?? {}, ...(entry.at ? { at: entry.at } : {}) });
    },

    /** How often `action` happened to `subject` since `since` (e.g. failed sign-ins, for throttling). */
    async countSince(action: string, subject: string, since: Date): Promise<number> {
      const [row] = await scoped(db)
        .select({ n: count() })
        .from(auditLog)
        .where(and(eq(auditLog.action, action), eq(auditLog.subject, subject), gte(auditLog.at, since)));
      return Number(row?.n ?? 0);
    },

    /** Entries about one subject, oldest first. */
    async forSubject(subject: string): Promise<AuditLogEntry[]> {
      return scoped(db).select().from(auditLog).where(eq(auditLog.subject, subject)).orderBy(auditLog.at);
    },
  };
}

export type AuditLog = ReturnType<typeof createAuditLog>;
