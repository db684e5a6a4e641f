import { afterAll, beforeAll, expect } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { startApp, type RunningApp } from '../support/http';
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

/** One test file's app with a back-office token: started before its tests, closed (with its database) after them. */
export interface OpsApp {
  readonly database: TestDatabase;
  readonly running: RunningApp;
  /** A new staff account with `role`, signed in to the operations console. */
  staff(role: string): Promise<{ id: string; client: OpsClient }>;
  /** A new staff account with `role`, not signed in. */
  account(role: string): Promise<{ id: string; email: string }>;
}

export function useOpsApp(token: string): OpsApp {
  let database: TestDatabase | undefined;
  let running: RunningApp | undefined;
  beforeAll(async () => {
    database = await createTestDatabase();
    running = await startApp(database, { BACKOFFICE_TOKEN: token });
  });
  afterAll(async () => {
    await running?.app.close();
    await database?.close();
  });
  const started = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('the ops app is used before beforeAll started it');
    return value;
  };
  return {
    get database() {
      return started(database);
    },
    get running() {
      return started(running);
    },
    staff: (role) => signedInStaff(started(running).url, token, role),
    account: (role) => createStaffAccount(started(running).url, token, role),
  };
}
