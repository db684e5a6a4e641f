import { relations } from 'drizzle-orm';
import { index, jsonb, pgTable, primaryKey, text, unique, uuid } from 'drizzle-orm/pg-core';
import { createdAt, languageEnum, updatedAt } from './common';
import { applications, businesses } from './businesses';
import { supportCases } from './support';

/** A chat user on one channel (Teams, Web Chat, …). */
export const members = pgTable(
  'members',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** Bot Framework `channelId`, e.g. `msteams`, `webchat`. */
    channelId: text('channel_id').notNull(),
    /** `activity.from.id` on that channel. */
    channelUserId: text('channel_user_id').notNull(),
    /** Chosen language; null = not chosen yet (detected per message). */
    language: languageEnum('language'),
    displayName: text('display_name'),
    /** The Canon business account this member acts for, once approved. */
    businessId: uuid('business_id').references(() => businesses.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    unique('members_channel_user_unique').on(t.channelId, t.channelUserId),
    index('members_business_id_idx').on(t.businessId),
  ],
);

/** The latest ConversationReference per member and channel, for proactive messages. */
export const conversationRefs = pgTable(
  'conversation_refs',
  {
    memberId: uuid('member_id')
      .notNull()
      .references(() => members.id, { onDelete: 'cascade' }),
    channelId: text('channel_id').notNull(),
    /** `TurnContext.getConversationReference(activity)`, kept structurally (data/ does not import botbuilder). */
    reference: jsonb('reference').$type<Readonly<Record<string, unknown>>>().notNull(),
    updatedAt: updatedAt(),
  },
  (t) => [primaryKey({ columns: [t.memberId, t.channelId] })],
);

export const membersRelations = relations(members, ({ one, many }) => ({
  business: one(businesses, { fields: [members.businessId], references: [businesses.id] }),
  conversationRefs: many(conversationRefs),
  applications: many(applications),
  supportCases: many(supportCases),
}));

export const conversationRefsRelations = relations(conversationRefs, ({ one }) => ({
  member: one(members, { fields: [conversationRefs.memberId], references: [members.id] }),
}));

export type Member = typeof members.$inferSelect;
export type NewMember = typeof members.$inferInsert;
export type ConversationRef = typeof conversationRefs.$inferSelect;
