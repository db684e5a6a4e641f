import type { Next, Request, Response, Server } from 'restify';

/**
 * Holds the requests under `prefixes` until `work` has settled, while every other path is served
 * at once. Start-up work that only those paths depend on (seeding the demo staff accounts costs an
 * argon2 check each, ~0.1–0.2 s) then no longer delays readiness, and nothing under the prefixes
 * can run before it.
 */
export function holdUntil(server: Server, prefixes: readonly string[], work: Promise<unknown>): void {
  let settled = false;
  const done = work.then(
    () => (settled = true),
    () => (settled = true),
  );
  server.pre((req: Request, _res: Response, next: Next) => {
    const path = req.getPath();
    if (settled || !prefixes.some((prefix) => path === prefix || path.startsWith(`${prefix}/`))) return next();
    void done.then(() => next());
  });
}
