import type { Request, Response, Server } from 'restify';
import type { Logger } from 'pino';
import { z } from 'zod';
import { isLanguage } from '../../domain/language';
import { StatementError } from '../../services/payments/camtStatement';
import type { InvoiceFiles } from '../../services/payments/invoiceFiles';
import { STAFF_INVOICE_STATUSES, type Reconciliation, type StaffInvoiceStatus } from '../../services/payments/reconciliation';
import { guardedBy } from '../http/guarded';
import { downloadHeaders } from '../http/securityHeaders';
import { requireBackoffice } from './backofficeAuth';

/** Where staff upload bank statements (it takes a larger body than the other API routes, see bot/app.ts). */
export const STATEMENT_UPLOAD_PATH = '/api/backoffice/payments/statements';

export interface BackofficePaymentDeps {
  readonly token: string | undefined;
  readonly log: Logger;
  readonly reconciliation: Reconciliation;
  readonly invoiceFiles: InvoiceFiles;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const XML_TYPES = new Set(['application/xml', 'text/xml']);
const assignBody = z.object({ invoiceId: z.string().regex(UUID, 'must be an invoice id (UUID)') }).strict();

function param(req: Request, name: string): string {
  const value = (req.params as Record<string, unknown> | undefined)?.[name];
  return typeof value === 'string' ? value : '';
}

function isStaffStatus(value: unknown): value is StaffInvoiceStatus {
  return typeof value === 'string' && (STAFF_INVOICE_STATUSES as readonly string[]).includes(value);
}

/** A refusal the uploader can act on: a stable code and a sentence; never the file's content or a stack. */
function problem(res: Response, status: number, error: string, detail: string): void {
  res.send(status, { error, detail });
}

/**
 * Invoices and money received, for staff (bearer `BACKOFFICE_TOKEN`, like every back-office route):
 * - `GET /api/backoffice/invoices?status=open|paid|overdue`
 * - `GET /api/backoffice/invoices/:id/pdf[?lang=da|sv|nl|en]`
 * - `POST /api/backoffice/payments/statements` (camt.053/camt.054, `Content-Type: application/xml`)
 * - `GET /api/backoffice/payments/unmatched`
 * - `POST /api/backoffice/payments/:entryId/assign` `{ invoiceId }`
 * The work is in services/payments/reconciliation.ts; these handlers only check and translate.
 */
export function registerBackofficePaymentRoutes(server: Server, deps: BackofficePaymentDeps): void {
  const { reconciliation, invoiceFiles } = deps;
  const log = deps.log.child({ area: 'backoffice-payments' });
  const backoffice = requireBackoffice({ backofficeToken: deps.token });
  const guarded = guardedBy(log, 'back-office payments request failed');

  server.get('/api/backoffice/invoices', backoffice, guarded(async (req, res) => {
    const status = (req.query as Record<string, unknown> | undefined)?.['status'] ?? 'open';
    if (!isStaffStatus(status)) {
      problem(res, 400, 'invalid-status', `status must be one of ${STAFF_INVOICE_STATUSES.join(', ')}`);
      return;
    }
    res.send(200, await reconciliation.invoices(status));
  }));

  server.get('/api/backoffice/invoices/:id/pdf', backoffice, guarded(async (req, res) => {
    const id = param(req, 'id');
    const lang = (req.query as Record<string, unknown> | undefined)?.['lang'];
    const file = UUID.test(id) ? await invoiceFiles.render(id, isLanguage(lang) ? lang : 'en') : undefined;
    if (!file) {
      problem(res, 404, 'no-such-invoice', 'no invoice with this id');
      return;
    }
    res.setHeader('content-type', 'application/pdf');
    res.setHeader('content-disposition', `attachment; filename="${file.fileName}"`);
    downloadHeaders(res);
    res.sendRaw(200, Buffer.from(file.pdf));
  }));

  server.post(STATEMENT_UPLOAD_PATH, backoffice, guarded(async (req, res) => {
    const mediaType = (req.header('content-type') ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
    if (!XML_TYPES.has(mediaType)) {
      problem(res, 415, 'unsupported-media-type', 'send the camt.053 or camt.054 file as the body with Content-Type: application/xml');
      return;
    }
    if (typeof req.body !== 'string' || req.body.trim() === '') {
      problem(res, 400, 'empty', 'the body is empty: send the camt.053 or camt.054 file');
      return;
    }
    try {
      const result = await reconciliation.importStatement(req.body);
      log.info({ statementId: result.statementId, matched: result.matched, unmatched: result.unmatched, duplicates: result.duplicates }, 'bank statement imported');
      res.send(200, result);
    } catch (error) {
      if (!(error instanceof StatementError)) throw error;
      log.warn({ problem: error.problem }, 'bank statement refused');
      problem(res, 400, error.problem, error.message);
    }
  }));

  server.get('/api/backoffice/payments/unmatched', backoffice, guarded(async (_req, res) => {
    res.send(200, await reconciliation.unmatched());
  }));

  server.post('/api/backoffice/payments/:entryId/assign', backoffice, guarded(async (req, res) => {
    const entryId = param(req, 'entryId');
    const body = assignBody.safeParse(req.body);
    if (!body.success) {
      problem(res, 400, 'invalid-body', body.error.issues.map((i) => `${i.path.join('.') || 'body'}: ${i.message}`).join('; '));
      return;
    }
    if (!UUID.test(entryId)) {
      problem(res, 404, 'no-such-entry', 'no statement entry with this id');
      return;
    }
    const outcome = await reconciliation.assign(entryId, body.data.invoiceId);
    switch (outcome.kind) {
      case 'assigned':
        log.info({ entryId, invoiceId: outcome.invoiceId, invoiceStatus: outcome.status }, 'statement entry assigned');
        res.send(200, { entryId: outcome.entryId, invoiceId: outcome.invoiceId, invoiceStatus: outcome.status });
        return;
      case 'no-entry':
        problem(res, 404, 'no-such-entry', 'no statement entry with this id');
        return;
      case 'no-invoice':
        problem(res, 404, 'no-such-invoice', 'no invoice with this id');
        return;
      case 'not-unmatched':
        problem(res, 409, 'not-unmatched', `the entry is ${outcome.status}, not unmatched`);
        return;
      case 'currency':
        problem(res, 409, 'currency', `the entry is in ${outcome.entryCurrency}, the invoice in ${outcome.invoiceCurrency}`);
        return;
    }
  }));
}
