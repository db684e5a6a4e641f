import type { Request, Response, Server } from 'restify';
import type { SupportDesk } from '../../../services/support/desk';
import { AGENT_CONSOLE_ROLES, API, caseId, problemStatus, requireAgent, type AgentContext, type SignedIn } from './context';

type Changes = Exclude<Awaited<ReturnType<SupportDesk['changesSince']>>, string>;

export interface StreamOptions {
  readonly pollMs: number;
  readonly heartbeatMs: number;
  /** The open streams' stop functions, so the server can end them when it stops. */
  readonly streams: Set<() => void>;
}

/** Writes the messages not seen yet and, when it changed, the case's status. */
function pusher(res: Response) {
  const seen = new Set<string>();
  const state: { cursor: Date; status: string | undefined; agentId: string | null | undefined } = { cursor: new Date(0), status: undefined, agentId: undefined };
  const push = (changes: Changes) => {
    for (const message of changes.messages) {
      if (seen.has(message.id)) continue;
      seen.add(message.id);
      res.write(`event: message\nid: ${message.id}\ndata: ${JSON.stringify(message)}\n\n`);
      const at = new Date(message.at);
      if (at > state.cursor) state.cursor = at;
    }
    if (changes.status !== state.status || changes.agentId !== state.agentId) {
      state.status = changes.status;
      state.agentId = changes.agentId;
      res.write(`event: case\ndata: ${JSON.stringify({ status: state.status, agentId: state.agentId })}\n\n`);
    }
  };
  return { push, cursor: () => state.cursor };
}

/**
 * Polls the database (other processes write messages too) and pushes what is new. Messages are
 * read with a look-back, because a transaction that started earlier may commit later, and
 * de-duplicated by id.
 */
function stream(ctx: AgentContext, options: StreamOptions, req: Request, res: Response, id: string, who: SignedIn, first: Changes): Promise<void> {
  const { agents, desk, log, services } = ctx;
  res.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-store', connection: 'keep-alive', 'x-accel-buffering': 'no' });
  res.write(`retry: 2000\n\n`);
  const { push, cursor } = pusher(res);
  let stopped = false;

  return new Promise<void>((done) => {
    let poll: NodeJS.Timeout | undefined;
    const heartbeat = setInterval(() => res.write(`: ping\n\n`), options.heartbeatMs);
    heartbeat.unref();
    const stop = () => {
      if (stopped) return;
      stopped = true;
      clearInterval(heartbeat);
      if (poll) clearTimeout(poll);
      options.streams.delete(stop);
      res.end();
      done();
    };
    options.streams.add(stop);
    req.on('close', stop);

    const tick = async () => {
      try {
        const current = await agents.session(who.hash, services.clock());
        if (!current || !AGENT_CONSOLE_ROLES.includes(current.role)) {
          res.write(`event: signed-out\ndata: {}\n\n`);
          return stop();
        }
        const changes = await desk.changesSince(id, who.agent, new Date(cursor().getTime() - 5000));
        if (typeof changes === 'string') {
          res.write(`event: gone\ndata: ${JSON.stringify({ reason: changes })}\n\n`);
          return stop();
        }
        push(changes);
      } catch (error) {
        log.error({ err: error, caseId: id }, 'agent live stream poll failed');
      }
      if (!stopped) {
        poll = setTimeout(() => void tick(), options.pollMs);
        poll.unref();
      }
    };
    push(first);
    poll = setTimeout(() => void tick(), options.pollMs);
    poll.unref();
  });
}

/** Live messages of a case (server-sent events). */
export function registerAgentStreamRoutes(server: Server, ctx: AgentContext, options: StreamOptions): void {
  server.get(
    `${API}/cases/:id/events`,
    ctx.handle(async (req, res) => {
      const who = await requireAgent(ctx, req);
      const id = caseId(req);
      const first = await ctx.desk.changesSince(id, who.agent, new Date(0));
      if (typeof first === 'string') throw problemStatus(first);
      await stream(ctx, options, req, res, id, who, first);
    }),
  );
}
