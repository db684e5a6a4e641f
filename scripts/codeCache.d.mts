/** Runs a CommonJS bundle with V8's code cache kept in `cacheFile` (see codeCache.mjs). */
export function runWithCodeCache(file: string, cacheFile: string): void;
