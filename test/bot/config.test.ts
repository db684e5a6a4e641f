import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../bot/config';

describe('loadConfig', () => {
  it('defaults to local mode on port 3978 with the embedded database in .data', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ port: 3978, dataDir: '.data', databaseUrl: undefined, bot: { localMode: true } });
  });

  it('is frozen', () => {
    expect(Object.isFrozen(loadConfig({}))).toBe(true);
  });

  it('treats an empty MicrosoftAppId as local mode', () => {
    expect(loadConfig({ MicrosoftAppId: '  ' }).bot.localMode).toBe(true);
  });

  it('refuses production without Bot Framework credentials, naming what is missing', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(ConfigError);
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/MicrosoftAppId.*MicrosoftAppPassword/);
  });

  it('accepts production with credentials, a back-office token and a dashboard secret', () => {
    const config = loadConfig({ NODE_ENV: 'production', MicrosoftAppId: 'id', MicrosoftAppPassword: 'secret', BACKOFFICE_TOKEN: 't', DASHBOARD_SECRET: 'x'.repeat(32) });
    expect(config.bot.localMode).toBe(false);
  });

  it('refuses production without DASHBOARD_SECRET (dashboard links would die on every restart)', () => {
    expect(() => loadConfig({ NODE_ENV: 'production', MicrosoftAppId: 'id', MicrosoftAppPassword: 'secret', BACKOFFICE_TOKEN: 't' })).toThrow(/missing: DASHBOARD_SECRET/);
  });

  it('refuses a DASHBOARD_SECRET shorter than 32 characters', () => {
    expect(() => loadConfig({ DASHBOARD_SECRET: 'short' })).toThrow(/DASHBOARD_SECRET/);
  });

  it('lists every invalid variable at once', () => {
    expect(() => loadConfig({ PORT: 'abc', DATABASE_URL: 'mysql://x' })).toThrow(/PORT[\s\S]*DATABASE_URL/);
  });
});
