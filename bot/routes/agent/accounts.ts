import type { Server } from 'restify';
import { withTransaction } from '../../../data/transaction';
import { HttpProblem } from '../../http/guarded';
import { hashPassword } from '../agentAuth';
import { requireBackoffice } from '../backofficeAuth';
import { body, caseId, MIN_PASSWORD, type AgentContext } from './context';

/** Agent accounts, created, disabled and enabled from the back office (bearer `BACKOFFICE_TOKEN`). */
export function registerAgentAccountRoutes(server: Server, ctx: AgentContext): void {
  const { agents, audit, config, services, handle } = ctx;
  const db = services.db;

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
}
