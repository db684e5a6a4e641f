import { describe, expect, it } from 'vitest';
import { createAuditLog } from '../../data/repositories/audit';
import { STAFF_PASSWORD as PASSWORD, useOpsApp } from './opsHelpers';
import { AgentClient } from './supportHelpers';

const TOKEN = 'backoffice-agent-roles-token-123456';

const app = useOpsApp(TOKEN);

describe('who may use the agent console', () => {
  it.each(['reviewer', 'finance'])('refuses a %s with 403 (audited) after a correct password', async (role) => {
    const { id, email } = await app.account(role);
    const client = new AgentClient(app.running.url);
    expect(await client.signIn(email, PASSWORD)).toEqual({ status: 403, body: { error: 'forbidden-role' } });
    expect((await client.signIn(email, 'a-wrong-password-1234')).status).toBe(401);
    const audit = await createAuditLog(app.database.db).forSubject(`agent:${id}`);
    expect(audit.map((e) => [e.action, e.details])).toContainEqual(['agent.sign-in-refused-role', { role }]);
  });

  it('lets agents and admins in', async () => {
    for (const role of ['agent', 'admin']) {
      const { email } = await app.account(role);
      const client = new AgentClient(app.running.url);
      expect((await client.signIn(email, PASSWORD)).status, role).toBe(200);
      expect((await client.get('/api/agent/session')).status, role).toBe(200);
    }
  });

  it('does not take a reviewer’s operations console session as an agent console session', async () => {
    const { email } = await app.account('reviewer');
    const ops = new AgentClient(app.running.url);
    ops.csrf = String((await ops.get('/api/ops/csrf')).body['csrfToken']);
    expect((await ops.post('/api/ops/session', { email, password: PASSWORD })).status).toBe(200);
    const token = /cps_ops_session=([^;]+)/.exec(ops.cookieHeader())?.[1] ?? '';
    const replayed = await fetch(`${app.running.url}/api/agent/session`, { headers: { cookie: `cps_agent_session=${token}` } });
    expect(replayed.status).toBe(401);
  });
});
