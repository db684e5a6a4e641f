// `npm start`: run the built server, building it first when its sources changed since the last build.
// Plain JavaScript so that a start with a current build loads no TypeScript tooling at all.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
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

const server = join(root, 'dist/server.cjs');
const fingerprint = sourcesFingerprint(root);
if (builtFingerprint() !== fingerprint || !existsSync(server)) {
  const tsx = createRequire(import.meta.url).resolve('tsx/cli');
  const built = spawnSync(process.execPath, [tsx, join(root, 'scripts/build.ts')], { stdio: 'inherit', cwd: root });
  if (built.status !== 0) process.exit(built.status ?? 1);
}
runWithCodeCache(server, join(root, `dist/server.${fingerprint.slice(0, 16)}.v8cache`));
