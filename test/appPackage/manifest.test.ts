import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { APP_PACKAGE_DIR, buildAppPackage, LOCALIZATION_FILES, PackageError, renderManifest, settingsFromEnv, type PackageSettings } from '../../appPackage/build';
import { matchCommand } from '../../locales/commands';

// The official schemas, as Microsoft ships them in @microsoft/app-manifest (never fetched at test time).
const SCHEMAS = join(dirname(createRequire(import.meta.url).resolve('@microsoft/app-manifest/package.json')), 'build/json-schemas/teams');

const settings: PackageSettings = {
  botId: '6a0e3c7d-2b4f-4e1a-9c8d-1f2e3d4c5b6a',
  publicUrl: 'https://cps.example.com',
  version: '0.1.0',
};

function readJson(file: string): Record<string, unknown> {
  return JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
}

function schemaVersion(url: unknown): string | undefined {
  return typeof url === 'string' ? /\/teams\/v(\d+\.\d+)\//.exec(url)?.[1] : undefined;
}

function validator(kind: 'MicrosoftTeams' | 'MicrosoftTeams.Localization', version: string) {
  // unicodeRegExp off: Microsoft's localization schema has patterns (\b]) that only parse without the u flag.
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
  addFormats(ajv);
  return ajv.compile(readJson(join(SCHEMAS, `v${version}`, `${kind}.schema.json`)));
}

const manifest = renderManifest(settings);
const manifestVersion = String(manifest['manifestVersion']);

describe('Teams app manifest', () => {
  it('uses manifest schema 1.24 or later, and its $schema names the same version', () => {
    expect(Number(manifestVersion)).toBeGreaterThanOrEqual(1.24);
    expect(schemaVersion(manifest['$schema'])).toBe(manifestVersion);
  });

  it('is valid against the official JSON schema of that version', () => {
    const validate = validator('MicrosoftTeams', manifestVersion);
    expect(validate(manifest), JSON.stringify(validate.errors, null, 2)).toBe(true);
  });

  it('the validator really rejects what Teams would reject (no accent colour, a too-long localized name)', () => {
    const { accentColor: _dropped, ...withoutAccent } = manifest;
    expect(validator('MicrosoftTeams', manifestVersion)(withoutAccent)).toBe(false);
    const localization = { ...readJson(join(APP_PACKAGE_DIR, 'da.json')), 'name.short': 'x'.repeat(31) };
    expect(validator('MicrosoftTeams.Localization', manifestVersion)(localization)).toBe(false);
  });

  it('carries the app version of package.json', () => {
    expect(manifest['version']).toBe(readJson(join(APP_PACKAGE_DIR, '../package.json'))['version']);
  });

  it('has the bot in personal scope with file support and a command list, and the My CPS static tab on PUBLIC_URL', () => {
    expect(manifest['bots']).toEqual([expect.objectContaining({ botId: settings.botId, scopes: ['personal'], supportsFiles: true, commandLists: [expect.objectContaining({ scopes: ['personal'] })] })]);
    expect(manifest['staticTabs']).toContainEqual(expect.objectContaining({ entityId: 'my-cps', name: 'My CPS', contentUrl: 'https://cps.example.com/tab', scopes: ['personal'] }));
    expect(manifest['validDomains']).toEqual(['cps.example.com']);
    expect(manifest['accentColor']).toMatch(/^#[0-9A-F]{6}$/i);
  });

  it('links the privacy statement and the terms of use the bot serves (/privacy, /terms), not the site root', () => {
    expect(manifest['developer']).toMatchObject({ privacyUrl: 'https://cps.example.com/privacy', termsOfUseUrl: 'https://cps.example.com/terms' });
  });

  it('adds webApplicationInfo for Teams SSO when an Entra app is given', () => {
    const withSso = renderManifest({ ...settings, sso: { clientId: '7d3c1e2a-1111-4222-8333-944455556666', resource: 'api://cps.example.com/7d3c1e2a-1111-4222-8333-944455556666' } });
    expect(withSso['webApplicationInfo']).toEqual({ id: '7d3c1e2a-1111-4222-8333-944455556666', resource: 'api://cps.example.com/7d3c1e2a-1111-4222-8333-944455556666' });
    const validate = validator('MicrosoftTeams', manifestVersion);
    expect(validate(withSso), JSON.stringify(validate.errors)).toBe(true);
  });

  it('refuses a plain-http PUBLIC_URL and a bot id that is not a GUID, naming both', () => {
    expect(() => renderManifest({ ...settings, publicUrl: 'http://localhost:3978', botId: 'bot' })).toThrow(PackageError);
    expect(() => renderManifest({ ...settings, publicUrl: 'http://localhost:3978', botId: 'bot' })).toThrow(/GUID[\s\S]*https/);
  });

  it('takes its settings from the same environment the bot runs with', () => {
    expect(() => settingsFromEnv({})).toThrow(/MicrosoftAppId.*PUBLIC_URL/);
    expect(settingsFromEnv({ MicrosoftAppId: settings.botId, PUBLIC_URL: 'https://cps.example.com' })).toMatchObject({ botId: settings.botId, publicUrl: 'https://cps.example.com' });
  });
});

describe('localization files (da, sv, nl)', () => {
  const additional = (manifest['localizationInfo'] as { additionalLanguages: { languageTag: string; file: string }[] }).additionalLanguages;

  it('are the ones the manifest lists', () => {
    expect(additional.map((l) => [l.languageTag, l.file])).toEqual([
      ['da', 'da.json'],
      ['sv', 'sv.json'],
      ['nl', 'nl.json'],
    ]);
  });

  it.each(LOCALIZATION_FILES)('%s is valid against the official localization schema of the manifest’s version', (file) => {
    const localization = readJson(join(APP_PACKAGE_DIR, file));
    expect(schemaVersion(localization['$schema'])).toBe(manifestVersion);
    const validate = validator('MicrosoftTeams.Localization', manifestVersion);
    expect(validate(localization), JSON.stringify(validate.errors, null, 2)).toBe(true);
  });

  it.each(LOCALIZATION_FILES)('%s translates the same strings, and each command title is a word the bot understands', (file) => {
    const localization = readJson(join(APP_PACKAGE_DIR, file));
    const keys = Object.keys(localization).filter((k) => k !== '$schema');
    expect(keys.sort()).toEqual(Object.keys(readJson(join(APP_PACKAGE_DIR, 'da.json'))).filter((k) => k !== '$schema').sort());
    const commands = (manifest['bots'] as { commandLists: { commands: { title: string }[] }[] }[])[0]?.commandLists[0]?.commands ?? [];
    commands.forEach((command, i) => {
      const title = localization[`bots[0].commandLists[0].commands[${i}].title`];
      expect(typeof title).toBe('string');
      expect(matchCommand(String(title))).toBe(matchCommand(command.title));
    });
    expect(localization['staticTabs[1].name']).toBeTruthy();
  });
});

function pngInfo(bytes: Uint8Array): { width: number; height: number; colorType: number } {
  const buffer = Buffer.from(bytes);
  expect(buffer.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  return { width: buffer.readUInt32BE(16), height: buffer.readUInt32BE(20), colorType: buffer[25] ?? -1 };
}

describe('the package (npm run package)', () => {
  const files = unzipSync(buildAppPackage(settings));

  it('holds the manifest, both icons and the three localization files at the root', () => {
    expect(Object.keys(files).sort()).toEqual(['color.png', 'da.json', 'manifest.json', 'nl.json', 'outline.png', 'sv.json']);
    expect(JSON.parse(Buffer.from(files['manifest.json'] ?? new Uint8Array()).toString('utf8'))).toEqual(manifest);
  });

  it('has a 192×192 colour icon and a 32×32 outline icon with transparency', () => {
    expect(pngInfo(files['color.png'] ?? new Uint8Array())).toMatchObject({ width: 192, height: 192 });
    expect(pngInfo(files['outline.png'] ?? new Uint8Array())).toEqual({ width: 32, height: 32, colorType: 6 });
  });
});
