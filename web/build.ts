import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { build, type Plugin } from 'esbuild';
import { PROJECT_ROOT } from '../data/projectRoot';

export const WEB_ROOT = join(PROJECT_ROOT, 'web');
export const DIST_DIR = join(WEB_ROOT, 'dist');

/** The bundles the pages load: `/web/chat.js|css`, `/web/tab.js|css` and their shared chunks. */
export const ENTRY_POINTS = {
  chat: join(WEB_ROOT, 'chat/main.ts'),
  tab: join(WEB_ROOT, 'tab/main.ts'),
} as const;

/**
 * Web Chat imports `p-defer-es5`, `abort-controller-es5` and `markdown-it-attrs-es5`, whose `lib/`
 * is only produced by their install scripts (which this project does not run). Each ships its
 * `src/index.mjs`, a thin re-export of the modern package: bundle that instead.
 */
const es5Shims: Plugin = {
  name: 'webchat-es5-shims',
  setup(pluginBuild) {
    pluginBuild.onResolve({ filter: /^(p-defer|abort-controller|markdown-it-attrs)-es5$/ }, (args) => {
      for (let dir = args.resolveDir; ; dir = dirname(dir)) {
        const source = join(dir, 'node_modules', args.path, 'src/index.mjs');
        if (existsSync(source)) return { path: source };
        if (dirname(dir) === dir) return undefined;
      }
    });
  },
};

export interface BuiltFile {
  readonly name: string;
  readonly contents: Uint8Array;
}

/**
 * Bundles the chat page (Bot Framework Web Chat from npm, no CDN) and the Teams tab with esbuild.
 * Returns the files; with `write` they also land in web/dist (atomically, so a server reading
 * them while another process builds never sees half a file).
 */
export async function buildWebAssets(options: { readonly write?: boolean; readonly minify?: boolean } = {}): Promise<BuiltFile[]> {
  const result = await build({
    entryPoints: ENTRY_POINTS,
    bundle: true,
    write: false,
    outdir: DIST_DIR,
    // ES modules with code splitting: the tab loads @microsoft/teams-js only when it is framed.
    format: 'esm',
    splitting: true,
    entryNames: '[name]',
    chunkNames: 'chunk-[hash]',
    platform: 'browser',
    target: ['es2020', 'chrome100', 'firefox100', 'safari15'],
    minify: options.minify ?? true,
    sourcemap: false,
    legalComments: 'none',
    define: { 'process.env.NODE_ENV': '"production"', global: 'globalThis' },
    plugins: [es5Shims],
    logLevel: 'silent',
  });
  const files = result.outputFiles.map((file) => ({ name: basename(file.path), contents: file.contents }));
  if (options.write ?? true) {
    mkdirSync(DIST_DIR, { recursive: true });
    for (const file of files) {
      const target = join(DIST_DIR, file.name);
      const temporary = join(dirname(target), `.${file.name}.${process.pid}.tmp`);
      writeFileSync(temporary, file.contents);
      renameSync(temporary, target);
    }
    // Chunks of earlier builds are not referenced any more.
    const current = new Set(files.map((f) => f.name));
    for (const name of readdirSync(DIST_DIR)) if (name.startsWith('chunk-') && !current.has(name)) rmSync(join(DIST_DIR, name), { force: true });
  }
  return files;
}
