import type { Request, Response } from 'restify';
import type { Logger } from '../logger';

export type RouteHandler = (req: Request, res: Response) => Promise<void>;

/**
 * Wraps a route handler: an error goes to the log with the path, the caller gets a plain 500
 * without any runtime text.
 */
export function guardedBy(log: Logger, failure: string): (handler: RouteHandler) => RouteHandler {
  return (handler) => async (req, res) => {
    try {
      await handler(req, res);
    } catch (error) {
      log.error({ err: error, path: req.path() }, failure);
      if (!res.headersSent) res.send(500, { error: 'internal error' });
    }
  };
}
