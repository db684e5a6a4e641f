import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT, type CryptoKey, type JWK } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { translator } from '../../locales';
import { createTestDatabase } from '../support/database';
import { newMember, startApp, type RunningApp } from '../support/http';

/**
 * With MicrosoftAppId set, only activities signed by the channel get in. The channel here is a
 * local OpenID provider (BOT_OPENID_METADATA_URL / BOT_TOKEN_ISSUER, as for a sovereign cloud)
 * publishing one RSA key; tokens are signed with it, or with something else.
 */
const APP_ID = '00000000-aaaa-4bbb-8ccc-000000000001';
const ISSUER = 'https://api.botframework.test';
const KID = 'test-signing-key';
const SERVICE_URL = 'https://smba.trafficmanager.test/emea/';

let running: RunningApp;
let openId: Server;
let signingKey: CryptoKey;
let otherKey: CryptoKey;

beforeAll(async () => {
  const pair = await generateKeyPair('RS256', { extractable: true });
  signingKey = pair.privateKey;
  otherKey = (await generateKeyPair('RS256')).privateKey;
  const jwk: JWK = { ...(await exportJWK(pair.publicKey)), kid: KID, use: 'sig', alg: 'RS256' };
  openId = createServer((req, res) => {
    const { port } = openId.address() as AddressInfo;
    res.setHeader('content-type', 'application/json');
    if (req.url === '/.well-known/openidconfiguration') {
      res.end(JSON.stringify({ issuer: ISSUER, jwks_uri: `http://127.0.0.1:${port}/keys` }));
    } else if (req.url === '/keys') {
      // Endorsements: the channels this key may sign for.
      res.end(JSON.stringify({ keys: [{ ...jwk, endorsements: ['msteams', 'webchat'] }] }));
    } else {
      res.statusCode = 404;
      res.end('{}');
    }
  });
  await new Promise<void>((resolve) => openId.listen(0, '127.0.0.1', resolve));
  const { port } = openId.address() as AddressInfo;
  running = await startApp(await createTestDatabase(), {
    MicrosoftAppId: APP_ID,
    MicrosoftAppPassword: 'not-used-with-expect-replies',
    BOT_OPENID_METADATA_URL: `http://127.0.0.1:${port}/.well-known/openidconfiguration`,
    BOT_TOKEN_ISSUER: ISSUER,
  });
});
afterAll(async () => {
  await running.app.close();
  await new Promise((resolve) => openId.close(resolve));
});

interface Claims {
  iss?: string;
  aud?: string;
  serviceurl?: string;
  exp?: number;
}

async function token(claims: Claims = {}, key: CryptoKey = signingKey, kid = KID): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT({ serviceurl: claims.serviceurl ?? SERVICE_URL })
    .setProtectedHeader({ alg: 'RS256', kid })
    .setIssuer(claims.iss ?? ISSUER)
    .setAudience(claims.aud ?? APP_ID)
    .setIssuedAt(now - 60)
    .setNotBefore(now - 60)
    .setExpirationTime(claims.exp ?? now + 600)
    .sign(key);
}

async function send(authorization: string | undefined, channelId = 'webchat') {
  const member = newMember('da');
  const response = await fetch(`${running.url}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
    body: JSON.stringify({
      type: 'conversationUpdate',
      id: crypto.randomUUID(),
      channelId,
      serviceUrl: SERVICE_URL,
      from: { id: member.userId },
      recipient: { id: APP_ID },
      conversation: { id: member.conversationId },
      membersAdded: [{ id: member.userId }],
      locale: 'da',
      deliveryMode: 'expectReplies',
    }),
  });
  const text = await response.text();
  return { status: response.status, text };
}

function base64url(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

describe('Bot Framework authentication (MicrosoftAppId set)', () => {
  it('accepts a token signed by the channel’s published key, and the turn runs', async () => {
    const { status, text } = await send(`Bearer ${await token()}`);
    expect(status).toBe(200);
    expect(text).toContain(JSON.stringify(translator('da')('welcome.title')).slice(1, -1));
  });

  it.each([
    ['no Authorization header', async () => undefined],
    ['a bearer that is not a JWT', async () => 'Bearer not-a-token'],
    ['another scheme', async () => `Basic ${Buffer.from('bot:secret').toString('base64')}`],
    ['a token signed with another key under the published key id', async () => `Bearer ${await token({}, otherKey)}`],
    ['a token signed with an unknown key id', async () => `Bearer ${await token({}, otherKey, 'unknown-kid')}`],
    ['a token for another bot (audience)', async () => `Bearer ${await token({ aud: 'someone-else' })}`],
    ['a token from another issuer', async () => `Bearer ${await token({ iss: 'https://evil.example' })}`],
    ['an expired token', async () => `Bearer ${await token({ exp: Math.floor(Date.now() / 1000) - 3600 })}`],
    ['a token for another service URL', async () => `Bearer ${await token({ serviceurl: 'https://evil.example/' })}`],
    ['an unsigned token (alg none)', async () => `Bearer ${base64url({ alg: 'none', kid: KID })}.${base64url({ iss: ISSUER, aud: APP_ID, serviceurl: SERVICE_URL, exp: Math.floor(Date.now() / 1000) + 600 })}.`],
    [
      'a token whose signature was cut off',
      async () => {
        const [header, payload] = (await token()).split('.');
        return `Bearer ${header}.${payload}.`;
      },
    ],
    [
      'a valid signature over a tampered payload',
      async () => {
        const [header, , signature] = (await token()).split('.');
        return `Bearer ${header}.${base64url({ iss: ISSUER, aud: APP_ID, serviceurl: SERVICE_URL, exp: Math.floor(Date.now() / 1000) + 600, admin: true })}.${signature}`;
      },
    ],
  ])('refuses %s with 401', async (_case, authorization) => {
    const { status, text } = await send(await authorization());
    expect(status).toBe(401);
    expect(text).not.toContain('    at ');
  });

  it('refuses a genuine token for a channel its key is not endorsed for', async () => {
    expect((await send(`Bearer ${await token()}`, 'slack')).status).toBe(401);
  });
});
