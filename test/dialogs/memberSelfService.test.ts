import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../bot/app';
import type { Database } from '../../data/database';
import { businesses } from '../../data/schema/businesses';
import { catalogueModels, registeredProducts } from '../../data/schema/products';
import { jobs } from '../../data/schema/jobs';
import { memberships, paymentSessions } from '../../data/schema/memberships';
import { formatDate } from '../../dialogs/account/format';
import { LANGUAGES, type Language } from '../../locales';
import { MEMBERSHIP_END_JOB } from '../../services/member/selfService';
import { cardSubmit, createTestApp, createTestBot, type TestBot } from '../support/bot';
import { givenApprovedBusiness } from '../support/business';
import { createTestDatabase } from '../support/database';
import { actionsWith, cardsIn, exchange, givenPoints, inputOf, textsIn } from '../support/membership';

let database: Database;
let app: App;
beforeAll(async () => {
  database = await createTestDatabase();
  app = await createTestApp(database);
});
afterAll(async () => {
  await app.close();
});

const VALID_UNTIL = '2027-11-24';

async function givenMember(bot: TestBot) {
  const { businessId } = await givenApprovedBusiness(database.db, bot.userId);
  const membershipNumber = `CPS-SELF-${randomUUID().slice(0, 8)}`;
  const [membership] = await database.db
    .insert(memberships)
    .values({ businessId, tierCode: 'silver', membershipNumber, paymentMethod: 'card', validUntil: VALID_UNTIL })
    .returning({ id: memberships.id });
  const [business] = await database.db.select({ contactEmail: businesses.contactEmail }).from(businesses).where(eq(businesses.id, businessId));
  return { businessId, membershipId: membership?.id ?? '', membershipNumber, contactEmail: business?.contactEmail ?? '' };
}

const contactOf = async (businessId: string) => (await database.db.select({ e: businesses.contactEmail }).from(businesses).where(eq(businesses.id, businessId)))[0]?.e;
const statusOf = async (membershipId: string) => (await database.db.select({ s: memberships.status }).from(memberships).where(eq(memberships.id, membershipId)))[0]?.s;

describe.each(LANGUAGES)('member self-service in %s', (language: Language) => {
  it('the menu offers "My CPS membership", which shows the number, the tier and the contact e-mail to change', async () => {
    const bot = createTestBot(app, language);
    const member = await givenMember(bot);
    const menu = await exchange(bot, 'menu');
    expect(actionsWith(cardsIn(menu), 'membership.view')).toHaveLength(1);
    const view = await exchange(bot, cardSubmit({ verb: 'membership.view' }));
    expect(textsIn(view)).toEqual(expect.arrayContaining([bot.t('self.title'), member.membershipNumber, 'Silver', formatDate(language, VALID_UNTIL)]));
    expect(inputOf(cardsIn(view), 'contactEmail')?.['value']).toBe(member.contactEmail);
  });

  it('contact.change refuses a bad address keeping what was typed, and saves a good one', async () => {
    const bot = createTestBot(app, language);
    const member = await givenMember(bot);
    await exchange(bot, 'menu');
    const refused = await exchange(bot, cardSubmit({ verb: 'contact.change', contactEmail: ' studio at example ' }));
    expect(textsIn(refused)).toContain(bot.t('self.contact.invalid', { typed: 'studio at example' }));
    expect(inputOf(cardsIn(refused), 'contactEmail')?.['value']).toBe('studio at example');
    expect(await contactOf(member.businessId)).toBe(member.contactEmail);

    const saved = await exchange(bot, cardSubmit({ verb: 'contact.change', contactEmail: 'faktura@studio.example' }));
    expect(textsIn(saved)).toContain(bot.t('self.contact.changed', { email: 'faktura@studio.example' }));
    expect(await contactOf(member.businessId)).toBe('faktura@studio.example');
  });

  it('membership.cancel asks first, then cancels at the end of the paid period; the membership stays usable until then', async () => {
    const bot = createTestBot(app, language);
    const member = await givenMember(bot);
    await exchange(bot, 'menu');
    const date = formatDate(language, VALID_UNTIL);
    const asked = await exchange(bot, cardSubmit({ verb: 'membership.cancel' }));
    expect(textsIn(asked)).toContain(bot.t('self.cancel.body', { date }));
    expect(actionsWith(cardsIn(asked), 'membership.cancel')).toEqual([{ verb: 'membership.cancel', confirm: true }]);
    expect(await database.db.select().from(jobs).where(eq(jobs.dedupeKey, `${MEMBERSHIP_END_JOB}:${member.membershipId}`))).toEqual([]);

    const done = await exchange(bot, cardSubmit({ verb: 'membership.cancel', confirm: 'true' }));
    expect(textsIn(done)).toContain(bot.t('self.cancel.done', { date }));
    expect(await statusOf(member.membershipId)).toBe('active');
    const [end] = await database.db.select().from(jobs).where(eq(jobs.dedupeKey, `${MEMBERSHIP_END_JOB}:${member.membershipId}`));
    expect(end?.runAt.toISOString()).toBe('2027-11-25T00:00:00.000Z');

    const again = await exchange(bot, cardSubmit({ verb: 'membership.cancel', confirm: 'true' }));
    expect(textsIn(again)).toContain(bot.t('self.cancel.already', { date }));

    // The day after the last valid day, the job ends it.
    await database.db.update(jobs).set({ runAt: new Date(Date.now() - 1000) }).where(eq(jobs.id, end?.id ?? ''));
    await app.jobs.runDue();
    expect(await statusOf(member.membershipId)).toBe('cancelled');
  });

  it('product.remove explains points and the tier at renewal first, then removes; another business\'s product is refused', async () => {
    const bot = createTestBot(app, language);
    const { businessId } = await givenApprovedBusiness(database.db, bot.userId);
    await givenPoints(database.db, businessId, 700);
    await givenPoints(database.db, businessId, 400);
    await database.db.insert(memberships).values({ businessId, tierCode: 'gold', membershipNumber: `CPS-RM-${randomUUID().slice(0, 8)}`, paymentMethod: 'card', validUntil: VALID_UNTIL });
    const [small] = await database.db
      .select({ id: registeredProducts.id })
      .from(registeredProducts)
      .innerJoin(catalogueModels, eq(catalogueModels.id, registeredProducts.modelId))
      .where(and(eq(registeredProducts.businessId, businessId), eq(catalogueModels.points, 400)));
    const after = 700;
    await exchange(bot, 'menu');

    const asked = await exchange(bot, cardSubmit({ verb: 'product.remove', productId: small?.id }));
    const date = formatDate(language, VALID_UNTIL);
    expect(textsIn(asked)).toContain(bot.t('self.product.points', { before: 1100, after }));
    expect(textsIn(asked)).toContain(bot.t('self.product.tierLost', { tier: 'Gold', min: 1000, date, after, next: 'Silver' }));
    expect(await database.db.select().from(registeredProducts).where(eq(registeredProducts.businessId, businessId))).toHaveLength(2);

    const done = await exchange(bot, cardSubmit({ verb: 'product.remove', productId: small?.id, confirm: true }));
    expect(textsIn(done)).toContain(bot.t('self.product.removed', { points: after }));
    expect(await database.db.select().from(registeredProducts).where(eq(registeredProducts.businessId, businessId))).toHaveLength(1);

    const other = createTestBot(app, language);
    const { businessId: otherBusiness } = await givenApprovedBusiness(database.db, other.userId);
    await givenPoints(database.db, otherBusiness, 300);
    const [foreign] = await database.db.select({ id: registeredProducts.id }).from(registeredProducts).where(eq(registeredProducts.businessId, otherBusiness));
    const refused = await exchange(bot, cardSubmit({ verb: 'product.remove', productId: foreign?.id, confirm: true }));
    expect(textsIn(refused)).toContain(bot.t('products.notFound'));
    expect(await database.db.select().from(registeredProducts).where(eq(registeredProducts.businessId, otherBusiness))).toHaveLength(1);
  });

  it('payment.change: bank transfer from the next invoice, a new card through the hosted page, anything else refused', async () => {
    const bot = createTestBot(app, language);
    const member = await givenMember(bot);
    await exchange(bot, 'menu');
    const methodOf = async () => (await database.db.select({ m: memberships.paymentMethod }).from(memberships).where(eq(memberships.id, member.membershipId)))[0]?.m;

    expect(textsIn(await exchange(bot, cardSubmit({ verb: 'payment.change', method: 'cash' })))).toContain(bot.t('self.payment.invalid'));
    expect(await methodOf()).toBe('card');

    const card = await exchange(bot, cardSubmit({ verb: 'payment.change', method: 'card' }));
    expect(textsIn(card).join('\n')).toMatch(new RegExp(`/pay/[A-Za-z0-9_-]+\\?lang=${language}`));
    expect(await database.db.select().from(paymentSessions).where(eq(paymentSessions.membershipId, member.membershipId))).toHaveLength(1);

    const bank = await exchange(bot, cardSubmit({ verb: 'payment.change', method: 'bank-transfer' }));
    expect(textsIn(bank)).toContain(bot.t('self.payment.bankDone'));
    expect(await methodOf()).toBe('bank-transfer');
    expect(textsIn(await exchange(bot, cardSubmit({ verb: 'payment.change', method: 'bank-transfer' })))).toContain(bot.t('self.payment.bankAlready'));
  });

  it('someone who is not a member is told so, with the menu', async () => {
    const bot = createTestBot(app, language);
    await givenApprovedBusiness(database.db, bot.userId);
    await exchange(bot, 'menu');
    const replies = await exchange(bot, cardSubmit({ verb: 'membership.cancel', confirm: 'true' }));
    expect(textsIn(replies)).toContain(bot.t('self.notMember'));
  });
});
