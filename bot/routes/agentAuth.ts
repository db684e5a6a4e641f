import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
// @node-rs/argon2 ships a per-platform binary as an optional dependency (no install script); the
// `argon2` package's prebuilt linux binary crashed this platform's Node outright.
import { hash as argon2Hash, verify as argon2Verify } from '@node-rs/argon2';

/** OWASP's argon2id baseline (19 MiB, 2 passes; argon2id is the library's default algorithm). */
const HASH_OPTIONS = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return argon2Hash(password, HASH_OPTIONS);
}

/** A hash of a random password, verified against when the e-mail is unknown so both cases take as long. */
let decoy: Promise<string> | undefined;

/** Checks a password against a stored argon2 hash; with no usable hash it spends the same time and says no. */
export async function verifyPassword(hash: string | undefined, password: string): Promise<boolean> {
  const usable = hash !== undefined && hash.startsWith('$argon2');
  const target = usable ? hash : await (decoy ??= hashPassword(randomBytes(16).toString('hex')));
  const matches = await argon2Verify(target, password);
  return usable && matches;
}

/** A fresh unguessable token (256 bits, URL-safe). */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

/** Sessions are stored under the SHA-256 of their cookie token, so a database leak gives no session. */
export function tokenHash(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** Constant-time comparison of two secrets. */
export function sameSecret(a: string | undefined, b: string | undefined): boolean {
  if (a === undefined || b === undefined) return false;
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** `a=1; b=2` → { a: '1', b: '2' } (first value wins, values URI-decoded when possible). */
export function parseCookies(header: string | undefined): Record<string, string> {
  const cookies: Record<string, string> = {};
  for (const part of (header ?? '').split(';')) {
    const index = part.indexOf('=');
    if (index <= 0) continue;
    const name = part.slice(0, index).trim();
    if (name in cookies) continue;
    const raw = part.slice(index + 1).trim();
    try {
      cookies[name] = decodeURIComponent(raw);
    } catch {
      cookies[name] = raw;
    }
  }
  return cookies;
}

export interface CookieOptions {
  readonly maxAgeSeconds: number;
  readonly path: string;
  readonly secure: boolean;
}

/** A Set-Cookie value: always HttpOnly and SameSite=Strict; Secure when served over https. */
export function serializeCookie(name: string, value: string, options: CookieOptions): string {
  return [
    `${name}=${encodeURIComponent(value)}`,
    `Path=${options.path}`,
    `Max-Age=${Math.max(0, Math.floor(options.maxAgeSeconds))}`,
    'HttpOnly',
    'SameSite=Strict',
    ...(options.secure ? ['Secure'] : []),
  ].join('; ');
}
