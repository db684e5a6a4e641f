import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { and, eq, inArray } from 'drizzle-orm';
import type { Activity } from 'botbuilder';
import type { App } from '../../bot/app';
import { formatOpening, formatSupportHours } from '../../cards/supportFormat';
import { createAgentRepository, type AgentProfile } from '../../data/repositories/agents';
import { createMemberRepository } from '../../data/repositories/members';
import { businesses } from '../../data/schema/businesses';
import { countries } from '../../data/schema/countries';
import { jobs } from '../../data/schema/jobs';
import { members } from '../../data/schema/members';
import { memberships } from '../../data/schema/memberships';
import { registeredProducts } from '../../data/schema/products';
import { supportCases, supportMessages } from '../../data/schema/support';
import { SUPPORT_NOTIFY_JOB } from '../../dialogs/support';
import { createSupportDesk } from '../../services/support/desk';
import { translator, type Language } from '../../locales';
import { cardOf, cardSubmit, cardTexts, createTestApp, createTestBot, type TestBot } from '../support/bot';
import { createTestDatabase, type TestDatabase } from '../support/database';

let database: TestDatabase;
let app: App;
/** Wednesday 25 November 2026, 10:00 in Copenhagen: support is open. */
const OPEN_HOUR = new Date('2026-11-25T09:00:00Z');
let now = OPEN_HOUR;

beforeAll(async () => {
  database = await createTestDatabase();
  app = await createTestApp(database, {}, { clock: () => now });
});
beforeEach(async () => {
  now = OPEN_HOUR;
  // Every test starts with an empty queue.
  await database.db.update(supportCases).set({ status: 'cancelled', closedAt: now }).where(inArray(supportCases.status, ['queued', 'active']));
});
afterAll(async () => {
  await app.close();
});

/** Sends one activity through the real pipeline and returns every reply. */
async function turn(bot: TestBot, activity: string | Partial<Activity>): Promise<Partial<Activity>[]> {
  await bot.adapter.receiveActivity(activity);
  return bot.adapter.activeQueue.splice(0);
}

function cardWith(replies: Partial<Activity>[], text: string): Record<string, unknown> | undefined {
  return replies.map((r) => cardOf(r)).find((card) => card !== undefined && cardTexts(card).includes(text));
}

async function memberIdOf(bot: TestBot): Promise<string> {
  return (await createMemberRepository(database.db).findOrCreate('test', bot.userId)).id;
}

async function openCase(memberId: string) {
  const [row] = await database.db.select().from(supportCases).where(and(eq(supportCases.memberId, memberId), inArray(supportCases.status, ['queued', 'active'])));
  return row;
}

async function demoAgent(): Promise<AgentProfile> {
  const agent = await createAgentRepository(database.db).byEmail('agent@cps.example');
  if (!agent) throw new Error('demo agent not seeded');
  return agent;
}

const asking: Record<Language, string> = {
  da: 'Kan jeg tale med en medarbejder?',
  sv: 'Jag vill prata med en människa',
  nl: 'Kan ik iemand spreken?',
  en: 'I want to talk to a person',
};

describe.each<Language>(['da', 'sv', 'nl', 'en'])('asking for a person in %s', (language) => {
  const t = translator(language);

  it('puts the member in the queue and tells them their place and expected wait', async () => {
    const bot = createTestBot(app, language);
    const replies = await turn(bot, asking[language]);
    const card = cardWith(replies, t('support.queue.joined'));
    expect(cardTexts(card)).toEqual(expect.arrayContaining([t('support.queue.placeLabel'), '1', t('support.queue.waitLabel'), t('support.queue.cancel')]));
    expect(await openCase(await memberIdOf(bot))).toMatchObject({ status: 'queued', language, reason: 'member-request' });
  });
});

describe('out of hours', () => {
  it('on a Saturday a Danish member keeps their place and is told when support opens', async () => {
    now = new Date('2026-11-28T12:00:00Z');
    const t = translator('da');
    const bot = createTestBot(app, 'da');
    const replies = await turn(bot, cardSubmit({ verb: 'handoff.request' }));
    const [denmark] = await database.db.select().from(countries).where(eq(countries.code, 'DK'));
    const hours = { timeZone: denmark!.timeZone, opensAt: denmark!.supportOpensAt, closesAt: denmark!.supportClosesAt, weekdays: denmark!.supportWeekdays };
    const monday9 = new Date('2026-11-30T08:00:00Z');
    const expected = t('support.queue.outOfHours', { hours: formatSupportHours(hours, 'da', t), opening: formatOpening(monday9, 'Europe/Copenhagen', 'da') });
    const card = cardWith(replies, expected);
    expect(card).toBeDefined();
    expect(cardTexts(card)).not.toContain(t('support.queue.waitLabel'));
    expect((await openCase(await memberIdOf(bot)))?.status).toBe('queued');
  });

  it('a Dutch member writing in the evening is told about the next morning', async () => {
    now = new Date('2026-11-25T17:30:00Z');
    const replies = await turn(createTestBot(app, 'nl'), cardSubmit({ verb: 'handoff.request' }));
    const thursday9 = new Date('2026-11-26T08:00:00Z');
    expect(cardTexts(replies.map((r) => cardOf(r)))).toContain(formatOpening(thursday9, 'Europe/Amsterdam', 'nl'));
  });

  it('follows the hours kept in the database', async () => {
    now = new Date('2026-11-25T17:30:00Z');
    const t = translator('da');
    await database.db.update(countries).set({ supportClosesAt: '20:00' }).where(eq(countries.code, 'DK'));
    try {
      const replies = await turn(createTestBot(app, 'da'), cardSubmit({ verb: 'handoff.request' }));
      expect(cardTexts(cardWith(replies, t('support.queue.joined')))).toContain(t('support.queue.waitLabel'));
    } finally {
      await database.db.update(countries).set({ supportClosesAt: '17:00' }).where(eq(countries.code, 'DK'));
    }
  });
});

describe('the queue', () => {
  it('puts a Gold member ahead of an earlier member without a tier, and tells the one who moved back', async () => {
    const t = translator('en');
    const early = createTestBot(app, 'en');
    await turn(early, cardSubmit({ verb: 'handoff.request' }));
    const earlyCase = await openCase(await memberIdOf(early));

    const gold = createTestBot(app, 'en');
    const goldId = await memberIdOf(gold);
    const [business] = await database.db
      .insert(businesses)
      .values({ companyName: 'Nordlys Foto ApS', address: 'Vestergade 1, 8000 Aarhus', countryCode: 'DK', vatRegistered: true, vatNumber: 'DK12345678', contactEmail: 'studio@nordlys.example' })
      .returning();
    await database.db.update(members).set({ businessId: business!.id }).where(eq(members.id, goldId));
    await database.db.insert(memberships).values({ businessId: business!.id, tierCode: 'gold', membershipNumber: `CPS-${goldId.slice(0, 8)}`, paymentMethod: 'card', validUntil: '2027-11-24' });

    now = new Date(OPEN_HOUR.getTime() + 60_000);
    const replies = await turn(gold, cardSubmit({ verb: 'handoff.request' }));
    const card = cardWith(replies, t('support.queue.joined'));
    const facts = (card?.['body'] as { type: string; facts?: { title: string; value: string }[] }[]).find((b) => b.type === 'FactSet')?.facts;
    expect(facts?.find((f) => f.title === t('support.queue.placeLabel'))?.value).toBe('1');

    const notices = await database.db.select().from(jobs).where(eq(jobs.kind, SUPPORT_NOTIFY_JOB));
    const moved = notices.map((j) => j.payload).find((p) => p['caseId'] === earlyCase?.id);
    expect(moved?.['notice']).toMatchObject({ kind: 'position', position: 2 });
  });

  it('snapshots the onboarding for the agent: products with missing fields, points, tiers, membership, last step', async () => {
    const bot = createTestBot(app, 'da');
    const memberId = await memberIdOf(bot);
    const [business] = await database.db
      .insert(businesses)
      .values({ companyName: 'Fjord Film', address: 'Havnen 2, 9000 Aalborg', countryCode: 'DK', vatRegistered: false, contactEmail: 'fjord@film.example' })
      .returning();
    await database.db.update(members).set({ businessId: business!.id }).where(eq(members.id, memberId));
    await database.db.insert(registeredProducts).values([
      { businessId: business!.id, modelId: 'eos-r5', serialNumber: `R5${memberId.slice(0, 8).toUpperCase()}`, purchaseDate: '2024-03-01', purchaseCountry: 'DK', dealer: 'Foto Nord' },
      { businessId: business!.id, modelId: 'eos-r6-mark-ii', serialNumber: null, purchaseDate: '2024-05-01', purchaseCountry: 'DK', dealer: null },
    ]);
    await turn(bot, 'sprog');
    await turn(bot, cardSubmit({ verb: 'handoff.request', reason: 'duplicate-serial' }));
    const snapshot = (await openCase(memberId))?.snapshot;
    expect(snapshot).toMatchObject({
      language: 'da',
      reason: 'duplicate-serial',
      country: 'DK',
      business: { companyName: 'Fjord Film' },
      productsMissingFields: 1,
      dialogStep: 'language › language.steps (step 1)',
      membership: null,
      paymentChoice: null,
    });
    const products = snapshot?.['products'] as { complete: boolean; missing: string[] }[];
    expect(products.find((p) => !p.complete)?.missing).toEqual(['serialNumber', 'dealer']);
    expect(typeof snapshot?.['points']).toBe('number');
    expect(Array.isArray(snapshot?.['eligibleTiers'])).toBe(true);
    expect((snapshot?.['recentInputs'] as { text: string }[]).map((r) => r.text)).toEqual(['sprog', '[button: handoff.request]']);
  });

  it('tolerates a member the other journeys know nothing about', async () => {
    const bot = createTestBot(app, 'sv');
    await turn(bot, cardSubmit({ verb: 'handoff.request', reason: '<script>' }));
    expect(await openCase(await memberIdOf(bot))).toMatchObject({
      reason: null,
      snapshot: expect.objectContaining({ application: null, business: null, products: [], points: 0, membership: null }),
    });
  });

  it('shows the topic another journey sent, in the member’s language', async () => {
    const t = translator('nl');
    const replies = await turn(createTestBot(app, 'nl'), cardSubmit({ verb: 'handoff.request', reason: 'duplicate-serial' }));
    expect(cardTexts(cardWith(replies, t('support.queue.joined')))).toContain(t('support.reason.duplicate-serial'));
  });

  it('asking again while waiting shows the same place, not a second case', async () => {
    const t = translator('en');
    const bot = createTestBot(app, 'en');
    await turn(bot, cardSubmit({ verb: 'handoff.request' }));
    const again = await turn(bot, 'I want to talk to a person');
    expect(cardWith(again, t('support.queue.already'))).toBeDefined();
    const rows = await database.db.select().from(supportCases).where(eq(supportCases.memberId, await memberIdOf(bot)));
    expect(rows).toHaveLength(1);
  });
});

describe('while waiting', () => {
  it('keeps the member’s messages for the agent and acknowledges each one', async () => {
    const t = translator('sv');
    const bot = createTestBot(app, 'sv');
    await turn(bot, cardSubmit({ verb: 'handoff.request' }));
    expect(cardWith(await turn(bot, 'Mitt serienummer godkänns inte'), t('support.queue.received'))).toBeDefined();
    expect(cardWith(await turn(bot, 'Det är en EOS R5'), t('support.queue.received'))).toBeDefined();
    const supportCase = await openCase(await memberIdOf(bot));
    const texts = (await database.db.select().from(supportMessages).where(eq(supportMessages.caseId, supportCase!.id))).filter((m) => m.sender === 'member').map((m) => m.text);
    expect(texts).toEqual(['Mitt serienummer godkänns inte', 'Det är en EOS R5']);
  });

  it('cancel while queued: the request ends, the member is back where they were', async () => {
    const t = translator('da');
    const bot = createTestBot(app, 'da');
    await turn(bot, 'sprog');
    await turn(bot, cardSubmit({ verb: 'handoff.request' }));
    const memberId = await memberIdOf(bot);
    const caseId = (await openCase(memberId))!.id;
    const replies = await turn(bot, cardSubmit({ verb: 'handoff.cancel' }));
    expect(replies[0]?.text).toBe(t('support.cancelled'));
    // The language dialog was waiting when the member asked for help, and still is.
    expect((await turn(bot, 'svenska')).map((r) => r.text)).toContain(translator('sv')('language.changed'));
    const [row] = await database.db.select().from(supportCases).where(eq(supportCases.id, caseId));
    expect(row).toMatchObject({ status: 'cancelled', resolution: 'cancelled-by-member' });
  });

  it('typing “annuller” while queued cancels too', async () => {
    const t = translator('da');
    const bot = createTestBot(app, 'da');
    await turn(bot, cardSubmit({ verb: 'handoff.request' }));
    const replies = await turn(bot, 'annuller');
    expect(replies[0]?.text).toBe(t('support.cancelled'));
    expect(await openCase(await memberIdOf(bot))).toBeUndefined();
  });

  it('cancel with nothing open says so', async () => {
    const t = translator('nl');
    const replies = await turn(createTestBot(app, 'nl'), cardSubmit({ verb: 'handoff.cancel' }));
    expect(replies.map((r) => r.text)).toContain(t('support.nothingToCancel'));
  });
});

describe('while an agent owns the chat', () => {
  it('the bot stays quiet, pauses other buttons, and ending the chat asks for a rating', async () => {
    const t = translator('en');
    const bot = createTestBot(app, 'en');
    await turn(bot, cardSubmit({ verb: 'handoff.request' }));
    const supportCase = await openCase(await memberIdOf(bot));
    const desk = createSupportDesk(app.services);
    expect(await desk.claim(supportCase!.id, await demoAgent())).toEqual({ outcome: 'claimed' });

    expect(await turn(bot, 'help')).toEqual([]);
    expect(cardWith(await turn(bot, cardSubmit({ verb: 'products.list' })), t('support.paused'))).toBeDefined();
    const asked = await turn(bot, cardSubmit({ verb: 'handoff.request' }));
    expect(asked.map((r) => r.text)).toContain(t('support.connected', { agent: 'Demo Agent' }));

    const ended = await turn(bot, cardSubmit({ verb: 'handoff.cancel' }));
    expect(ended[0]?.text).toBe(t('support.endedByMember'));
    expect(cardWith(ended, t('support.csat.title'))).toBeDefined();
    const [row] = await database.db.select().from(supportCases).where(eq(supportCases.id, supportCase!.id));
    expect(row).toMatchObject({ status: 'closed', resolution: 'ended-by-member' });
  });
});

describe('CSAT', () => {
  async function closedCase(bot: TestBot): Promise<string> {
    await turn(bot, cardSubmit({ verb: 'handoff.request' }));
    const supportCase = await openCase(await memberIdOf(bot));
    const desk = createSupportDesk(app.services);
    const agent = await demoAgent();
    await desk.claim(supportCase!.id, agent);
    expect(await desk.close(supportCase!.id, agent, 'Answered')).toBe('closed');
    return supportCase!.id;
  }

  it('re-shows the rating card with a message when the rating is not 1–5', async () => {
    const t = translator('sv');
    const bot = createTestBot(app, 'sv');
    const caseId = await closedCase(bot);
    const replies = await turn(bot, cardSubmit({ verb: 'csat.submit', rating: 9, caseId }));
    const card = cardWith(replies, t('support.csat.invalid'));
    expect(cardTexts(card)).toContain(t('support.csat.title'));
  });

  it('stores a rating once', async () => {
    const t = translator('da');
    const bot = createTestBot(app, 'da');
    const caseId = await closedCase(bot);
    expect((await turn(bot, cardSubmit({ verb: 'csat.submit', rating: '5', caseId })))[0]?.text).toBe(t('support.csat.thanks'));
    expect((await turn(bot, cardSubmit({ verb: 'csat.submit', rating: 1, caseId })))[0]?.text).toBe(t('support.csat.already'));
    const [row] = await database.db.select().from(supportCases).where(eq(supportCases.id, caseId));
    expect(row?.csatRating).toBe(5);
  });

  it('cannot rate another member’s case', async () => {
    const t = translator('en');
    const owner = createTestBot(app, 'en');
    const caseId = await closedCase(owner);
    const stranger = createTestBot(app, 'en');
    const replies = await turn(stranger, cardSubmit({ verb: 'csat.submit', rating: 1, caseId }));
    expect(replies.map((r) => r.text)).toContain(t('support.csat.nothing'));
    const [row] = await database.db.select().from(supportCases).where(eq(supportCases.id, caseId));
    expect(row?.csatRating).toBeNull();
  });
});

describe('the Bot Framework hand-off protocol', () => {
  it('accepts handoff.status events from a hub without answering or failing', async () => {
    const bot = createTestBot(app, 'en');
    await turn(bot, cardSubmit({ verb: 'handoff.request' }));
    const supportCase = await openCase(await memberIdOf(bot));
    for (const state of ['accepted', 'failed', 'completed']) {
      expect(await turn(bot, { type: 'event', name: 'handoff.status', value: { state, message: 'hub says hi' } })).toEqual([]);
    }
    const notes = (await database.db.select().from(supportMessages).where(eq(supportMessages.caseId, supportCase!.id))).map((m) => m.text);
    expect(notes).toContain('Hub hand-off status: failed (hub says hi).');
  });

  it('emits handoff.initiate with the transcript when a case opens', async () => {
    const bot = createTestBot(app, 'en');
    await turn(bot, 'menu');
    const replies = await turn(bot, cardSubmit({ verb: 'handoff.request' }));
    const event = replies.find((r) => r.type === 'event' && r.name === 'handoff.initiate');
    expect(event?.attachments?.[0]).toMatchObject({
      contentType: 'application/vnd.microsoft.activity.transcript',
      content: { activities: [expect.objectContaining({ text: 'menu' }), expect.objectContaining({ text: '[button: handoff.request]' })] },
    });
    expect(event?.value).toMatchObject({ reason: null, language: 'en' });
  });
});
