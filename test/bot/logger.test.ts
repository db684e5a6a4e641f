import { Writable } from 'node:stream';
import type { AddressInfo } from 'node:net';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../bot/app';
import { loadConfig } from '../../bot/config';
import { createLogger, scrubText } from '../../bot/logger';
import { rowsOf } from '../../data/database';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { newMember, post } from '../support/http';
import { givenPoints, openUrls } from '../support/membership';
import { applicationForm, approveOverHttp, BACKOFFICE_TOKEN, companyOf, PDF_DATA_URL, productSubmit, uniqueSerial, verbsIn } from '../faults/helpers';

/** Every line the app logs, at debug level, as the operator's log pipeline would receive it. */
const lines: string[] = [];
const capture = new Writable({
  write(chunk: Buffer, _encoding, done) {
    lines.push(chunk.toString());
    done();
  },
});

let database: TestDatabase;
let app: App;
let url: string;

beforeAll(async () => {
  database = await createTestDatabase();
  const config = loadConfig({ NODE_ENV: 'test', PORT: '0', LOG_LEVEL: 'debug', BACKOFFICE_TOKEN, INVOICE_DELAY_SECONDS: '0' });
  app = await createApp(config, { database, log: createLogger('debug', capture) });
  await new Promise<void>((resolve) => app.server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await app?.close();
});

describe('the log of a whole journey', () => {
  it('application → approval → product → card payment → invoice: none of the personal values it used', { timeout: 60_000 }, async () => {
    const member = newMember('da');
    const personal = {
      displayName: 'Karin Lindqvist-Østergaard',
      company: companyOf(member),
      address: 'Rosenvængets Allé 7, 2100 København Ø',
      vatNumber: 'DK13585628',
      contactEmail: 'karin.lindqvist@nordlysfoto.example',
      oldCpsEmail: 'karin@gammel-cps.example',
      serial: uniqueSerial(7),
      holder: 'Karin L. Østergaard',
      card: '4242424242424242',
    };
    const as = { from: { id: member.userId, name: personal.displayName } };
    expect(verbsIn((await post(url, member, { ...as, value: { verb: 'account.apply' } })).activities)).toContain('account.submit');
    const form = { ...applicationForm(member), address: personal.address, vatRegistered: 'true', vatNumber: personal.vatNumber, documentType: 'vat-certificate', contactEmail: personal.contactEmail, oldCpsEmail: personal.oldCpsEmail };
    const summary = await post(url, member, { ...as, value: form, attachments: [{ contentType: 'application/pdf', contentUrl: PDF_DATA_URL, name: 'momsbevis.pdf' }] });
    expect(verbsIn(summary.activities)).toContain('account.confirm');
    await post(url, member, { ...as, value: { verb: 'account.confirm' } });
    await approveOverHttp(url, member);
    const product = await post(url, member, { ...as, ...productSubmit(personal.serial) });
    expect(product.status).toBe(200);

    const [business] = rowsOf<{ id: string }>(await database.db.execute(sql`select business_id as id from members where channel_user_id = ${member.userId}`));
    await givenPoints(database.db, business?.id ?? '', 1200);
    const paying = await post(url, member, { ...as, value: { verb: 'payment.submit', tier: 'gold', method: 'card' } });
    const [link] = openUrls(paying.activities.map((a) => a.attachments));
    expect(link).toBeDefined();
    const page = new URL(link ?? '');
    const stored = await fetch(`${url}${page.pathname}${page.search}`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ holder: personal.holder, number: personal.card, expiry: '12/39', cvc: '123', lang: 'da' }).toString(),
    });
    expect(stored.status).toBeLessThan(400);
    await app.jobs.runDue();

    const log = lines.join('');
    expect(lines.length).toBeGreaterThan(10);
    const digits = (value: string) => value.replace(/\D/g, '');
    for (const [what, value] of Object.entries(personal)) {
      expect(log, what).not.toContain(value);
    }
    expect(log).not.toContain(digits(personal.vatNumber));
    expect(log).not.toContain(personal.card.slice(-8));
  });
});

describe('scrubText', () => {
  it('removes e-mail addresses, VAT and other long numbers, and keeps the rest', () => {
    expect(scrubText('duplicate key for anna.berg@foto.example (DK 13 58 56 28), serial 032021009876, line 42')).toBe(
      'duplicate key for [email] ([number]), serial [number], line 42',
    );
  });
});

describe('database errors', () => {
  it('keep their SQL and code in the log, never the parameters or the row values', async () => {
    const out: string[] = [];
    const log = createLogger('error', new Writable({ write: (chunk: Buffer, _e, done) => (out.push(chunk.toString()), done()) }));
    const error = await database.db.execute(sql`select ${'secret.person@example.com'}::int`).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    log.error({ err: error }, 'query failed');
    expect(out.join('')).toContain('Failed query');
    expect(out.join('')).not.toContain('secret.person');
  });
});
