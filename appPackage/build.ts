import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { zipSync } from 'fflate';

export const APP_PACKAGE_DIR = resolve(import.meta.dirname);
export const LOCALIZATION_FILES = ['da.json', 'sv.json', 'nl.json'] as const;
export const ICON_FILES = ['color.png', 'outline.png'] as const;
/** Stable id of the Teams app (not the bot's): keep it, or Teams sees every package as a new app. */
export const DEFAULT_TEAMS_APP_ID = '5f0c7b1e-4a3d-4c8e-9b2a-7d6e1f3c9a41';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface PackageSettings {
  /** The bot's Microsoft App ID (`MicrosoftAppId`). */
  readonly botId: string;
  /** Where the bot is reachable over HTTPS (`PUBLIC_URL`), e.g. https://cps.example.com. */
  readonly publicUrl: string;
  readonly teamsAppId?: string;
  readonly version: string;
  /** Teams SSO for the tab: the Entra ID app (client) id and its application ID URI (`TEAMS_SSO_AUDIENCE`). */
  readonly sso?: { readonly clientId: string; readonly resource: string } | undefined;
}

export class PackageError extends Error {
  override readonly name = 'PackageError';
}

function packageVersion(): string {
  const parsed: unknown = JSON.parse(readFileSync(join(APP_PACKAGE_DIR, '../package.json'), 'utf8'));
  const version = typeof parsed === 'object' && parsed !== null && 'version' in parsed ? parsed.version : undefined;
  if (typeof version !== 'string') throw new PackageError('package.json has no version');
  return version;
}

/** The manifest for these settings: appPackage/manifest.json with its placeholders filled in. */
export function renderManifest(settings: PackageSettings): Record<string, unknown> {
  const problems: string[] = [];
  if (!GUID.test(settings.botId)) problems.push('the bot id (MicrosoftAppId) must be a GUID');
  const teamsAppId = settings.teamsAppId ?? DEFAULT_TEAMS_APP_ID;
  if (!GUID.test(teamsAppId)) problems.push('TEAMS_APP_ID must be a GUID');
  let url: URL | undefined;
  try {
    url = new URL(settings.publicUrl);
  } catch {
    problems.push(`PUBLIC_URL is not a URL: ${settings.publicUrl}`);
  }
  if (url && url.protocol !== 'https:') problems.push('PUBLIC_URL must be https: Teams loads tabs over HTTPS only');
  if (settings.sso && !GUID.test(settings.sso.clientId)) problems.push('TEAMS_SSO_CLIENT_ID must be a GUID');
  if (problems.length > 0 || !url) throw new PackageError(`Cannot build the Teams app package:\n  - ${problems.join('\n  - ')}`);

  const base = url.origin + url.pathname.replace(/\/$/, '');
  const template = readFileSync(join(APP_PACKAGE_DIR, 'manifest.json'), 'utf8');
  const filled = template
    .replaceAll('{{VERSION}}', settings.version)
    .replaceAll('{{TEAMS_APP_ID}}', teamsAppId)
    .replaceAll('{{BOT_ID}}', settings.botId)
    .replaceAll('{{PUBLIC_URL}}', base)
    .replaceAll('{{HOST}}', url.host);
  const manifest = JSON.parse(filled) as Record<string, unknown>;
  if (settings.sso) manifest['webApplicationInfo'] = { id: settings.sso.clientId, resource: settings.sso.resource };
  return manifest;
}

/** The zip Teams installs: manifest.json, the icons and the da/sv/nl localization files, at the root. */
export function buildAppPackage(settings: PackageSettings): Uint8Array {
  const files: Record<string, Uint8Array> = {
    'manifest.json': new TextEncoder().encode(`${JSON.stringify(renderManifest(settings), null, 2)}\n`),
  };
  for (const name of [...ICON_FILES, ...LOCALIZATION_FILES]) files[name] = readFileSync(join(APP_PACKAGE_DIR, name));
  return zipSync(files, { level: 9, mtime: new Date('2026-01-01T00:00:00Z') });
}

/** Settings from the environment the bot itself runs with. */
export function settingsFromEnv(env: NodeJS.ProcessEnv = process.env): PackageSettings {
  const botId = env['MicrosoftAppId']?.trim() ?? '';
  const publicUrl = env['PUBLIC_URL']?.trim() ?? '';
  if (!botId || !publicUrl) {
    throw new PackageError('Set MicrosoftAppId (the bot’s app id) and PUBLIC_URL (https://… where the bot runs) to build the Teams app package.');
  }
  const clientId = env['TEAMS_SSO_CLIENT_ID']?.trim();
  const resource = env['TEAMS_SSO_AUDIENCE']?.trim();
  return {
    botId,
    publicUrl,
    teamsAppId: env['TEAMS_APP_ID']?.trim() || undefined,
    version: packageVersion(),
    sso: clientId && resource ? { clientId, resource } : undefined,
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  try {
    const settings = settingsFromEnv();
    const zip = buildAppPackage(settings);
    const outDir = join(APP_PACKAGE_DIR, 'build');
    mkdirSync(outDir, { recursive: true });
    const file = join(outDir, `cps-assistant-${settings.version}.zip`);
    writeFileSync(file, zip);
    process.stdout.write(`Teams app package: ${file} (${zip.length} bytes)\n`);
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  }
}
