// Plain JavaScript on purpose: `npm start` runs this before any TypeScript tooling loads.
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import Module from 'node:module';
import { dirname } from 'node:path';
import { Script } from 'node:vm';

/**
 * Runs a CommonJS bundle with V8's code cache, the way Node 22's `module.enableCompileCache()`
 * does for every module (Node 20 has no such switch). The first run compiles as usual and, when
 * the process ends, stores the compiled code of every function it ran in `cacheFile`; later runs
 * hand that to V8 and skip most parsing and compiling. V8 itself refuses a cache made by another
 * Node version or with other flags; the caller keys `cacheFile` by the bundle's build so a new
 * build never meets an old cache. A cache that cannot be read or written only costs time.
 * @param {string} file absolute path of the bundle
 * @param {string} cacheFile where its code cache lives
 */
export function runWithCodeCache(file, cacheFile) {
  const cachedData = readIfPresent(cacheFile);
  const script = new Script(Module.wrap(readFileSync(file, 'utf8')), { filename: file, cachedData });
  if (cachedData === undefined || script.cachedDataRejected) process.once('exit', () => store(script, cacheFile));

  const bundle = new Module(file);
  bundle.filename = file;
  bundle.paths = Module._nodeModulePaths(dirname(file));
  /** @param {string} id */
  const require = (id) => bundle.require(id);
  require.resolve = (/** @type {string} */ request, /** @type {object | undefined} */ options) => Module._resolveFilename(request, bundle, false, options);
  require.cache = Module._cache;
  require.main = bundle;
  script.runInThisContext().call(bundle.exports, bundle.exports, require, bundle, file, dirname(file));
}

/** @param {string} path @returns {Buffer | undefined} */
function readIfPresent(path) {
  try {
    return readFileSync(path);
  } catch {
    return undefined; // no cache yet: this run makes one
  }
}

/** Written beside and renamed into place, so a process starting meanwhile never reads half a file. @param {Script} script @param {string} cacheFile */
function store(script, cacheFile) {
  const partial = `${cacheFile}.${process.pid}.tmp`;
  try {
    writeFileSync(partial, script.createCachedData());
    renameSync(partial, cacheFile);
  } catch {
    // read-only install: every start compiles, as it would without a cache
  }
}
