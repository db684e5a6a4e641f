import type { Activity, CloudAdapter, TurnContext } from 'botbuilder';
import { jwtVerify, SignJWT } from 'jose';
import type { Logger } from 'pino';
import type { Request, Response, Server } from 'restify';
import { z } from 'zod';
import { BOT_ACCOUNT, clientActivitySchema, decodeUpload, DirectLineStore, newWebChatUserId, type StoredActivity } from '../directLine';
import { withStorableStrings } from '../inboundActivity';
import type { WebKeys } from '../webSecret';

export const IDENTITY_COOKIE = 'cps_webchat_id';
const IDENTITY_SECONDS = 400 * 24 * 60 * 60;
/** Direct Line tokens live 30 minutes; the page refreshes them well before. */
export const DIRECT_LINE_TOKEN_SECONDS = 30 * 60;
const MAX_WAIT_SECONDS = 25;
const CONNECTOR = '/directline/connector';
const SAFE_INLINE_TYPES = new Set(['image/png', 'image/jpeg', 'image/gif', 'image/webp']);

export interface DirectLineOptions {
  readonly adapter: CloudAdapter;
  /** The same turn handler `/api/messages` uses. */
  readonly handleTurn: (context: TurnContext) => Promise<void>;
  readonly keys: WebKeys;
  readonly log: Logger;
  readonly publicUrl: string;
  /** No MicrosoftAppId: the local Direct Line is on. With an app id it is off (use Azure Direct Line). */
  readonly localMode: boolean;
  /** Azure Direct Line: with a secret, the token endpoint exchanges it for a conversation token. */
  readonly azure?: { readonly secret: string; readonly endpoint: string } | undefined;
  /** Overrides fetch for the Azure token exchange (tests). */
  readonly fetch?: typeof fetch;
}

export interface DirectLineRoutes {
  readonly store: DirectLineStore;
  /** Ends long polls and waits for the member turns already started (call before the server closes). */
  close(): Promise<void>;
}

type TokenClaims = { readonly user: string; readonly conversationId: string | undefined };

/** The token endpoint's answer; the page picks its connection from `mode`. */
export type TokenResponse =
  | { readonly mode: 'local'; readonly token: string; readonly userId: string; readonly expiresIn: number }
  | { readonly mode: 'azure'; readonly token: string; readonly userId: string; readonly expiresIn: number; readonly conversationId: string; readonly domain: string };

function header(req: Request, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

function bearer(req: Request): string | undefined {
  const value = header(req, 'authorization');
  const match = value ? /^Bearer\s+(\S+)$/i.exec(value) : null;
  return match?.[1];
}

function cookie(req: Request, name: string): string | undefined {
  for (const part of (header(req, 'cookie') ?? '').split(';')) {
    const index = part.indexOf('=');
    if (index > 0 && part.slice(0, index).trim() === name) return part.slice(index + 1).trim();
  }
  return undefined;
}

function isLoopback(address: string | undefined): boolean {
  return address === '127.0.0.1' || address === '::1' || address === '::ffff:127.0.0.1';
}

/** How the bot reaches this process again: the address the request arrived on, over loopback when possible. */
function serviceUrlFor(req: Request): string {
  const socket = req.socket;
  const port = socket.localPort;
  const local = socket.localAddress ?? '127.0.0.1';
  const host = local.startsWith('::ffff:') ? local.slice(7) : local.includes(':') ? `[${local}]` : local;
  return `http://${host === '0.0.0.0' || host === '[::]' ? '127.0.0.1' : host}:${port}${CONNECTOR}`;
}

const startSchema = z.object({ locale: z.string().max(64).optional() }).optional();

/**
 * The web chat page's connection to the bot.
 *
 * Local mode (no MicrosoftAppId): a Direct Line 3.0-compatible endpoint served by the bot itself —
 * `POST /api/directline/token`, `POST /v3/directline/tokens/refresh`, `POST /v3/directline/conversations`,
 * `GET|POST /v3/directline/conversations/:id/activities` (GET long-polls with `watermark` and `wait`)
 * — and the Bot Connector endpoints the bot posts its replies and proactive messages to
 * (`serviceUrl` = this process, loopback only). The member's activities go through
 * `adapter.processActivityDirect` into the same turn pipeline as `/api/messages`.
 *
 * With MicrosoftAppId set the local endpoint is off (404): the page uses Azure Direct Line when
 * `DIRECT_LINE_SECRET` is set, and the token endpoint exchanges the secret for a conversation token.
 */
export function registerDirectLineRoutes(server: Server, options: DirectLineOptions): DirectLineRoutes {
  const { adapter, handleTurn, keys, log } = options;
  const store = new DirectLineStore();
  const identityKey = keys.key('webchat-identity');
  const tokenKey = keys.key('directline-token');
  const inFlight = new Set<Promise<void>>();
  const localOn = options.localMode;
  let closing = false;

  function secureRequest(req: Request): boolean {
    return options.publicUrl.startsWith('https:') || req.isSecure() || header(req, 'x-forwarded-proto') === 'https';
  }

  async function identityOf(req: Request, res: Response): Promise<string> {
    const raw = cookie(req, IDENTITY_COOKIE);
    if (raw) {
      try {
        const { payload } = await jwtVerify(raw, identityKey, { algorithms: ['HS256'], audience: 'cps-webchat' });
        if (typeof payload.sub === 'string' && payload.sub.startsWith('dl_')) return payload.sub;
      } catch (error) {
        log.debug({ err: error }, 'web chat identity cookie not accepted; issuing a new identity');
      }
    }
    const userId = newWebChatUserId();
    const signed = await new SignJWT({})
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(userId)
      .setAudience('cps-webchat')
      .setIssuedAt()
      .setExpirationTime(`${IDENTITY_SECONDS}s`)
      .sign(identityKey);
    res.header(
      'Set-Cookie',
      [`${IDENTITY_COOKIE}=${signed}`, 'Path=/api/directline', `Max-Age=${IDENTITY_SECONDS}`, 'HttpOnly', 'SameSite=Strict', ...(secureRequest(req) ? ['Secure'] : [])].join('; '),
    );
    return userId;
  }

  async function issueToken(claims: TokenClaims): Promise<string> {
    return new SignJWT({ user: claims.user, ...(claims.conversationId ? { conv: claims.conversationId } : {}) })
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setAudience('cps-directline')
      .setIssuedAt()
      .setExpirationTime(`${DIRECT_LINE_TOKEN_SECONDS}s`)
      .sign(tokenKey);
  }

  async function claimsOf(req: Request): Promise<TokenClaims | undefined> {
    const token = bearer(req);
    if (!token) return undefined;
    try {
      const { payload } = await jwtVerify(token, tokenKey, { algorithms: ['HS256'], audience: 'cps-directline' });
      const user = payload['user'];
      const conv = payload['conv'];
      if (typeof user !== 'string') return undefined;
      return { user, conversationId: typeof conv === 'string' ? conv : undefined };
    } catch (error) {
      log.debug({ err: error }, 'direct line token refused');
      return undefined;
    }
  }

  /** The caller's claims when they own the conversation in the path; otherwise the answer is sent. */
  async function authorise(req: Request, res: Response): Promise<TokenClaims | undefined> {
    if (!localOn) {
      res.send(404, { error: { code: 'NotFound', message: 'the local Direct Line is off (MicrosoftAppId is set)' } });
      return undefined;
    }
    const claims = await claimsOf(req);
    if (!claims) {
      res.send(403, { error: { code: 'TokenInvalid', message: 'missing, invalid or expired token' } });
      return undefined;
    }
    const conversationId = String(req.params['conversationId'] ?? '');
    if (conversationId) {
      const owner = store.ownerOf(conversationId);
      // Someone else's conversation looks exactly like one that does not exist.
      if (owner === undefined || owner !== claims.user || (claims.conversationId && claims.conversationId !== conversationId)) {
        res.send(404, { error: { code: 'BadArgument', message: 'Conversation not found' } });
        return undefined;
      }
    }
    return claims;
  }

  /** Feeds an activity (JSON, as a channel would post it) to the turn pipeline, after the member's earlier ones. */
  function runTurn(conversationId: string, activity: Readonly<Record<string, unknown>>): void {
    const work = store.enqueue(conversationId, async () => {
      try {
        // Empty authorization: only reachable in local mode, where /api/messages accepts the same.
        await adapter.processActivityDirect('', activity as unknown as Activity, handleTurn);
      } catch (error) {
        log.error({ err: error, conversationId }, 'direct line turn failed');
      }
    });
    inFlight.add(work);
    void work.finally(() => inFlight.delete(work));
  }

  async function exchangeAzureToken(userId: string): Promise<TokenResponse> {
    const azure = options.azure;
    if (!azure) throw new Error('no Azure Direct Line secret');
    const doFetch = options.fetch ?? fetch;
    const response = await doFetch(`${azure.endpoint}/tokens/generate`, {
      method: 'POST',
      headers: { authorization: `Bearer ${azure.secret}`, 'content-type': 'application/json' },
      body: JSON.stringify({ user: { id: userId } }),
      signal: AbortSignal.timeout(10_000),
    });
    if (!response.ok) throw new Error(`Azure Direct Line answered ${response.status}`);
    const body = z.object({ conversationId: z.string(), token: z.string(), expires_in: z.number() }).parse(await response.json());
    return { mode: 'azure', token: body.token, userId, expiresIn: body.expires_in, conversationId: body.conversationId, domain: azure.endpoint };
  }

  // The page's token endpoint: the identity cookie says who the visitor is; the answer is a short-lived token.
  server.post('/api/directline/token', async (req, res) => {
    res.header('Cache-Control', 'no-store');
    // Only the page's own fetch: a form posted from another site (which cannot send JSON without a
    // CORS preflight we never grant) must not replace the visitor's identity cookie.
    if (!/^application\/json\b/i.test(header(req, 'content-type') ?? '') || header(req, 'sec-fetch-site') === 'cross-site') {
      res.send(403, { error: 'same-origin-json-only' });
      return;
    }
    if (!options.azure && !localOn) {
      res.send(503, { error: 'not-configured' });
      return;
    }
    const userId = await identityOf(req, res);
    if (options.azure) {
      try {
        res.send(200, await exchangeAzureToken(userId));
      } catch (error) {
        log.error({ err: error }, 'Azure Direct Line token exchange failed');
        res.send(502, { error: 'directline-unavailable' });
      }
      return;
    }
    const body: TokenResponse = { mode: 'local', token: await issueToken({ user: userId, conversationId: undefined }), userId, expiresIn: DIRECT_LINE_TOKEN_SECONDS };
    res.send(200, body);
  });

  server.post('/v3/directline/tokens/refresh', async (req, res) => {
    const claims = await authorise(req, res);
    if (!claims) return;
    res.header('Cache-Control', 'no-store');
    res.send(200, { token: await issueToken(claims), expires_in: DIRECT_LINE_TOKEN_SECONDS, ...(claims.conversationId ? { conversationId: claims.conversationId } : {}) });
  });

  server.post('/v3/directline/conversations', async (req, res) => {
    const claims = await authorise(req, res);
    if (!claims) return;
    if (claims.conversationId) {
      // A conversation token resumes its own conversation (as Azure Direct Line does).
      if (!store.has(claims.conversationId)) {
        res.send(404, { error: { code: 'BadArgument', message: 'Conversation not found' } });
        return;
      }
      res.send(200, { conversationId: claims.conversationId, token: await issueToken(claims), expires_in: DIRECT_LINE_TOKEN_SECONDS });
      return;
    }
    const parsed = startSchema.safeParse(req.body ?? undefined);
    const locale = parsed.success ? parsed.data?.locale : undefined;
    const conversationId = store.create(claims.user);
    const token = await issueToken({ user: claims.user, conversationId });
    res.header('Cache-Control', 'no-store');
    res.send(201, { conversationId, token, expires_in: DIRECT_LINE_TOKEN_SECONDS });
    // As Azure Direct Line does: the bot learns that the member and the bot joined, and greets.
    runTurn(conversationId, {
      type: 'conversationUpdate',
      id: `${conversationId}|join`,
      channelId: 'webchat',
      serviceUrl: serviceUrlFor(req),
      timestamp: new Date().toISOString(),
      from: { id: claims.user, role: 'user' },
      recipient: { ...BOT_ACCOUNT },
      conversation: { id: conversationId },
      membersAdded: [{ id: BOT_ACCOUNT.id, name: BOT_ACCOUNT.name }, { id: claims.user }],
      ...(locale ? { locale } : {}),
    });
  });

  server.get('/v3/directline/conversations/:conversationId/activities', async (req, res) => {
    const claims = await authorise(req, res);
    if (!claims) return;
    if (closing) {
      res.send(503, { error: { code: 'ServiceUnavailable', message: 'stopping' } });
      return;
    }
    const query = (req.query ?? {}) as Record<string, unknown>;
    const watermark = Number.parseInt(String(query['watermark'] ?? '0'), 10);
    const wait = Math.min(MAX_WAIT_SECONDS, Math.max(0, Number.parseInt(String(query['wait'] ?? '0'), 10) || 0));
    const page = await store.read(String(req.params['conversationId']), Number.isFinite(watermark) && watermark > 0 ? watermark : 0, wait * 1000);
    if (!page) {
      res.send(404, { error: { code: 'BadArgument', message: 'Conversation not found' } });
      return;
    }
    res.header('Cache-Control', 'no-store');
    res.send(200, page);
  });

  server.post('/v3/directline/conversations/:conversationId/activities', async (req, res) => {
    const claims = await authorise(req, res);
    if (!claims) return;
    if (closing) {
      res.send(503, { error: { code: 'ServiceUnavailable', message: 'stopping' } });
      return;
    }
    const conversationId = String(req.params['conversationId']);
    // As for /api/messages: strings PostgreSQL cannot store (U+0000, lone surrogates) never reach a turn.
    const parsed = clientActivitySchema.safeParse(withStorableStrings(req.body));
    if (!parsed.success) {
      res.send(400, { error: { code: 'BadArgument', message: parsed.error.issues.slice(0, 3).map((i) => `${i.path.join('.')}: ${i.message}`).join('; ') } });
      return;
    }
    const posted = parsed.data;
    if (posted.type === 'typing') {
      // Typing indicators are not worth a turn (and a database transaction) each.
      res.send(200, { id: `${conversationId}|typing` });
      return;
    }
    const forBot: Record<string, unknown>[] = [];
    const shown: Record<string, unknown>[] = [];
    for (const attachment of posted.attachments ?? []) {
      const upload = decodeUpload(attachment);
      if (upload === 'too-large') {
        res.send(413, { error: { code: 'MessageSizeTooBig', message: 'an attachment is larger than 10 MB' } });
        return;
      }
      if (typeof upload === 'string') {
        res.send(400, { error: { code: 'BadArgument', message: 'attachments must be sent inline as data: URLs' } });
        return;
      }
      const attachmentId = store.keepAttachment(conversationId, { contentType: upload.contentType, name: upload.name, bytes: upload.bytes });
      forBot.push({ contentType: upload.contentType, contentUrl: upload.dataUrl, ...(upload.name ? { name: upload.name } : {}) });
      shown.push({
        contentType: upload.contentType,
        contentUrl: `/v3/directline/conversations/${encodeURIComponent(conversationId)}/attachments/${attachmentId}`,
        ...(upload.name ? { name: upload.name } : {}),
      });
    }
    const common = {
      type: posted.type,
      ...(posted.text !== undefined ? { text: posted.text } : {}),
      ...(posted.textFormat ? { textFormat: posted.textFormat } : {}),
      ...(posted.value !== undefined ? { value: posted.value } : {}),
      ...(posted.name ? { name: posted.name } : {}),
      ...(posted.locale ? { locale: posted.locale } : {}),
      ...(posted.replyToId ? { replyToId: posted.replyToId } : {}),
      from: { id: claims.user, ...(posted.from?.name ? { name: posted.from.name } : {}), role: 'user' },
      channelData: {
        ...(posted.channelData?.clientActivityID ? { clientActivityID: posted.channelData.clientActivityID } : {}),
        ...(posted.channelData?.postBack ? { postBack: true } : {}),
      },
    };
    const echo = store.append(conversationId, { ...common, ...(shown.length > 0 ? { attachments: shown } : {}) });
    if (!echo) {
      res.send(404, { error: { code: 'BadArgument', message: 'Conversation not found' } });
      return;
    }
    res.send(200, { id: echo.id });
    runTurn(conversationId, {
      ...common,
      id: echo.id,
      timestamp: echo['timestamp'],
      ...(posted.localTimestamp ? { localTimestamp: posted.localTimestamp } : {}),
      ...(posted.localTimezone ? { localTimezone: posted.localTimezone } : {}),
      channelId: 'webchat',
      serviceUrl: serviceUrlFor(req),
      recipient: { ...BOT_ACCOUNT },
      conversation: { id: conversationId },
      ...(forBot.length > 0 ? { attachments: forBot } : {}),
    });
  });

  server.get('/v3/directline/conversations/:conversationId/attachments/:attachmentId', async (req, res) => {
    if (!localOn) {
      res.send(404, { error: 'not found' });
      return;
    }
    // The attachment id is an unguessable capability: an <img> cannot send a bearer token.
    const attachment = store.attachment(String(req.params['conversationId']), String(req.params['attachmentId']));
    if (!attachment) {
      res.send(404, { error: 'not found' });
      return;
    }
    const inline = SAFE_INLINE_TYPES.has(attachment.contentType);
    res.setHeader('Content-Type', inline ? attachment.contentType : 'application/octet-stream');
    res.setHeader('Content-Disposition', `${inline ? 'inline' : 'attachment'}; filename*=UTF-8''${encodeURIComponent(attachment.name ?? 'file')}`);
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Content-Security-Policy', "default-src 'none'; sandbox");
    res.setHeader('Cache-Control', 'private, max-age=3600');
    res.sendRaw(200, attachment.bytes);
  });

  // Bot Connector API, the bot's side: replies and proactive messages land in the conversation.
  function connectorGuard(req: Request, res: Response): string | undefined {
    if (!localOn || !isLoopback(req.socket.remoteAddress)) {
      res.send(404, { error: { code: 'NotFound', message: 'not found' } });
      return undefined;
    }
    const conversationId = String(req.params['conversationId'] ?? '');
    if (!store.has(conversationId)) {
      res.send(404, { error: { code: 'ConversationNotFound', message: 'Conversation not found' } });
      return undefined;
    }
    return conversationId;
  }

  function fromBot(body: unknown): Record<string, unknown> | undefined {
    if (typeof body !== 'object' || body === null || Array.isArray(body)) return undefined;
    const activity: Record<string, unknown> = { ...(body as Record<string, unknown>) };
    delete activity['serviceUrl'];
    delete activity['id'];
    activity['from'] = { ...BOT_ACCOUNT };
    activity['channelId'] = 'webchat';
    return activity;
  }

  const postFromBot = async (req: Request, res: Response) => {
    const conversationId = connectorGuard(req, res);
    if (!conversationId) return;
    const activity = fromBot(req.body);
    if (!activity || typeof activity['type'] !== 'string') {
      res.send(400, { error: { code: 'BadArgument', message: 'an activity is required' } });
      return;
    }
    const stored = store.append(conversationId, activity);
    res.send(200, { id: stored?.id ?? '' });
  };
  server.post(`${CONNECTOR}/v3/conversations/:conversationId/activities`, postFromBot);
  server.post(`${CONNECTOR}/v3/conversations/:conversationId/activities/:activityId`, postFromBot);
  server.put(`${CONNECTOR}/v3/conversations/:conversationId/activities/:activityId`, async (req, res) => {
    const conversationId = connectorGuard(req, res);
    if (!conversationId) return;
    const activity = fromBot(req.body);
    if (!activity || !store.replace(conversationId, String(req.params['activityId']), activity)) {
      res.send(404, { error: { code: 'ActivityNotFound', message: 'Activity not found' } });
      return;
    }
    res.send(200, { id: String(req.params['activityId']) });
  });
  server.del(`${CONNECTOR}/v3/conversations/:conversationId/activities/:activityId`, async (req, res) => {
    if (!connectorGuard(req, res)) return;
    res.send(200, {});
  });
  server.get(`${CONNECTOR}/v3/conversations/:conversationId/members`, async (req, res) => {
    const conversationId = connectorGuard(req, res);
    if (!conversationId) return;
    res.send(200, [{ id: store.ownerOf(conversationId) }, { ...BOT_ACCOUNT }]);
  });

  return {
    store,
    async close() {
      closing = true;
      store.close();
      const deadline = new Promise<void>((resolve) => setTimeout(resolve, 15_000).unref());
      await Promise.race([Promise.allSettled([...inFlight]).then(() => undefined), deadline]);
    },
  };
}

export type { StoredActivity };
