import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../bot/config';

const production = {
  NODE_ENV: 'production',
  MicrosoftAppId: 'app-id',
  MicrosoftAppPassword: 'secret',
  BACKOFFICE_TOKEN: 'token',
  DASHBOARD_SECRET: 'a-dashboard-signing-secret-of-enough-length-0123456789',
};

describe('the demo agent password', () => {
  it('defaults to cps-demo-agent outside production', () => {
    expect(loadConfig({ NODE_ENV: 'development' }).demoAgentPassword).toBe('cps-demo-agent');
  });

  it('has no default in production: no demo agent unless DEMO_AGENT_PASSWORD is set', () => {
    expect(loadConfig(production).demoAgentPassword).toBeUndefined();
    expect(loadConfig({ ...production, DEMO_AGENT_PASSWORD: 'a-chosen-password' }).demoAgentPassword).toBe('a-chosen-password');
  });

  it('refuses a password shorter than 8 characters', () => {
    expect(() => loadConfig({ DEMO_AGENT_PASSWORD: 'short' })).toThrow(/DEMO_AGENT_PASSWORD/);
  });
});
