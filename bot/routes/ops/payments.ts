import type { Server } from 'restify';
import { header } from '../../http/request';
import { createAuditLog } from '../../../data/repositories/audit';
import { withTransaction } from '../../../data/transaction';
import type { Db } from '../../../data/types';
import { StatementError } from '../../../services/payments/camtStatement';
import type { InvoiceFiles } from '../../../services/payments/invoiceFiles';
import type { Reconciliation } from '../../../services/payments/reconciliation';
import { HttpProblem } from '../../http/guarded';
import { bodyOf, idParam, OPS_API, UUID, type OpsGate } from './http';

export const OPS_STATEMENT_PATH = `${OPS_API}/payments/statements`;
const XML_TYPES = new Set(['application/xml', 'text/xml']);

export interface OpsPaymentDeps {
  readonly db: Db;
  readonly gate: OpsGate;
  readonly clock: () => Date;
  readonly reconciliation: Reconciliation;
  readonly invoiceFiles: InvoiceFiles;
}

/**
 * Finance in the console (roles `finance`, `admin`): the invoice PDF inline, a bank statement
 * (camt.053/054) upload with its match result, the unmatched credits and assigning one to an
 * invoice. Uploads and assignments are audited with the staff member as actor.
 */
export function registerOpsPaymentRoutes(server: Server, deps: OpsPaymentDeps): void {
  const { gate, reconciliation } = deps;
  const audit = createAuditLog(deps.db);
  const record = (actor: string, action: string, subject: string, details: Record<string, unknown>) =>
    withTransaction(deps.db, () => audit.record({ actor, action, subject, details, at: deps.clock() }));

  server.get(`${OPS_API}/invoices/:id/pdf`, gate.handle(async (req, res) => {
    await gate.require(req, 'finance');
    const file = await deps.invoiceFiles.render(idParam(req), 'en');
    if (!file) throw new HttpProblem(404, 'not-found');
    res.setHeader('content-type', 'application/pdf');
    res.setHeader('content-disposition', 'inline');
    res.setHeader('content-security-policy', "default-src 'none'; frame-ancestors 'self'");
    res.setHeader('x-frame-options', 'SAMEORIGIN');
    res.sendRaw(200, Buffer.from(file.pdf));
  }));

  server.post(OPS_STATEMENT_PATH, gate.handle(async (req, res) => {
    const who = await gate.require(req, 'finance', true);
    if (!XML_TYPES.has((header(req, 'content-type') ?? '').split(';')[0]?.trim().toLowerCase() ?? '')) throw new HttpProblem(415, 'unsupported-media-type');
    if (typeof req.body !== 'string' || req.body.trim() === '') throw new HttpProblem(400, 'empty');
    try {
      const result = await reconciliation.importStatement(req.body);
      await record(`agent:${who.staff.id}`, 'payments.statement-import', `bank-statement:${result.statementId}`, { matched: result.matched, unmatched: result.unmatched, duplicates: result.duplicates });
      res.send(200, result);
    } catch (error) {
      if (error instanceof StatementError) throw new HttpProblem(400, error.problem);
      throw error;
    }
  }));

  server.get(`${OPS_API}/payments/unmatched`, gate.handle(async (req, res) => {
    await gate.require(req, 'finance');
    res.send(200, { entries: await reconciliation.unmatched() });
  }));

  server.post(`${OPS_API}/payments/:id/assign`, gate.handle(async (req, res) => {
    const who = await gate.require(req, 'finance', true);
    const entryId = idParam(req);
    const invoiceId = bodyOf(req)['invoiceId'];
    if (typeof invoiceId !== 'string' || !UUID.test(invoiceId)) throw new HttpProblem(400, 'invalid-body');
    const outcome = await reconciliation.assign(entryId, invoiceId);
    if (outcome.kind === 'no-entry' || outcome.kind === 'no-invoice') throw new HttpProblem(404, outcome.kind);
    if (outcome.kind === 'not-unmatched' || outcome.kind === 'currency') throw new HttpProblem(409, outcome.kind);
    await record(`agent:${who.staff.id}`, 'payments.assign', `bank-statement-entry:${entryId}`, { invoiceId, invoiceStatus: outcome.status });
    res.send(200, { entryId, invoiceId, invoiceStatus: outcome.status });
  }));
}
