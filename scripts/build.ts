import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { PROJECT_ROOT } from '../data/projectRoot';
import { buildWebAssets } from '../web/build';
import { BUILD_RECORD, sourcesFingerprint } from './sources.mjs';

export const DIST = join(PROJECT_ROOT, 'dist');

/**
 * Packages left in node_modules rather than bundled: native addons, WebAssembly and data files
 * found beside their own code, worker-thread scripts, and build tooling the server only loads in
 * development. Everything else is bundled into one script, so a start reads one file instead of
 * resolving and compiling ~2,000 modules, and its compiled code can be cached (scripts/codeCache.mjs).
 */
const KEEP_IN_NODE_MODULES = [
  '@electric-sql/pglite',
  '@node-rs/argon2',
  'sharp',
  'tesseract.js',
  '@tesseract.js-data/*',
  'pdfkit',
  'fontkit',
  '@expo-google-fonts/*',
  'unpdf',
  'pino',
  'pino-pretty',
  'thread-stream',
  'spdy',
  'dtrace-provider',
  '@nlpjs/*',
  'esbuild',
  'tsx',
];

/** The server as one CommonJS script (`dist/server.cjs`) and the document reader's thread script beside it. */
async function buildServer(): Promise<void> {
  for (const name of readdirSync(DIST)) if (/\.(c?js|map|v8cache)$/.test(name)) rmSync(join(DIST, name));
  await build({
    entryPoints: { server: join(PROJECT_ROOT, 'bot/server.ts') },
    outdir: DIST,
    outExtension: { '.js': '.cjs' },
    bundle: true,
    external: KEEP_IN_NODE_MODULES.flatMap((name) => (name.endsWith('/*') ? [name] : [name, `${name}/*`])),
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    // import() of a kept package becomes require(), which loads ES modules too on Node ≥ 20.19; a
    // script run from a code cache (scripts/codeCache.mjs) cannot use import().
    supported: { 'dynamic-import': false },
    define: { 'import.meta.url': 'importMetaUrl', 'import.meta.dirname': '__dirname' },
    banner: { js: "const importMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
    sourcemap: true,
    logLevel: 'warning',
  });
  asciiOnly(join(DIST, 'server.cjs'));
  await build({
    // The document reader's thread script sits beside the server (services/documents/reader.ts finds it there).
    entryPoints: { documentReader: join(PROJECT_ROOT, 'services/documents/readerWorker.ts') },
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

/**
 * esbuild escapes non-ASCII characters in strings but not in comments and regular expressions. One
 * such character makes V8 hold the whole 15 MB source as a two-byte string (31 MB instead of 15
 * for as long as the process runs); `\uXXXX` means the same in a comment, an identifier and a
 * regular expression (with or without the `u` flag, where an escaped surrogate pair is one code
 * point). The source map's columns shift on the few lines concerned.
 */
function asciiOnly(file: string): void {
  const code = readFileSync(file, 'utf8');
  const escaped = code.replace(/[\u0080-\uffff]/g, (c, at: number) => {
    // After a backslash (an identity escape in a regular expression) the escape would mean something else.
    if (code[at - 1] === '\\') throw new Error(`a non-ASCII character after a backslash in ${file} at ${at}`);
    return `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
  });
  writeFileSync(file, escaped);
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
