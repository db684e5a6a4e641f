import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPaymentRepository } from '../../data/repositories/payments';
import { memberships, paymentSessions } from '../../data/schema/memberships';
import { hashToken } from '../../services/membership/paymentLinks';
import { translator } from '../../locales';
import { givenApprovedBusiness } from '../support/business';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { newMember, post, startApp, type RunningApp } from '../support/http';
import { givenPoints, openUrls } from '../support/membership';

let database: TestDatabase;
let running: RunningApp;
beforeAll(async () => {
  database = await createTestDatabase();
  running = await startApp(database, { INVOICE_DELAY_SECONDS: '0' });
});
afterAll(async () => {
  await running.app.close();
});

/** A member buys Gold by card over /api/messages; returns the payment-page path from the welcome card. */
async function buyByCard(locale: string): Promise<{ path: string; membershipId: string }> {
  const member = newMember(locale);
  const { businessId } = await givenApprovedBusiness(database.db, member.userId, { channelId: 'cli', countryCode: 'DK' });
  await givenPoints(database.db, businessId, 1500);
  const { activities } = await post(running.url, member, { value: { verb: 'payment.submit', tier: 'gold', method: 'card' } });
  const [link] = openUrls(activities.map((a) => a.attachments));
  if (!link) throw new Error('no payment link in the reply');
  const [membership] = await database.db.select().from(memberships).where(eq(memberships.businessId, businessId));
  return { path: new URL(link).pathname + new URL(link).search, membershipId: membership?.id ?? '' };
}

function form(fields: Record<string, string>): RequestInit {
  return { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams(fields).toString() };
}

describe('the hosted card page (sandbox provider)', () => {
  it('GET shows the form in the member’s language, uncached and locked down', async () => {
    const t = translator('da');
    const { path } = await buyByCard('da');
    const response = await fetch(`${running.url}${path}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('content-security-policy')).toContain("default-src 'none'");
    const html = await response.text();
    expect(html).toContain('<html lang="da">');
    expect(html).toContain(t('membership.pay.cardNumber'));
    expect(html).toContain('autocomplete="cc-number"');
  });

  it('POST with a bad card number answers 422, keeps the name, never echoes the number', async () => {
    const t = translator('sv');
    const { path } = await buyByCard('sv');
    const response = await fetch(`${running.url}${path}`, form({ holder: 'Anna Svensson', number: '4242 4242 4242 4241', expiry: '12/39', cvc: '123', lang: 'sv' }));
    expect(response.status).toBe(422);
    const html = await response.text();
    expect(html).toContain(t('membership.pay.invalidNumber'));
    expect(html).toContain('value="Anna Svensson"');
    expect(html).not.toContain('4242 4242 4242 4241');
  });

  it('POST with a valid card stores only brand, last four and the provider reference; the link then is used up', async () => {
    const t = translator('nl');
    const { path, membershipId } = await buyByCard('nl');
    const response = await fetch(`${running.url}${path}`, form({ holder: 'Jan de Vries', number: '4242424242424242', expiry: '11/38', cvc: '321', lang: 'nl' }));
    expect(response.status).toBe(200);
    expect(await response.text()).toContain(t('membership.pay.saved', { card: t('membership.card.cardLabel', { brand: 'Visa', last4: '4242' }) }));
    const sessions = await database.db.select().from(paymentSessions).where(eq(paymentSessions.membershipId, membershipId));
    const completed = sessions.filter((s) => s.status === 'completed');
    expect(completed).toMatchObject([{ cardBrand: 'Visa', cardLast4: '4242' }]);
    expect(completed[0]?.providerReference).toMatch(/^sbx_card_/);
    expect(JSON.stringify(sessions)).not.toContain('4242424242424242');

    const again = await fetch(`${running.url}${path}`, form({ holder: 'Jan de Vries', number: '4242424242424242', expiry: '11/38', cvc: '321' }));
    expect(again.status).toBe(409);
    expect(await again.text()).toContain(t('membership.pay.used'));
  });

  it('the chat then shows the stored card instead of a link', async () => {
    const t = translator('da');
    const member = newMember('da');
    const { businessId } = await givenApprovedBusiness(database.db, member.userId, { channelId: 'cli', countryCode: 'DK' });
    await givenPoints(database.db, businessId, 600);
    const bought = await post(running.url, member, { value: { verb: 'payment.submit', tier: 'silver', method: 'card' } });
    const [link] = openUrls(bought.activities.map((a) => a.attachments));
    const page = new URL(link ?? 'http://x/');
    await fetch(`${running.url}${page.pathname}`, form({ holder: 'Mette Hansen', number: '5555 5555 5555 4444', expiry: '01/40', cvc: '999', lang: 'da' }));
    const { activities } = await post(running.url, member, { value: { verb: 'cps.join' } });
    expect(JSON.stringify(activities)).toContain(JSON.stringify(t('membership.card.cardSaved', { card: t('membership.card.cardLabel', { brand: 'Mastercard', last4: '4444' }) })).slice(1, -1));
  });

  it('an unknown or malformed token is 404, an expired one 410', async () => {
    expect((await fetch(`${running.url}/pay/${'A'.repeat(43)}`)).status).toBe(404);
    expect((await fetch(`${running.url}/pay/not-a-token`)).status).toBe(404);
    const { membershipId } = await buyByCard('en');
    const token = 'B'.repeat(43);
    await createPaymentRepository(database.db).openSession({ membershipId, tokenHash: hashToken(token), expiresAt: new Date(Date.now() - 1000) });
    const expired = await fetch(`${running.url}/pay/${token}?lang=sv`);
    expect(expired.status).toBe(410);
    expect(await expired.text()).toContain(translator('sv')('membership.pay.expiredLink'));
  });
});
