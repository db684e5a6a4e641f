import { setTimeout as sleep } from 'node:timers/promises';
import type { Request } from 'restify';
import type { AgentRepository } from '../../data/repositories/agents';
import type { AuditLog } from '../../data/repositories/audit';
import type { Agent } from '../../data/schema/support';
import { withTransaction } from '../../data/transaction';
import type { Db } from '../../data/types';
import { SIGN_IN_FAILURE_WINDOW_MS, signInDelayMs } from '../../domain/signInDelay';
import { HttpProblem } from '../http/guarded';
import { tokenHash, verifyPassword } from './agentAuth';

export interface StaffSignInDeps {
  readonly db: Db;
  readonly agents: AgentRepository;
  readonly audit: AuditLog;
  readonly clock: () => Date;
}

/**
 * The credential check shared by the agent console and the operations console: reads e-mail and
 * password from the request body, slows repeated failures down (steeply per client, a little per
 * account: wait, never refuse), and audits a failure as `<scope>.sign-in-failed` and
 * `<scope>.sign-in-failed-client`. Returns the active account and the time of the check.
 */
export async function checkStaffCredentials(
  deps: StaffSignInDeps,
  req: Request,
  input: Record<string, unknown>,
  scope: 'agent' | 'ops',
): Promise<{ account: Agent; now: Date }> {
  const { db, agents, audit, clock } = deps;
  const email = typeof input['email'] === 'string' ? input['email'].trim().toLowerCase() : '';
  const password = typeof input['password'] === 'string' ? input['password'] : '';
  if (email === '' || email.length > 254 || password === '' || password.length > 1024) throw new HttpProblem(400, 'email-and-password-required');
  const subject = `agent-email:${email}`;
  // The client by a hash of its address: the audit log keeps no addresses.
  const client = `${scope}-client:${tokenHash(req.socket.remoteAddress ?? 'unknown').slice(0, 24)}`;
  const since = new Date(clock().getTime() - SIGN_IN_FAILURE_WINDOW_MS);
  const [clientFailures, accountFailures] = await Promise.all([
    audit.countSince(`${scope}.sign-in-failed-client`, client, since),
    audit.countSince(`${scope}.sign-in-failed`, subject, since),
  ]);
  const delay = signInDelayMs({ client: clientFailures, account: accountFailures });
  if (delay > 0) await sleep(delay);
  const account = await agents.byEmail(email);
  const now = clock();
  if (!(await verifyPassword(account?.passwordHash, password)) || !account || account.disabledAt !== null) {
    await withTransaction(db, async () => {
      await audit.record({ actor: 'anonymous', action: `${scope}.sign-in-failed`, subject, at: now });
      await audit.record({ actor: 'anonymous', action: `${scope}.sign-in-failed-client`, subject: client, at: now });
    });
    throw new HttpProblem(401, 'invalid-credentials');
  }
  return { account, now };
}
