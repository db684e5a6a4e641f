import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CARD_CONTENT_TYPE } from '../../cards/adaptive';
import { translator } from '../../locales';
import { givenApprovedBusiness } from '../support/business';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { newMember, post, startApp, type RunningApp } from '../support/http';
import { actionsWith, givenPoints, inputOf } from '../support/membership';

/** The tier card's in-place update over real HTTP, as Web Chat, Teams and the terminal client send it. */
let database: TestDatabase;
let running: RunningApp;
beforeAll(async () => {
  database = await createTestDatabase();
  running = await startApp(database);
});
afterAll(async () => {
  await running.app.close();
});

async function memberWith(points: number, locale: string) {
  const member = newMember(locale);
  const { businessId } = await givenApprovedBusiness(database.db, member.userId, { channelId: 'cli', countryCode: 'SE' });
  await givenPoints(database.db, businessId, points);
  return member;
}

describe('tier.toggle over HTTP', () => {
  it('Action.Execute: the refreshed card comes back as the invoke response', async () => {
    const member = await memberWith(3000, 'sv');
    await post(running.url, member, { value: { verb: 'cps.join' } });
    const { status, activities } = await post(running.url, member, {
      type: 'invoke',
      name: 'adaptiveCard/action',
      value: { action: { type: 'Action.Execute', verb: 'tier.toggle', data: { verb: 'tier.toggle', corporate: 'true' } } },
    });
    expect(status).toBe(200);
    const invoke = activities.find((a) => a.type === 'invokeResponse');
    const body = (invoke?.value as { body?: { statusCode: number; type: string; value: unknown } } | undefined)?.body;
    expect(body).toMatchObject({ statusCode: 200, type: CARD_CONTENT_TYPE });
    expect(actionsWith(body?.value, 'tier.select').map((d) => d['tier'])).toEqual(['corporate']);
    expect(activities.filter((a) => a.type === 'message')).toHaveLength(0);
  });

  it('Action.Submit with expectReplies: the channel cannot update, so the refreshed card is a new message', async () => {
    const t = translator('sv');
    const member = await memberWith(3000, 'sv');
    const joined = await post(running.url, member, { value: { verb: 'cps.join' } });
    const cardActivity = joined.activities.find((a) => a.attachments?.some((x) => x.contentType === CARD_CONTENT_TYPE));
    const { activities } = await post(running.url, member, { value: { verb: 'tier.toggle', corporate: 'true' }, replyToId: (cardActivity as { id?: string } | undefined)?.id ?? 'card-1' });
    const card = activities.find((a) => a.type === 'message')?.attachments?.[0]?.content;
    expect(inputOf(card, 'corporate')).toMatchObject({ value: 'true', title: t('membership.tiers.toggle') });
    expect(actionsWith(card, 'tier.select').map((d) => d['tier'])).toEqual(['corporate']);
  });

  it('a toggle value that is neither true nor false keeps the list and says what to do', async () => {
    const t = translator('sv');
    const member = await memberWith(3000, 'sv');
    const { activities } = await post(running.url, member, { value: { verb: 'tier.toggle', corporate: 'maybe' } });
    expect(JSON.stringify(activities)).toContain(t('membership.tiers.toggleInvalid'));
  });
});
