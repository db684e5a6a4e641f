// Plain JavaScript on purpose: `npm start` checks the build with this before any TypeScript tooling loads.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** What the server bundle and the web assets are built from. */
const SOURCES = ['bot', 'dialogs', 'services', 'cards', 'domain', 'data', 'locales', 'jobs', 'web', 'patches', 'package.json', 'package-lock.json', 'scripts/build.ts'];
/** Build output inside those folders. */
const OUTPUTS = new Set(['web/dist']);

/**
 * A hash of the content (not the timestamps) of every file the build reads. Equal fingerprints:
 * the built server and web assets are current.
 * @param {string} root the project folder
 * @returns {string}
 */
export function sourcesFingerprint(root) {
  const hash = createHash('sha256');
  for (const file of sourceFiles(root)) hash.update(file).update('\0').update(readFileSync(join(root, file))).update('\0');
  return hash.digest('hex');
}

/** @param {string} root @returns {string[]} */
function sourceFiles(root) {
  const files = [];
  for (const entry of SOURCES) {
    const path = join(root, entry);
    if (!existsSync(path)) continue;
    if (statSync(path).isFile()) {
      files.push(entry);
      continue;
    }
    for (const name of readdirSync(path, { recursive: true, withFileTypes: true })) {
      if (!name.isFile()) continue;
      const file = relative(root, join(name.parentPath ?? name.path, name.name)).split(sep).join('/');
      if (![...OUTPUTS].some((output) => file.startsWith(`${output}/`))) files.push(file);
    }
  }
  return files.sort();
}

/** Where `scripts/build.ts` records the fingerprint of what it built. */
export const BUILD_RECORD = 'dist/build.json';
