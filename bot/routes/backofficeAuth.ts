import { createHash, timingSafeEqual } from 'node:crypto';
import type { Next, Request, RequestHandler, Response } from 'restify';
import type { Config } from '../config';

function digest(value: string): Buffer {
  return createHash('sha256').update(value).digest();
}

/** True when an `Authorization` header carries `Bearer <token>` (compared in constant time). */
export function hasBackofficeBearer(header: string | undefined, token: string): boolean {
  const match = /^Bearer\s+(.+)$/i.exec((header ?? '').trim());
  // Digests have equal length whatever was sent, so the comparison leaks nothing.
  return match?.[1] !== undefined && timingSafeEqual(digest(match[1].trim()), digest(token));
}

/**
 * Restify middleware for `/api/backoffice/*` routes: `Authorization: Bearer $BACKOFFICE_TOKEN`.
 * 401 for a missing or wrong token; 503 when no token is configured (the back office is then
 * disabled, never open). Use it before the handler: `server.post(path, requireBackoffice(config), handler)`.
 */
export function requireBackoffice(config: Pick<Config, 'backofficeToken'>): RequestHandler {
  return (req: Request, res: Response, next: Next) => {
    const token = config.backofficeToken;
    if (token === undefined) {
      res.send(503, { error: 'back office disabled: BACKOFFICE_TOKEN is not set' });
      return next(false);
    }
    if (!hasBackofficeBearer(req.header('authorization'), token)) {
      res.header('WWW-Authenticate', 'Bearer realm="backoffice"');
      res.send(401, { error: 'missing or invalid bearer token' });
      return next(false);
    }
    return next();
  };
}
