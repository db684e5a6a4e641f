import type { Request, Response } from 'restify';
import type { Logger } from '../logger';

export type RouteHandler = (req: Request, res: Response) => Promise<void>;

/**
 * A refusal a handler throws: answered as `{ error: code, ...extra }` with `status`, never logged as
 * a failure and never carrying runtime text.
 */
export class HttpProblem extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly extra: Record<string, unknown> = {},
  ) {
    super(code);
  }
}

export interface GuardOptions {
  /** Headers every answer of these routes carries (see `securityHeaders.ts`), set before the handler runs. */
  readonly headers?: (res: Response) => void;
  /** The `error` of the 500 answer (`internal error` unless a route's contract says otherwise). */
  readonly internalError?: string;
}

/**
 * Wraps a route handler: an `HttpProblem` becomes its JSON answer; any other error goes to the log
 * with the path, and the caller gets a plain 500 without any runtime text.
 */
export function guardedBy(log: Logger, failure: string, options: GuardOptions = {}): (handler: RouteHandler) => RouteHandler {
  return (handler) => async (req, res) => {
    options.headers?.(res);
    try {
      await handler(req, res);
    } catch (error) {
      if (error instanceof HttpProblem) {
        if (!res.headersSent) res.send(error.status, { error: error.code, ...error.extra });
        return;
      }
      log.error({ err: error, path: req.path() }, failure);
      if (!res.headersSent) res.send(500, { error: options.internalError ?? 'internal error' });
    }
  };
}
