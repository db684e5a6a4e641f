import type { Request, Response } from 'restify';
import type { Logger } from 'pino';
import type { StaffProfile } from '../../../data/repositories/staff';
import { createStaffRepository } from '../../../data/repositories/staff';
import type { AgentSession, StaffRole } from '../../../data/schema/support';
import type { Db } from '../../../data/types';
import type { Config } from '../../config';
import { HttpProblem } from '../../http/guarded';
import { header, secureRequest } from '../../http/request';
import { parseCookies, sameSecret, serializeCookie, tokenHash } from '../agentAuth';

export const OPS_API = '/api/ops';
export const OPS_SESSION_COOKIE = 'cps_ops_session';
/** Double-submit token for the sign-in form (there is no session yet). */
export const OPS_SIGN_IN_CSRF_COOKIE = 'cps_ops_signin';
export const OPS_CSRF_HEADER = 'x-csrf-token';
export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Who may do what in the operations console; `admin` may do everything. */
export const OPS_AREAS = {
  applications: ['reviewer', 'admin'],
  finance: ['finance', 'admin'],
  funnel: ['admin'],
  legacy: ['admin'],
  reference: ['admin'],
  questions: ['reviewer', 'admin'],
  staff: ['admin'],
} as const satisfies Record<string, readonly StaffRole[]>;
export type OpsArea = keyof typeof OPS_AREAS;

export function areasOf(role: StaffRole): OpsArea[] {
  return (Object.keys(OPS_AREAS) as OpsArea[]).filter((area) => (OPS_AREAS[area] as readonly StaffRole[]).includes(role));
}


export interface SignedInStaff {
  readonly staff: StaffProfile;
  readonly session: AgentSession;
  readonly hash: string;
}

export function bodyOf(req: Request): Record<string, unknown> {
  const value: unknown = req.body;
  if (value === undefined || value === null || value === '') return {};
  if (typeof value !== 'object' || Array.isArray(value)) throw new HttpProblem(400, 'invalid-body');
  return value as Record<string, unknown>;
}

export function idParam(req: Request, name = 'id'): string {
  const id = (req.params as Record<string, unknown> | undefined)?.[name];
  if (typeof id !== 'string' || !UUID.test(id)) throw new HttpProblem(404, 'not-found');
  return id.toLowerCase();
}

/** Sessions, CSRF and roles for the operations console's API. */
export function createOpsGate(db: Db, config: Config, clock: () => Date, log: Logger) {
  const staff = createStaffRepository(db);

  function cookie(req: Request, name: string, value: string, maxAgeSeconds: number): string {
    return serializeCookie(name, value, { maxAgeSeconds, path: OPS_API, secure: secureRequest(req, config.publicUrl) });
  }

  async function signedIn(req: Request): Promise<SignedInStaff | undefined> {
    const token = parseCookies(header(req, 'cookie'))[OPS_SESSION_COOKIE];
    if (!token) return undefined;
    const hash = tokenHash(token);
    const found = await staff.session(hash, clock());
    return found ? { ...found, hash } : undefined;
  }

  /** A foreign Origin, or a missing or wrong CSRF token, is refused. */
  function requireCsrf(req: Request, expected: string | undefined): void {
    const origin = header(req, 'origin');
    if (origin !== undefined) {
      const host = header(req, 'host');
      const allowed = new Set([new URL(config.publicUrl).origin, ...(host ? [`http://${host}`, `https://${host}`] : [])]);
      if (!allowed.has(origin)) throw new HttpProblem(403, 'csrf');
    }
    if (!sameSecret(header(req, OPS_CSRF_HEADER), expected)) throw new HttpProblem(403, 'csrf');
  }

  /** The signed-in staff member, who must have a role for `area` (401 without a session, 403 with the wrong role). */
  async function require(req: Request, area: OpsArea | 'any', change = false): Promise<SignedInStaff> {
    const who = await signedIn(req);
    if (!who) throw new HttpProblem(401, 'sign-in-required');
    if (area !== 'any' && !(OPS_AREAS[area] as readonly StaffRole[]).includes(who.staff.role)) throw new HttpProblem(403, 'forbidden-role');
    if (change) requireCsrf(req, who.session.csrfToken);
    return who;
  }

  /** Security headers, typed problems as JSON, anything else a logged 500 without details. */
  function handle(work: (req: Request, res: Response) => Promise<void>) {
    return async (req: Request, res: Response) => {
      res.setHeader('cache-control', 'no-store');
      res.setHeader('x-content-type-options', 'nosniff');
      res.setHeader('referrer-policy', 'no-referrer');
      try {
        await work(req, res);
      } catch (error) {
        if (error instanceof HttpProblem) {
          if (!res.headersSent) res.send(error.status, { error: error.code, ...error.extra });
          return;
        }
        log.error({ err: error, path: req.path() }, 'operations console request failed');
        if (!res.headersSent) res.send(500, { error: 'internal-error' });
      }
    };
  }

  return { signedIn, require, requireCsrf, handle, cookie };
}

export type OpsGate = ReturnType<typeof createOpsGate>;
