import type { Request, Response, Server } from 'restify';
import { withTransaction } from '../../../data/transaction';
import { HttpProblem } from '../../http/guarded';
import { header } from '../../http/request';
import { hashPassword, newToken, parseCookies, tokenHash, verifyPassword } from '../agentAuth';
import { checkStaffCredentials } from '../staffSignIn';
import { AGENT_CONSOLE_ROLES, API, body, cookie, MIN_PASSWORD, requireAgent, requireChange, requireCsrf, SESSION_COOKIE, SIGN_IN_CSRF_COOKIE, type AgentContext } from './context';

export const DEMO_AGENT_EMAIL = 'agent@cps.example';
export const DEMO_AGENT_NAME = 'Demo Agent';

const SESSION_SECONDS = 8 * 60 * 60;
const SIGN_IN_CSRF_SECONDS = 60 * 60;

/**
 * The demo agent exists only where a password is configured for it (always outside production,
 * in production only with DEMO_AGENT_PASSWORD). Without one, an existing demo agent — e.g. from a
 * database that was first used locally — is disabled and its sessions end.
 */
export async function seedDemoAgent(ctx: AgentContext): Promise<void> {
  const { agents, config, log, services } = ctx;
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

/** `POST /api/agent/session`: e-mail and password; failures slow the client down steeply and the account a little. */
function signIn(ctx: AgentContext) {
  const { agents, audit, services } = ctx;
  return async (req: Request, res: Response) => {
    requireCsrf(ctx, req, parseCookies(header(req, 'cookie'))[SIGN_IN_CSRF_COOKIE]);
    const { account: agent, now } = await checkStaffCredentials({ db: services.db, agents, audit, clock: services.clock }, req, body(req), 'agent');
    if (!AGENT_CONSOLE_ROLES.includes(agent.role)) {
      await audit.record({ actor: `agent:${agent.id}`, action: 'agent.sign-in-refused-role', subject: `agent:${agent.id}`, details: { role: agent.role }, at: now });
      throw new HttpProblem(403, 'forbidden-role');
    }
    const token = newToken();
    const csrfToken = newToken();
    await withTransaction(services.db, async () => {
      await agents.deleteExpiredSessions(now);
      await agents.createSession({ tokenHash: tokenHash(token), agentId: agent.id, csrfToken, expiresAt: new Date(now.getTime() + SESSION_SECONDS * 1000) });
      await audit.record({ actor: `agent:${agent.id}`, action: 'agent.sign-in', subject: `agent:${agent.id}`, at: now });
    });
    res.setHeader('set-cookie', [cookie(ctx, req, SESSION_COOKIE, token, SESSION_SECONDS, API), cookie(ctx, req, SIGN_IN_CSRF_COOKIE, '', 0, API)]);
    res.send(200, { agent: { id: agent.id, email: agent.email, displayName: agent.displayName }, csrfToken });
  };
}

/** `POST /api/agent/password`: the current password, a new one; the agent's other sessions end. */
function changePassword(ctx: AgentContext) {
  const { agents, audit, services } = ctx;
  return async (req: Request, res: Response) => {
    const who = await requireChange(ctx, req);
    const input = body(req);
    const current = typeof input['currentPassword'] === 'string' ? input['currentPassword'] : '';
    const next = typeof input['newPassword'] === 'string' ? input['newPassword'] : '';
    if (next.length < MIN_PASSWORD || next.length > 1024) throw new HttpProblem(400, 'password-too-short');
    const agent = await agents.byEmail(who.agent.email);
    if (!agent || !(await verifyPassword(agent.passwordHash, current))) throw new HttpProblem(403, 'wrong-password');
    const passwordHash = await hashPassword(next);
    const ended = await withTransaction(services.db, async () => {
      await agents.setPasswordHash(agent.id, passwordHash);
      const count = await agents.deleteOtherSessions(agent.id, who.hash);
      await audit.record({ actor: `agent:${agent.id}`, action: 'agent.password-change', subject: `agent:${agent.id}`, details: { sessionsEnded: count }, at: services.clock() });
      return count;
    });
    res.send(200, { status: 'changed', otherSessionsEnded: ended });
  };
}

/** Sign-in, the session, sign-out and the password change of the agent console. */
export function registerAgentAuthRoutes(server: Server, ctx: AgentContext): void {
  const { agents, audit, services, handle } = ctx;

  server.get(
    `${API}/csrf`,
    handle(async (req, res) => {
      const token = newToken();
      res.setHeader('set-cookie', cookie(ctx, req, SIGN_IN_CSRF_COOKIE, token, SIGN_IN_CSRF_SECONDS, API));
      res.send(200, { csrfToken: token });
    }),
  );

  server.post(`${API}/session`, handle(signIn(ctx)));

  server.get(
    `${API}/session`,
    handle(async (req, res) => {
      const who = await requireAgent(ctx, req);
      res.send(200, { agent: who.agent, csrfToken: who.session.csrfToken });
    }),
  );

  // POST rather than DELETE: a body-less DELETE carries no Content-Length, which the body parser refuses.
  server.post(
    `${API}/sign-out`,
    handle(async (req, res) => {
      const who = await requireChange(ctx, req);
      await withTransaction(services.db, async () => {
        await agents.deleteSession(who.hash);
        await audit.record({ actor: `agent:${who.agent.id}`, action: 'agent.sign-out', subject: `agent:${who.agent.id}`, at: services.clock() });
      });
      res.setHeader('set-cookie', cookie(ctx, req, SESSION_COOKIE, '', 0, API));
      res.send(204);
    }),
  );

  server.post(`${API}/password`, handle(changePassword(ctx)));
}
