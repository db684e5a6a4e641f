import type { Server } from 'restify';
import { header } from '../../http/request';
import { createAgentRepository } from '../../../data/repositories/agents';
import { createAuditLog } from '../../../data/repositories/audit';
import { createStaffRepository } from '../../../data/repositories/staff';
import { withTransaction } from '../../../data/transaction';
import type { Db } from '../../../data/types';
import { newToken, parseCookies, tokenHash } from '../agentAuth';
import { checkStaffCredentials } from '../staffSignIn';
import { areasOf, bodyOf, OPS_API, OPS_SESSION_COOKIE, OPS_SIGN_IN_CSRF_COOKIE, type OpsGate } from './http';

const SESSION_SECONDS = 8 * 60 * 60;
const SIGN_IN_CSRF_SECONDS = 60 * 60;

/**
 * Sign-in, session and sign-out of the operations console. Every staff account may sign in (its
 * role decides what it sees); failures slow the client and the account down, as in the agent
 * console, and are audited under `ops.sign-in-failed`.
 */
export function registerOpsSessionRoutes(server: Server, deps: { db: Db; gate: OpsGate; clock: () => Date }): void {
  const { db, gate, clock } = deps;
  const agents = createAgentRepository(db);
  const staff = createStaffRepository(db);
  const audit = createAuditLog(db);

  server.get(`${OPS_API}/csrf`, gate.handle(async (req, res) => {
    const token = newToken();
    res.setHeader('set-cookie', gate.cookie(req, OPS_SIGN_IN_CSRF_COOKIE, token, SIGN_IN_CSRF_SECONDS));
    res.send(200, { csrfToken: token });
  }));

  server.post(`${OPS_API}/session`, gate.handle(async (req, res) => {
    gate.requireCsrf(req, parseCookies(header(req, 'cookie'))[OPS_SIGN_IN_CSRF_COOKIE]);
    const { account, now } = await checkStaffCredentials({ db, agents, audit, clock }, req, bodyOf(req), 'ops');
    const token = newToken();
    const csrfToken = newToken();
    await withTransaction(db, async () => {
      await agents.deleteExpiredSessions(now);
      await agents.createSession({ tokenHash: tokenHash(token), agentId: account.id, csrfToken, expiresAt: new Date(now.getTime() + SESSION_SECONDS * 1000) });
      await audit.record({ actor: `agent:${account.id}`, action: 'ops.sign-in', subject: `agent:${account.id}`, at: now });
    });
    const signedIn = await staff.session(tokenHash(token), now);
    if (!signedIn) throw new Error('the new session vanished');
    res.setHeader('set-cookie', [gate.cookie(req, OPS_SESSION_COOKIE, token, SESSION_SECONDS), gate.cookie(req, OPS_SIGN_IN_CSRF_COOKIE, '', 0)]);
    res.send(200, { staff: signedIn.staff, areas: areasOf(signedIn.staff.role), csrfToken });
  }));

  server.get(`${OPS_API}/session`, gate.handle(async (req, res) => {
    const who = await gate.require(req, 'any');
    res.send(200, { staff: who.staff, areas: areasOf(who.staff.role), csrfToken: who.session.csrfToken });
  }));

  server.post(`${OPS_API}/sign-out`, gate.handle(async (req, res) => {
    const who = await gate.require(req, 'any', true);
    await withTransaction(db, async () => {
      await agents.deleteSession(who.hash);
      await audit.record({ actor: `agent:${who.staff.id}`, action: 'ops.sign-out', subject: `agent:${who.staff.id}`, at: clock() });
    });
    res.setHeader('set-cookie', gate.cookie(req, OPS_SESSION_COOKIE, '', 0));
    res.send(204);
  }));
}
