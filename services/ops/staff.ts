import { createAuditLog } from '../../data/repositories/audit';
import { createStaffRepository, type StaffProfile } from '../../data/repositories/staff';
import { STAFF_ROLES, type StaffRole } from '../../data/schema/support';
import { withTransaction } from '../../data/transaction';
import type { Db } from '../../data/types';

export const MIN_STAFF_PASSWORD = 12;

export function isStaffRole(value: unknown): value is StaffRole {
  return typeof value === 'string' && (STAFF_ROLES as readonly string[]).includes(value);
}

export interface NewStaffInput {
  readonly email: string;
  readonly displayName: string;
  readonly password: string;
  readonly role: StaffRole;
}

/** Reads and checks a new account from a request body; the names of the wrong fields otherwise. */
export function parseNewStaff(input: Record<string, unknown>): { ok: true; value: NewStaffInput } | { ok: false; fields: string[] } {
  const email = typeof input['email'] === 'string' ? input['email'].trim().toLowerCase() : '';
  const displayName = typeof input['displayName'] === 'string' ? input['displayName'].trim() : '';
  const password = typeof input['password'] === 'string' ? input['password'] : '';
  const role = input['role'];
  const fields = [
    ...(/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email) && email.length <= 254 ? [] : ['email']),
    ...(displayName.length >= 1 && displayName.length <= 80 ? [] : ['displayName']),
    ...(password.length >= MIN_STAFF_PASSWORD && password.length <= 1024 ? [] : ['password']),
    ...(isStaffRole(role) ? [] : ['role']),
  ];
  if (fields.length > 0 || !isStaffRole(role)) return { ok: false, fields };
  return { ok: true, value: { email, displayName, password, role } };
}

/**
 * Staff accounts: create, list, change role. Every change is written to the audit log with who
 * did it (`actor`: `backoffice` or `agent:<id>`).
 */
export function createStaffAdmin(db: Db, clock: () => Date, hashPassword: (password: string) => Promise<string>) {
  const staff = createStaffRepository(db);
  const audit = createAuditLog(db);
  return {
    list: () => withTransaction(db, () => staff.list()),

    /** Undefined when an account with the e-mail exists. */
    async create(actor: string, input: NewStaffInput): Promise<StaffProfile | undefined> {
      const passwordHash = await hashPassword(input.password);
      return withTransaction(db, async () => {
        const created = await staff.create({ email: input.email, displayName: input.displayName, passwordHash, role: input.role });
        if (created) await audit.record({ actor, action: 'staff.create', subject: `agent:${created.id}`, details: { role: created.role }, at: clock() });
        return created;
      });
    },

    /** Undefined when there is no such account. */
    async setRole(actor: string, id: string, role: StaffRole): Promise<StaffProfile | undefined> {
      return withTransaction(db, async () => {
        const changed = await staff.setRole(id, role);
        if (changed) await audit.record({ actor, action: 'staff.role-change', subject: `agent:${id}`, details: { from: changed.before, to: role }, at: clock() });
        return changed?.after;
      });
    },
  };
}

export type StaffAdmin = ReturnType<typeof createStaffAdmin>;
