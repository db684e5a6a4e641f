import type { Server } from 'restify';
import { holdUntil } from '../../http/holdUntil';
import { registerAgentAccountRoutes } from './accounts';
import { registerAgentAuthRoutes, seedDemoAgent } from './auth';
import { registerAgentCaseRoutes } from './cases';
import { createAgentContext, type AgentRouteDeps } from './context';
import { registerAgentPage } from './static';
import { registerAgentStreamRoutes } from './stream';

export { DEMO_AGENT_EMAIL, DEMO_AGENT_NAME } from './auth';
export { CSRF_HEADER, SESSION_COOKIE, SIGN_IN_CSRF_COOKIE, type AgentRouteDeps } from './context';

export interface AgentRoutes {
  /** Ends the open live streams, so the server can stop. */
  close(): void;
}

/**
 * The agent console: the page at `/agent` (`static.ts`) and its JSON API under `/api/agent`.
 * Agents sign in with an argon2-hashed password (`auth.ts`); the session lives in an HttpOnly,
 * SameSite=Strict cookie (Secure over https) and every state-changing request carries the session's
 * CSRF token. Members (chat identities) have no session, so every API answers them 401. Cases
 * (`cases.ts`), live messages (`stream.ts`), agent accounts from the back office (`accounts.ts`).
 * Seeds the demo agent outside production.
 */
export function registerAgentRoutes(server: Server, deps: AgentRouteDeps): AgentRoutes {
  const ctx = createAgentContext(deps);
  const streams = new Set<() => void>();

  // Seeded while the server starts; the console and its API wait for it, nothing else does.
  holdUntil(
    server,
    ['/agent', '/api/agent'],
    seedDemoAgent(ctx).catch((error: unknown) => deps.log.error({ err: error }, 'could not seed the demo agent')),
  );

  registerAgentPage(server, ctx);
  registerAgentAuthRoutes(server, ctx);
  registerAgentCaseRoutes(server, ctx);
  registerAgentAccountRoutes(server, ctx);
  registerAgentStreamRoutes(server, ctx, { pollMs: deps.streamPollMs ?? 1000, heartbeatMs: deps.heartbeatMs ?? 15_000, streams });

  return {
    close() {
      for (const stop of [...streams]) stop();
    },
  };
}
