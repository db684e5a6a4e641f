import { relations, sql } from 'drizzle-orm';
import { check, index, integer, jsonb, pgEnum, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { createdAt, languageEnum, timestamptz } from './common';
import { members } from './members';

export const supportCaseStatusEnum = pgEnum('support_case_status', ['queued', 'active', 'closed', 'cancelled']);
export type SupportCaseStatus = (typeof supportCaseStatusEnum.enumValues)[number];

export const messageSenderEnum = pgEnum('message_sender', ['member', 'agent', 'bot', 'system']);
export type MessageSender = (typeof messageSenderEnum.enumValues)[number];

export const STAFF_ROLES = ['agent', 'reviewer', 'finance', 'admin'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

/** A CPS staff account (Priority Support agent, reviewer, finance, admin) that signs in to the consoles. */
export const agents = pgTable(
  'agents',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** Lower case. */
    email: text('email').notNull().unique('agents_email_unique'),
    displayName: text('display_name').notNull(),
    passwordHash: text('password_hash').notNull(),
    createdAt: createdAt(),
    /** Set by the back office: the agent cannot sign in and their sessions are gone. */
    disabledAt: timestamptz('disabled_at'),
    /** What the staff member may do: `agent` (support chats), `reviewer`, `finance`, `admin`. */
    role: text('role').$type<StaffRole>().notNull().default('agent'),
  },
  (t) => [
    check('agents_email_lower', sql`${t.email} = lower(${t.email})`),
    check('agents_role_known', sql`${t.role} in ('agent', 'reviewer', 'finance', 'admin')`),
  ],
);

/** An agent console session. The id is the SHA-256 (hex) of the cookie token, never the token. */
export const agentSessions = pgTable(
  'agent_sessions',
  {
    id: text('id').primaryKey(),
    agentId: uuid('agent_id')
      .notNull()
      .references(() => agents.id, { onDelete: 'cascade' }),
    csrfToken: text('csrf_token').notNull(),
    createdAt: createdAt(),
    expiresAt: timestamptz('expires_at').notNull(),
  },
  (t) => [index('agent_sessions_agent_id_idx').on(t.agentId), index('agent_sessions_expires_at_idx').on(t.expiresAt)],
);

/** A hand-off from the bot to a human agent. At most one open (queued or active) case per member. */
export const supportCases = pgTable(
  'support_cases',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    memberId: uuid('member_id')
      .notNull()
      .references(() => members.id),
    language: languageEnum('language').notNull(),
    /** What the member said they need help with (`handoff.request` `reason`). */
    reason: text('reason'),
    status: supportCaseStatusEnum('status').notNull().default('queued'),
    agentId: uuid('agent_id').references(() => agents.id, { onDelete: 'set null' }),
    /** What the agent sees first: journey step, application, products, points, … at hand-off time. */
    snapshot: jsonb('snapshot').$type<Record<string, unknown>>().notNull().default({}),
    queuedAt: timestamptz('queued_at').notNull().defaultNow(),
    claimedAt: timestamptz('claimed_at'),
    closedAt: timestamptz('closed_at'),
    resolution: text('resolution'),
    csatRating: integer('csat_rating'),
    lastMemberActivityAt: timestamptz('last_member_activity_at'),
    lastAgentActivityAt: timestamptz('last_agent_activity_at'),
  },
  (t) => [
    index('support_cases_status_queued_at_idx').on(t.status, t.queuedAt),
    index('support_cases_member_id_idx').on(t.memberId),
    index('support_cases_agent_id_idx').on(t.agentId),
    uniqueIndex('support_cases_one_open_per_member')
      .on(t.memberId)
      .where(sql`${t.status} in ('queued', 'active')`),
    check('support_cases_csat_range', sql`${t.csatRating} between 1 and 5`),
  ],
);

/** The transcript of a support case. */
export const supportMessages = pgTable(
  'support_messages',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => supportCases.id, { onDelete: 'cascade' }),
    sender: messageSenderEnum('sender').notNull(),
    /** Set when `sender` is `agent`. */
    agentId: uuid('agent_id').references(() => agents.id, { onDelete: 'set null' }),
    text: text('text').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('support_messages_case_id_created_at_idx').on(t.caseId, t.createdAt)],
);

export const agentsRelations = relations(agents, ({ many }) => ({
  sessions: many(agentSessions),
  supportCases: many(supportCases),
}));

export const agentSessionsRelations = relations(agentSessions, ({ one }) => ({
  agent: one(agents, { fields: [agentSessions.agentId], references: [agents.id] }),
}));

export const supportCasesRelations = relations(supportCases, ({ one, many }) => ({
  member: one(members, { fields: [supportCases.memberId], references: [members.id] }),
  agent: one(agents, { fields: [supportCases.agentId], references: [agents.id] }),
  messages: many(supportMessages),
}));

export const supportMessagesRelations = relations(supportMessages, ({ one }) => ({
  supportCase: one(supportCases, { fields: [supportMessages.caseId], references: [supportCases.id] }),
  agent: one(agents, { fields: [supportMessages.agentId], references: [agents.id] }),
}));

export type Agent = typeof agents.$inferSelect;
export type NewAgent = typeof agents.$inferInsert;
export type AgentSession = typeof agentSessions.$inferSelect;
export type SupportCase = typeof supportCases.$inferSelect;
export type NewSupportCase = typeof supportCases.$inferInsert;
export type SupportMessage = typeof supportMessages.$inferSelect;
export type NewSupportMessage = typeof supportMessages.$inferInsert;
