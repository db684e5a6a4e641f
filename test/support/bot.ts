import { randomUUID } from 'node:crypto';
import { TestAdapter, type Activity } from 'botbuilder';
import { pino } from 'pino';
import { createApp, type App } from '../../bot/app';
import { loadConfig } from '../../bot/config';
import type { Database } from '../../data/database';
import { translator, type Language, type Translate } from '../../locales';

export const silentLog = pino({ level: 'silent' });

/** The whole app (services, journeys, jobs) over a test database, without opening a port. */
export function createTestApp(database: Database, env: Record<string, string> = {}, options: { clock?: () => Date } = {}): Promise<App> {
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', INVOICE_DELAY_SECONDS: '0', ...env });
  return createApp(config, { database, log: silentLog, ...options });
}

export interface TestBot {
  readonly adapter: TestAdapter;
  readonly t: Translate;
  readonly conversationId: string;
  readonly userId: string;
}

/**
 * The real turn pipeline (transaction, lock, dedupe, CAS state, dialogs) behind botbuilder's
 * TestAdapter, with the channel locale set to `language`.
 */
export function createTestBot(app: App, language: Language, options: { userId?: string } = {}): TestBot {
  const conversationId = `conv-${randomUUID()}`;
  const userId = options.userId ?? `user-${randomUUID()}`;
  const adapter = new TestAdapter(app.handleTurn, {
    channelId: 'test',
    conversation: { id: conversationId, isGroup: false, conversationType: 'personal', name: '' },
    from: { id: userId, name: 'Test member' },
    recipient: { id: 'cps-bot', name: 'CPS' },
    serviceUrl: 'https://test.invalid',
    locale: language,
  });
  adapter.locale = language;
  return { adapter, t: translator(language), conversationId, userId };
}

/** A card submit (Action.Submit) as Web Chat and Teams send it. */
export function cardSubmit(data: Record<string, unknown>): Partial<Activity> {
  return { type: 'message', value: data };
}

/** The adaptive card content of a reply, or undefined. */
export function cardOf(activity: Partial<Activity>): Record<string, unknown> | undefined {
  const attachment = activity.attachments?.find((a) => a.contentType === 'application/vnd.microsoft.card.adaptive');
  return attachment?.content as Record<string, unknown> | undefined;
}

/** Every text a card shows (TextBlocks, facts, action titles), flattened for assertions. */
export function cardTexts(card: unknown): string[] {
  const out: string[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (typeof node !== 'object' || node === null) return;
    const record = node as Record<string, unknown>;
    for (const key of ['text', 'title', 'value', 'label'] as const) {
      if (typeof record[key] === 'string') out.push(record[key]);
    }
    Object.values(record).forEach(walk);
  };
  walk(card);
  return out;
}
