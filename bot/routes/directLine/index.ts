import type { Server } from 'restify';
import { DirectLineStore, type StoredActivity } from '../../directLine';
import { createDirectLineAuth } from './auth';
import { registerConnectorRoutes } from './connector';
import type { DirectLineContext, DirectLineOptions } from './context';
import { registerConversationRoutes } from './conversations';
import { registerTokenRoutes } from './token';

export { DIRECT_LINE_TOKEN_SECONDS, IDENTITY_COOKIE, type DirectLineOptions } from './context';
export type { TokenResponse } from './token';

export interface DirectLineRoutes {
  readonly store: DirectLineStore;
  /** Ends long polls and waits for the member turns already started (call before the server closes). */
  close(): Promise<void>;
}

/**
 * The web chat page's connection to the bot.
 *
 * Local mode (no MicrosoftAppId): a Direct Line 3.0-compatible endpoint served by the bot itself —
 * `POST /api/directline/token`, `POST /v3/directline/tokens/refresh` (`token.ts`), `POST /v3/directline/conversations`,
 * `GET|POST /v3/directline/conversations/:id/activities` (GET long-polls with `watermark` and `wait`;
 * `conversations.ts`) — and the Bot Connector endpoints the bot posts its replies and proactive
 * messages to (`serviceUrl` = this process, loopback only; `connector.ts`). The member's activities go through
 * `adapter.processActivityDirect` into the same turn pipeline as `/api/messages`.
 *
 * With MicrosoftAppId set the local endpoint is off (404): the page uses Azure Direct Line when
 * `DIRECT_LINE_SECRET` is set, and the token endpoint exchanges the secret for a conversation token.
 */
export function registerDirectLineRoutes(server: Server, options: DirectLineOptions): DirectLineRoutes {
  const ctx: DirectLineContext = {
    options,
    log: options.log,
    store: new DirectLineStore(),
    localOn: options.localMode,
    inFlight: new Set<Promise<void>>(),
    state: { closing: false },
  };
  const auth = createDirectLineAuth(ctx);
  registerTokenRoutes(server, ctx, auth);
  registerConversationRoutes(server, ctx, auth);
  registerConnectorRoutes(server, ctx);

  return {
    store: ctx.store,
    async close() {
      ctx.state.closing = true;
      ctx.store.close();
      const deadline = new Promise<void>((resolve) => setTimeout(resolve, 15_000).unref());
      await Promise.race([Promise.allSettled([...ctx.inFlight]).then(() => undefined), deadline]);
    },
  };
}

export type { StoredActivity };
