import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { PROJECT_ROOT } from '../data/projectRoot';
import { buildWebAssets } from '../web/build';
import { BUILD_RECORD, sourcesFingerprint } from './sources.mjs';

export const DIST = join(PROJECT_ROOT, 'dist');

/**
 * Compiles the server to plain JavaScript (one ES module, packages left as imports from
 * node_modules), so production runs what was built instead of compiling TypeScript at every start.
 */
async function buildServer(): Promise<void> {
  for (const name of readdirSync(DIST)) if (name.endsWith('.js') || name.endsWith('.js.map')) rmSync(join(DIST, name));
  await build({
    // The document reader's thread script sits beside server.js (services/documents/reader.ts finds it there).
    entryPoints: { server: join(PROJECT_ROOT, 'bot/server.ts'), documentReader: join(PROJECT_ROOT, 'services/documents/readerWorker.ts') },
    outdir: DIST,
    bundle: true,
    packages: 'external',
    platform: 'node',
    format: 'esm',
    target: 'node20',
    sourcemap: true,
    logLevel: 'warning',
  });
}

/** Builds the server bundle and the web assets, then records the sources' fingerprint. */
export async function buildAll(): Promise<void> {
  const fingerprint = sourcesFingerprint(PROJECT_ROOT);
  mkdirSync(DIST, { recursive: true });
  await Promise.all([buildServer(), buildWebAssets()]);
  writeFileSync(join(PROJECT_ROOT, BUILD_RECORD), `${JSON.stringify({ fingerprint, builtAt: new Date().toISOString() })}\n`);
}

const started = Date.now();
buildAll().then(
  () => process.stdout.write(`build: server and web assets in ${Date.now() - started} ms\n`),
  (error: unknown) => {
    process.stderr.write(`build failed: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
