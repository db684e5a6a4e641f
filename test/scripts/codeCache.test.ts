import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Script } from 'node:vm';
import Module from 'node:module';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

const RUNNER = pathToFileURL(resolve(import.meta.dirname, '../../scripts/codeCache.mjs')).href;

/** A small CommonJS bundle that requires a package and a built-in, as dist/server.cjs does. */
const BUNDLE = `
const { z } = require('zod');
const path = require('node:path');
function shout(word) { return word.toUpperCase() + '!'; }
module.exports = 1;
process.stdout.write(JSON.stringify({ parsed: z.string().parse(shout('hej')), base: path.basename(__filename), main: require.main === module }));
`;

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'cps-code-cache-'));
  writeFileSync(join(dir, 'bundle.cjs'), BUNDLE);
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function run(): { output: unknown; status: number | null } {
  const script = `import(${JSON.stringify(RUNNER)}).then((m) => m.runWithCodeCache(${JSON.stringify(join(dir, 'bundle.cjs'))}, ${JSON.stringify(join(dir, 'bundle.v8cache'))}))`;
  // Run from the project so the bundle's require finds node_modules as dist/server.cjs does.
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: resolve(import.meta.dirname, '../..'), encoding: 'utf8', env: { ...process.env, NODE_PATH: resolve(import.meta.dirname, '../../node_modules') } });
  return { output: result.stdout ? JSON.parse(result.stdout) : result.stderr, status: result.status };
}

describe('runWithCodeCache', () => {
  it('runs the bundle as a CommonJS module with its own require, __filename and require.main', () => {
    expect(run()).toEqual({ output: { parsed: 'HEJ!', base: 'bundle.cjs', main: true }, status: 0 });
  });

  it('stores a cache when the process ends that V8 accepts for the same bundle', () => {
    run();
    const cachedData = readFileSync(join(dir, 'bundle.v8cache'));
    const script = new Script(Module.wrap(BUNDLE), { filename: join(dir, 'bundle.cjs'), cachedData });
    expect(script.cachedDataRejected).toBe(false);
  });

  it('uses the stored cache on the next run without writing it again', () => {
    run();
    const written = statSync(join(dir, 'bundle.v8cache')).mtimeMs;
    expect(run()).toEqual({ output: { parsed: 'HEJ!', base: 'bundle.cjs', main: true }, status: 0 });
    expect(statSync(join(dir, 'bundle.v8cache')).mtimeMs).toBe(written);
  });

  it('replaces a cache V8 refuses, and still runs', () => {
    writeFileSync(join(dir, 'bundle.v8cache'), Buffer.from('not a code cache'));
    expect(run().output).toEqual({ parsed: 'HEJ!', base: 'bundle.cjs', main: true });
    const script = new Script(Module.wrap(BUNDLE), { filename: join(dir, 'bundle.cjs'), cachedData: readFileSync(join(dir, 'bundle.v8cache')) });
    expect(script.cachedDataRejected).toBe(false);
  });
});
