import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAuditLog } from '../../data/repositories/audit';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { startApp, type RunningApp } from '../support/http';
import { createStaffAccount } from './opsHelpers';
import { AgentClient } from './supportHelpers';

const TOKEN = 'backoffice-agent-roles-token-123456';
import { STAFF_PASSWORD as PASSWORD } from './opsHelpers';

let database: TestDatabase;
let running: RunningApp;

beforeAll(async () => {
  database = await createTestDatabase();
  running = await startApp(database, { BACKOFFICE_TOKEN: TOKEN });
});

afterAll(async () => {
  await running.app.close();
  await database.close();
});

function staffAccount(role: string): Promise<{ id: string; email: string }> {
  return createStaffAccount(running.url, TOKEN, role);
}

describe('who may use the agent console', () => {
  it.each(['reviewer', 'finance'])('refuses a %s with 403 (audited) after a correct password', async (role) => {
    const { id, email } = await staffAccount(role);
    const client = new AgentClient(running.url);
    expect(await client.signIn(email, PASSWORD)).toEqual({ status: 403, body: { error: 'forbidden-role' } });
    expect((await client.signIn(email, 'a-wrong-password-1234')).status).toBe(401);
    const audit = await createAuditLog(database.db).forSubject(`agent:${id}`);
    expect(audit.map((e) => [e.action, e.details])).toContainEqual(['agent.sign-in-refused-role', { role }]);
  });

  it('lets agents and admins in', async () => {
    for (const role of ['agent', 'admin']) {
      const { email } = await staffAccount(role);
      const client = new AgentClient(running.url);
      expect((await client.signIn(email, PASSWORD)).status, role).toBe(200);
      expect((await client.get('/api/agent/session')).status, role).toBe(200);
    }
  });

  it('does not take a reviewer’s operations console session as an agent console session', async () => {
    const { email } = await staffAccount('reviewer');
    const ops = new AgentClient(running.url);
    ops.csrf = String((await ops.get('/api/ops/csrf')).body['csrfToken']);
    expect((await ops.post('/api/ops/session', { email, password: PASSWORD })).status).toBe(200);
    const token = /cps_ops_session=([^;]+)/.exec(ops.cookieHeader())?.[1] ?? '';
    const replayed = await fetch(`${running.url}/api/agent/session`, { headers: { cookie: `cps_agent_session=${token}` } });
    expect(replayed.status).toBe(401);
  });
});
