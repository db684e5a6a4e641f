import { existsSync } from 'node:fs';
import { chromium, type Browser, type LaunchOptions } from 'playwright-core';
import { inject } from 'vitest';

/** The system browsers we look for when `CHROMIUM_PATH` is not set. */
const SYSTEM_CHROMIUMS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** Headless, no sandbox (CI runs as root), and none of the background traffic a closed network refuses. */
export const CHROMIUM_FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];

export type BrowserLookup = { readonly path: string; readonly source: string } | { readonly problem: string };

/**
 * Finds a Chromium for the browser tests: `CHROMIUM_PATH` if set, else a system chromium, else the
 * headless Chromium shipped inside the npm package `@sparticuz/chromium` (a devDependency: its
 * binary is in the package and is unpacked to the temp folder; nothing is downloaded).
 * Runs once per test run, in the global setup (two workers unpacking at once would race).
 */
export async function findChromium(): Promise<BrowserLookup> {
  const configured = process.env['CHROMIUM_PATH'];
  if (configured) {
    return existsSync(configured) ? { path: configured, source: 'CHROMIUM_PATH' } : { problem: `CHROMIUM_PATH=${configured} does not exist.` };
  }
  const system = SYSTEM_CHROMIUMS.find((path) => existsSync(path));
  if (system) return { path: system, source: 'system' };
  try {
    const { default: packaged } = await import('@sparticuz/chromium');
    return { path: await packaged.executablePath(), source: '@sparticuz/chromium' };
  } catch (error) {
    return {
      problem:
        `No browser: no CHROMIUM_PATH, no ${SYSTEM_CHROMIUMS.join(' or ')}, and the Chromium inside @sparticuz/chromium could not be unpacked ` +
        `(${error instanceof Error ? error.message : String(error)}). Run \`npm ci\` to install it, or set CHROMIUM_PATH to a Chromium or Chrome binary.`,
    };
  }
}

/** The browser the global setup found; fails the test (never skips it) when there is none. */
export function chromiumPath(): string {
  const found = inject('chromium');
  if ('problem' in found) throw new Error(found.problem);
  return found.path;
}

/** A headless Chromium with the test flags. */
export function launchChromium(options: LaunchOptions = {}): Promise<Browser> {
  return chromium.launch({ ...options, executablePath: chromiumPath(), headless: true, args: [...CHROMIUM_FLAGS, ...(options.args ?? [])] });
}
