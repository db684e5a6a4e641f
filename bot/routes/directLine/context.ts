import type { Activity, CloudAdapter, TurnContext } from 'botbuilder';
import type { Logger } from 'pino';
import type { Request } from 'restify';
import type { DirectLineStore } from '../../directLine';
import type { WebKeys } from '../../webSecret';

export const IDENTITY_COOKIE = 'cps_webchat_id';
/** Direct Line tokens live 30 minutes; the page refreshes them well before. */
export const DIRECT_LINE_TOKEN_SECONDS = 30 * 60;
export const CONNECTOR = '/directline/connector';

export interface DirectLineOptions {
  readonly adapter: CloudAdapter;
  /** The same turn handler `/api/messages` uses. */
  readonly handleTurn: (context: TurnContext) => Promise<void>;
  readonly keys: WebKeys;
  readonly log: Logger;
  readonly publicUrl: string;
  /** No MicrosoftAppId: the local Direct Line is on. With an app id it is off (use Azure Direct Line). */
  readonly localMode: boolean;
  /** Azure Direct Line: with a secret, the token endpoint exchanges it for a conversation token. */
  readonly azure?: { readonly secret: string; readonly endpoint: string } | undefined;
  /** Overrides fetch for the Azure token exchange (tests). */
  readonly fetch?: typeof fetch;
}

/** What every part of the Direct Line routes shares: the options, the conversations and the turns under way. */
export interface DirectLineContext {
  readonly options: DirectLineOptions;
  readonly log: Logger;
  readonly store: DirectLineStore;
  /** The local Direct Line is on (no MicrosoftAppId). */
  readonly localOn: boolean;
  readonly inFlight: Set<Promise<void>>;
  /** Set by `close()`: long polls and new activities are answered 503. */
  readonly state: { closing: boolean };
}

export function isLoopback(address: string | undefined): boolean {
  return address === '127.0.0.1' || address === '::1' || address === '::ffff:127.0.0.1';
}

/** How the bot reaches this process again: the address the request arrived on, over loopback when possible. */
export function serviceUrlFor(req: Request): string {
  const socket = req.socket;
  const port = socket.localPort;
  const local = socket.localAddress ?? '127.0.0.1';
  const host = local.startsWith('::ffff:') ? local.slice(7) : local.includes(':') ? `[${local}]` : local;
  return `http://${host === '0.0.0.0' || host === '[::]' ? '127.0.0.1' : host}:${port}${CONNECTOR}`;
}

/** Feeds an activity (JSON, as a channel would post it) to the turn pipeline, after the member's earlier ones. */
export function runTurn(ctx: DirectLineContext, conversationId: string, activity: Readonly<Record<string, unknown>>): void {
  const { adapter, handleTurn } = ctx.options;
  const work = ctx.store.enqueue(conversationId, async () => {
    try {
      // Empty authorization: only reachable in local mode, where /api/messages accepts the same.
      await adapter.processActivityDirect('', activity as unknown as Activity, handleTurn);
    } catch (error) {
      ctx.log.error({ err: error, conversationId }, 'direct line turn failed');
    }
  });
  ctx.inFlight.add(work);
  void work.finally(() => ctx.inFlight.delete(work));
}
