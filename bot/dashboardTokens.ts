import { createRemoteJWKSet, decodeProtectedHeader, errors, jwtVerify, SignJWT, type JWTVerifyGetKey } from 'jose';
import type { Language } from '../domain/language';
import type { WebKeys } from './webSecret';

const LINK_AUDIENCE = 'cps-dashboard';
const LINK_ISSUER = 'cps-assistant';
/** How long an "Open my dashboard" link works. */
export const DASHBOARD_LINK_SECONDS = 15 * 60;

export type DashboardIdentity =
  | { readonly ok: true; readonly memberId: string; readonly via: 'link' }
  | { readonly ok: true; readonly aadObjectId: string; readonly tenantId: string; readonly via: 'teams-sso' }
  | { readonly ok: false; readonly reason: 'missing' | 'expired' | 'invalid' | 'sso-not-configured' };

export interface SsoOptions {
  /** JWKS of the identity platform (default Entra ID's common keys). */
  readonly jwksUrl: string;
  /** The tab's application id URI (`api://host/app-id`) or client id; undefined = SSO off. */
  readonly audience: string | undefined;
  /** When set (single tenant), tokens of other tenants are refused. */
  readonly tenantId: string | undefined;
}

export interface DashboardTokens {
  /** A signed, short-lived token naming the member: the identity in an "Open my dashboard" link. */
  issue(memberId: string, now?: Date): Promise<string>;
  /** The `/tab` URL the bot sends a member, with the token in the fragment (never sent to servers or in Referer headers). */
  link(memberId: string, language: Language): Promise<string>;
  /** Verifies a bearer token: our own link token (HS256) or a Teams SSO token (RS256, against the JWKS). */
  verify(token: string | undefined): Promise<DashboardIdentity>;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function createDashboardTokens(keys: WebKeys, publicUrl: string, sso: SsoOptions): DashboardTokens {
  const key = keys.key('dashboard-link');
  const jwks: JWTVerifyGetKey | undefined = sso.audience ? createRemoteJWKSet(new URL(sso.jwksUrl), { timeoutDuration: 5000 }) : undefined;

  async function issue(memberId: string, now = new Date()): Promise<string> {
    const iat = Math.floor(now.getTime() / 1000);
    return new SignJWT({})
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setSubject(memberId)
      .setAudience(LINK_AUDIENCE)
      .setIssuer(LINK_ISSUER)
      .setIssuedAt(iat)
      .setExpirationTime(iat + DASHBOARD_LINK_SECONDS)
      .sign(key);
  }

  async function verifyLink(token: string): Promise<DashboardIdentity> {
    try {
      const { payload } = await jwtVerify(token, key, { algorithms: ['HS256'], audience: LINK_AUDIENCE, issuer: LINK_ISSUER });
      if (typeof payload.sub !== 'string' || !UUID.test(payload.sub)) return { ok: false, reason: 'invalid' };
      return { ok: true, memberId: payload.sub, via: 'link' };
    } catch (error) {
      return { ok: false, reason: error instanceof errors.JWTExpired ? 'expired' : 'invalid' };
    }
  }

  async function verifySso(token: string): Promise<DashboardIdentity> {
    if (!jwks || !sso.audience) return { ok: false, reason: 'sso-not-configured' };
    try {
      const { payload } = await jwtVerify(token, jwks, { algorithms: ['RS256'], audience: sso.audience });
      const tid = payload['tid'];
      const oid = payload['oid'];
      if (typeof tid !== 'string' || typeof oid !== 'string' || !UUID.test(oid)) return { ok: false, reason: 'invalid' };
      // Entra ID issues v1 or v2 tokens; either way the issuer names the token's own tenant.
      const issuers = [`https://login.microsoftonline.com/${tid}/v2.0`, `https://sts.windows.net/${tid}/`];
      if (typeof payload.iss !== 'string' || !issuers.includes(payload.iss)) return { ok: false, reason: 'invalid' };
      if (sso.tenantId && sso.tenantId !== tid) return { ok: false, reason: 'invalid' };
      return { ok: true, aadObjectId: oid, tenantId: tid, via: 'teams-sso' };
    } catch (error) {
      return { ok: false, reason: error instanceof errors.JWTExpired ? 'expired' : 'invalid' };
    }
  }

  return {
    issue,
    async link(memberId, language) {
      const token = await issue(memberId);
      return `${publicUrl}/tab?lang=${language}#token=${token}`;
    },
    async verify(token) {
      if (!token) return { ok: false, reason: 'missing' };
      let alg: string | undefined;
      try {
        alg = decodeProtectedHeader(token).alg;
      } catch {
        return { ok: false, reason: 'invalid' };
      }
      if (alg === 'HS256') return verifyLink(token);
      if (alg === 'RS256') return verifySso(token);
      return { ok: false, reason: 'invalid' };
    },
  };
}
