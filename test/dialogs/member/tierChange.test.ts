import { and, eq, like, ne } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../../bot/app';
import type { Database } from '../../../data/database';
import { jobs } from '../../../data/schema/jobs';
import { invoices, memberships } from '../../../data/schema/memberships';
import { tierPrices } from '../../../data/schema/tiers';
import { formatDate } from '../../../dialogs/account/format';
import { formatterFor } from '../../../services/membership/context';
import { addDays, proRataMinor } from '../../../domain/billing';
import { localDate } from '../../../domain/businessDays';
import { generateMembershipNumber } from '../../../domain/membershipNumber';
import { LANGUAGES, type Language } from '../../../locales';
import { TIER_DOWNGRADE_JOB } from '../../../services/member/tierChange';
import { cardSubmit, createTestApp, createTestBot, type TestBot } from '../../support/bot';
import { givenApprovedBusiness } from '../../support/business';
import { createTestDatabase } from '../../support/database';
import { actionsWith, cardsIn, exchange, givenPoints, textsIn } from '../../support/membership';

let database: Database;
let app: App;
beforeAll(async () => {
  database = await createTestDatabase();
  app = await createTestApp(database);
});
afterAll(async () => {
  await app.close();
});

const VALID_UNTIL = addDays(localDate(new Date(), 'Europe/Copenhagen'), 200);

async function givenMember(bot: TestBot, tierCode: string, points: readonly number[]) {
  const { businessId } = await givenApprovedBusiness(database.db, bot.userId);
  for (const p of points) await givenPoints(database.db, businessId, p);
  const [membership] = await database.db
    .insert(memberships)
    .values({ businessId, tierCode, membershipNumber: generateMembershipNumber('DK'), paymentMethod: 'bank-transfer', validUntil: VALID_UNTIL })
    .returning();
  if (!membership) throw new Error('no membership');
  await exchange(bot, 'menu');
  return membership;
}

const tierOf = async (id: string) => (await database.db.select({ t: memberships.tierCode }).from(memberships).where(eq(memberships.id, id)))[0]?.t;
const dkk = async (tierCode: string) =>
  (await database.db.select({ fee: tierPrices.annualFeeMinor }).from(tierPrices).where(and(eq(tierPrices.tierCode, tierCode), eq(tierPrices.currency, 'DKK'))))[0]?.fee ?? NaN;

/** Makes one job due now and every other pending one of this database later (other tests' invoices are not this test's concern). */
async function onlyDue(jobId: string): Promise<void> {
  await database.db.update(jobs).set({ runAt: new Date('2100-01-01T00:00:00Z') }).where(and(eq(jobs.status, 'pending'), ne(jobs.id, jobId)));
  await database.db.update(jobs).set({ runAt: new Date(Date.now() - 1000) }).where(eq(jobs.id, jobId));
}

describe.each(LANGUAGES)('tier.change in %s', (language: Language) => {
  it('offers the other tiers; a locked one says how many points are missing and changes nothing', async () => {
    const bot = createTestBot(app, language);
    const membership = await givenMember(bot, 'silver', [700]);
    const offered = await exchange(bot, cardSubmit({ verb: 'tier.change' }));
    expect(actionsWith(cardsIn(offered), 'tier.change').map((a) => a['tier'])).toEqual(['gold', 'platinum', 'corporate']);
    const locked = await exchange(bot, cardSubmit({ verb: 'tier.change', tier: 'gold', confirm: true }));
    expect(textsIn(locked)).toContain(bot.t('self.tier.locked', { tier: 'Gold', min: 1000, moreThan: 'false', points: 700, needed: 300 }));
    expect(await tierOf(membership.id)).toBe('silver');
  });

  it('an upgrade asks first with the pro-rata difference, then switches at once and issues that invoice', async () => {
    const bot = createTestBot(app, language);
    const membership = await givenMember(bot, 'silver', [700, 400]);
    const today = localDate(new Date(), 'Europe/Copenhagen');
    const netMinor = proRataMinor((await dkk('gold')) - (await dkk('silver')), today, VALID_UNTIL);
    const args = { tier: 'Gold', current: 'Silver', date: formatDate(language, VALID_UNTIL), net: formatterFor(language).money(netMinor, 'DKK') };

    const asked = await exchange(bot, cardSubmit({ verb: 'tier.change', tier: 'gold' }));
    expect(textsIn(asked)).toContain(bot.t('self.tier.upgrade.body', args));
    expect(actionsWith(cardsIn(asked), 'tier.change')).toEqual([{ verb: 'tier.change', tier: 'gold', confirm: true }]);
    expect(await tierOf(membership.id)).toBe('silver');

    const done = await exchange(bot, cardSubmit({ verb: 'tier.change', tier: 'gold', confirm: 'true' }));
    expect(textsIn(done)).toContain(bot.t('self.tier.upgrade.done', args));
    expect(await tierOf(membership.id)).toBe('gold');
    const [issue] = await database.db.select().from(jobs).where(like(jobs.dedupeKey, `invoice.issue:${membership.id}:upgrade:%`));
    expect(issue?.payload).toMatchObject({ membershipId: membership.id, currency: 'DKK', netMinor, language, invoiceNumber: expect.stringMatching(/^INV-\d{4}-[0-9A-Z]{8}-1$/) });

    const again = await exchange(bot, cardSubmit({ verb: 'tier.change', tier: 'gold', confirm: 'true' }));
    expect(textsIn(again)).toContain(bot.t('self.tier.same', { tier: 'Gold' }));
  });

  it('a downgrade takes effect when the membership renews; until then the tier is kept', async () => {
    const bot = createTestBot(app, language);
    const membership = await givenMember(bot, 'gold', [700, 400]);
    const args = { tier: 'Silver', current: 'Gold', end: formatDate(language, VALID_UNTIL), date: formatDate(language, addDays(VALID_UNTIL, 1)) };
    const asked = await exchange(bot, cardSubmit({ verb: 'tier.change', tier: 'silver' }));
    expect(textsIn(asked)).toContain(bot.t('self.tier.downgrade.body', args));
    const done = await exchange(bot, cardSubmit({ verb: 'tier.change', tier: 'silver', confirm: true }));
    expect(textsIn(done)).toContain(bot.t('self.tier.downgrade.done', args));
    expect(await tierOf(membership.id)).toBe('gold');

    const [job] = await database.db.select().from(jobs).where(like(jobs.dedupeKey, `${TIER_DOWNGRADE_JOB}:${membership.id}:%`));
    expect(job?.runAt.toISOString()).toBe(`${addDays(VALID_UNTIL, 1)}T00:00:00.000Z`);
    await onlyDue(job?.id ?? '');
    await app.jobs.runDue();
    expect(await tierOf(membership.id)).toBe('silver');
  });

  it('an unknown tier is refused politely', async () => {
    const bot = createTestBot(app, language);
    await givenMember(bot, 'silver', [700]);
    expect(textsIn(await exchange(bot, cardSubmit({ verb: 'tier.change', tier: 'diamond' })))).toContain(bot.t('self.tier.unknown'));
  });
});

describe('the upgrade invoice', () => {
  it('is issued by the purchase\'s invoice job, with its own number and bank-transfer reference', async () => {
    const bot = createTestBot(app, 'en');
    const membership = await givenMember(bot, 'silver', [700, 400]);
    await exchange(bot, cardSubmit({ verb: 'tier.change', tier: 'gold', confirm: true }));
    const [issue] = await database.db.select().from(jobs).where(like(jobs.dedupeKey, `invoice.issue:${membership.id}:upgrade:%`));
    await onlyDue(issue?.id ?? '');
    await app.jobs.runDue();
    const [invoice] = await database.db.select().from(invoices).where(eq(invoices.membershipId, membership.id));
    expect(invoice?.invoiceNumber).toBe(issue?.payload['invoiceNumber']);
    expect(invoice?.netAmountMinor).toBe(issue?.payload['netMinor']);
    expect(invoice?.paymentReference).toBeTruthy();
  }, 120_000);
});
