import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { startApp, type RunningApp } from '../support/http';
import { journeys } from '../support/journeys';

const TOKEN = 'backoffice-funnel-token-1234567890';

let database: TestDatabase;
let running: RunningApp;

beforeAll(async () => {
  database = await createTestDatabase();
  running = await startApp(database, { INVOICE_DELAY_SECONDS: '0', BACKOFFICE_TOKEN: TOKEN });
  const script = journeys(running, database.db, TOKEN);
  // Five members: two Danes who stop early, a Swede who pays, a Swede who stops after the first product, a Dutch member who stops at 500 points.
  await script.run('da', 'started');
  await script.run('da', 'applied');
  await script.run('sv', 'paid');
  await script.run('sv', 'first-product');
  await script.run('nl', 'invited');
}, 120_000);

afterAll(async () => {
  await running.app.close();
  await database.close();
});

interface FunnelBody {
  from: string;
  to: string;
  cohort: number;
  steps: { id: string; count: number; conversionFromPrevious: number | null; medianSecondsFromPrevious: number | null; lastStepCount: number }[];
}

function funnel(query: string, token: string | null = TOKEN): Promise<Response> {
  return fetch(`${running.url}/api/backoffice/funnel${query}`, { headers: token === null ? {} : { authorization: `Bearer ${token}` } });
}

const today = new Date().toISOString().slice(0, 10);

describe('GET /api/backoffice/funnel', () => {
  it('counts each step of the scripted journeys, with conversion and where each member stopped', async () => {
    const response = await funnel(`?from=${today}&to=${today}`);
    expect(response.status).toBe(200);
    const body = (await response.json()) as FunnelBody;
    expect(body).toMatchObject({ from: today, to: today, cohort: 5 });
    expect(body.steps.map((s) => [s.id, s.count, s.lastStepCount])).toEqual([
      ['started', 5, 1],
      ['applied', 4, 1],
      ['approved', 3, 0],
      ['first-product', 3, 1],
      ['points-500', 2, 0],
      ['invited', 2, 1],
      ['joined', 1, 0],
      ['paid', 1, 1],
    ]);
    expect(body.steps.map((s) => s.conversionFromPrevious)).toEqual([null, 0.8, 0.75, 1, 0.667, 1, 0.5, 1]);
    expect(body.steps[0]?.medianSecondsFromPrevious).toBeNull();
    for (const step of body.steps.slice(1)) expect(step.medianSecondsFromPrevious).toBeGreaterThanOrEqual(0);
  });

  it('filters by the language the members started in, and by country', async () => {
    const danish = (await (await funnel(`?from=${today}&to=${today}&locale=da`)).json()) as FunnelBody;
    expect(danish.steps.map((s) => s.count)).toEqual([2, 1, 0, 0, 0, 0, 0, 0]);
    const swedish = (await (await funnel(`?from=${today}&to=${today}&country=SE`)).json()) as FunnelBody;
    expect(swedish.steps.map((s) => s.count)).toEqual([2, 2, 2, 2, 1, 1, 1, 1]);
  });

  it('counts nobody outside the range', async () => {
    const body = (await (await funnel('?from=2020-01-01&to=2020-01-31')).json()) as FunnelBody;
    expect(body.cohort).toBe(0);
    expect(body.steps.every((s) => s.count === 0 && s.medianSecondsFromPrevious === null)).toBe(true);
  });

  it('answers a bad query with 400 and the fields at fault', async () => {
    const cases: [string, string[]][] = [
      ['?from=2026-02-30&to=2026-03-01', ['from']],
      ['?from=yesterday', ['from']],
      ['?to=2026-13-01', ['to']],
      ['?from=2026-03-02&to=2026-03-01', ['range']],
      ['?from=2020-01-01&to=2026-01-01', ['range']],
      ['?locale=de', ['locale']],
      ['?country=Denmark', ['country']],
    ];
    for (const [query, fields] of cases) {
      const response = await funnel(query);
      expect(response.status, query).toBe(400);
      expect(await response.json()).toEqual({ error: 'invalid-query', fields });
    }
  });

  it('refuses a caller without the back-office token', async () => {
    expect((await funnel(`?from=${today}`, null)).status).toBe(401);
    expect((await funnel(`?from=${today}`, 'wrong')).status).toBe(401);
  });
});
