import type { Server } from 'restify';
import type { Db } from '../../../data/types';
import { funnelReport, parseFunnelQuery } from '../../../services/ops/funnel';
import { STAFF_INVOICE_STATUSES, type Reconciliation, type StaffInvoiceStatus } from '../../../services/payments/reconciliation';
import { HttpProblem } from '../../http/guarded';
import { OPS_API, type OpsGate } from './http';

function isInvoiceStatus(value: unknown): value is StaffInvoiceStatus {
  return typeof value === 'string' && (STAFF_INVOICE_STATUSES as readonly string[]).includes(value);
}

/** `GET /api/ops/funnel` (admin; same query and answer as the back office's) and `GET /api/ops/invoices?status=` (finance). */
export function registerOpsReportRoutes(server: Server, deps: { db: Db; gate: OpsGate; clock: () => Date; reconciliation: Reconciliation }): void {
  const { gate } = deps;
  server.get(`${OPS_API}/funnel`, gate.handle(async (req, res) => {
    await gate.require(req, 'funnel');
    const parsed = parseFunnelQuery((req.query ?? {}) as Record<string, unknown>, deps.clock());
    if (!parsed.ok) throw new HttpProblem(400, 'invalid-query', { fields: parsed.fields });
    res.send(200, await funnelReport(deps.db, parsed.query));
  }));

  server.get(`${OPS_API}/invoices`, gate.handle(async (req, res) => {
    await gate.require(req, 'finance');
    const status = ((req.query ?? {}) as Record<string, unknown>)['status'] ?? 'open';
    if (!isInvoiceStatus(status)) throw new HttpProblem(400, 'invalid-status');
    res.send(200, { status, invoices: await deps.reconciliation.invoices(status) });
  }));
}
