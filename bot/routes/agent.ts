import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { PROJECT_ROOT } from '../../data/projectRoot';
import type { Request, Response, Server } from 'restify';
import type { Logger } from 'pino';
import { createAgentRepository, type AgentProfile } from '../../data/repositories/agents';
import { createAuditLog } from '../../data/repositories/audit';
import type { AgentSession } from '../../data/schema/support';
import { withTransaction } from '../../data/transaction';
import { cleanAgentText } from '../../domain/support';
import { SIGN_IN_FAILURE_WINDOW_MS, signInDelayMs } from '../../domain/signInDelay';
import { setTimeout as sleep } from 'node:timers/promises';
import { createSupportDesk, type SupportDesk } from '../../services/support/desk';
import type { Services } from '../../services';
import type { Config } from '../config';
import { hashPassword, newToken, parseCookies, sameSecret, serializeCookie, tokenHash, verifyPassword } from './agentAuth';
import { requireBackoffice } from './backofficeAuth';

export const SESSION_COOKIE = 'cps_agent_session';
/** Double-submit token for the sign-in form (there is no session yet to hold a synchroniser token). */
export const SIGN_IN_CSRF_COOKIE = 'cps_agent_signin';
export const CSRF_HEADER = 'x-csrf-token';
export const DEMO_AGENT_EMAIL = 'agent@cps.example';
export const DEMO_AGENT_NAME = 'Demo Agent';

const API = '/api/agent';
const SESSION_SECONDS = 8 * 60 * 60;
const SIGN_IN_CSRF_SECONDS = 60 * 60;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const MAX_RESOLUTION = 2000;
const MIN_PASSWORD = 12;

const WEB_DIR = join(PROJECT_ROOT, 'web', 'agent');
const STATIC_FILES: Readonly<Record<string, { file: string; type: string }>> = {
  'index.html': { file: 'index.html', type: 'text/html; charset=utf-8' },
  'console.js': { file: 'console.js', type: 'text/javascript; charset=utf-8' },
  'console.css': { file: 'console.css', type: 'text/css; charset=utf-8' },
};
const CONTENT_SECURITY_POLICY =
  "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

export interface AgentRouteDeps {
  readonly services: Services;
  readonly config: Config;
  readonly log: Logger;
  /** How often a live stream looks for new messages (other processes write them too). */
  readonly streamPollMs?: number;
  readonly heartbeatMs?: number;
}

export interface AgentRoutes {
  /** Ends the open live streams, so the server can stop. */
  close(): void;
}

interface SignedIn {
  readonly agent: AgentProfile;
  readonly session: AgentSession;
  readonly hash: string;
}

class HttpProblem extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
  ) {
    super(code);
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function header(req: Request, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/**
 * The agent console: the page at `/agent` and its JSON API under `/api/agent`. Agents sign in with
 * an argon2-hashed password; the session lives in an HttpOnly, SameSite=Strict cookie (Secure over
 * https) and every state-changing request carries the session's CSRF token. Members (chat
 * identities) have no session, so every API answers them 401. Seeds the demo agent outside production.
 */
export async function registerAgentRoutes(server: Server, deps: AgentRouteDeps): Promise<AgentRoutes> {
  const { services, config, log } = deps;
  const db = services.db;
  const agents = createAgentRepository(db);
  const audit = createAuditLog(db);
  const desk: SupportDesk = createSupportDesk(services);
  const streams = new Set<() => void>();
  const pollMs = deps.streamPollMs ?? 1000;
  const heartbeatMs = deps.heartbeatMs ?? 15_000;

  await seedDemoAgent();

  const pages = new Map<string, Buffer>();
  function page(name: string): Buffer {
    let content = pages.get(name);
    if (!content) {
      const entry = STATIC_FILES[name];
      if (!entry) throw new HttpProblem(404, 'not-found');
      content = readFileSync(resolve(WEB_DIR, entry.file));
      // Re-read on every request outside production, so the console can be edited live.
      if (config.env === 'production') pages.set(name, content);
    }
    return content;
  }

  function secureRequest(req: Request): boolean {
    return config.publicUrl.startsWith('https:') || req.isSecure() || header(req, 'x-forwarded-proto') === 'https';
  }

  function cookie(req: Request, name: string, value: string, maxAgeSeconds: number, path: string): string {
    return serializeCookie(name, value, { maxAgeSeconds, path, secure: secureRequest(req) });
  }

  function commonHeaders(res: Response): void {
    res.setHeader('cache-control', 'no-store');
    res.setHeader('x-content-type-options', 'nosniff');
    res.setHeader('referrer-policy', 'no-referrer');
    res.setHeader('x-frame-options', 'DENY');
  }

  /** Wraps a handler: security headers, typed problems as JSON, anything else a logged 500 without details. */
  function handle(work: (req: Request, res: Response) => Promise<void>) {
    return async (req: Request, res: Response) => {
      commonHeaders(res);
      try {
        await work(req, res);
      } catch (error) {
        if (error instanceof HttpProblem) {
          if (!res.headersSent) res.send(error.status, { error: error.code });
          return;
        }
        log.error({ err: error, path: req.path() }, 'agent console request failed');
        if (!res.headersSent) res.send(500, { error: 'internal-error' });
      }
    };
  }

  async function signedIn(req: Request): Promise<SignedIn | undefined> {
    const token = parseCookies(header(req, 'cookie'))[SESSION_COOKIE];
    if (!token) return undefined;
    const hash = tokenHash(token);
    const found = await agents.session(hash, services.clock());
    return found ? { ...found, hash } : undefined;
  }

  async function requireAgent(req: Request): Promise<SignedIn> {
    const found = await signedIn(req);
    if (!found) throw new HttpProblem(401, 'sign-in-required');
    return found;
  }

  /** Cross-site requests fail twice: a foreign Origin, and a missing or wrong CSRF token. */
  function checkOrigin(req: Request): void {
    const origin = header(req, 'origin');
    if (origin === undefined) return;
    const host = header(req, 'host');
    const allowed = new Set([new URL(config.publicUrl).origin, ...(host ? [`http://${host}`, `https://${host}`] : [])]);
    if (!allowed.has(origin)) throw new HttpProblem(403, 'csrf');
  }

  function requireCsrf(req: Request, expected: string | undefined): void {
    checkOrigin(req);
    if (!sameSecret(header(req, CSRF_HEADER), expected)) throw new HttpProblem(403, 'csrf');
  }

  async function requireChange(req: Request): Promise<SignedIn> {
    const who = await requireAgent(req);
    requireCsrf(req, who.session.csrfToken);
    return who;
  }

  function caseId(req: Request): string {
    const id = req.params?.['id'];
    if (typeof id !== 'string' || !UUID.test(id)) throw new HttpProblem(404, 'not-found');
    return id.toLowerCase();
  }

  function body(req: Request): Record<string, unknown> {
    const value: unknown = req.body;
    if (value === undefined || value === null || value === '') return {};
    if (!isRecord(value)) throw new HttpProblem(400, 'invalid-body');
    return value;
  }

  function problemStatus(problem: 'missing' | 'forbidden' | 'not-active'): HttpProblem {
    if (problem === 'missing') return new HttpProblem(404, 'not-found');
    if (problem === 'forbidden') return new HttpProblem(403, 'not-your-case');
    return new HttpProblem(409, 'case-not-active');
  }

  /**
   * The demo agent exists only where a password is configured for it (always outside production,
   * in production only with DEMO_AGENT_PASSWORD). Without one, an existing demo agent — e.g. from a
   * database that was first used locally — is disabled and its sessions end.
   */
  async function seedDemoAgent(): Promise<void> {
    const password = config.demoAgentPassword;
    const existing = await agents.byEmail(DEMO_AGENT_EMAIL);
    if (!password) {
      if (existing && existing.disabledAt === null) await agents.setDisabled(existing.id, services.clock());
      if (config.env === 'production') log.info({ email: DEMO_AGENT_EMAIL }, 'demo agent disabled: DEMO_AGENT_PASSWORD is not set');
      return;
    }
    if (existing?.disabledAt) await agents.setDisabled(existing.id, null);
    if (!existing) {
      await agents.create({ email: DEMO_AGENT_EMAIL, displayName: DEMO_AGENT_NAME, passwordHash: await hashPassword(password) });
      log.debug({ email: DEMO_AGENT_EMAIL }, 'demo agent seeded for the agent console');
    } else if (!(await verifyPassword(existing.passwordHash, password))) {
      await agents.setPasswordHash(existing.id, await hashPassword(password));
      log.info({ email: DEMO_AGENT_EMAIL }, 'demo agent password updated from DEMO_AGENT_PASSWORD');
    }
  }

  // ---- the page ---------------------------------------------------------------------------------

  const servePage = (name: string) =>
    handle(async (_req, res) => {
      const entry = STATIC_FILES[name];
      if (!entry) throw new HttpProblem(404, 'not-found');
      const content = page(name);
      res.setHeader('content-type', entry.type);
      res.setHeader('content-security-policy', CONTENT_SECURITY_POLICY);
      res.sendRaw(200, content);
    });
  server.get('/agent', servePage('index.html'));
  server.get('/agent/', servePage('index.html'));
  for (const name of Object.keys(STATIC_FILES)) server.get(`/agent/${name}`, servePage(name));

  // ---- sign-in ----------------------------------------------------------------------------------

  server.get(
    `${API}/csrf`,
    handle(async (req, res) => {
      const token = newToken();
      res.setHeader('set-cookie', cookie(req, SIGN_IN_CSRF_COOKIE, token, SIGN_IN_CSRF_SECONDS, API));
      res.send(200, { csrfToken: token });
    }),
  );

  server.post(
    `${API}/session`,
    handle(async (req, res) => {
      requireCsrf(req, parseCookies(header(req, 'cookie'))[SIGN_IN_CSRF_COOKIE]);
      const input = body(req);
      const email = typeof input['email'] === 'string' ? input['email'].trim().toLowerCase() : '';
      const password = typeof input['password'] === 'string' ? input['password'] : '';
      if (email === '' || email.length > 254 || password === '' || password.length > 1024) throw new HttpProblem(400, 'email-and-password-required');
      const subject = `agent-email:${email}`;
      // The client by a hash of its address: the audit log keeps no addresses.
      const client = `agent-client:${tokenHash(req.socket.remoteAddress ?? 'unknown').slice(0, 24)}`;
      const since = new Date(services.clock().getTime() - SIGN_IN_FAILURE_WINDOW_MS);
      const [clientFailures, accountFailures] = await Promise.all([
        audit.countSince('agent.sign-in-failed-client', client, since),
        audit.countSince('agent.sign-in-failed', subject, since),
      ]);
      // Wait, never refuse: a stranger's guesses slow their own client down steeply and the account only a little.
      const delay = signInDelayMs({ client: clientFailures, account: accountFailures });
      if (delay > 0) await sleep(delay);
      const agent = await agents.byEmail(email);
      const now = services.clock();
      if (!(await verifyPassword(agent?.passwordHash, password)) || !agent || agent.disabledAt !== null) {
        await withTransaction(db, async () => {
          await audit.record({ actor: 'anonymous', action: 'agent.sign-in-failed', subject, at: now });
          await audit.record({ actor: 'anonymous', action: 'agent.sign-in-failed-client', subject: client, at: now });
        });
        throw new HttpProblem(401, 'invalid-credentials');
      }
      const token = newToken();
      const csrfToken = newToken();
      await withTransaction(db, async () => {
        await agents.deleteExpiredSessions(now);
        await agents.createSession({ tokenHash: tokenHash(token), agentId: agent.id, csrfToken, expiresAt: new Date(now.getTime() + SESSION_SECONDS * 1000) });
        await audit.record({ actor: `agent:${agent.id}`, action: 'agent.sign-in', subject: `agent:${agent.id}`, at: now });
      });
      res.setHeader('set-cookie', [cookie(req, SESSION_COOKIE, token, SESSION_SECONDS, API), cookie(req, SIGN_IN_CSRF_COOKIE, '', 0, API)]);
      res.send(200, { agent: { id: agent.id, email: agent.email, displayName: agent.displayName }, csrfToken });
    }),
  );

  server.get(
    `${API}/session`,
    handle(async (req, res) => {
      const who = await requireAgent(req);
      res.send(200, { agent: who.agent, csrfToken: who.session.csrfToken });
    }),
  );

  // POST rather than DELETE: a body-less DELETE carries no Content-Length, which the body parser refuses.
  server.post(
    `${API}/sign-out`,
    handle(async (req, res) => {
      const who = await requireChange(req);
      await withTransaction(db, async () => {
        await agents.deleteSession(who.hash);
        await audit.record({ actor: `agent:${who.agent.id}`, action: 'agent.sign-out', subject: `agent:${who.agent.id}`, at: services.clock() });
      });
      res.setHeader('set-cookie', cookie(req, SESSION_COOKIE, '', 0, API));
      res.send(204);
    }),
  );

  server.post(
    `${API}/password`,
    handle(async (req, res) => {
      const who = await requireChange(req);
      const input = body(req);
      const current = typeof input['currentPassword'] === 'string' ? input['currentPassword'] : '';
      const next = typeof input['newPassword'] === 'string' ? input['newPassword'] : '';
      if (next.length < MIN_PASSWORD || next.length > 1024) throw new HttpProblem(400, 'password-too-short');
      const agent = await agents.byEmail(who.agent.email);
      if (!agent || !(await verifyPassword(agent.passwordHash, current))) throw new HttpProblem(403, 'wrong-password');
      const passwordHash = await hashPassword(next);
      const ended = await withTransaction(db, async () => {
        await agents.setPasswordHash(agent.id, passwordHash);
        const count = await agents.deleteOtherSessions(agent.id, who.hash);
        await audit.record({ actor: `agent:${agent.id}`, action: 'agent.password-change', subject: `agent:${agent.id}`, details: { sessionsEnded: count }, at: services.clock() });
        return count;
      });
      res.send(200, { status: 'changed', otherSessionsEnded: ended });
    }),
  );

  // ---- the queue and cases -------------------------------------------------------------------

  server.get(
    `${API}/queue`,
    handle(async (req, res) => {
      const who = await requireAgent(req);
      res.send(200, await desk.consoleQueue(who.agent));
    }),
  );

  server.get(
    `${API}/cases/:id`,
    handle(async (req, res) => {
      const who = await requireAgent(req);
      const view = await desk.view(caseId(req), who.agent);
      if (typeof view === 'string') throw problemStatus(view);
      res.send(200, view);
    }),
  );

  server.post(
    `${API}/cases/:id/claim`,
    handle(async (req, res) => {
      const who = await requireChange(req);
      const id = caseId(req);
      const result = await desk.claim(id, who.agent);
      if (result.outcome === 'missing') throw new HttpProblem(404, 'not-found');
      if (result.outcome === 'taken') throw new HttpProblem(409, 'already-claimed');
      if (result.outcome === 'closed') throw new HttpProblem(409, 'case-not-waiting');
      const view = await desk.view(id, who.agent);
      if (typeof view === 'string') throw problemStatus(view);
      res.send(200, { outcome: result.outcome, ...view });
    }),
  );

  server.post(
    `${API}/cases/:id/messages`,
    handle(async (req, res) => {
      const who = await requireChange(req);
      const id = caseId(req);
      const text = cleanAgentText(body(req)['text']);
      if (!text) throw new HttpProblem(400, 'text-required');
      const outcome = await desk.agentMessage(id, who.agent, text);
      if (outcome !== 'sent') throw problemStatus(outcome);
      res.send(201, { status: 'sent' });
    }),
  );

  server.post(
    `${API}/cases/:id/close`,
    handle(async (req, res) => {
      const who = await requireChange(req);
      const id = caseId(req);
      const resolution = cleanAgentText(body(req)['resolution'], MAX_RESOLUTION);
      if (!resolution) throw new HttpProblem(400, 'resolution-required');
      const outcome = await desk.close(id, who.agent, resolution);
      if (outcome !== 'closed') throw problemStatus(outcome);
      res.send(200, { status: 'closed' });
    }),
  );

  // ---- accounts (back office) ---------------------------------------------------------------------

  server.post(
    '/api/backoffice/agents',
    requireBackoffice(config),
    handle(async (req, res) => {
      const input = body(req);
      const email = typeof input['email'] === 'string' ? input['email'].trim().toLowerCase() : '';
      const displayName = typeof input['displayName'] === 'string' ? input['displayName'].trim() : '';
      const password = typeof input['password'] === 'string' ? input['password'] : '';
      const problems = [
        ...(/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email) && email.length <= 254 ? [] : ['email']),
        ...(displayName.length >= 1 && displayName.length <= 80 ? [] : ['displayName']),
        ...(password.length >= MIN_PASSWORD && password.length <= 1024 ? [] : ['password']),
      ];
      if (problems.length > 0) {
        res.send(400, { error: 'invalid-agent', fields: problems });
        return;
      }
      const passwordHash = await hashPassword(password);
      const created = await withTransaction(db, async () => {
        if (!(await agents.create({ email, displayName, passwordHash }))) return undefined;
        const agent = await agents.byEmail(email);
        if (agent) await audit.record({ actor: 'backoffice', action: 'agent.create', subject: `agent:${agent.id}`, details: { email }, at: services.clock() });
        return agent;
      });
      if (!created) throw new HttpProblem(409, 'agent-exists');
      res.send(201, { id: created.id, email: created.email, displayName: created.displayName });
    }),
  );

  const setDisabled = (disabled: boolean) =>
    handle(async (req, res) => {
      const id = caseId(req);
      const changed = await withTransaction(db, async () => {
        if (!(await agents.setDisabled(id, disabled ? services.clock() : null))) return false;
        await audit.record({ actor: 'backoffice', action: disabled ? 'agent.disable' : 'agent.enable', subject: `agent:${id}`, at: services.clock() });
        return true;
      });
      if (!changed) throw new HttpProblem(404, 'not-found');
      res.send(200, { id, status: disabled ? 'disabled' : 'enabled' });
    });
  // Disabling ends the agent's sessions at once: their console's next request is answered 401.
  server.post('/api/backoffice/agents/:id/disable', requireBackoffice(config), setDisabled(true));
  server.post('/api/backoffice/agents/:id/enable', requireBackoffice(config), setDisabled(false));

  // ---- live messages (server-sent events) ---------------------------------------------------------

  server.get(
    `${API}/cases/:id/events`,
    handle(async (req, res) => {
      const who = await requireAgent(req);
      const id = caseId(req);
      const first = await desk.changesSince(id, who.agent, new Date(0));
      if (typeof first === 'string') throw problemStatus(first);
      await stream(req, res, id, who, first);
    }),
  );

  type Changes = Exclude<Awaited<ReturnType<SupportDesk['changesSince']>>, string>;

  /**
   * Polls the database (other processes write messages too) and pushes what is new. Messages are
   * read with a look-back, because a transaction that started earlier may commit later, and
   * de-duplicated by id.
   */
  function stream(req: Request, res: Response, id: string, who: SignedIn, first: Changes): Promise<void> {
    res.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-store', connection: 'keep-alive', 'x-accel-buffering': 'no' });
    res.write(`retry: 2000\n\n`);
    const seen = new Set<string>();
    let cursor = new Date(0);
    let status: string | undefined;
    let agentId: string | null | undefined;
    let stopped = false;

    const push = (changes: Changes) => {
      for (const message of changes.messages) {
        if (seen.has(message.id)) continue;
        seen.add(message.id);
        res.write(`event: message\nid: ${message.id}\ndata: ${JSON.stringify(message)}\n\n`);
        const at = new Date(message.at);
        if (at > cursor) cursor = at;
      }
      if (changes.status !== status || changes.agentId !== agentId) {
        status = changes.status;
        agentId = changes.agentId;
        res.write(`event: case\ndata: ${JSON.stringify({ status, agentId })}\n\n`);
      }
    };

    return new Promise<void>((done) => {
      let poll: NodeJS.Timeout | undefined;
      const heartbeat = setInterval(() => res.write(`: ping\n\n`), heartbeatMs);
      heartbeat.unref();
      const stop = () => {
        if (stopped) return;
        stopped = true;
        clearInterval(heartbeat);
        if (poll) clearTimeout(poll);
        streams.delete(stop);
        res.end();
        done();
      };
      streams.add(stop);
      req.on('close', stop);

      const tick = async () => {
        try {
          if (!(await agents.session(who.hash, services.clock()))) {
            res.write(`event: signed-out\ndata: {}\n\n`);
            return stop();
          }
          const changes = await desk.changesSince(id, who.agent, new Date(cursor.getTime() - 5000));
          if (typeof changes === 'string') {
            res.write(`event: gone\ndata: ${JSON.stringify({ reason: changes })}\n\n`);
            return stop();
          }
          push(changes);
        } catch (error) {
          log.error({ err: error, caseId: id }, 'agent live stream poll failed');
        }
        if (!stopped) {
          poll = setTimeout(() => void tick(), pollMs);
          poll.unref();
        }
      };
      push(first);
      poll = setTimeout(() => void tick(), pollMs);
      poll.unref();
    });
  }

  return {
    close() {
      for (const stop of [...streams]) stop();
    },
  };
}
