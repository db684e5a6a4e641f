import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createAgentRepository } from '../../data/repositories/agents';
import { createAuditLog } from '../../data/repositories/audit';
import { createMemberRepository } from '../../data/repositories/members';
import { createSupportRepository } from '../../data/repositories/support';
import { applications, businesses } from '../../data/schema/businesses';
import { members } from '../../data/schema/members';
import { memberships } from '../../data/schema/memberships';
import { withTransaction } from '../../data/transaction';
import { orderQueue } from '../../domain/support';
import { createTestDatabase, type TestDatabase } from '../support/database';

let database: TestDatabase;
let support: ReturnType<typeof createSupportRepository>;
let agents: ReturnType<typeof createAgentRepository>;
let counter = 0;

beforeAll(async () => {
  database = await createTestDatabase();
  support = createSupportRepository(database.db);
  agents = createAgentRepository(database.db);
});
afterAll(async () => {
  await database.close();
});

const t0 = new Date('2026-11-25T09:00:00Z');
const later = (minutes: number) => new Date(t0.getTime() + minutes * 60_000);

async function member(): Promise<string> {
  counter++;
  return (await createMemberRepository(database.db).findOrCreate('test', `support-repo-${counter}-${Date.now()}`)).id;
}

async function agent(name: string): Promise<string> {
  await agents.create({ email: `${name}@repo.example`, displayName: name, passwordHash: '$argon2id$placeholder' });
  const row = await agents.byEmail(`${name}@repo.example`);
  return row!.id;
}

async function business(country = 'DK'): Promise<string> {
  const [row] = await database.db
    .insert(businesses)
    .values({ companyName: `Studio ${++counter}`, address: 'Street 1', countryCode: country, vatRegistered: false, contactEmail: 'studio@example.com' })
    .returning({ id: businesses.id });
  return row!.id;
}

describe('support cases', () => {
  it('a member has at most one open case: a second request returns the first', async () => {
    const id = await member();
    const first = await support.open({ memberId: id, language: 'da', reason: null, snapshot: {}, now: t0 });
    const second = await support.open({ memberId: id, language: 'da', reason: 'faq-unanswered', snapshot: {}, now: later(1) });
    expect(first.created).toBe(true);
    expect(second).toMatchObject({ created: false, supportCase: { id: first.supportCase.id } });
  });

  it('a claim succeeds once: the second claimant gets nothing', async () => {
    const { supportCase } = await support.open({ memberId: await member(), language: 'en', reason: null, snapshot: {}, now: t0 });
    const [a, b] = [await agent('repo-a'), await agent('repo-b')];
    expect(await support.claim(supportCase.id, a, later(1))).toMatchObject({ status: 'active', agentId: a });
    expect(await support.claim(supportCase.id, b, later(2))).toBeUndefined();
  });

  it('only the owner ends an active case', async () => {
    const { supportCase } = await support.open({ memberId: await member(), language: 'en', reason: null, snapshot: {}, now: t0 });
    const [owner, other] = [await agent('owner-1'), await agent('other-1')];
    await support.claim(supportCase.id, owner, later(1));
    expect(await support.end(supportCase.id, { status: 'closed', resolution: 'x', now: later(2), from: ['active'], agentId: other })).toBeUndefined();
    expect(await support.end(supportCase.id, { status: 'closed', resolution: 'done', now: later(2), from: ['active'], agentId: owner })).toMatchObject({ status: 'closed' });
  });

  it('a rating is stored once, only for the member’s own closed case', async () => {
    const id = await member();
    const { supportCase } = await support.open({ memberId: id, language: 'nl', reason: null, snapshot: {}, now: t0 });
    expect(await support.rate(supportCase.id, id, 5)).toBe(false);
    await support.end(supportCase.id, { status: 'closed', resolution: 'done', now: later(3), from: ['queued'] });
    expect(await support.rate(supportCase.id, await member(), 5)).toBe(false);
    expect(await support.rate(supportCase.id, id, 4)).toBe(true);
    expect(await support.rate(supportCase.id, id, 1)).toBe(false);
    expect((await support.byId(supportCase.id))?.csatRating).toBe(4);
  });

  it('the queue knows each member’s CPS tier, through their business or their approved application', async () => {
    const none = await member();
    const platinum = await member();
    const viaApplication = await member();
    const platinumBusiness = await business();
    await database.db.update(members).set({ businessId: platinumBusiness }).where(eq(members.id, platinum));
    await database.db.insert(memberships).values({ businessId: platinumBusiness, tierCode: 'platinum', membershipNumber: `P-${counter}`, paymentMethod: 'card', validUntil: '2027-11-24' });
    const silverBusiness = await business('SE');
    await database.db.insert(applications).values({
      reference: `APP-R${counter}`,
      memberId: viaApplication,
      countryCode: 'SE',
      companyName: 'Via Application AB',
      address: 'Gatan 1',
      vatRegistered: false,
      documentType: 'business-licence',
      authorised: true,
      contactEmail: 'ab@example.com',
      status: 'approved',
      submittedAt: t0,
      decidedAt: t0,
      businessId: silverBusiness,
    });
    await database.db.insert(memberships).values({ businessId: silverBusiness, tierCode: 'silver', membershipNumber: `S-${counter}`, paymentMethod: 'bank-transfer', validUntil: '2027-11-24' });

    for (const [id, minute] of [
      [none, 10],
      [viaApplication, 11],
      [platinum, 12],
    ] as const) {
      await support.open({ memberId: id, language: 'en', reason: null, snapshot: {}, now: later(minute) });
    }
    const queued = (await support.queued()).filter((q) => [none, platinum, viaApplication].includes(q.memberId));
    expect(orderQueue(queued).map((q) => [q.memberId, q.tierCode])).toEqual([
      [platinum, 'platinum'],
      [viaApplication, 'silver'],
      [none, null],
    ]);
    expect(await support.countryOf(viaApplication)).toBe('SE');
    const facts = await support.onboardingFacts(viaApplication);
    expect(facts).toMatchObject({ application: { status: 'approved' }, business: { companyName: expect.stringMatching(/^Studio/) }, membership: { tierCode: 'silver', paymentMethod: 'bank-transfer' } });
  });

  it('the transcript keeps order and stamps who was last active', async () => {
    const { supportCase } = await support.open({ memberId: await member(), language: 'da', reason: null, snapshot: {}, now: t0 });
    await support.addMessage({ caseId: supportCase.id, sender: 'member', text: 'første', at: later(1) });
    await support.addMessage({ caseId: supportCase.id, sender: 'system', text: 'note', at: later(2) });
    await support.addMessage({ caseId: supportCase.id, sender: 'member', text: 'anden', at: later(3) });
    expect((await support.messages(supportCase.id)).map((m) => m.text)).toEqual(['første', 'note', 'anden']);
    expect((await support.messages(supportCase.id, { since: later(2) })).map((m) => m.text)).toEqual(['note', 'anden']);
    expect((await support.byId(supportCase.id))?.lastMemberActivityAt).toEqual(later(3));
  });

  it('queue changes serialise on a transaction-scoped lock', async () => {
    await withTransaction(database.db, async () => {
      await support.lockQueue();
      await support.lockQueue();
    });
    expect(await support.averageHandleMinutes()).toBeTypeOf('number');
  });
});

describe('agents and sessions', () => {
  it('finds a session until it expires, and counts signed-in agents', async () => {
    const id = await agent('session-1');
    const before = await agents.signedInCount(t0);
    await agents.createSession({ tokenHash: 'a'.repeat(64), agentId: id, csrfToken: 'csrf', expiresAt: later(60) });
    expect((await agents.session('a'.repeat(64), later(59)))?.agent.id).toBe(id);
    expect(await agents.session('a'.repeat(64), later(61))).toBeUndefined();
    expect(await agents.signedInCount(t0)).toBe(before + 1);
    expect(await agents.deleteExpiredSessions(later(61))).toBeGreaterThanOrEqual(1);
  });

  it('matches e-mails in lower case and never returns the hash in a profile', async () => {
    await agents.create({ email: 'Mixed.Case@Repo.Example', displayName: 'Mixed', passwordHash: '$argon2id$x' });
    const found = await agents.byEmail('MIXED.case@repo.example');
    expect(found?.email).toBe('mixed.case@repo.example');
    expect(Object.keys((await agents.byId(found!.id)) ?? {})).toEqual(['id', 'email', 'displayName']);
  });
});

describe('audit log', () => {
  it('counts recent entries per action and subject', async () => {
    const audit = createAuditLog(database.db);
    await audit.record({ actor: 'anonymous', action: 'agent.sign-in-failed', subject: 'agent-email:x@repo.example', at: later(0) });
    await audit.record({ actor: 'anonymous', action: 'agent.sign-in-failed', subject: 'agent-email:x@repo.example', at: later(20) });
    expect(await audit.countSince('agent.sign-in-failed', 'agent-email:x@repo.example', later(10))).toBe(1);
    expect((await audit.forSubject('agent-email:x@repo.example')).map((e) => e.actor)).toEqual(['anonymous', 'anonymous']);
  });
});
