import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../bot/app';
import { createMemberRepository } from '../../data/repositories/members';
import { eq } from 'drizzle-orm';
import { applications, businesses } from '../../data/schema/businesses';
import { invoices, memberships } from '../../data/schema/memberships';
import type { Database } from '../../data/database';
import { formatDate } from '../../dialogs/account/format';
import { LANGUAGES, type Language } from '../../locales';
import { cardSubmit, createTestApp, createTestBot } from '../support/bot';
import { givenApprovedBusiness } from '../support/business';
import { createTestDatabase } from '../support/database';
import { actionsWith, cardsIn, exchange, givenPoints, textsIn } from '../support/membership';

let database: Database;
let app: App;
beforeAll(async () => {
  database = await createTestDatabase();
  app = await createTestApp(database);
});
afterAll(async () => {
  await app.close();
});

let counter = 0;

/** A paying member: approved business, `points` points, an active membership and one open invoice. */
async function givenMember(userId: string, points: number) {
  const { businessId, memberId } = await givenApprovedBusiness(database.db, userId);
  await givenPoints(database.db, businessId, points);
  counter += 1;
  const membershipNumber = `CPS-HOME-${counter}-${randomUUID().slice(0, 6)}`;
  const [membership] = await database.db
    .insert(memberships)
    .values({ businessId, tierCode: 'gold', membershipNumber, paymentMethod: 'card', validUntil: '2027-11-24' })
    .returning({ id: memberships.id });
  if (!membership) throw new Error('no membership');
  await database.db.insert(invoices).values({
    invoiceNumber: `INV-HOME-${counter}-${randomUUID().slice(0, 6)}`,
    membershipId: membership.id,
    currency: 'DKK',
    netAmountMinor: 100000,
    vatRateBp: 2500,
    vatAmountMinor: 25000,
    grossAmountMinor: 125000,
    issueDate: '2026-11-24',
    dueDate: '2026-12-24',
  });
  const [business] = await database.db.select({ companyName: businesses.companyName }).from(businesses).where(eq(businesses.id, businessId));
  return { memberId, membershipNumber, companyName: business?.companyName ?? '' };
}

const menuVerbs = (replies: Awaited<ReturnType<typeof exchange>>, verb: string) => actionsWith(cardsIn(replies), verb).length;

describe.each(LANGUAGES)('home per state in %s', (language: Language) => {
  it('a member is greeted with number, tier, renewal, points and open invoices, and is offered no "apply"/"join"', async () => {
    const bot = createTestBot(app, language);
    const { membershipNumber, companyName } = await givenMember(bot.userId, 1200);
    const replies = await exchange(bot, 'menu');
    const greeting = replies[0]?.text ?? '';
    expect(greeting).toContain(membershipNumber);
    expect(greeting).toContain(formatDate(language, '2027-11-24'));
    expect(greeting).toBe(bot.t('home.member', { company: companyName, number: membershipNumber, tier: 'Gold', renewal: formatDate(language, '2027-11-24'), points: 1200, invoices: 1 }));
    expect(menuVerbs(replies, 'account.apply') + menuVerbs(replies, 'cps.join') + menuVerbs(replies, 'account.status')).toBe(0);
    const texts = textsIn(replies);
    for (const label of [bot.t('menu.account'), bot.t('menu.join'), bot.t('menu.accountStatus')]) expect(texts).not.toContain(label);
  });

  it('a cancelled member is told when the membership ends, not that it renews', async () => {
    const bot = createTestBot(app, language);
    const { membershipNumber, companyName } = await givenMember(bot.userId, 1200);
    await exchange(bot, 'menu');
    await exchange(bot, cardSubmit({ verb: 'membership.cancel', confirm: true }));
    // The greeting opens a conversation: the member comes back in a new one.
    const again = createTestBot(app, language, { userId: bot.userId });
    const greeting = (await exchange(again, 'menu'))[0]?.text ?? '';
    const ends = formatDate(language, '2027-11-24');
    expect(greeting).toBe(bot.t('home.memberEnding', { company: companyName, number: membershipNumber, tier: 'Gold', ends, points: 1200, invoices: 1 }));
    expect(greeting).not.toBe(bot.t('home.member', { company: companyName, number: membershipNumber, tier: 'Gold', renewal: ends, points: 1200, invoices: 1 }));
  });

  it('an applicant under review is told the decision date and offered the status, not "apply"', async () => {
    const bot = createTestBot(app, language);
    const member = await createMemberRepository(database.db).findOrCreate('test', bot.userId);
    const reference = `APP-H${randomUUID().slice(0, 6).toUpperCase()}`;
    await database.db.insert(applications).values({
      reference,
      memberId: member.id,
      countryCode: 'SE',
      companyName: 'Ljusbild AB',
      address: 'Storgatan 1, Lund',
      vatRegistered: true,
      vatNumber: 'SE556677889901',
      documentType: 'vat-certificate',
      authorised: true,
      contactEmail: 'info@ljusbild.example',
      status: 'under-review',
      submittedAt: new Date('2026-06-05T10:00:00Z'),
      expectedDecisionDate: '2026-06-09',
    });
    const replies = await exchange(bot, 'menu');
    expect(textsIn(replies)).toContain(bot.t('account.status.underReview', { reference, date: formatDate(language, '2026-06-09') }));
    expect(menuVerbs(replies, 'account.status')).toBeGreaterThan(0);
    expect(menuVerbs(replies, 'account.apply')).toBe(0);
  });

  it('an approved business below the threshold hears its points and is pointed at products, without "join"', async () => {
    const bot = createTestBot(app, language);
    const { businessId } = await givenApprovedBusiness(database.db, bot.userId);
    await givenPoints(database.db, businessId, 300);
    const replies = await exchange(bot, 'menu');
    expect(textsIn(replies)).toContain(bot.t('products.return.toGo', { points: 300, toGo: 200 }));
    expect(menuVerbs(replies, 'product.add')).toBeGreaterThan(0);
    expect(menuVerbs(replies, 'cps.join') + menuVerbs(replies, 'account.apply')).toBe(0);
  });

  it('an invited business is offered "join" and no "apply"', async () => {
    const bot = createTestBot(app, language);
    const { businessId } = await givenApprovedBusiness(database.db, bot.userId);
    await givenPoints(database.db, businessId, 600);
    const replies = await exchange(bot, 'menu');
    expect(replies[0]?.text).toContain(bot.t('home.invited', { company: '§', points: 600 }).split('§')[1]);
    expect(menuVerbs(replies, 'cps.join')).toBeGreaterThan(0);
    expect(menuVerbs(replies, 'account.apply')).toBe(0);
  });

  it('a returning visitor is welcomed back and offered "apply"', async () => {
    const bot = createTestBot(app, language);
    await createMemberRepository(database.db).findOrCreate('test', bot.userId);
    const replies = await exchange(bot, 'menu');
    expect(replies[0]?.text).toBe(bot.t('welcome.back'));
    expect(menuVerbs(replies, 'account.apply')).toBeGreaterThan(0);
    expect(menuVerbs(replies, 'cps.join')).toBe(0);
  });
});
