import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import postgres from 'postgres';
import type { TestProject } from 'vitest/node';
import { openDatabase } from '../../data/database';
import { findChromium, type BrowserLookup } from '../browser/browser';
import { BUILD_RECORD, sourcesFingerprint } from '../../scripts/sources.mjs';

const ROOT = resolve(import.meta.dirname, '../..');

declare module 'vitest' {
  export interface ProvidedContext {
    /** Tarball of a migrated, seeded PGlite data dir; every test clones it (creating one costs seconds). */
    pgliteTemplate: string;
    /** When TEST_DATABASE_URL is set: admin URL and the name of a migrated template database. */
    postgres: { adminUrl: string; template: string } | null;
    /** The Chromium the browser tests launch, or why there is none (those tests then fail and say so). */
    chromium: BrowserLookup;
  }
}

/** Migrates and seeds one template per run; tests clone it instead of migrating again. */
export default async function setup(project: TestProject) {
  const started = Date.now();
  buildWhenStale();
  const browser = findChromium();
  const client = await PGlite.create({ extensions: { pg_trgm } });
  const database = await openDatabase({ pglite: client });
  const dump = await client.dumpDataDir('none');
  const templateFile = join(tmpdir(), `cps-pglite-template-${process.pid}.tar`);
  writeFileSync(templateFile, Buffer.from(await dump.arrayBuffer()));
  await database.close();
  project.provide('pgliteTemplate', templateFile);

  const adminUrl = process.env['TEST_DATABASE_URL'];
  let template: string | undefined;
  if (adminUrl) {
    template = `cps_template_${randomUUID().slice(0, 8)}`;
    const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
    await admin.unsafe(`create database ${template}`);
    const templateDb = await openDatabase({ databaseUrl: withDatabase(adminUrl, template), poolSize: 2 });
    await templateDb.close();
    await admin.end();
    project.provide('postgres', { adminUrl, template });
  } else {
    project.provide('postgres', null);
  }
  const chromium = await browser;
  project.provide('chromium', chromium);
  console.log('path' in chromium ? `browser: ${chromium.path} (${chromium.source})` : `browser: none. ${chromium.problem}`);
  console.log(`test databases: PGlite${adminUrl ? ' and PostgreSQL' : ''} templates ready in ${Date.now() - started} ms`);

  return async () => {
    rmSync(templateFile, { force: true });
    if (adminUrl && template) {
      const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
      // Only this run's databases: other runs on the same server (several engineers, one CI box) keep theirs.
      const leftovers = await admin<{ datname: string }[]>`select datname from pg_database where datname like ${`${testDatabasePrefix(template)}%`} or datname = ${template}`;
      for (const { datname } of leftovers) await admin.unsafe(`drop database if exists ${datname} with (force)`);
      await admin.end();
    }
  };
}

/**
 * Server-process tests run the built bundle as `npm start` does. Built here, once, when the
 * sources changed since the last build, so parallel test files never build at the same time.
 */
function buildWhenStale(): void {
  const record = join(ROOT, BUILD_RECORD);
  const built = existsSync(record) ? (JSON.parse(readFileSync(record, 'utf8')) as { fingerprint?: string }).fingerprint : undefined;
  if (built === sourcesFingerprint(ROOT) && existsSync(join(ROOT, 'dist/server.cjs'))) return;
  const tsx = createRequire(import.meta.url).resolve('tsx/cli');
  const build = spawnSync(process.execPath, [tsx, 'scripts/build.ts'], { cwd: ROOT, encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`the server bundle did not build:\n${build.stdout}${build.stderr}`);
}

/** Test databases of one run are named after its template, so a run drops only its own. */
export function testDatabasePrefix(template: string): string {
  return `cps_t_${template.replace(/^cps_template_/, '')}_`;
}

export function withDatabase(url: string, name: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
}
