import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAuditLog } from '../../data/repositories/audit';
import { createLegacyRepository } from '../../data/repositories/legacy';
import { randomDigits } from '../support/business';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { startApp, type RunningApp } from '../support/http';
import { AgentClient, DEMO_PASSWORD } from './supportHelpers';

let database: TestDatabase;
let running: RunningApp;
let admin: AgentClient;

beforeAll(async () => {
  database = await createTestDatabase();
  running = await startApp(database);
  admin = new AgentClient(running.url);
  const csrf = await admin.get('/api/ops/csrf');
  admin.csrf = String(csrf.body['csrfToken']);
  const signedIn = await admin.post('/api/ops/session', { email: 'admin@cps.example', password: DEMO_PASSWORD });
  admin.csrf = String(signedIn.body['csrfToken']);
});

afterAll(async () => {
  await running.app.close();
  await database.close();
});

function upload(csv: string, dryRun: boolean) {
  return fetch(`${running.url}/api/ops/legacy-accounts/csv?dryRun=${dryRun}`, {
    method: 'POST',
    headers: { 'content-type': 'text/csv', cookie: admin.cookieHeader(), 'x-csrf-token': admin.csrf ?? '' },
    body: csv,
  });
}

describe('old CPS accounts from a CSV file', () => {
  const serial = randomDigits(12);
  const csv = [
    'E-mail,Membership number,Model,Serial number,Purchase date,Country,Dealer',
    `old.studio@example.dk,CPS-1001,eos-r5,${serial},2023-05-02,DK,Photocare`,
    `"old.studio@example.dk",CPS-1001,rf-24-70mm-f2-8-l-is-usm,,2022-01-10,DK,"Goecker, København"`,
    'old.studio@example.dk,CPS-1001,eos-r99,123,2023-05-02,DK,Photocare',
    'not-an-email,CPS-1002,eos-r5,12,2099-01-01,DK,Photocare',
  ].join('\n');

  it('previews valid, invalid (with reasons) and already present rows, then imports the valid ones', async () => {
    const preview = await upload(csv, true);
    expect(preview.status).toBe(200);
    const body = (await preview.json()) as { imported: boolean; counts: Record<string, number>; rows: { line: number; status: string; problems: string[] }[] };
    expect(body.imported).toBe(false);
    expect(body.counts).toEqual({ valid: 2, invalid: 2, present: 0 });
    expect(body.rows.map((r) => [r.line, r.status, r.problems])).toEqual([
      [2, 'valid', []],
      [3, 'valid', []],
      [4, 'invalid', ['model:unknown']],
      [5, 'invalid', ['email', 'serialNumber:pattern', 'purchaseDate:future']],
    ]);
    expect(await createLegacyRepository(database.db).accountByEmail('old.studio@example.dk')).toBeUndefined();

    const imported = (await (await upload(csv, false)).json()) as { imported: boolean; counts: Record<string, number> };
    expect(imported).toMatchObject({ imported: true, counts: { valid: 2, invalid: 2, present: 0 } });
    expect(await createLegacyRepository(database.db).accountByEmail('old.studio@example.dk')).toMatchObject({ membershipNumber: 'CPS-1001' });
    const audit = await createAuditLog(database.db).forSubject('legacy-accounts');
    expect(audit.map((e) => [e.action, e.details])).toEqual([['legacy-csv.import', { valid: 2, invalid: 2, present: 0, accounts: 1 }]]);

    const again = (await (await upload(csv, true)).json()) as { counts: Record<string, number> };
    expect(again.counts).toEqual({ valid: 0, invalid: 2, present: 2 });
  });

  it('refuses a file without the documented columns, and one that is not CSV', async () => {
    const missing = await upload('email,model\na@b.dk,eos-r5\n', true);
    expect(missing.status).toBe(400);
    expect(await missing.json()).toEqual({ error: 'missing-columns', missing: ['membershipnumber', 'serialnumber', 'purchasedate', 'country', 'dealer'] });
    const broken = await upload('email,"model\na,b\n', true);
    expect(await broken.json()).toEqual({ error: 'unreadable-csv' });
  });
});
