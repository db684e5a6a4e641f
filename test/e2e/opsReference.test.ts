import { describe, expect, it } from 'vitest';
import { createAuditLog } from '../../data/repositories/audit';
import { useOpsApp } from './opsHelpers';

const TOKEN = 'backoffice-reference-token-1234567890';

const app = useOpsApp(TOKEN);

const R5 = { name: 'Canon EOS R5', category: 'camera-body', points: 333, serialPattern: '^[0-9]{12}$', serialExample: '032021001234', releaseDate: '2020-07-09', registrable: true };

describe('reference data', () => {
  it('an admin changes a tier fee; the audit log has who, before and after', async () => {
    const admin = await app.staff('admin');
    const saved = await admin.client.post('/api/ops/reference/tiers/silver', { minPoints: 500, fees: [{ currency: 'EUR', annualFeeMinor: 10900 }, { currency: 'DKK', annualFeeMinor: 74500 }, { currency: 'SEK', annualFeeMinor: 109500 }] });
    expect(saved.status).toBe(200);
    const all = await admin.client.get('/api/ops/reference');
    expect(all.body['fees']).toContainEqual({ tierCode: 'silver', currency: 'EUR', annualFeeMinor: 10900 });
    const [entry] = await createAuditLog(app.database.db).forSubject('tier:silver');
    expect(entry).toMatchObject({ actor: `agent:${admin.id}`, action: 'reference.tier.update' });
    expect(entry?.details).toMatchObject({ before: { fees: expect.arrayContaining([{ currency: 'EUR', annualFeeMinor: 9900 }]) }, after: { fees: expect.arrayContaining([{ currency: 'EUR', annualFeeMinor: 10900 }]) } });
  });

  it('a fee must be positive and in a known currency, once per currency', async () => {
    const admin = await app.staff('admin');
    const bad = await admin.client.post('/api/ops/reference/tiers/gold', { minPoints: 1000, fees: [{ currency: 'XYZ', annualFeeMinor: 0 }] });
    expect(bad.status).toBe(400);
    expect(bad.body).toEqual({ error: 'invalid-reference', fields: ['fees.0.currency', 'fees.0.annualFeeMinor'] });
    const twice = await admin.client.post('/api/ops/reference/tiers/gold', { minPoints: 1000, fees: [{ currency: 'EUR', annualFeeMinor: 1 }, { currency: 'EUR', annualFeeMinor: 2 }] });
    expect(twice.body).toMatchObject({ error: 'duplicate-key' });
  });

  it('an admin edits a catalogue entry and the public catalogue shows it at once', async () => {
    const admin = await app.staff('admin');
    expect((await admin.client.post('/api/ops/reference/models/eos-r5', R5)).status).toBe(200);
    const catalogue = (await (await fetch(`${app.running.url}/api/catalogue`)).json()) as { id: string; points: number }[];
    expect(catalogue.find((m) => m.id === 'eos-r5')?.points).toBe(333);
    const entries = await createAuditLog(app.database.db).forSubject('catalogue-model:eos-r5');
    expect(entries.at(-1)?.details).toMatchObject({ before: { points: 300 }, after: { points: 333 } });
  });

  it('a serial pattern that does not match its example is refused and nothing changes', async () => {
    const admin = await app.staff('admin');
    const refused = await admin.client.post('/api/ops/reference/models/eos-r5', { ...R5, points: 1, serialPattern: '^[A-Z]{3}[0-9]{4}$' });
    expect(refused.status).toBe(400);
    expect(refused.body).toEqual({ error: 'pattern-does-not-match-example', fields: ['serialPattern', 'serialExample'] });
    const all = await admin.client.get('/api/ops/reference');
    expect((all.body['models'] as { id: string; points: number }[]).find((m) => m.id === 'eos-r5')?.points).not.toBe(1);
  });

  it('country codes must be real ISO codes and dealer names unique per country', async () => {
    const admin = await app.staff('admin');
    const bad = await admin.client.post('/api/ops/reference/countries', { code: 'XX', name: 'Nowhere', currency: 'EUR', vatRateBp: 2000, timeZone: 'Europe/Paris' });
    expect(bad.body).toEqual({ error: 'invalid-reference', fields: ['code'] });
    expect((await admin.client.post('/api/ops/reference/dealers', { countryCode: 'DK', name: 'Reference Foto ApS' })).status).toBe(201);
    const again = await admin.client.post('/api/ops/reference/dealers', { countryCode: 'DK', name: 'Reference Foto ApS' });
    expect(again).toMatchObject({ status: 409, body: { error: 'duplicate-key' } });
  });

  it('a reviewer, finance or agent gets 403 from every reference route', async () => {
    for (const role of ['reviewer', 'finance', 'agent']) {
      const { client } = await app.staff(role);
      expect((await client.get('/api/ops/reference')).status, role).toBe(403);
      const refused = await client.post('/api/ops/reference/models/eos-r5', { ...R5, points: 7 });
      expect(refused, role).toMatchObject({ status: 403, body: { error: 'forbidden-role' } });
    }
  });
});
