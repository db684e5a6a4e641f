import { expect } from 'vitest';
import { AgentClient, type AgentResponse } from './supportHelpers';

/** The password every staff account made by these helpers gets. */
export const STAFF_PASSWORD = 'a-long-staff-password';

/** An operations console client: the agent console's client, signing in at /api/ops. */
export class OpsClient extends AgentClient {
  override async signIn(email: string, password = STAFF_PASSWORD): Promise<AgentResponse> {
    const csrf = await this.get('/api/ops/csrf');
    this.csrf = String(csrf.body['csrfToken']);
    const result = await this.post('/api/ops/session', { email, password });
    if (result.status === 200) this.csrf = String(result.body['csrfToken']);
    return result;
  }
}

/** Creates a staff account with `role` through the back-office API (fails the test unless 201). */
export async function createStaffAccount(url: string, token: string, role: string): Promise<{ id: string; email: string }> {
  const email = `${role}-${Math.random().toString(36).slice(2, 8)}@cps.example`;
  const created = await fetch(`${url}/api/backoffice/staff`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ email, displayName: `Test ${role}`, password: STAFF_PASSWORD, role }),
  });
  expect(created.status).toBe(201);
  return { id: ((await created.json()) as { id: string }).id, email };
}

/** A staff account with `role`, signed in to the operations console. */
export async function signedInStaff(url: string, token: string, role: string): Promise<{ id: string; client: OpsClient }> {
  const { id, email } = await createStaffAccount(url, token, role);
  const client = new OpsClient(url);
  expect((await client.signIn(email)).status).toBe(200);
  return { id, client };
}
