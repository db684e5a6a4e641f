import { and, countDistinct, eq, gt, isNull, lt, ne } from 'drizzle-orm';
import { agentSessions, agents, type Agent, type AgentSession, type StaffRole } from '../schema/support';
import { scoped } from '../transaction';
import type { Db } from '../types';

/** An agent as the console may see it (never the password hash). */
export type AgentProfile = Pick<Agent, 'id' | 'email' | 'displayName'>;

/** Agent accounts and console sessions. Sessions are stored by the hash of their cookie token. */
export function createAgentRepository(db: Db) {
  const profile = { id: agents.id, email: agents.email, displayName: agents.displayName };
  return {
    /** The account for a sign-in, with its hash; e-mails are matched lower case. */
    async byEmail(email: string): Promise<Agent | undefined> {
      const [row] = await scoped(db).select().from(agents).where(eq(agents.email, email.trim().toLowerCase()));
      return row;
    },

    async byId(agentId: string): Promise<AgentProfile | undefined> {
      const [row] = await scoped(db).select(profile).from(agents).where(eq(agents.id, agentId));
      return row;
    },

    /** Adds an agent unless one with that e-mail exists; true when added. */
    async create(agent: { email: string; displayName: string; passwordHash: string }): Promise<boolean> {
      const rows = await scoped(db)
        .insert(agents)
        .values({ email: agent.email.trim().toLowerCase(), displayName: agent.displayName, passwordHash: agent.passwordHash })
        .onConflictDoNothing()
        .returning({ id: agents.id });
      return rows.length > 0;
    },

    async setPasswordHash(agentId: string, passwordHash: string): Promise<void> {
      await scoped(db).update(agents).set({ passwordHash }).where(eq(agents.id, agentId));
    },

    async createSession(session: { tokenHash: string; agentId: string; csrfToken: string; expiresAt: Date }): Promise<void> {
      await scoped(db).insert(agentSessions).values({ id: session.tokenHash, agentId: session.agentId, csrfToken: session.csrfToken, expiresAt: session.expiresAt });
    },

    /** The unexpired session for a token hash, with its agent and the agent's staff role. */
    async session(tokenHash: string, now: Date): Promise<{ session: AgentSession; agent: AgentProfile; role: StaffRole } | undefined> {
      const [row] = await scoped(db)
        .select({ session: agentSessions, agent: profile, role: agents.role })
        .from(agentSessions)
        .innerJoin(agents, eq(agents.id, agentSessions.agentId))
        .where(and(eq(agentSessions.id, tokenHash), gt(agentSessions.expiresAt, now), isNull(agents.disabledAt)));
      return row;
    },

    /** Disables (or enables again) an agent; disabling ends every session. False when there is no such agent. */
    async setDisabled(agentId: string, disabledAt: Date | null): Promise<boolean> {
      const rows = await scoped(db).update(agents).set({ disabledAt }).where(eq(agents.id, agentId)).returning({ id: agents.id });
      if (rows.length > 0 && disabledAt) await scoped(db).delete(agentSessions).where(eq(agentSessions.agentId, agentId));
      return rows.length > 0;
    },

    /** Ends an agent's sessions except the one given (after a password change); returns how many ended. */
    async deleteOtherSessions(agentId: string, keepTokenHash: string): Promise<number> {
      const rows = await scoped(db)
        .delete(agentSessions)
        .where(and(eq(agentSessions.agentId, agentId), ne(agentSessions.id, keepTokenHash)))
        .returning({ id: agentSessions.id });
      return rows.length;
    },

    async deleteSession(tokenHash: string): Promise<void> {
      await scoped(db).delete(agentSessions).where(eq(agentSessions.id, tokenHash));
    },

    /** Removes expired sessions; returns how many. */
    async deleteExpiredSessions(now: Date): Promise<number> {
      const rows = await scoped(db).delete(agentSessions).where(lt(agentSessions.expiresAt, now)).returning({ id: agentSessions.id });
      return rows.length;
    },

    /** Agents with a live console session (for the expected wait). */
    async signedInCount(now: Date): Promise<number> {
      const [row] = await scoped(db)
        .select({ n: countDistinct(agentSessions.agentId) })
        .from(agentSessions)
        .innerJoin(agents, eq(agents.id, agentSessions.agentId))
        .where(and(gt(agentSessions.expiresAt, now), isNull(agents.disabledAt)));
      return Number(row?.n ?? 0);
    },
  };
}

export type AgentRepository = ReturnType<typeof createAgentRepository>;
