import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { request, type RequestOptions } from 'node:https';
import type { IncomingMessage } from 'node:http';
import type { LookupFunction } from 'node:net';
import ipaddr from 'ipaddr.js';

/**
 * Fetching a URL a member gave us (a document's `contentUrl`, a Teams download link) without
 * letting it reach into our own network: https only; the name is resolved and every address it
 * resolves to must be public unicast (no loopback, private, link-local, CGNAT, unique-local,
 * multicast, unspecified, reserved, IPv4-mapped, NAT64, 6to4 or Teredo forms; the URL parser has
 * already turned decimal, hex and short IPv4 spellings into dotted quads); the connection goes to
 * the address that was checked (a second DNS answer cannot rebind it); every redirect is checked
 * again, at most 3; the body is capped while it streams; one timeout covers the whole chain.
 * Every failure to reach a file is the same `unreachable`, so replies never tell what is behind an
 * address; only a file that was reached and is too big is `too-large`.
 */
export type SafeFetchResult =
  | { readonly ok: true; readonly bytes: Buffer; readonly contentType: string | undefined }
  | { readonly ok: false; readonly problem: 'too-large' | 'unreachable' };

export interface SafeFetchOptions {
  readonly maxBytes: number;
  /** For the whole chain of requests (default 10 s). */
  readonly timeoutMs?: number;
  /** Host names or IPs exempt from the address check (`ATTACHMENT_ALLOWED_HOSTS`); redirects elsewhere are still checked. */
  readonly allowedHosts?: ReadonlySet<string>;
  /** Name resolution (tests answer with their own addresses). */
  readonly lookup?: (hostname: string) => Promise<readonly LookupAddress[]>;
  /** Extra trusted certificate authorities (tests). */
  readonly ca?: string | Buffer;
}

const MAX_REDIRECTS = 3;
const UNREACHABLE = { ok: false, problem: 'unreachable' } as const;

class Unreachable extends Error {}

/** Parses a comma-separated host list (`ATTACHMENT_ALLOWED_HOSTS`) into normalised host names. */
export function parseAllowedHosts(list: string | undefined): ReadonlySet<string> {
  return new Set((list ?? '').split(',').map((host) => normaliseHost(host.trim())).filter((host) => host !== ''));
}

function normaliseHost(host: string): string {
  return host.replace(/^\[|\]$/g, '').toLowerCase();
}

/** True for an address a member-supplied URL may reach: public unicast only. */
export function isPublicAddress(address: string): boolean {
  if (!ipaddr.isValid(address)) return false;
  return ipaddr.parse(address).range() === 'unicast';
}

export async function safeFetch(url: string, options: SafeFetchOptions): Promise<SafeFetchResult> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), options.timeoutMs ?? 10_000);
  try {
    let target = new URL(url);
    for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
      const address = await checkedAddress(target, options);
      const response = await get(target, address, options, controller.signal);
      const location = response.headers.location;
      if (response.statusCode !== undefined && response.statusCode >= 300 && response.statusCode < 400 && location) {
        response.destroy();
        target = new URL(location, target);
        continue;
      }
      if (response.statusCode !== 200) {
        response.destroy();
        return UNREACHABLE;
      }
      return await readCapped(response, options.maxBytes);
    }
    return UNREACHABLE;
  } catch (error) {
    if (error instanceof Unreachable || error instanceof TypeError || isNetworkError(error)) return UNREACHABLE;
    throw error;
  } finally {
    clearTimeout(timer);
  }
}

function isNetworkError(error: unknown): boolean {
  return error instanceof Error && ((error as NodeJS.ErrnoException).code !== undefined || error.name === 'AbortError');
}

/** The one address this hop connects to, after checking the scheme and every address of the name. */
async function checkedAddress(target: URL, options: SafeFetchOptions): Promise<LookupAddress> {
  if (target.protocol !== 'https:' || target.username || target.password) throw new Unreachable();
  const host = normaliseHost(target.hostname);
  const exempt = options.allowedHosts?.has(host) ?? false;
  const literal = ipaddr.isValid(host) ? [{ address: host, family: host.includes(':') ? 6 : 4 }] : undefined;
  const addresses = literal ?? (await (options.lookup ?? systemLookup)(host));
  if (addresses.length === 0) throw new Unreachable();
  if (!exempt && !addresses.every((a) => isPublicAddress(a.address))) throw new Unreachable();
  return addresses[0] as LookupAddress;
}

function systemLookup(hostname: string): Promise<LookupAddress[]> {
  return new Promise((resolve, reject) => dnsLookup(hostname, { all: true }, (error, addresses) => (error ? reject(new Unreachable()) : resolve(addresses))));
}

function get(target: URL, address: LookupAddress, options: SafeFetchOptions, signal: AbortSignal): Promise<IncomingMessage> {
  // Name for TLS (SNI and the certificate check), connection to the checked address.
  const pinned: LookupFunction = (_hostname, lookupOptions, callback) => {
    if ((lookupOptions as { all?: boolean }).all) (callback as (e: null, a: LookupAddress[]) => void)(null, [address]);
    else callback(null, address.address, address.family);
  };
  const requestOptions: RequestOptions = {
    hostname: target.hostname.replace(/^\[|\]$/g, ''),
    port: target.port || 443,
    path: `${target.pathname}${target.search}`,
    method: 'GET',
    lookup: pinned,
    signal,
    headers: { 'user-agent': 'cps-assistant', accept: '*/*' },
    ...(options.ca ? { ca: options.ca } : {}),
  };
  return new Promise((resolve, reject) => {
    const req = request(requestOptions, resolve);
    req.once('error', reject);
    req.end();
  });
}

function readCapped(response: IncomingMessage, maxBytes: number): Promise<SafeFetchResult> {
  const declared = Number(response.headers['content-length'] ?? Number.NaN);
  if (Number.isFinite(declared) && declared > maxBytes) {
    response.destroy();
    return Promise.resolve({ ok: false, problem: 'too-large' });
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let total = 0;
    response.on('data', (chunk: Buffer) => {
      total += chunk.byteLength;
      if (total > maxBytes) {
        resolve({ ok: false, problem: 'too-large' });
        response.destroy();
        return;
      }
      chunks.push(chunk);
    });
    response.once('end', () => resolve({ ok: true, bytes: Buffer.concat(chunks, total), contentType: response.headers['content-type'] }));
    response.once('error', reject);
    response.once('aborted', () => reject(new Unreachable()));
  });
}
