import type { Server } from 'restify';
import { z } from 'zod';
import { header } from '../../http/request';
import type { DirectLineAuth } from './auth';
import { DIRECT_LINE_TOKEN_SECONDS, type DirectLineContext } from './context';

/** The token endpoint's answer; the page picks its connection from `mode`. */
export type TokenResponse =
  | { readonly mode: 'local'; readonly token: string; readonly userId: string; readonly expiresIn: number }
  | { readonly mode: 'azure'; readonly token: string; readonly userId: string; readonly expiresIn: number; readonly conversationId: string; readonly domain: string };

async function exchangeAzureToken(ctx: DirectLineContext, userId: string): Promise<TokenResponse> {
  const azure = ctx.options.azure;
  if (!azure) throw new Error('no Azure Direct Line secret');
  const doFetch = ctx.options.fetch ?? fetch;
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

/** The page's token endpoint and the Direct Line token refresh. */
export function registerTokenRoutes(server: Server, ctx: DirectLineContext, auth: DirectLineAuth): void {
  const { options, log, localOn } = ctx;

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
    const userId = await auth.identityOf(req, res);
    if (options.azure) {
      try {
        res.send(200, await exchangeAzureToken(ctx, userId));
      } catch (error) {
        log.error({ err: error }, 'Azure Direct Line token exchange failed');
        res.send(502, { error: 'directline-unavailable' });
      }
      return;
    }
    const body: TokenResponse = { mode: 'local', token: await auth.issueToken({ user: userId, conversationId: undefined }), userId, expiresIn: DIRECT_LINE_TOKEN_SECONDS };
    res.send(200, body);
  });

  server.post('/v3/directline/tokens/refresh', async (req, res) => {
    const claims = await auth.authorise(req, res);
    if (!claims) return;
    res.header('Cache-Control', 'no-store');
    res.send(200, { token: await auth.issueToken(claims), expires_in: DIRECT_LINE_TOKEN_SECONDS, ...(claims.conversationId ? { conversationId: claims.conversationId } : {}) });
  });
}
