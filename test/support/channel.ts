import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Activity } from 'botbuilder';

/** An activity the bot sent proactively, as a channel's connector service receives it. */
export interface ReceivedActivity {
  readonly conversationId: string;
  readonly activity: Partial<Activity>;
}

/** A stand-in connector service: records `POST /v3/conversations/:id/activities` (proactive messages in local mode). */
export interface FakeChannel {
  readonly url: string;
  readonly received: ReceivedActivity[];
  /** Activities for one conversation, in arrival order. */
  to(conversationId: string): Partial<Activity>[];
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

export interface FakeChannelOptions {
  /** Refuse the first `times` proactive messages with `status` (e.g. 403: the bot was removed), recording nothing. */
  readonly failFirst?: { readonly times: number; readonly status: number };
}

export async function startFakeChannel(options: FakeChannelOptions = {}): Promise<FakeChannel> {
  const received: ReceivedActivity[] = [];
  let failuresLeft = options.failFirst?.times ?? 0;
  const server = createServer((req, res) => {
    void readBody(req).then((body) => {
      const match = /^\/v3\/conversations\/([^/]+)\/activities/.exec(req.url ?? '');
      if (req.method === 'POST' && match?.[1] && failuresLeft > 0) {
        failuresLeft--;
        res.writeHead(options.failFirst?.status ?? 500, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ error: { code: 'BotNotInConversationRoster', message: 'refused by the test channel' } }));
        return;
      }
      if (req.method === 'POST' && match?.[1]) {
        received.push({ conversationId: decodeURIComponent(match[1]), activity: JSON.parse(body) as Partial<Activity> });
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
