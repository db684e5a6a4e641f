import type { LookupAddress } from 'node:dns';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isPublicAddress, parseAllowedHosts, safeFetch, type SafeFetchOptions } from '../../services/safeFetch';
import { startHttpsServer, TEST_CA, type HttpsTestServer } from '../support/https';

const MB = 1024 * 1024;
let files: HttpsTestServer;
let hangUp: () => void = () => {};

beforeAll(async () => {
  files = await startHttpsServer((req, res) => {
    const path = req.url ?? '/';
    if (path === '/doc.pdf') return res.end('%PDF-1.4 test');
    if (path.startsWith('/to/')) {
      res.writeHead(302, { location: decodeURIComponent(path.slice(4)) });
      return res.end();
    }
    if (path === '/big-declared') {
      res.writeHead(200, { 'content-length': String(20 * MB) });
      return res.end();
    }
    if (path === '/big-streamed') {
      const chunk = Buffer.alloc(64 * 1024, 0x41);
      const pump = () => {
        while (res.write(chunk));
        res.once('drain', pump);
      };
      res.on('close', () => res.removeAllListeners('drain'));
      return pump();
    }
    if (path === '/stall') {
      hangUp = () => res.destroy();
      return;
    }
    res.writeHead(404);
    res.end();
  });
});
afterAll(async () => {
  hangUp();
  await files.close();
});

/** Names resolve to what the test says; everything is really served by the local HTTPS server. */
function options(addresses: Record<string, string[]>, extra: Partial<SafeFetchOptions> = {}): SafeFetchOptions & { lookups: string[] } {
  const lookups: string[] = [];
  return {
    maxBytes: MB,
    ca: TEST_CA,
    lookups,
    lookup: async (host: string): Promise<LookupAddress[]> => {
      lookups.push(host);
      return (addresses[host] ?? []).map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));
    },
    ...extra,
  };
}

const url = (host: string, path: string) => `https://${host}:${files.port}${path}`;

describe('safeFetch', () => {
  it('fetches from an allowed host, connecting to the address it checked', async () => {
    const o = options({ 'files.test': ['127.0.0.1'] }, { allowedHosts: parseAllowedHosts('files.test, other.test') });
    const result = await safeFetch(url('files.test', '/doc.pdf'), o);
    expect(result).toMatchObject({ ok: true });
    expect(result.ok && result.bytes.toString()).toBe('%PDF-1.4 test');
    expect(o.lookups).toEqual(['files.test']);
  });

  it.each([
    ['127.0.0.1'],
    ['10.0.0.7'],
    ['172.16.3.4'],
    ['192.168.1.1'],
    ['169.254.169.254'],
    ['100.64.0.1'],
    ['0.0.0.0'],
    ['::1'],
    ['fd12::1'],
    ['fe80::1'],
    ['::ffff:127.0.0.1'],
    ['64:ff9b::7f00:1'],
    ['2002:7f00:1::1'],
    ['ff02::1'],
  ])('refuses a name that resolves to %s, without connecting', async (address) => {
    const before = files.requests.length;
    expect(await safeFetch(url('inside.test', '/doc.pdf'), options({ 'inside.test': [address] }))).toEqual({ ok: false, problem: 'unreachable' });
    expect(files.requests.length).toBe(before);
  });

  it('refuses a name when any of its addresses is internal (a public one first does not help)', async () => {
    expect(await safeFetch(url('inside.test', '/doc.pdf'), options({ 'inside.test': ['93.184.216.34', '127.0.0.1'] }))).toEqual({ ok: false, problem: 'unreachable' });
  });

  it.each(['https://127.0.0.1', 'https://2130706433', 'https://0x7f000001', 'https://0x7f.1', 'https://127.1', 'https://017700000001', 'https://[::1]', 'https://[::ffff:7f00:1]', 'https://[0:0:0:0:0:ffff:127.0.0.1]'])(
    'refuses the literal address %s in any spelling',
    async (base) => {
      const before = files.requests.length;
      expect(await safeFetch(`${base}:${files.port}/doc.pdf`, options({}))).toEqual({ ok: false, problem: 'unreachable' });
      expect(files.requests.length).toBe(before);
    },
  );

  it('refuses http, other schemes, credentials in the URL and nonsense', async () => {
    const o = options({ 'files.test': ['127.0.0.1'] }, { allowedHosts: parseAllowedHosts('files.test') });
    for (const bad of [`http://files.test:${files.port}/doc.pdf`, 'file:///etc/passwd', `https://user:pw@files.test:${files.port}/doc.pdf`, 'not a url', 'gopher://files.test/']) {
      expect(await safeFetch(bad, o)).toEqual({ ok: false, problem: 'unreachable' });
    }
  });

  it('checks every redirect again: from an allowed host into an internal address is refused', async () => {
    const o = options({ 'files.test': ['127.0.0.1'], 'inside.test': ['127.0.0.1'] }, { allowedHosts: parseAllowedHosts('files.test') });
    const hop = encodeURIComponent(url('inside.test', '/doc.pdf'));
    const before = files.requests.length;
    expect(await safeFetch(url('files.test', `/to/${hop}`), o)).toEqual({ ok: false, problem: 'unreachable' });
    expect(files.requests.slice(before)).toEqual([`/to/${hop}`]);
  });

  it('follows up to three redirects between allowed hosts, and no more', async () => {
    const o = options({ 'files.test': ['127.0.0.1'], 'other.test': ['127.0.0.1'] }, { allowedHosts: parseAllowedHosts('files.test,other.test') });
    const chain = (n: number): string => (n === 0 ? url('other.test', '/doc.pdf') : url(n % 2 ? 'files.test' : 'other.test', `/to/${encodeURIComponent(chain(n - 1))}`));
    expect(await safeFetch(chain(3), o)).toMatchObject({ ok: true });
    expect(await safeFetch(chain(4), o)).toEqual({ ok: false, problem: 'unreachable' });
  });

  it('stops a declared or a streamed body over the limit', async () => {
    const o = options({ 'files.test': ['127.0.0.1'] }, { allowedHosts: parseAllowedHosts('files.test') });
    expect(await safeFetch(url('files.test', '/big-declared'), o)).toEqual({ ok: false, problem: 'too-large' });
    expect(await safeFetch(url('files.test', '/big-streamed'), o)).toEqual({ ok: false, problem: 'too-large' });
  });

  it('gives up on a host that stalls after one total timeout', async () => {
    const o = options({ 'files.test': ['127.0.0.1'] }, { allowedHosts: parseAllowedHosts('files.test'), timeoutMs: 300 });
    const started = Date.now();
    expect(await safeFetch(url('files.test', '/stall'), o)).toEqual({ ok: false, problem: 'unreachable' });
    expect(Date.now() - started).toBeLessThan(3_000);
  });

  it('answers the same for a missing file, an unknown name and a refused address', async () => {
    const o = options({ 'files.test': ['127.0.0.1'] }, { allowedHosts: parseAllowedHosts('files.test') });
    const answers = await Promise.all([safeFetch(url('files.test', '/missing'), o), safeFetch(url('nowhere.test', '/x'), o), safeFetch(url('inside.test', '/x'), options({ 'inside.test': ['10.0.0.1'] }))]);
    expect(new Set(answers.map((a) => JSON.stringify(a))).size).toBe(1);
  });
});

describe('isPublicAddress', () => {
  it('accepts public unicast only', () => {
    expect(isPublicAddress('93.184.216.34')).toBe(true);
    expect(isPublicAddress('2a00:1450:4001::1')).toBe(true);
    expect(isPublicAddress('192.0.2.1')).toBe(false);
    expect(isPublicAddress('not an ip')).toBe(false);
  });
});
