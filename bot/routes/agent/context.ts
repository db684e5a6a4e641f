import type { Logger } from 'pino';
import type { Request } from 'restify';
import { createAgentRepository, type AgentProfile, type AgentRepository } from '../../../data/repositories/agents';
import { createAuditLog, type AuditLog } from '../../../data/repositories/audit';
import type { AgentSession, StaffRole } from '../../../data/schema/support';
import type { Services } from '../../../services';
import { createSupportDesk, type SupportDesk } from '../../../services/support/desk';
import type { Config } from '../../config';
import { guardedBy, HttpProblem, type RouteHandler } from '../../http/guarded';
import { header, secureRequest } from '../../http/request';
import { consoleHeaders } from '../../http/securityHeaders';
import { parseCookies, sameSecret, serializeCookie, tokenHash } from '../agentAuth';
import { isRecord } from '../../../domain/records';

export const SESSION_COOKIE = 'cps_agent_session';
/** Double-submit token for the sign-in form (there is no session yet to hold a synchroniser token). */
export const SIGN_IN_CSRF_COOKIE = 'cps_agent_signin';
export const CSRF_HEADER = 'x-csrf-token';
export const API = '/api/agent';
export const MIN_PASSWORD = 12;
/**
 * The staff roles that may use the agent console (support chats): agents, and admins, who may do
 * everything. Reviewers and finance staff work in the operations console only.
 */
export const AGENT_CONSOLE_ROLES: readonly StaffRole[] = ['agent', 'admin'];
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface AgentRouteDeps {
  readonly services: Services;
  readonly config: Config;
  readonly log: Logger;
  /** How often a live stream looks for new messages (other processes write them too). */
  readonly streamPollMs?: number;
  readonly heartbeatMs?: number;
}

export interface SignedIn {
  readonly agent: AgentProfile;
  readonly session: AgentSession;
  readonly hash: string;
}

/** What every part of the agent console's routes shares. */
export interface AgentContext {
  readonly services: Services;
  readonly config: Config;
  readonly log: Logger;
  readonly agents: AgentRepository;
  readonly audit: AuditLog;
  readonly desk: SupportDesk;
  /** Security headers, typed problems as JSON, anything else a logged 500 without details. */
  readonly handle: (work: RouteHandler) => RouteHandler;
}

export function createAgentContext(deps: AgentRouteDeps): AgentContext {
  const { services, config, log } = deps;
  return {
    services,
    config,
    log,
    agents: createAgentRepository(services.db),
    audit: createAuditLog(services.db),
    desk: createSupportDesk(services),
    handle: guardedBy(log, 'agent console request failed', { headers: consoleHeaders, internalError: 'internal-error' }),
  };
}

export function cookie(ctx: AgentContext, req: Request, name: string, value: string, maxAgeSeconds: number, path: string): string {
  return serializeCookie(name, value, { maxAgeSeconds, path, secure: secureRequest(req, ctx.config.publicUrl) });
}

export async function signedIn(ctx: AgentContext, req: Request): Promise<SignedIn | undefined> {
  const token = parseCookies(header(req, 'cookie'))[SESSION_COOKIE];
  if (!token) return undefined;
  const hash = tokenHash(token);
  const found = await ctx.agents.session(hash, ctx.services.clock());
  // A session of another role (the consoles share the sessions table) is no agent console session.
  return found && AGENT_CONSOLE_ROLES.includes(found.role) ? { agent: found.agent, session: found.session, hash } : undefined;
}

export async function requireAgent(ctx: AgentContext, req: Request): Promise<SignedIn> {
  const found = await signedIn(ctx, req);
  if (!found) throw new HttpProblem(401, 'sign-in-required');
  return found;
}

/** Cross-site requests fail twice: a foreign Origin, and a missing or wrong CSRF token. */
function checkOrigin(ctx: AgentContext, req: Request): void {
  const origin = header(req, 'origin');
  if (origin === undefined) return;
  const host = header(req, 'host');
  const allowed = new Set([new URL(ctx.config.publicUrl).origin, ...(host ? [`http://${host}`, `https://${host}`] : [])]);
  if (!allowed.has(origin)) throw new HttpProblem(403, 'csrf');
}

export function requireCsrf(ctx: AgentContext, req: Request, expected: string | undefined): void {
  checkOrigin(ctx, req);
  if (!sameSecret(header(req, CSRF_HEADER), expected)) throw new HttpProblem(403, 'csrf');
}

/** A signed-in agent whose request carries the session's CSRF token. */
export async function requireChange(ctx: AgentContext, req: Request): Promise<SignedIn> {
  const who = await requireAgent(ctx, req);
  requireCsrf(ctx, req, who.session.csrfToken);
  return who;
}

/** The `:id` of the path (a case or an agent), or 404. */
export function caseId(req: Request): string {
  const id = req.params?.['id'];
  if (typeof id !== 'string' || !UUID.test(id)) throw new HttpProblem(404, 'not-found');
  return id.toLowerCase();
}

export function body(req: Request): Record<string, unknown> {
  const value: unknown = req.body;
  if (value === undefined || value === null || value === '') return {};
  if (!isRecord(value)) throw new HttpProblem(400, 'invalid-body');
  return value;
}

export function problemStatus(problem: 'missing' | 'forbidden' | 'not-active'): HttpProblem {
  if (problem === 'missing') return new HttpProblem(404, 'not-found');
  if (problem === 'forbidden') return new HttpProblem(403, 'not-your-case');
  return new HttpProblem(409, 'case-not-active');
}

