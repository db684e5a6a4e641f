import type { Activity } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { ChannelAuthentication } from '../../bot/channelAuthentication';

const activity = (serviceUrl: string) => ({ type: 'message', channelId: 'cli', serviceUrl, conversation: { id: 'c' }, from: { id: 'u' } }) as Activity;

describe('ChannelAuthentication', () => {
  it('reuses one connector client per service URL and one user-token client per bot identity across activities', async () => {
    const auth = new ChannelAuthentication({ MicrosoftAppId: '', MicrosoftAppPassword: '' });
    const first = await auth.authenticateRequest(activity('https://a.example/'), '');
    const second = await auth.authenticateRequest(activity('https://a.example/'), '');
    const elsewhere = await auth.authenticateRequest(activity('https://b.example/'), '');
    const clientA = await first.connectorFactory?.create('https://a.example/', first.audience);
    expect(clientA).toBeDefined();
    expect(await second.connectorFactory?.create('https://a.example/', second.audience)).toBe(clientA);
    expect(await elsewhere.connectorFactory?.create('https://b.example/', elsewhere.audience)).not.toBe(clientA);
    expect(await auth.createUserTokenClient(first.claimsIdentity)).toBe(await auth.createUserTokenClient(second.claimsIdentity));
  });
});
