import cluster from 'node:cluster';
import { RateLimiterCluster, RateLimiterMemory, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import type { Next, Request, RequestHandler, Response } from 'restify';

export type Admission = { readonly ok: true } | { readonly ok: false; readonly retryAfterSeconds: number; /** The first refusal of this window. */ readonly first: boolean };

export interface RateLimiter {
  admit(key: string): Promise<Admission>;
}

/**
 * A sliding per-minute budget per key. In a worker of the production supervisor the count is kept
 * by the primary (rate-limiter-flexible's cluster limiter), so N workers do not give N budgets.
 * `perMinute` 0 switches the limit off (the load benchmark does).
 */
export function createRateLimiter(name: string, perMinute: number): RateLimiter {
  if (perMinute <= 0) return { admit: async () => ({ ok: true }) };
  const options = { keyPrefix: name, points: perMinute, duration: 60 };
  const limiter: RateLimiterAbstract = cluster.isWorker ? new RateLimiterCluster({ ...options, timeoutMs: 1_000 }) : new RateLimiterMemory(options);
  return {
    async admit(key) {
      try {
        await limiter.consume(key);
        return { ok: true };
      } catch (refusal) {
        // The library rejects with the state for "over the limit", and with an Error when its store failed.
        if (!(refusal instanceof RateLimiterRes)) throw refusal;
        return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil(refusal.msBeforeNext / 1000)), first: refusal.consumedPoints === perMinute + 1 };
      }
    },
  };
}

/** Answers 429 with `Retry-After` once a client has used its budget. */
export function tooManyRequests(res: Response, retryAfterSeconds: number): void {
  res.setHeader('retry-after', String(retryAfterSeconds));
  res.send(429, { error: 'too many requests' });
}

/**
 * Per-client limit for every route `applies` selects, keyed by the connecting address. Behind a
 * load balancer that address is the balancer's: limit there too, or raise this budget.
 */
export function limitClients(limiter: RateLimiter, applies: (req: Request) => boolean): RequestHandler {
  return (req: Request, res: Response, next: Next) => {
    if (!applies(req)) return next();
    limiter.admit(req.socket.remoteAddress ?? 'unknown').then(
      (admission) => {
        if (admission.ok) return next();
        tooManyRequests(res, admission.retryAfterSeconds);
        return next(false);
      },
      (error: unknown) => next(error as Error),
    );
  };
}
