import type { Request, Response, Server } from 'restify';
import { z } from 'zod';
import { BOT_ACCOUNT, clientActivitySchema, decodeUpload } from '../../directLine';
import { uploadedFileHeaders } from '../../http/securityHeaders';
import { withStorableStrings } from '../../inboundActivity';
import type { DirectLineAuth, TokenClaims } from './auth';
import { DIRECT_LINE_TOKEN_SECONDS, runTurn, serviceUrlFor, type DirectLineContext } from './context';

const MAX_WAIT_SECONDS = 25;
const SAFE_INLINE_TYPES = new Set(['image/png', 'image/jpeg', 'image/gif', 'image/webp']);

const startSchema = z.object({ locale: z.string().max(64).optional() }).optional();

/** `POST /v3/directline/conversations`: starts a conversation (or resumes the token's own) and lets the bot greet. */
function startConversation(ctx: DirectLineContext, auth: DirectLineAuth) {
  const { store } = ctx;
  return async (req: Request, res: Response) => {
    const claims = await auth.authorise(req, res);
    if (!claims) return;
    if (claims.conversationId) {
      // A conversation token resumes its own conversation (as Azure Direct Line does).
      if (!store.has(claims.conversationId)) {
        res.send(404, { error: { code: 'BadArgument', message: 'Conversation not found' } });
        return;
      }
      res.send(200, { conversationId: claims.conversationId, token: await auth.issueToken(claims), expires_in: DIRECT_LINE_TOKEN_SECONDS });
      return;
    }
    const parsed = startSchema.safeParse(req.body ?? undefined);
    const locale = parsed.success ? parsed.data?.locale : undefined;
    const conversationId = store.create(claims.user);
    const token = await auth.issueToken({ user: claims.user, conversationId });
    res.header('Cache-Control', 'no-store');
    res.send(201, { conversationId, token, expires_in: DIRECT_LINE_TOKEN_SECONDS });
    // As Azure Direct Line does: the bot learns that the member and the bot joined, and greets.
    runTurn(ctx, conversationId, {
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
  };
}

/** The caller's claims while activities are taken; otherwise the answer (403, 404 or 503 while stopping) is sent. */
async function activityCaller(ctx: DirectLineContext, auth: DirectLineAuth, req: Request, res: Response): Promise<TokenClaims | undefined> {
  const claims = await auth.authorise(req, res);
  if (!claims) return undefined;
  if (ctx.state.closing) {
    res.send(503, { error: { code: 'ServiceUnavailable', message: 'stopping' } });
    return undefined;
  }
  return claims;
}

/** `GET …/activities`: the conversation's activities after `watermark`, long-polling up to `wait` seconds. */
function readActivities(ctx: DirectLineContext, auth: DirectLineAuth) {
  return async (req: Request, res: Response) => {
    const claims = await activityCaller(ctx, auth, req, res);
    if (!claims) return;
    const query = (req.query ?? {}) as Record<string, unknown>;
    const watermark = Number.parseInt(String(query['watermark'] ?? '0'), 10);
    const wait = Math.min(MAX_WAIT_SECONDS, Math.max(0, Number.parseInt(String(query['wait'] ?? '0'), 10) || 0));
    const page = await ctx.store.read(String(req.params['conversationId']), Number.isFinite(watermark) && watermark > 0 ? watermark : 0, wait * 1000);
    if (!page) {
      res.send(404, { error: { code: 'BadArgument', message: 'Conversation not found' } });
      return;
    }
    res.header('Cache-Control', 'no-store');
    res.send(200, page);
  };
}

/** `POST …/activities`: the member's activity, echoed into the conversation and fed to the turn pipeline. */
function postActivity(ctx: DirectLineContext, auth: DirectLineAuth) {
  const { store } = ctx;
  return async (req: Request, res: Response) => {
    const claims = await activityCaller(ctx, auth, req, res);
    if (!claims) return;
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
    runTurn(ctx, conversationId, {
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
  };
}

/** `GET …/attachments/:attachmentId`: a file the member sent, shown back in the transcript. */
function readAttachment(ctx: DirectLineContext) {
  return async (req: Request, res: Response) => {
    if (!ctx.localOn) {
      res.send(404, { error: 'not found' });
      return;
    }
    // The attachment id is an unguessable capability: an <img> cannot send a bearer token.
    const attachment = ctx.store.attachment(String(req.params['conversationId']), String(req.params['attachmentId']));
    if (!attachment) {
      res.send(404, { error: 'not found' });
      return;
    }
    const inline = SAFE_INLINE_TYPES.has(attachment.contentType);
    res.setHeader('Content-Type', inline ? attachment.contentType : 'application/octet-stream');
    res.setHeader('Content-Disposition', `${inline ? 'inline' : 'attachment'}; filename*=UTF-8''${encodeURIComponent(attachment.name ?? 'file')}`);
    uploadedFileHeaders(res);
    res.setHeader('Cache-Control', 'private, max-age=3600');
    res.sendRaw(200, attachment.bytes);
  };
}

/** The member's side of the local Direct Line 3.0: conversations, activities and attachments. */
export function registerConversationRoutes(server: Server, ctx: DirectLineContext, auth: DirectLineAuth): void {
  server.post('/v3/directline/conversations', startConversation(ctx, auth));
  server.get('/v3/directline/conversations/:conversationId/activities', readActivities(ctx, auth));
  server.post('/v3/directline/conversations/:conversationId/activities', postActivity(ctx, auth));
  server.get('/v3/directline/conversations/:conversationId/attachments/:attachmentId', readAttachment(ctx));
}
