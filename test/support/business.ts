import { randomUUID } from 'node:crypto';
import { createLegacyRepository, type LegacyProductValues } from '../../data/repositories/legacy';
import { createMemberRepository } from '../../data/repositories/members';
import { businesses } from '../../data/schema/businesses';
import { members } from '../../data/schema/members';
import { eq } from 'drizzle-orm';
import type { Db } from '../../data/types';

export interface GivenBusiness {
  readonly businessId: string;
  readonly memberId: string;
}

export interface BusinessOptions {
  /** The old CPS e-mail given in the application (rule A4). */
  readonly oldCpsEmail?: string;
  readonly countryCode?: string;
  /** The member's channel (createTestBot uses `test`). */
  readonly channelId?: string;
  /** Join this existing business instead of creating one. */
  readonly businessId?: string;
}

/**
 * What the back office's approval leaves behind (issue 3): a business, and the member (found by
 * channel user id, created if they have not written yet) acting for it through `members.business_id`.
 */
export async function givenApprovedBusiness(db: Db, channelUserId: string, options: BusinessOptions = {}): Promise<GivenBusiness> {
  const member = await createMemberRepository(db).findOrCreate(options.channelId ?? 'test', channelUserId);
  let businessId = options.businessId;
  if (!businessId) {
    const [business] = await db
      .insert(businesses)
      .values({
        companyName: `Studio ${randomUUID().slice(0, 8)}`,
        address: 'Nørregade 1, 1165 København K',
        countryCode: options.countryCode ?? 'DK',
        vatRegistered: true,
        vatNumber: 'DK13585628',
        contactEmail: `studio-${randomUUID().slice(0, 8)}@example.com`,
        oldCpsEmail: options.oldCpsEmail?.toLowerCase() ?? null,
      })
      .returning({ id: businesses.id });
    if (!business) throw new Error('business insert returned no row');
    businessId = business.id;
  }
  await db.update(members).set({ businessId }).where(eq(members.id, member.id));
  return { businessId, memberId: member.id };
}

/** An old CPS account imported by the back office, with its products (already normalised). */
export async function givenLegacyAccount(db: Db, email: string, products: readonly LegacyProductValues[]): Promise<string> {
  const result = await createLegacyRepository(db).importAccount({ email: email.toLowerCase(), membershipNumber: 'CPS-0042', products });
  return result.accountId;
}

/** A random serial of `digits` digits (unique enough that test files never collide). */
export function randomDigits(digits: number): string {
  let out = '';
  while (out.length < digits) out += Math.floor(Math.random() * 1e9).toString().padStart(9, '0');
  return out.slice(0, digits);
}
