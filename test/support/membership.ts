import { randomUUID } from 'node:crypto';
import { TestAdapter, type Activity } from 'botbuilder';
import type { App } from '../../bot/app';
import { catalogueModels, registeredProducts } from '../../data/schema/products';
import type { Db } from '../../data/types';
import { translator, type Language } from '../../locales';
import { cardOf, cardTexts, type TestBot } from './bot';
import { randomDigits } from './business';

/**
 * Gives a business exactly `points` points: one complete registration (green tick, rule P3) of a
 * catalogue model made for the test, not registrable, so it never shows up in suggestions.
 */
export async function givenPoints(db: Db, businessId: string, points: number): Promise<void> {
  if (points <= 0) return;
  const modelId = `test-points-${randomUUID().slice(0, 8)}`;
  await db.insert(catalogueModels).values({
    id: modelId,
    name: `Test model worth ${points}`,
    category: 'camera-body',
    points,
    registrable: false,
    notRegistrableReasonKey: 'products.notRegistrable.generic',
  });
  await db.insert(registeredProducts).values({
    businessId,
    modelId,
    serialNumber: randomDigits(12),
    purchaseDate: '2025-06-01',
    purchaseCountry: 'DK',
    dealer: 'Test dealer',
  });
}

/**
 * Like createTestBot, but the conversation's serviceUrl points at `serviceUrl`, so proactive
 * messages (the invoice card) reach a FakeChannel.
 */
export function createChannelBot(app: App, language: Language, serviceUrl: string): TestBot {
  const conversationId = `conv-${randomUUID()}`;
  const userId = `user-${randomUUID()}`;
  const adapter = new TestAdapter(app.handleTurn, {
    channelId: 'test',
    conversation: { id: conversationId, isGroup: false, conversationType: 'personal', name: '' },
    from: { id: userId, name: 'Test member' },
    recipient: { id: 'cps-bot', name: 'CPS' },
    serviceUrl,
    locale: language,
  });
  adapter.locale = language;
  return { adapter, t: translator(language), conversationId, userId };
}

/** Sends one activity through the real pipeline and returns everything the bot sent back (messages and invoke responses). */
export async function exchange(bot: TestBot, activity: Partial<Activity> | string): Promise<Partial<Activity>[]> {
  bot.adapter.activeQueue.splice(0);
  await bot.adapter.processActivity(typeof activity === 'string' ? { type: 'message', text: activity } : activity);
  return bot.adapter.activeQueue.splice(0);
}

export type Card = Record<string, unknown>;

export function cardsIn(replies: readonly Partial<Activity>[]): Card[] {
  return replies.map(cardOf).filter((c): c is Card => c !== undefined);
}

export function textsIn(replies: readonly Partial<Activity>[]): string[] {
  return replies.flatMap((r) => [...(r.text ? [r.text] : []), ...cardTexts(cardOf(r))]);
}

export function walk(node: unknown, visit: (record: Record<string, unknown>) => void): void {
  if (Array.isArray(node)) return node.forEach((n) => walk(n, visit));
  if (typeof node !== 'object' || node === null) return;
  const record = node as Record<string, unknown>;
  visit(record);
  Object.values(record).forEach((v) => walk(v, visit));
}

/** The data of every Submit/Execute action carrying `verb`, in card order (Execute fallbacks excluded). */
export function actionsWith(cards: unknown, verb: string, type: 'Action.Submit' | 'Action.Execute' = 'Action.Submit'): Record<string, unknown>[] {
  const found: Record<string, unknown>[] = [];
  walk(cards, (r) => {
    const data = r['data'] as Record<string, unknown> | undefined;
    if (r['type'] === type && data?.['verb'] === verb) found.push(data);
  });
  return found;
}

/** Every Action.OpenUrl target in the cards. */
export function openUrls(cards: unknown): string[] {
  const urls: string[] = [];
  walk(cards, (r) => {
    if (r['type'] === 'Action.OpenUrl' && typeof r['url'] === 'string') urls.push(r['url']);
  });
  return urls;
}

export function inputOf(cards: unknown, id: string): Record<string, unknown> | undefined {
  let input: Record<string, unknown> | undefined;
  walk(cards, (r) => {
    if (typeof r['type'] === 'string' && r['type'].startsWith('Input.') && r['id'] === id) input ??= r;
  });
  return input;
}

/** Intl uses no-break spaces and U+2212; compare formatted money as plain text. */
export function plain(value: string): string {
  return value.replace(/[\u00a0\u202f]/g, ' ').replace(/\u2212/g, '-');
}

/** An Action.Execute as Teams sends it: an `adaptiveCard/action` invoke. */
export function executeAction(verb: string, data: Record<string, unknown>): Partial<Activity> {
  return { type: 'invoke', name: 'adaptiveCard/action', value: { action: { type: 'Action.Execute', verb, data: { ...data, verb } } } };
}
