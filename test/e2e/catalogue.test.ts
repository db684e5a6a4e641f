import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { translator } from '../../locales';
import { givenApprovedBusiness, randomDigits } from '../support/business';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { newMember, post, startApp, type RunningApp } from '../support/http';

const TOKEN = 'test-backoffice-token';
let database: TestDatabase;
let running: RunningApp;

beforeAll(async () => {
  database = await createTestDatabase();
  running = await startApp(database, { BACKOFFICE_TOKEN: TOKEN });
});
afterAll(async () => {
  await running.app.close();
});

interface CatalogueItem {
  id: string;
  name: string;
  category: string;
  categoryLabel: string;
  points: number;
  serialExample: string;
  releaseDate: string | null;
}

async function catalogue(query = ''): Promise<{ status: number; language: string | null; items: CatalogueItem[] }> {
  const response = await fetch(`${running.url}/api/catalogue${query}`);
  return { status: response.status, language: response.headers.get('content-language'), items: (await response.json()) as CatalogueItem[] };
}

function importLegacy(body: unknown, token: string | null = TOKEN) {
  return fetch(`${running.url}/api/backoffice/legacy-accounts`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token !== null ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
}

describe('GET /api/catalogue', () => {
  it('lists at least 40 registrable models with id, name, category, points and a serial example', async () => {
    const { status, items } = await catalogue();
    expect(status).toBe(200);
    expect(items.length).toBeGreaterThanOrEqual(40);
    for (const item of items) {
      expect(item).toMatchObject({ id: expect.stringMatching(/^[a-z0-9-]+$/), name: expect.stringContaining('Canon'), points: expect.any(Number) });
      expect(item.serialExample).toMatch(/^[0-9A-Z]+$/);
    }
    expect(new Set(items.map((i) => i.category))).toEqual(new Set(['camera-body', 'lens-rf', 'lens-ef', 'cinema', 'compact', 'printer', 'projector']));
  });

  it('leaves out what cannot be registered (paper, ink, straps)', async () => {
    const { items } = await catalogue();
    expect(items.some((i) => /paper|ink|strap/i.test(i.name))).toBe(false);
  });

  it('labels product lines in the requested language and says which one it used', async () => {
    const { items, language } = await catalogue('?locale=sv-SE');
    expect(language).toBe('sv');
    expect(items.find((i) => i.id === 'eos-r5')?.categoryLabel).toBe(translator('sv')('products.category.camera-body'));
  });

  it('falls back to English for a language we do not speak', async () => {
    const { language, status } = await catalogue('?locale=fr');
    expect(status).toBe(200);
    expect(language).toBe('en');
  });
});

describe('POST /api/backoffice/legacy-accounts', () => {
  it('answers 401 without the bearer token, and with a wrong one', async () => {
    expect((await importLegacy({ email: 'a@example.com', products: [] }, null)).status).toBe(401);
    expect((await importLegacy({ email: 'a@example.com', products: [] }, 'wrong')).status).toBe(401);
  });

  it('answers 400 for a body that is not an import', async () => {
    const response = await importLegacy({ email: 'not-an-email', products: 'none' });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: expect.stringContaining('email') });
  });

  it('rejects the whole import when a product is unknown, not registrable or malformed, naming each problem', async () => {
    const response = await importLegacy({
      email: `bad-${randomUUID()}@example.com`,
      products: [
        { model: 'eos-r5', serialNumber: randomDigits(12) },
        { model: 'eos-r99', serialNumber: '1' },
        { model: 'pt-101-photo-paper-pro-platinum' },
        { model: 'eos-r5', serialNumber: 'ABC' },
        { model: 'eos-r5', purchaseDate: '2019-01-01' },
      ],
    });
    expect(response.status).toBe(400);
    expect((await response.json()) as unknown).toMatchObject({
      problems: [
        { index: 1, field: 'model', code: 'unknown' },
        { index: 2, field: 'model', code: 'not-registrable' },
        { index: 3, field: 'serialNumber', code: 'pattern' },
        { index: 4, field: 'purchaseDate', code: 'before-release' },
      ],
    });
  });

  it('imports an old account (201), is idempotent (200, nothing added), and the member can then migrate over the bot endpoint', async () => {
    const email = `Old-${randomUUID()}@Example.com`;
    const body = {
      email,
      membershipNumber: 'CPS-123456',
      products: [
        { model: 'eos-r5', serialNumber: randomDigits(12), purchaseDate: '2021-03-01', purchaseCountry: 'dk', dealer: 'Photocare' },
        { model: 'rf-50mm-f1-2-l-usm', serialNumber: ` ${randomDigits(10)} ` },
      ],
    };
    const first = await importLegacy(body);
    expect(first.status).toBe(201);
    expect(await first.json()).toMatchObject({ email: email.toLowerCase(), created: true, added: 2, products: 2 });
    const again = await importLegacy(body);
    expect(again.status).toBe(200);
    expect(await again.json()).toMatchObject({ created: false, added: 0, unchanged: 2, products: 2 });

    const member = newMember('da');
    await givenApprovedBusiness(database.db, member.userId, { channelId: 'cli', oldCpsEmail: email });
    const t = translator('da');
    const migrated = await post(running.url, member, { value: { verb: 'products.migrate', confirm: true } });
    expect(migrated.status).toBe(200);
    const texts = JSON.stringify(migrated.activities);
    expect(texts).toContain(t('products.migrate.result', { count: 2 }));
    expect(texts).toContain(t('products.points.total', { points: 300 }));
  });
});
