import { randomUUID } from 'node:crypto';
import type { Activity } from 'botbuilder';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../bot/app';
import { CARD_CONTENT_TYPE } from '../../cards/adaptive';
import type { Database } from '../../data/database';
import { jobs, outboxEmails } from '../../data/schema/jobs';
import { invoices, memberships } from '../../data/schema/memberships';
import { formatMoney } from '../../domain/billing';
import { isValidReference, referenceSchemeFor } from '../../domain/paymentReferences';
import { isValidMembershipNumber } from '../../domain/membershipNumber';
import { intlLocale, translator, type Language } from '../../locales';
import { cardSubmit, cardTexts, createTestApp } from '../support/bot';
import { givenApprovedBusiness, givenLegacyAccount, randomDigits } from '../support/business';
import { startFakeChannel, type FakeChannel } from '../support/channel';
import { createTestDatabase } from '../support/database';
import {
  actionsWith,
  cardsIn,
  createChannelBot,
  exchange,
  executeAction,
  givenPoints,
  inputOf,
  openUrls,
  plain,
  textsIn,
} from '../support/membership';

let database: Database;
let app: App;
let channel: FakeChannel;
beforeAll(async () => {
  database = await createTestDatabase();
  channel = await startFakeChannel();
  app = await createTestApp(database);
});
afterAll(async () => {
  await app.close();
  await channel.close();
});

const COUNTRY: Readonly<Record<Language, string>> = { da: 'DK', sv: 'SE', nl: 'NL', en: 'IE' };
const CURRENCY: Readonly<Record<Language, string>> = { da: 'DKK', sv: 'SEK', nl: 'EUR', en: 'EUR' };
/** The seeded fees (tier_prices) of Gold and Corporate, as each locale writes them. */
const GOLD_FEE: Readonly<Record<Language, string>> = { da: '1.495,00 kr.', sv: '2 195,00 kr', nl: '€ 199,00', en: '€199.00' };
const CORPORATE_FEE: Readonly<Record<Language, string>> = { da: '4.495,00 kr.', sv: '6 595,00 kr', nl: '€ 599,00', en: '€599.00' };
const GOLD_MINOR: Readonly<Record<Language, number>> = { da: 149_500, sv: 219_500, nl: 19_900, en: 19_900 };
const CORPORATE_MINOR: Readonly<Record<Language, number>> = { da: 449_500, sv: 659_500, nl: 59_900, en: 59_900 };

/** A member of a new approved business with `points` points, past the greeting. */
async function member(language: Language, points: number, options: { oldCpsEmail?: string; businessId?: string } = {}) {
  const bot = createChannelBot(app, language, channel.url);
  const business = await givenApprovedBusiness(database.db, bot.userId, { countryCode: COUNTRY[language], ...options });
  if (!options.businessId) await givenPoints(database.db, business.businessId, points);
  await exchange(bot, 'menu');
  return { bot, ...business };
}

function messages(replies: Partial<Activity>[]): Partial<Activity>[] {
  return replies.filter((r) => r.type === 'message');
}

function tierCodes(card: unknown): unknown[] {
  return actionsWith(card, 'tier.select').map((d) => d['tier']);
}

async function membershipsOf(businessId: string) {
  return database.db.select().from(memberships).where(eq(memberships.businessId, businessId));
}

async function invoicesOf(membershipId: string) {
  return database.db.select().from(invoices).where(eq(invoices.membershipId, membershipId));
}

describe.each(['da', 'sv', 'nl'] as const)('joining CPS in %s', (language) => {
  const t = translator(language);

  it('invitation → tiers → Corporate toggle (Execute and Submit fallback) → payment → membership → invoice card and e-mail', async () => {
    const { bot, businessId } = await member(language, 2300);

    // Registering an EOS R5 (300 points) brings the business to 2,600: the products journey's invitation (E1).
    const entry = cardsIn(await exchange(bot, cardSubmit({ verb: 'product.add' })));
    const { entryId } = actionsWith(entry, 'product.submit')[0] ?? {};
    const registered = await exchange(
      bot,
      cardSubmit({ verb: 'product.submit', entryId, model: 'eos-r5', serialNumber: randomDigits(12), purchaseDate: '2023-05-02', purchaseCountry: COUNTRY[language], dealer: 'Photocare' }),
    );
    expect(textsIn(registered)).toContain(t('products.invitation.title', { points: 2600 }));
    const [invitation] = actionsWith(cardsIn(registered), 'cps.join');
    expect(invitation).toEqual({ verb: 'cps.join' });

    // Tier card (E2/E3): individual tiers with fees, the toggle OFF.
    const joined = await exchange(bot, cardSubmit(invitation ?? {}));
    const [tierCardActivity] = messages(joined);
    const tiers = cardsIn(joined);
    expect(textsIn(joined)).toContain(t('membership.tiers.title'));
    expect(inputOf(tiers, 'corporate')).toMatchObject({ type: 'Input.Toggle', value: 'false', title: t('membership.tiers.toggle') });
    expect(tierCodes(tiers)).toEqual(['silver', 'gold', 'platinum']);
    const goldFee = formatMoney(GOLD_MINOR[language], CURRENCY[language], intlLocale[language]);
    expect(plain(goldFee)).toBe(GOLD_FEE[language]);
    expect(textsIn(joined)).toContain(t('membership.tier.fee', { fee: goldFee }));
    expect(actionsWith(tiers, 'tier.toggle', 'Action.Execute')).toHaveLength(1);

    // Action.Execute: the refreshed card is the invoke response; nothing else is sent.
    const executed = await exchange(bot, executeAction('tier.toggle', { corporate: 'true' }));
    expect(messages(executed)).toHaveLength(0);
    const invoke = executed.find((a) => a.type === 'invokeResponse');
    const body = (invoke?.value as { status: number; body: { statusCode: number; type: string; value: unknown } }).body;
    expect(body).toMatchObject({ statusCode: 200, type: CARD_CONTENT_TYPE });
    expect(tierCodes(body.value)).toEqual(['corporate']);
    expect(inputOf(body.value, 'corporate')).toMatchObject({ value: 'true' });
    const corporateFee = formatMoney(CORPORATE_MINOR[language], CURRENCY[language], intlLocale[language]);
    expect(plain(corporateFee)).toBe(CORPORATE_FEE[language]);
    expect(cardTexts(body.value)).toContain(t('membership.tier.fee', { fee: corporateFee }));

    // Action.Submit fallback: the card's own activity is updated in place.
    const updates: Partial<Activity>[] = [];
    const update = bot.adapter.updateActivity.bind(bot.adapter);
    bot.adapter.updateActivity = async (context, activity) => {
      updates.push(activity);
      return update(context, activity);
    };
    const submitted = await exchange(bot, { type: 'message', value: { verb: 'tier.toggle', corporate: 'false' }, replyToId: tierCardActivity?.id });
    expect(messages(submitted)).toHaveLength(0);
    expect(updates).toHaveLength(1);
    expect(updates[0]?.id).toBe(tierCardActivity?.id);
    expect(tierCodes(cardsIn(updates))).toEqual(['silver', 'gold', 'platinum']);

    // tier.select → payment choice.
    const selected = await exchange(bot, cardSubmit({ verb: 'tier.select', tier: 'corporate' }));
    const payment = cardsIn(selected);
    expect(textsIn(selected)).toContain(t('membership.payment.title', { tier: t('membership.tier.name.corporate') }));
    expect(textsIn(selected)).toContain(t('membership.payment.bankInfo'));
    expect(textsIn(selected)).toContain(t('membership.payment.cardInfo'));
    expect(inputOf(payment, 'method')).toMatchObject({ type: 'Input.ChoiceSet' });
    expect(actionsWith(payment, 'payment.submit')).toEqual([{ verb: 'payment.submit', tier: 'corporate' }]);

    // payment.submit → the membership is active at once with a new number.
    const paid = await exchange(bot, cardSubmit({ verb: 'payment.submit', tier: 'corporate', method: 'bank-transfer' }));
    expect(textsIn(paid)).toContain(t('membership.welcome.title', { tier: t('membership.tier.name.corporate') }));
    expect(textsIn(paid)).toContain(t('membership.welcome.active'));
    const [membership] = await membershipsOf(businessId);
    expect(membership).toMatchObject({ status: 'active', tierCode: 'corporate', paymentMethod: 'bank-transfer', previousMembershipNumber: null });
    expect(membership?.membershipNumber.startsWith(`CPS-${COUNTRY[language]}-`)).toBe(true);
    expect(isValidMembershipNumber(membership?.membershipNumber ?? '')).toBe(true);
    expect(textsIn(paid)).toContain(membership?.membershipNumber);

    // The invoice job (INVOICE_DELAY_SECONDS=0 in tests) → the invoice card in chat and the e-mail.
    await app.jobs.runDue();
    const [invoice] = await invoicesOf(membership?.id ?? '');
    expect(invoice).toMatchObject({ currency: CURRENCY[language], netAmountMinor: CORPORATE_MINOR[language], status: 'issued' });
    // The buyer's country's own scheme: OCR (SE), FI card 71 (DK), betalingskenmerk (NL).
    expect(invoice?.referenceScheme).toBe(referenceSchemeFor(COUNTRY[language]));
    expect(isValidReference(referenceSchemeFor(COUNTRY[language]), invoice?.paymentReference ?? '')).toBe(true);
    const proactive = channel.to(bot.conversationId);
    expect(proactive.map((a) => a.text)).toContain(t('membership.notify.invoice', { number: invoice?.invoiceNumber ?? '' }));
    const invoiceTexts = textsIn(proactive);
    expect(invoiceTexts).toContain(t('membership.invoice.title', { number: invoice?.invoiceNumber ?? '' }));
    const referenceLabel = { da: t('payments.fik71.line'), sv: t('payments.ocr.reference'), nl: t('payments.kenmerk.reference') }[language];
    expect(invoiceTexts).toContain(referenceLabel);
    expect(invoiceTexts.join(' ').replace(/\s/g, '')).toContain(invoice?.paymentReference ?? '-');
    const [mail] = await database.db.select().from(outboxEmails).where(eq(outboxEmails.dedupeKey, `invoice.email:${invoice?.id}`));
    expect(mail).toMatchObject({ fromAddress: 'donotreply@canon-europe.com', language, subject: t('membership.email.invoice.subject', { number: invoice?.invoiceNumber ?? '' }) });
    expect(mail?.textBody).toContain(t('membership.invoice.bankTitle'));
  });

  it('below the threshold, says how many points are missing and what would get there', async () => {
    const { bot } = await member(language, 499);
    const replies = await exchange(bot, cardSubmit({ verb: 'cps.join' }));
    expect(textsIn(replies)).toContain(t('membership.notInvited.body', { threshold: 500, toGo: 1 }));
    expect(actionsWith(cardsIn(replies), 'product.add')).toHaveLength(1);
    expect(actionsWith(cardsIn(replies), 'tier.select')).toHaveLength(0);
  });
});

describe('tier card (rule E2)', () => {
  it('at 1,000 points Silver and Gold are open, Platinum and Corporate say what they need; no toggle yet', async () => {
    const t = translator('da');
    const { bot } = await member('da', 1000);
    const replies = await exchange(bot, cardSubmit({ verb: 'cps.join' }));
    const cards = cardsIn(replies);
    expect(tierCodes(cards)).toEqual(['silver', 'gold']);
    expect(inputOf(cards, 'corporate')).toBeUndefined();
    expect(textsIn(replies)).toContain(t('membership.tier.locked', { toGo: 1000 }));
    expect(textsIn(replies)).toContain(t('membership.tier.locked', { toGo: 1501 }));
    expect(textsIn(replies)).toContain(t('membership.tier.needsMoreThan', { points: 2500 }));
  });

  it('typed in Swedish, “gå med i CPS” opens the tiers', async () => {
    const t = translator('sv');
    const { bot } = await member('sv', 600);
    expect(textsIn(await exchange(bot, 'Gå med i CPS'))).toContain(t('membership.tiers.title'));
  });
});

describe('re-validation on the server', () => {
  it('a tier.select the points do not reach is refused with the reason and the tier card', async () => {
    const t = translator('nl');
    const { bot } = await member('nl', 999);
    const replies = await exchange(bot, cardSubmit({ verb: 'tier.select', tier: 'gold' }));
    expect(textsIn(replies)).toContain(t('membership.tier.lockedError', { tier: t('membership.tier.name.gold'), needs: t('membership.tier.needs', { points: 1000 }), points: 999 }));
    expect(tierCodes(cardsIn(replies))).toEqual(['silver']);
    expect(inputOf(cardsIn(replies), 'method')).toBeUndefined();
  });

  it('an unknown tier gets the tier card with a clear message', async () => {
    const t = translator('sv');
    const { bot } = await member('sv', 700);
    const replies = await exchange(bot, cardSubmit({ verb: 'tier.select', tier: 'diamond' }));
    expect(textsIn(replies)).toContain(t('membership.tier.unknown'));
  });

  it('a forged payment.submit for a locked tier buys nothing', async () => {
    const t = translator('da');
    const { bot, businessId } = await member('da', 1200);
    const replies = await exchange(bot, cardSubmit({ verb: 'payment.submit', tier: 'platinum', method: 'card' }));
    expect(textsIn(replies)).toContain(
      t('membership.tier.lockedError', { tier: t('membership.tier.name.platinum'), needs: t('membership.tier.needs', { points: 2000 }), points: 1200 }),
    );
    expect(await membershipsOf(businessId)).toHaveLength(0);
  });

  it('payment.submit without a method shows the payment card again with the error, the tier kept', async () => {
    const t = translator('nl');
    const { bot, businessId } = await member('nl', 1500);
    await exchange(bot, cardSubmit({ verb: 'tier.select', tier: 'gold' }));
    const replies = await exchange(bot, cardSubmit({ verb: 'payment.submit', tier: 'gold', method: 'cash' }));
    expect(textsIn(replies)).toContain(t('membership.payment.methodRequired'));
    expect(actionsWith(cardsIn(replies), 'payment.submit')).toEqual([{ verb: 'payment.submit', tier: 'gold' }]);
    expect(await membershipsOf(businessId)).toHaveLength(0);
  });

  it('a payment.submit with only `method` uses the tier the member picked', async () => {
    const { bot, businessId } = await member('sv', 1100);
    await exchange(bot, cardSubmit({ verb: 'tier.select', tier: 'gold' }));
    await exchange(bot, cardSubmit({ verb: 'payment.submit', method: 'card' }));
    expect(await membershipsOf(businessId)).toMatchObject([{ tierCode: 'gold', paymentMethod: 'card' }]);
  });

  it('a payment.submit with nothing picked asks for a tier first', async () => {
    const t = translator('da');
    const { bot, businessId } = await member('da', 800);
    const replies = await exchange(bot, cardSubmit({ verb: 'payment.submit', method: 'card' }));
    expect(textsIn(replies)).toContain(t('membership.payment.chooseTierFirst'));
    expect(await membershipsOf(businessId)).toHaveLength(0);
  });
});

describe('idempotency', () => {
  it('a double-submitted payment.submit creates one membership and one invoice', async () => {
    const t = translator('da');
    const { bot, businessId } = await member('da', 2100);
    const submit = (id: string) => ({ type: 'message', id, value: { verb: 'payment.submit', tier: 'platinum', method: 'bank-transfer' } });
    bot.adapter.activeQueue.splice(0);
    await Promise.all([bot.adapter.processActivity(submit(`tap-${randomUUID()}`)), bot.adapter.processActivity(submit(`tap-${randomUUID()}`))]);
    const replies = bot.adapter.activeQueue.splice(0);
    expect(textsIn(replies)).toContain(t('membership.already'));
    const rows = await membershipsOf(businessId);
    expect(rows).toHaveLength(1);
    await app.jobs.runDue();
    await app.jobs.runDue();
    expect(await invoicesOf(rows[0]?.id ?? '')).toHaveLength(1);
  });

  it('two members of one business buying at the same moment get one membership and one invoice, each in their language', async () => {
    const first = await member('sv', 2100);
    const second = await member('nl', 0, { businessId: first.businessId });
    await Promise.all([
      exchange(first.bot, cardSubmit({ verb: 'payment.submit', tier: 'gold', method: 'card' })),
      exchange(second.bot, cardSubmit({ verb: 'payment.submit', tier: 'silver', method: 'bank-transfer' })),
    ]);
    const rows = await membershipsOf(first.businessId);
    expect(rows).toHaveLength(1);
    await app.jobs.runDue();
    const issued = await invoicesOf(rows[0]?.id ?? '');
    expect(issued).toHaveLength(1);
    // Each colleague gets the invoice in chat, in the language of their own conversation.
    const number = issued[0]?.invoiceNumber ?? '';
    expect(channel.to(first.bot.conversationId).map((a) => a.text)).toContain(translator('sv')('membership.notify.invoice', { number }));
    expect(channel.to(second.bot.conversationId).map((a) => a.text)).toContain(translator('nl')('membership.notify.invoice', { number }));
    const issueJobs = await database.db.select().from(jobs).where(and(eq(jobs.kind, 'invoice.issue'), eq(jobs.dedupeKey, `invoice.issue:${rows[0]?.id}`)));
    expect(issueJobs).toHaveLength(1);
  });

  it('an existing member pressing Join CPS sees the membership, not the tiers', async () => {
    const t = translator('nl');
    const { bot } = await member('nl', 600);
    await exchange(bot, cardSubmit({ verb: 'payment.submit', tier: 'silver', method: 'bank-transfer' }));
    const replies = await exchange(bot, cardSubmit({ verb: 'cps.join' }));
    expect(textsIn(replies)).toContain(t('membership.already'));
    expect(textsIn(replies)).toContain(t('membership.card.title'));
  });
});

describe('membership number (rule M6)', () => {
  it('a business that had a CPS number before is told it changed, with old and new', async () => {
    const t = translator('sv');
    const email = `old-${randomUUID().slice(0, 8)}@example.com`;
    await givenLegacyAccount(database.db, email, []);
    const { bot, businessId } = await member('sv', 1000, { oldCpsEmail: email });
    const replies = await exchange(bot, cardSubmit({ verb: 'payment.submit', tier: 'gold', method: 'bank-transfer' }));
    const [membership] = await membershipsOf(businessId);
    expect(membership?.previousMembershipNumber).toBe('CPS-0042');
    expect(textsIn(replies)).toContain(t('membership.card.numberChanged', { oldNumber: 'CPS-0042', newNumber: membership?.membershipNumber ?? '' }));
  });

  it('a business without an earlier number is not told anything changed', async () => {
    const t = translator('da');
    const { bot, businessId } = await member('da', 1000);
    const replies = await exchange(bot, cardSubmit({ verb: 'payment.submit', tier: 'gold', method: 'bank-transfer' }));
    const opening = t('membership.card.numberChanged', { oldNumber: '§', newNumber: '§' }).split('§')[0] ?? '';
    expect(opening.length).toBeGreaterThan(10);
    expect(textsIn(replies).some((s) => s.startsWith(opening))).toBe(false);
    expect((await membershipsOf(businessId))[0]?.previousMembershipNumber).toBeNull();
  });
});

describe('card payment (rule M3)', () => {
  it('links to the hosted payment page, never asks for a card in chat, and schedules the charge for the due date', async () => {
    const t = translator('da');
    const { bot, businessId } = await member('da', 1000);
    const replies = await exchange(bot, cardSubmit({ verb: 'payment.submit', tier: 'gold', method: 'card' }));
    expect(textsIn(replies)).toContain(t('membership.card.cardNext'));
    const [link] = openUrls(cardsIn(replies));
    expect(link).toMatch(/\/pay\/[A-Za-z0-9_-]{43}\?lang=da$/);
    expect(JSON.stringify(cardsIn(replies))).not.toMatch(/Input\.Text/);

    await app.jobs.runDue();
    const [membership] = await membershipsOf(businessId);
    const [invoice] = await invoicesOf(membership?.id ?? '');
    expect(invoice?.paymentReference).toBeNull();
    const [charge] = await database.db.select().from(jobs).where(eq(jobs.dedupeKey, `card.charge:${invoice?.id}`));
    expect(charge?.runAt.toISOString()).toBe(`${invoice?.dueDate}T06:00:00.000Z`);
    const proactive = channel.to(bot.conversationId);
    const money = formatMoney(invoice?.grossAmountMinor ?? 0, 'DKK', 'da-DK');
    expect(textsIn(proactive)).toContain(t('membership.invoice.cardMissing', { total: money, due: new Intl.DateTimeFormat('da-DK', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${invoice?.dueDate}T00:00:00Z`)) }));
    expect(openUrls(proactive.map((a) => a.attachments))).toHaveLength(1);
  });
});

describe('without a business account', () => {
  it('tells the member to apply first', async () => {
    const t = translator('nl');
    const bot = createChannelBot(app, 'nl', channel.url);
    await exchange(bot, 'menu');
    const replies = await exchange(bot, cardSubmit({ verb: 'cps.join' }));
    expect(textsIn(replies)).toContain(t('membership.needsAccount'));
    expect(actionsWith(cardsIn(replies), 'account.apply')).toHaveLength(1);
  });
});
