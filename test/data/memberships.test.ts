import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../data/database';
import { createInvoiceRepository } from '../../data/repositories/invoices';
import { createMembershipRepository, type NewMembershipValues } from '../../data/repositories/memberships';
import { createPaymentRepository } from '../../data/repositories/payments';
import { createTierRepository } from '../../data/repositories/tiers';
import { memberships } from '../../data/schema/memberships';
import { withTransaction } from '../../data/transaction';
import { creditorReference } from '../../domain/billing';
import { generateMembershipNumber } from '../../domain/membershipNumber';
import { givenApprovedBusiness, givenLegacyAccount } from '../support/business';
import { createTestDatabase, type TestDatabase } from '../support/database';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database.close();
});

function values(businessId: string, overrides: Partial<NewMembershipValues> = {}): NewMembershipValues {
  return {
    businessId,
    tierCode: 'gold',
    membershipNumber: generateMembershipNumber('DK'),
    previousMembershipNumber: null,
    paymentMethod: 'card',
    startedAt: new Date('2026-03-10T10:00:00Z'),
    validUntil: '2027-03-09',
    ...overrides,
  };
}

async function business(options: { oldCpsEmail?: string } = {}) {
  return givenApprovedBusiness(database.db, `data-${randomUUID()}`, options);
}

describe('memberships repository', () => {
  it('creates one active membership per business; a second create returns the first', async () => {
    const repository = createMembershipRepository(database.db);
    const { businessId } = await business();
    const first = await repository.create(values(businessId));
    const second = await repository.create(values(businessId, { tierCode: 'silver' }));
    expect(first.kind).toBe('created');
    expect(second).toMatchObject({ kind: 'existing', membership: { tierCode: 'gold', tierName: 'Gold' } });
    expect(await database.db.select().from(memberships).where(eq(memberships.businessId, businessId))).toHaveLength(1);
  });

  it('two transactions creating at once (PostgreSQL: two connections) leave one membership', async () => {
    const { businessId } = await business();
    const other = database.url ? await openDatabase({ databaseUrl: database.url, migrate: false, poolSize: 1 }) : undefined;
    try {
      const dbs = [database.db, other?.db ?? database.db];
      const outcomes = await Promise.all(dbs.map((db) => withTransaction(db, () => createMembershipRepository(db).create(values(businessId)))));
      expect(outcomes.map((o) => o.kind).sort()).toEqual(['created', 'existing']);
      expect(await database.db.select().from(memberships).where(eq(memberships.businessId, businessId))).toHaveLength(1);
    } finally {
      await other?.close();
    }
  });

  it('reports a taken membership number so the caller draws another', async () => {
    const repository = createMembershipRepository(database.db);
    const a = await business();
    const b = await business();
    const number = generateMembershipNumber('DK');
    await repository.create(values(a.businessId, { membershipNumber: number }));
    expect(await repository.create(values(b.businessId, { membershipNumber: number }))).toEqual({ kind: 'number-taken' });
  });

  it('finds the number a business had before: its own earlier membership, else the legacy account, else none', async () => {
    const repository = createMembershipRepository(database.db);
    const email = `legacy-${randomUUID().slice(0, 8)}@example.com`;
    await givenLegacyAccount(database.db, email, []);
    const withLegacy = await business({ oldCpsEmail: email });
    expect(await repository.previousNumber(withLegacy.businessId)).toBe('CPS-0042');

    const created = await repository.create(values(withLegacy.businessId));
    if (created.kind !== 'created') throw new Error('not created');
    await database.db.update(memberships).set({ status: 'expired' }).where(eq(memberships.id, created.membership.id));
    expect(await repository.previousNumber(withLegacy.businessId)).toBe(created.membership.membershipNumber);

    const fresh = await business();
    expect(await repository.previousNumber(fresh.businessId)).toBeNull();
  });

  it('remembers, recalls and forgets a member’s tier selection', async () => {
    const repository = createMembershipRepository(database.db);
    const { memberId } = await business();
    expect(await repository.recallSelection(memberId)).toBeUndefined();
    await repository.rememberSelection(memberId, 'silver', new Date());
    await repository.rememberSelection(memberId, 'platinum', new Date());
    expect(await repository.recallSelection(memberId)).toMatchObject({ tierCode: 'platinum' });
    await repository.forgetSelection(memberId);
    expect(await repository.recallSelection(memberId)).toBeUndefined();
  });
});

describe('invoices repository', () => {
  it('issues an invoice number once; the second attempt finds the first', async () => {
    const { businessId } = await business();
    const created = await createMembershipRepository(database.db).create(values(businessId, { paymentMethod: 'bank-transfer' }));
    if (created.kind !== 'created') throw new Error('not created');
    const number = `INV-2026-${randomUUID().slice(0, 8).toUpperCase()}`;
    const invoice = {
      invoiceNumber: number,
      membershipId: created.membership.id,
      currency: 'DKK' as const,
      netAmountMinor: 149_500,
      vatRateBp: 2500,
      vatAmountMinor: 37_375,
      grossAmountMinor: 186_875,
      issueDate: '2026-03-10',
      dueDate: '2026-04-09',
      paymentReference: creditorReference(number),
    };
    const repository = createInvoiceRepository(database.db);
    expect((await repository.issueOnce(invoice)).kind).toBe('issued');
    expect((await repository.issueOnce({ ...invoice, issueDate: '2026-03-11', dueDate: '2026-04-10' })).kind).toBe('existing');
    expect(await repository.ofMembership(created.membership.id)).toHaveLength(1);
    expect(await repository.ofBusiness(businessId)).toHaveLength(1);
  });

  it('the database refuses an invoice whose total is not net + VAT, or due before issued', async () => {
    const { businessId } = await business();
    const created = await createMembershipRepository(database.db).create(values(businessId));
    if (created.kind !== 'created') throw new Error('not created');
    const base = {
      membershipId: created.membership.id,
      currency: 'EUR' as const,
      netAmountMinor: 9_900,
      vatRateBp: 2100,
      vatAmountMinor: 2_079,
      grossAmountMinor: 11_979,
      issueDate: '2026-03-10',
      dueDate: '2026-04-09',
    };
    const repository = createInvoiceRepository(database.db);
    await expect(repository.issueOnce({ ...base, invoiceNumber: `INV-X-${randomUUID()}`, grossAmountMinor: 12_000 })).rejects.toThrow();
    await expect(repository.issueOnce({ ...base, invoiceNumber: `INV-Y-${randomUUID()}`, dueDate: '2026-03-01' })).rejects.toThrow();
  });
});

describe('payments repository', () => {
  it('completes a hosted-page session once, never after it expired, and keeps only brand and last four', async () => {
    const { businessId } = await business();
    const created = await createMembershipRepository(database.db).create(values(businessId));
    if (created.kind !== 'created') throw new Error('not created');
    const repository = createPaymentRepository(database.db);
    const now = new Date();
    const open = await repository.openSession({ membershipId: created.membership.id, tokenHash: randomUUID().replace(/-/g, ''), expiresAt: new Date(now.getTime() + 60_000) });
    const expired = await repository.openSession({ membershipId: created.membership.id, tokenHash: randomUUID().replace(/-/g, ''), expiresAt: new Date(now.getTime() - 1) });
    const card = { brand: 'Visa', last4: '4242', providerReference: `sbx_card_${randomUUID()}` };
    expect(await repository.completeSession(expired.id, card, now)).toBe(false);
    expect(await repository.cardOnFile(created.membership.id)).toBeUndefined();
    expect(await repository.completeSession(open.id, card, now)).toBe(true);
    expect(await repository.completeSession(open.id, { ...card, last4: '0000' }, now)).toBe(false);
    expect(await repository.cardOnFile(created.membership.id)).toEqual(card);
  });

  it('the database refuses a "last four" that is not four digits', async () => {
    const { businessId } = await business();
    const created = await createMembershipRepository(database.db).create(values(businessId));
    if (created.kind !== 'created') throw new Error('not created');
    const repository = createPaymentRepository(database.db);
    const session = await repository.openSession({ membershipId: created.membership.id, tokenHash: randomUUID(), expiresAt: new Date(Date.now() + 60_000) });
    await expect(repository.completeSession(session.id, { brand: 'Visa', last4: '4242424242424242', providerReference: 'x' }, new Date())).rejects.toThrow();
  });
});

describe('tiers repository', () => {
  it('reads the seeded catalogue in display order with prices in EUR, DKK and SEK', async () => {
    const repository = createTierRepository(database.db);
    expect((await repository.catalogue()).map((t) => [t.code, t.minPoints])).toEqual([
      ['silver', 500],
      ['gold', 1000],
      ['platinum', 2000],
      ['corporate', 2501],
    ]);
    expect((await repository.pricesOf('gold')).map((p) => p.currency)).toEqual(['DKK', 'EUR', 'SEK']);
  });
});
