import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { createApp, type App } from '../../bot/app';
import { loadConfig } from '../../bot/config';
import type { Database } from '../../data/database';
import { silentLog } from './bot';

export interface RunningApp {
  readonly app: App;
  readonly url: string;
}

/**
 * The real app (restify + CloudAdapter + pipeline) on a free port, over the given database, with
 * an optional clock (idle timeouts, business hours).
 */
export async function startApp(database: Database, env: Record<string, string> = {}, options: { clock?: () => Date } = {}): Promise<RunningApp> {
  const config = loadConfig({ NODE_ENV: 'test', PORT: '0', LOG_LEVEL: 'silent', ...env });
  const app = await createApp(config, { database, log: silentLog, ...(options.clock ? { clock: options.clock } : {}) });
  await new Promise<void>((resolve) => app.server.listen(0, '127.0.0.1', resolve));
  const { port } = app.server.address() as AddressInfo;
  return { app, url: `http://127.0.0.1:${port}` };
}

export interface Member {
  readonly userId: string;
  readonly conversationId: string;
  readonly locale: string;
}

export function newMember(locale = 'en'): Member {
  return { userId: `u-${randomUUID()}`, conversationId: `c-${randomUUID()}`, locale };
}

export interface ReplyActivity {
  type: string;
  text?: string;
  locale?: string;
  attachments?: { contentType: string; content: unknown }[];
  value?: unknown;
}

/** Posts one activity with deliveryMode expectReplies and returns the status and the replies. */
export async function post(
  url: string,
  member: Member,
  body: Record<string, unknown>,
): Promise<{ status: number; activities: ReplyActivity[]; raw: unknown }> {
  const activity = {
    type: 'message',
    id: randomUUID(),
    channelId: 'cli',
    serviceUrl: 'http://127.0.0.1/cli',
    from: { id: member.userId, name: 'Member' },
    recipient: { id: 'cps-bot' },
    conversation: { id: member.conversationId },
    locale: member.locale,
    deliveryMode: 'expectReplies',
    timestamp: new Date().toISOString(),
    ...body,
  };
  const response = await fetch(`${url}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(activity),
  });
  const text = await response.text();
  const raw: unknown = text ? JSON.parse(text) : undefined;
  const activities = (raw as { activities?: ReplyActivity[] } | undefined)?.activities ?? [];
  return { status: response.status, activities, raw };
}
