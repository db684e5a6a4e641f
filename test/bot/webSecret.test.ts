import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadWebKeys } from '../../bot/webSecret';
import { silentLog } from '../support/bot';

const dir = mkdtempSync(join(tmpdir(), 'cps-web-secret-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the web signing secret', () => {
  it('in development is generated once in DATA_DIR (owner-only) and reused, so dashboard links survive a restart', () => {
    const first = loadWebKeys({ secret: undefined, env: 'development', dataDir: dir }, silentLog);
    const second = loadWebKeys({ secret: undefined, env: 'development', dataDir: dir }, silentLog);
    expect(first.source).toBe('data-dir');
    expect(second.key('dashboard-link')).toEqual(first.key('dashboard-link'));
    expect(statSync(join(dir, 'web-signing-secret')).mode & 0o777).toBe(0o600);
    expect(readFileSync(join(dir, 'web-signing-secret'), 'utf8').trim().length).toBeGreaterThanOrEqual(43);
  });

  it('uses DASHBOARD_SECRET when set, deriving a different key per purpose', () => {
    const keys = loadWebKeys({ secret: 'x'.repeat(40), env: 'production', dataDir: dir }, silentLog);
    expect(keys.source).toBe('env');
    expect(keys.key('dashboard-link')).not.toEqual(keys.key('directline-token'));
    expect(loadWebKeys({ secret: 'x'.repeat(40), env: 'production', dataDir: dir }, silentLog).key('dashboard-link')).toEqual(keys.key('dashboard-link'));
  });

  it('in tests is random per process and writes nothing', () => {
    const keys = loadWebKeys({ secret: undefined, env: 'test', dataDir: join(dir, 'never') }, silentLog);
    expect(keys.source).toBe('ephemeral');
    expect(() => statSync(join(dir, 'never'))).toThrow();
  });
});
