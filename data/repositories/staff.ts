import { and, asc, eq, gt, isNull } from 'drizzle-orm';
import { agentSessions, agents, type AgentSession, type StaffRole } from '../schema/support';
import { scoped } from '../transaction';
import type { Db } from '../types';

/** A staff account as the consoles may see it (never the password hash). */
export interface StaffProfile {
  readonly id: string;
  readonly email: string;
  readonly displayName: string;
  readonly role: StaffRole;
  readonly disabled: boolean;
}

const columns = { id: agents.id, email: agents.email, displayName: agents.displayName, role: agents.role, disabledAt: agents.disabledAt };

function profile(row: { id: string; email: string; displayName: string; role: StaffRole; disabledAt: Date | null }): StaffProfile {
  return { id: row.id, email: row.email, displayName: row.displayName, role: row.role, disabled: row.disabledAt !== null };
}

/** Staff accounts (the `agents` table with its role) and their sessions, for the operations console. */
export function createStaffRepository(db: Db) {
  return {
    async list(): Promise<StaffProfile[]> {
      return (await scoped(db).select(columns).from(agents).orderBy(asc(agents.email))).map(profile);
    },

    /** Adds an account unless one with that e-mail exists; undefined when it exists. */
    async create(values: { email: string; displayName: string; passwordHash: string; role: StaffRole }): Promise<StaffProfile | undefined> {
      const [row] = await scoped(db)
        .insert(agents)
        .values({ email: values.email.trim().toLowerCase(), displayName: values.displayName, passwordHash: values.passwordHash, role: values.role })
        .onConflictDoNothing()
        .returning(columns);
      return row ? profile(row) : undefined;
    },

    /** Changes a role; the previous one, or undefined when there is no such account. */
    async setRole(id: string, role: StaffRole): Promise<{ before: StaffRole; after: StaffProfile } | undefined> {
      const [before] = await scoped(db).select({ role: agents.role }).from(agents).where(eq(agents.id, id)).for('update');
      if (!before) return undefined;
      const [row] = await scoped(db).update(agents).set({ role }).where(eq(agents.id, id)).returning(columns);
      return row ? { before: before.role, after: profile(row) } : undefined;
    },

    /** The unexpired session for a token hash, with its (enabled) account and role. */
    async session(tokenHash: string, now: Date): Promise<{ session: AgentSession; staff: StaffProfile } | undefined> {
      const [row] = await scoped(db)
        .select({ session: agentSessions, staff: columns })
        .from(agentSessions)
        .innerJoin(agents, eq(agents.id, agentSessions.agentId))
        .where(and(eq(agentSessions.id, tokenHash), gt(agentSessions.expiresAt, now), isNull(agents.disabledAt)));
      return row ? { session: row.session, staff: profile(row.staff) } : undefined;
    },
  };
}

export type StaffRepository = ReturnType<typeof createStaffRepository>;
