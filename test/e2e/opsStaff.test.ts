import { describe, expect, it } from 'vitest';
import { createAuditLog } from '../../data/repositories/audit';
import { journeys } from '../support/journeys';
import { OpsClient, STAFF_PASSWORD, useOpsApp } from './opsHelpers';
import { AgentClient, DEMO_PASSWORD } from './supportHelpers';

const TOKEN = 'backoffice-ops-token-1234567890';
const PASSWORD = STAFF_PASSWORD;

const app = useOpsApp(TOKEN);

function backoffice(path: string, body?: unknown): Promise<Response> {
  return fetch(`${app.running.url}${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: { authorization: `Bearer ${TOKEN}`, ...(body !== undefined ? { 'content-type': 'application/json' } : {}) },
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
}

describe('staff roles', () => {
  it('a reviewer reviews applications and gets 403 from finance, funnel and staff APIs', async () => {
    const { client } = await app.staff('reviewer');
    expect((await client.get('/api/ops/applications')).status).toBe(200);
    for (const path of ['/api/ops/invoices?status=open', '/api/ops/funnel', '/api/ops/staff']) {
      const response = await client.get(path);
      expect(response.status, path).toBe(403);
      expect(response.body).toEqual({ error: 'forbidden-role' });
    }
    expect((await client.post('/api/ops/staff', { email: 'x@cps.example', displayName: 'X', password: PASSWORD, role: 'admin' })).status).toBe(403);
  });

  it('finance sees invoices but not applications', async () => {
    const { client } = await app.staff('finance');
    expect((await client.get('/api/ops/invoices?status=open')).status).toBe(200);
    expect((await client.get('/api/ops/applications')).status).toBe(403);
  });

  it('existing agents are agents: the demo agent signs in to both consoles and may not review', async () => {
    const ops = new OpsClient(app.running.url);
    const signedIn = await ops.signIn('agent@cps.example', DEMO_PASSWORD);
    expect(signedIn.body).toMatchObject({ staff: { role: 'agent' }, areas: [] });
    expect((await ops.get('/api/ops/applications')).status).toBe(403);
    expect((await new AgentClient(app.running.url).signIn()).status).toBe(200);
  });

  it('an admin creates a reviewer and changes roles; every change is in the audit log', async () => {
    const admin = await app.staff('admin');
    const created = await admin.client.post('/api/ops/staff', { email: 'new.reviewer@cps.example', displayName: 'New Reviewer', password: PASSWORD, role: 'reviewer' });
    expect(created.status).toBe(201);
    const id = String(created.body['id']);
    const changed = await admin.client.post(`/api/ops/staff/${id}/role`, { role: 'finance' });
    expect(changed).toMatchObject({ status: 200, body: { id, role: 'finance' } });
    const listed = (await admin.client.get('/api/ops/staff')).body['staff'] as { email: string; role: string }[];
    expect(listed.find((s) => s.email === 'new.reviewer@cps.example')?.role).toBe('finance');
    const audit = await createAuditLog(app.database.db).forSubject(`agent:${id}`);
    expect(audit.map((e) => [e.actor, e.action, e.details])).toEqual([
      [`agent:${admin.id}`, 'staff.create', { role: 'reviewer' }],
      [`agent:${admin.id}`, 'staff.role-change', { from: 'reviewer', to: 'finance' }],
    ]);
  });

  it('refuses a change without the CSRF token, a bad role, a duplicate and an unknown account', async () => {
    const admin = await app.staff('admin');
    const noCsrf = await admin.client.post('/api/ops/staff', { email: 'c@cps.example', displayName: 'C', password: PASSWORD, role: 'agent' }, { 'x-csrf-token': 'wrong' });
    expect(noCsrf.status).toBe(403);
    expect((await admin.client.post('/api/ops/staff', { email: 'c@cps.example', displayName: 'C', password: PASSWORD, role: 'boss' })).body).toEqual({ error: 'invalid-staff', fields: ['role'] });
    expect((await backoffice('/api/backoffice/staff', { email: 'agent@cps.example', displayName: 'Again', password: PASSWORD, role: 'agent' })).status).toBe(409);
    expect((await backoffice('/api/backoffice/staff/00000000-0000-4000-8000-000000000000/role', { role: 'admin' })).status).toBe(404);
  });

  it('answers 401 without a session and without the bearer token', async () => {
    expect((await fetch(`${app.running.url}/api/ops/applications`)).status).toBe(401);
    expect((await fetch(`${app.running.url}/api/backoffice/staff`)).status).toBe(401);
  });
});

describe('the reviewer API', () => {
  it('lists a pending application, serves its document inline and decides it', async () => {
    const script = journeys(app.running, app.database.db, TOKEN);
    const member = await script.run('da', 'started');
    const applicationId = await script.apply(member, 'Anmeldelse ApS');
    const { client } = await app.staff('reviewer');
    const queue = (await client.get('/api/ops/applications')).body['applications'] as { id: string; country: string; vat: { status: string }; overdue: boolean }[];
    expect(queue.find((a) => a.id === applicationId)).toMatchObject({ country: 'DK', vat: { status: 'valid' }, overdue: false });
    const detail = await client.get(`/api/ops/applications/${applicationId}`);
    const [document] = detail.body['documents'] as { href: string; mediaType: string }[];
    const served = await fetch(`${app.running.url}${document?.href ?? ''}`, { headers: { cookie: client.cookieHeader() } });
    expect(served.status).toBe(200);
    expect(served.headers.get('content-type')).toBe('application/pdf');
    expect(served.headers.get('content-disposition')).toBe('inline');
    expect((await fetch(`${app.running.url}${document?.href ?? ''}`)).status).toBe(401);
    expect((await client.post(`/api/ops/applications/${applicationId}/decision`, { decision: 'reject' })).body).toEqual({ error: 'reason-required' });
    expect((await client.post(`/api/ops/applications/${applicationId}/decision`, { decision: 'reject', template: 'rude' })).body).toEqual({ error: 'invalid-template' });
    const templates = (await client.get('/api/ops/applications/rejection-templates')).body['templates'] as { id: string }[];
    expect(templates.map((t) => t.id)).toEqual(['document-unreadable', 'document-mismatch', 'vat-invalid', 'document-type']);
    const decided = await client.post(`/api/ops/applications/${applicationId}/decision`, { decision: 'reject', reason: 'The invoice is not in the company name.' });
    expect(decided.body).toMatchObject({ status: 'rejected', rejectionReason: 'The invoice is not in the company name.' });
  }, 60_000);
});
