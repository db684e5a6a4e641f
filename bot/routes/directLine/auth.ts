import { jwtVerify, SignJWT } from 'jose';
import type { Request, Response } from 'restify';
import { newWebChatUserId } from '../../directLine';
import { bearer, header, secureRequest } from '../../http/request';
import { DIRECT_LINE_TOKEN_SECONDS, IDENTITY_COOKIE, type DirectLineContext } from './context';

const IDENTITY_SECONDS = 400 * 24 * 60 * 60;

export type TokenClaims = { readonly user: string; readonly conversationId: string | undefined };

function cookie(req: Request, name: string): string | undefined {
  for (const part of (header(req, 'cookie') ?? '').split(';')) {
    const index = part.indexOf('=');
    if (index > 0 && part.slice(0, index).trim() === name) return part.slice(index + 1).trim();
  }
  return undefined;
}

/** Signs and checks the web chat identity cookie and the Direct Line tokens (keys derived from the web secret). */
export function createDirectLineAuth(ctx: DirectLineContext) {
  const { options, log, store, localOn } = ctx;
  const identityKey = options.keys.key('webchat-identity');
  const tokenKey = options.keys.key('directline-token');

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
      [`${IDENTITY_COOKIE}=${signed}`, 'Path=/api/directline', `Max-Age=${IDENTITY_SECONDS}`, 'HttpOnly', 'SameSite=Strict', ...(secureRequest(req, options.publicUrl) ? ['Secure'] : [])].join('; '),
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

  return { identityOf, issueToken, authorise };
}

export type DirectLineAuth = ReturnType<typeof createDirectLineAuth>;
