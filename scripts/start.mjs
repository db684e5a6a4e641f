// `npm start`: run the built server, building it first when its sources changed since the last build.
// Plain JavaScript so that a start with a current build loads no TypeScript tooling at all.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { runWithCodeCache } from './codeCache.mjs';
import { BUILD_RECORD, sourcesFingerprint } from './sources.mjs';

const root = join(import.meta.dirname, '..');

function builtFingerprint() {
  const record = join(root, BUILD_RECORD);
  if (!existsSync(record)) return undefined;
  try {
    return JSON.parse(readFileSync(record, 'utf8')).fingerprint;
  } catch {
    return undefined; // a damaged record means: build again
  }
}

/**
 * On the embedded database, PGlite's WebAssembly (9 MB) is read and compiled on V8's background
 * threads while the main thread loads the server; data/database.ts hands it to PGlite.create.
 * A failure here only means PGlite loads it itself.
 */
function preloadPglite() {
  if (process.env.DATABASE_URL) return;
  const require = createRequire(import.meta.url);
  const dist = dirname(require.resolve('@electric-sql/pglite'));
  globalThis[Symbol.for('cps.pglitePreload')] = Promise.all([
    readFile(join(dist, 'pglite.wasm')).then((bytes) => WebAssembly.compile(bytes)),
    readFile(join(dist, 'pglite.data')),
  ]).then(([pgliteWasmModule, bundle]) => ({ pgliteWasmModule, fsBundle: new Blob([bundle]) }));
}

const server = join(root, 'dist/server.cjs');
const fingerprint = sourcesFingerprint(root);
if (builtFingerprint() !== fingerprint || !existsSync(server)) {
  const tsx = createRequire(import.meta.url).resolve('tsx/cli');
  const built = spawnSync(process.execPath, [tsx, join(root, 'scripts/build.ts')], { stdio: 'inherit', cwd: root });
  if (built.status !== 0) process.exit(built.status ?? 1);
}
preloadPglite();
runWithCodeCache(server, join(root, `dist/server.${fingerprint.slice(0, 16)}.v8cache`));
