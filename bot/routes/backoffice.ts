import type { Request, Server } from 'restify';
import { z } from 'zod';
import type { ApplicationStatus } from '../../data/schema/businesses';
import { withTransaction } from '../../data/transaction';
import type { DocumentFacts, FactFinding } from '../../domain/documentFacts';
import { createAccountDecisions, DecisionConflictError, MAX_REJECTION_REASON, type AccountDecisions } from '../../services/account/decisions';
import type { Services } from '../../services';
import { guardedBy } from '../http/guarded';
import { downloadHeaders } from '../http/securityHeaders';
import { requireBackoffice } from './backofficeAuth';

export interface BackofficeDeps {
  /** `BACKOFFICE_TOKEN`; undefined = the back office is disabled (every call answers 503). */
  readonly token: string | undefined;
  readonly services: Services;
}


const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** `pending` is what the back office waits on: applications under review. */
const STATUS_QUERY: Readonly<Record<string, ApplicationStatus>> = {
  pending: 'under-review',
  'under-review': 'under-review',
  approved: 'approved',
  rejected: 'rejected',
  draft: 'draft',
};

const decisionBody = z.discriminatedUnion('decision', [
  z.object({ decision: z.literal('approve'), reason: z.string().max(MAX_REJECTION_REASON).optional() }),
  z.object({ decision: z.literal('reject'), reason: z.string().trim().min(1, 'a rejection needs a reason for the member').max(MAX_REJECTION_REASON) }),
]);

function param(req: Request, name: string): string {
  const params = req.params as Record<string, unknown> | undefined;
  const value = params?.[name];
  return typeof value === 'string' ? value : '';
}

/** An ASCII-only file name for Content-Disposition (the original, in full, is in the JSON listing). */
function dispositionName(name: string | null, fallback: string): string {
  const ascii = (name ?? '').replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_').trim();
  return ascii === '' ? fallback : ascii;
}

const documentHref = (applicationId: string, documentId: string): string => `/api/backoffice/applications/${applicationId}/documents/${documentId}`;

/** What the bot read in the document, for staff: per fact its status, the value found and the line it came from; null until read. */
function presentDocumentCheck(facts: DocumentFacts | null) {
  if (!facts) return null;
  const finding = (f: FactFinding | null) => (f ? { status: f.status, found: f.found, line: f.line } : null);
  return { vatNumber: finding(facts.vatNumber), companyName: finding(facts.companyName), readable: facts.readable };
}

function present(application: Awaited<ReturnType<AccountDecisions['listByStatus']>>[number]) {
  return {
    id: application.id,
    reference: application.reference,
    status: application.status,
    memberId: application.memberId,
    memberLanguage: application.memberLanguage,
    country: application.countryCode,
    companyName: application.companyName,
    address: application.address,
    vatRegistered: application.vatRegistered,
    vatNumber: application.vatNumber,
    documentType: application.documentType,
    authorised: application.authorised,
    contactEmail: application.contactEmail,
    oldCpsEmail: application.oldCpsEmail,
    submittedAt: application.submittedAt,
    expectedDecisionDate: application.expectedDecisionDate,
    decidedAt: application.decidedAt,
    decidedBy: application.decidedBy,
    rejectionReason: application.rejectionReason,
    businessId: application.businessId,
    documents: application.documents.map((d) => ({
      id: d.id,
      documentType: d.documentType,
      fileName: d.fileName,
      mediaType: d.mediaType,
      byteSize: d.byteSize,
      sha256: d.sha256,
      uploadedAt: d.uploadedAt,
      href: documentHref(application.id, d.id),
    })),
    documentCheck: presentDocumentCheck(application.documentCheck),
  };
}

/**
 * Back-office HTTP API for business-account applications (docs/contracts.md, "HTTP"), all behind
 * `requireBackoffice` (bot/routes/backofficeAuth.ts):
 * - `GET /api/backoffice/applications?status=pending` (also `approved`, `rejected`, `draft`)
 * - `GET /api/backoffice/applications/:id`
 * - `GET /api/backoffice/applications/:id/documents/:documentId` (the file's bytes)
 * - `POST /api/backoffice/applications/:id/decision` `{ decision: "approve"|"reject", reason? }`
 */
export function registerBackofficeRoutes(server: Server, deps: BackofficeDeps): void {
  const { services } = deps;
  const decisions = createAccountDecisions(services);
  const log = services.log.child({ area: 'backoffice' });
  const backoffice = requireBackoffice({ backofficeToken: deps.token });

  const guarded = guardedBy(log, 'back-office request failed');

  server.get('/api/backoffice/applications', backoffice, guarded(async (req, res) => {
    const query = (req.query ?? {}) as Record<string, unknown>;
    const requested = typeof query['status'] === 'string' ? query['status'] : 'pending';
    const status = STATUS_QUERY[requested];
    if (!status) {
      res.send(400, { error: `status must be one of ${Object.keys(STATUS_QUERY).join(', ')}` });
      return;
    }
    const applications = await withTransaction(services.db, () => decisions.listByStatus(status));
    res.send(200, { status: requested, applications: applications.map(present) });
  }));

  server.get('/api/backoffice/applications/:id', backoffice, guarded(async (req, res) => {
    const id = param(req, 'id');
    const found = UUID.test(id)
      ? await withTransaction(services.db, async () => {
          const application = await decisions.byId(id);
          if (!application) return undefined;
          const member = await services.members.byId(application.memberId);
          return { ...application, memberLanguage: member?.language ?? null, documents: await decisions.documentsOf(id) };
        })
      : undefined;
    if (!found) {
      res.send(404, { error: 'no such application' });
      return;
    }
    res.send(200, present(found));
  }));

  server.get('/api/backoffice/applications/:id/documents/:documentId', backoffice, guarded(async (req, res) => {
    const id = param(req, 'id');
    const documentId = param(req, 'documentId');
    // Both ids must match: a document is only ever served through its own application.
    const document = UUID.test(id) && UUID.test(documentId) ? await withTransaction(services.db, () => decisions.documentWithContent(id, documentId)) : undefined;
    if (!document) {
      res.send(404, { error: 'no such document for this application' });
      return;
    }
    res.setHeader('content-type', document.mediaType);
    res.setHeader('content-disposition', `attachment; filename="${dispositionName(document.fileName, `${document.id}`)}"`);
    downloadHeaders(res);
    res.sendRaw(200, document.content);
  }));

  server.post('/api/backoffice/applications/:id/decision', backoffice, guarded(async (req, res) => {
    const id = param(req, 'id');
    const body = decisionBody.safeParse(req.body);
    if (!body.success) {
      res.send(400, { error: body.error.issues.map((issue) => `${issue.path.join('.') || 'body'}: ${issue.message}`).join('; ') });
      return;
    }
    if (!UUID.test(id)) {
      res.send(404, { error: 'no such application' });
      return;
    }
    const input = body.data.decision === 'approve' ? { decision: 'approve' as const, actor: 'backoffice' } : { decision: 'reject' as const, reason: body.data.reason, actor: 'backoffice' };
    let outcome;
    try {
      outcome = await withTransaction(services.db, () => decisions.decide(id, input));
    } catch (error) {
      if (!(error instanceof DecisionConflictError)) throw error;
      log.warn({ applicationId: id }, 'concurrent decision lost');
      res.send(409, { error: 'the application was decided by someone else meanwhile' });
      return;
    }
    switch (outcome.kind) {
      case 'not-found':
        res.send(404, { error: 'no such application' });
        return;
      case 'not-under-review':
        res.send(409, { error: `the application is ${outcome.status}, not under review`, status: outcome.status });
        return;
      case 'decided': {
        const application = outcome.application;
        log.info({ applicationId: id, reference: application.reference, status: application.status }, 'application decided');
        res.send(200, {
          id: application.id,
          reference: application.reference,
          status: application.status,
          businessId: application.businessId,
          rejectionReason: application.rejectionReason,
          decidedAt: application.decidedAt,
        });
        return;
      }
    }
  }));
}
