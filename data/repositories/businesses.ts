import { eq } from 'drizzle-orm';
import { businesses, type Business, type NewBusiness } from '../schema/businesses';
import { members } from '../schema/members';
import { scoped } from '../transaction';
import type { Db } from '../types';

/** Canon business accounts, created when the back office approves an application. */
export function createBusinessRepository(db: Db) {
  return {
    async create(business: NewBusiness): Promise<Business> {
      const [row] = await scoped(db).insert(businesses).values(business).returning();
      if (!row) throw new Error('business insert returned no row');
      return row;
    },

    async byId(id: string): Promise<Business | undefined> {
      const [row] = await scoped(db).select().from(businesses).where(eq(businesses.id, id));
      return row;
    },

    /** Lets the member act for the business (`members.business_id`). */
    async linkMember(memberId: string, businessId: string): Promise<void> {
      await scoped(db).update(members).set({ businessId }).where(eq(members.id, memberId));
    },

    /** Records when the "set your new password" e-mail (rule A5) was queued. */
    async markActivationEmailSent(businessId: string, at: Date): Promise<void> {
      await scoped(db).update(businesses).set({ activationEmailSentAt: at }).where(eq(businesses.id, businessId));
    },
  };
}

export type BusinessRepository = ReturnType<typeof createBusinessRepository>;
