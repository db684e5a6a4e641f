import type { Request, Response, Server } from 'restify';
import { STAFF_ROLES } from '../../../data/schema/support';
import { isStaffRole, parseNewStaff, type StaffAdmin } from '../../../services/ops/staff';
import { requireBackoffice } from '../backofficeAuth';
import { HttpProblem } from '../../http/guarded';
import { bodyOf, idParam, OPS_API, type OpsGate } from './http';

/** The three staff operations, for whoever `actorOf` names (the back office or a signed-in admin). */
function staffHandlers(staff: StaffAdmin) {
  return {
    async list(res: Response): Promise<void> {
      res.send(200, { roles: STAFF_ROLES, staff: await staff.list() });
    },
    async create(req: Request, res: Response, actor: string): Promise<void> {
      const parsed = parseNewStaff(bodyOf(req));
      if (!parsed.ok) throw new HttpProblem(400, 'invalid-staff', { fields: parsed.fields });
      const created = await staff.create(actor, parsed.value);
      if (!created) throw new HttpProblem(409, 'staff-exists');
      res.send(201, created);
    },
    async setRole(req: Request, res: Response, actor: string): Promise<void> {
      const id = idParam(req);
      const role = bodyOf(req)['role'];
      if (!isStaffRole(role)) throw new HttpProblem(400, 'invalid-staff', { fields: ['role'] });
      const changed = await staff.setRole(actor, id, role);
      if (!changed) throw new HttpProblem(404, 'not-found');
      res.send(200, changed);
    },
  };
}

/**
 * Staff accounts, for admins in the console (`/api/ops/staff`, CSRF on changes) and for the back
 * office (`/api/backoffice/staff`, bearer token): list, create `{ email, displayName, password, role }`,
 * change role `POST …/:id/role { role }`. Both write every change to the audit log.
 */
export function registerStaffRoutes(server: Server, deps: { staff: StaffAdmin; gate: OpsGate; backofficeToken: string | undefined }): void {
  const { gate } = deps;
  const handlers = staffHandlers(deps.staff);
  const backoffice = requireBackoffice({ backofficeToken: deps.backofficeToken });

  server.get(`${OPS_API}/staff`, gate.handle(async (req, res) => {
    await gate.require(req, 'staff');
    await handlers.list(res);
  }));
  server.post(`${OPS_API}/staff`, gate.handle(async (req, res) => {
    const who = await gate.require(req, 'staff', true);
    await handlers.create(req, res, `agent:${who.staff.id}`);
  }));
  server.post(`${OPS_API}/staff/:id/role`, gate.handle(async (req, res) => {
    const who = await gate.require(req, 'staff', true);
    if (idParam(req) === who.staff.id) throw new HttpProblem(409, 'own-role');
    await handlers.setRole(req, res, `agent:${who.staff.id}`);
  }));

  server.get('/api/backoffice/staff', backoffice, gate.handle(async (_req, res) => handlers.list(res)));
  server.post('/api/backoffice/staff', backoffice, gate.handle(async (req, res) => handlers.create(req, res, 'backoffice')));
  server.post('/api/backoffice/staff/:id/role', backoffice, gate.handle(async (req, res) => handlers.setRole(req, res, 'backoffice')));
}
