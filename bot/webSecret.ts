import { hkdfSync, randomBytes } from 'node:crypto';
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Logger } from 'pino';

/** What each key signs; every purpose gets its own key derived from the one secret. */
export type KeyPurpose = 'dashboard-link' | 'webchat-identity' | 'directline-token' | 'invoice-link' | 'data-export';

export interface WebKeys {
  key(purpose: KeyPurpose): Uint8Array;
  /** Where the secret came from (logged at start, never the secret itself). */
  readonly source: 'env' | 'data-dir' | 'ephemeral';
}

const SECRET_FILE = 'web-signing-secret';

export interface WebSecretOptions {
  /** `DASHBOARD_SECRET` (required in production; config enforces it). */
  readonly secret: string | undefined;
  readonly env: 'development' | 'production' | 'test';
  readonly dataDir: string;
}

/**
 * The secret behind the dashboard links, the web chat identity cookie and local Direct Line
 * tokens. `DASHBOARD_SECRET` when set; in development one is generated once and kept in
 * `DATA_DIR/web-signing-secret` so links survive restarts; tests use a random one per process.
 */
export function loadWebKeys(options: WebSecretOptions, log: Logger): WebKeys {
  let master: Buffer;
  let source: WebKeys['source'];
  if (options.secret) {
    master = Buffer.from(options.secret, 'utf8');
    source = 'env';
  } else if (options.env === 'test') {
    master = randomBytes(32);
    source = 'ephemeral';
  } else {
    master = readOrCreateSecret(resolve(options.dataDir));
    source = 'data-dir';
    log.debug({ file: join(options.dataDir, SECRET_FILE) }, 'DASHBOARD_SECRET is not set: using the signing secret generated in DATA_DIR');
  }
  const cache = new Map<KeyPurpose, Uint8Array>();
  return {
    source,
    key(purpose) {
      let key = cache.get(purpose);
      if (!key) {
        key = new Uint8Array(hkdfSync('sha256', master, 'cps-web', purpose, 32));
        cache.set(purpose, key);
      }
      return key;
    },
  };
}

function readOrCreateSecret(dir: string): Buffer {
  const file = join(dir, SECRET_FILE);
  try {
    const stored = readFileSync(file, 'utf8').trim();
    if (stored.length >= 43) return Buffer.from(stored, 'base64url');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  mkdirSync(dir, { recursive: true });
  const secret = randomBytes(32);
  try {
    writeFileSync(file, `${secret.toString('base64url')}\n`, { mode: 0o600, flag: 'wx' });
  } catch (error) {
    // Another process starting on the same folder wrote it first: use theirs.
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return Buffer.from(readFileSync(file, 'utf8').trim(), 'base64url');
    throw error;
  }
  chmodSync(file, 0o600);
  return secret;
}
