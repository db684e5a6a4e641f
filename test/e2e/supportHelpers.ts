import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createApp, type App } from '../../bot/app';
import { loadConfig } from '../../bot/config';
import { CSRF_HEADER, DEMO_AGENT_EMAIL } from '../../bot/routes/agent';
import type { Database } from '../../data/database';
import { silentLog } from '../support/bot';

/** An activity the bot sent proactively to the channel. */
export interface ChannelActivity {
  readonly conversationId: string;
  readonly activity: { type?: string; text?: string; locale?: string; attachments?: { contentType: string; content: unknown }[] };
}

/**
 * A stand-in for a channel's connector service: records POST /v3/conversations/:id/activities,
 * where the bot's proactive messages arrive (local mode sends them without authentication).
 */
export interface FakeChannel {
  readonly url: string;
  readonly received: ChannelActivity[];
  /** Activities for one conversation, in arrival order. */
  to(conversationId: string): ChannelActivity['activity'][];
  close(): Promise<void>;
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

export async function startFakeChannel(): Promise<FakeChannel> {
  const received: ChannelActivity[] = [];
  const server: Server = createServer((req, res) => {
    void readBody(req).then((body) => {
      const match = /^\/v3\/conversations\/([^/]+)\/activities/.exec(req.url ?? '');
      if (req.method === 'POST' && match?.[1]) {
        received.push({ conversationId: decodeURIComponent(match[1]), activity: JSON.parse(body) as ChannelActivity['activity'] });
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ id: `sent-${received.length}` }));
        return;
      }
      res.writeHead(404);
      res.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    received,
    to: (conversationId) => received.filter((r) => r.conversationId === conversationId).map((r) => r.activity),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export interface RunningSupportApp {
  readonly app: App;
  readonly url: string;
}

/** The real app on a free port, with an optional clock (idle timeouts, business hours). */
export async function startSupportApp(database: Database, options: { clock?: () => Date; env?: Record<string, string> } = {}): Promise<RunningSupportApp> {
  const config = loadConfig({ NODE_ENV: 'test', PORT: '0', LOG_LEVEL: 'silent', ...options.env });
  const app = await createApp(config, { database, log: silentLog, ...(options.clock ? { clock: options.clock } : {}) });
  await new Promise<void>((resolve) => app.server.listen(0, '127.0.0.1', resolve));
  const { port } = app.server.address() as AddressInfo;
  return { app, url: `http://127.0.0.1:${port}` };
}

export const DEMO_PASSWORD = 'cps-demo-agent';

export interface AgentResponse {
  readonly status: number;
  readonly body: Record<string, unknown>;
}

/** An agent console client over HTTP: keeps its cookies and sends the CSRF token like the page does. */
export class AgentClient {
  private readonly cookies = new Map<string, string>();
  csrf: string | undefined;

  constructor(readonly baseUrl: string) {}

  private remember(response: Response): void {
    for (const line of response.headers.getSetCookie()) {
      const [pair = ''] = line.split(';');
      const index = pair.indexOf('=');
      const name = pair.slice(0, index);
      const value = pair.slice(index + 1);
      if (/Max-Age=0/i.test(line)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }

  cookieHeader(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  async request(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<AgentResponse> {
    const response = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers: {
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...(this.cookies.size > 0 ? { cookie: this.cookieHeader() } : {}),
        ...(method !== 'GET' && this.csrf ? { [CSRF_HEADER]: this.csrf } : {}),
        ...headers,
      },
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
    this.remember(response);
    const text = await response.text();
    return { status: response.status, body: text ? (JSON.parse(text) as Record<string, unknown>) : {} };
  }

  get(path: string): Promise<AgentResponse> {
    return this.request('GET', path);
  }

  post(path: string, body?: unknown, headers?: Record<string, string>): Promise<AgentResponse> {
    return this.request('POST', path, body, headers);
  }

  async signIn(email = DEMO_AGENT_EMAIL, password = DEMO_PASSWORD): Promise<AgentResponse> {
    const csrf = await this.get('/api/agent/csrf');
    this.csrf = String(csrf.body['csrfToken']);
    const result = await this.post('/api/agent/session', { email, password });
    if (result.status === 200) this.csrf = String(result.body['csrfToken']);
    return result;
  }
}

/** Opens support in every country all week (so tests do not depend on the hour they run at). */
export const ALWAYS_OPEN = { supportOpensAt: '00:00', supportClosesAt: '24:00', supportWeekdays: [1, 2, 3, 4, 5, 6, 7] };
