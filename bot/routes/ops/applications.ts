import type { Server } from 'restify';
import { createAuditLog } from '../../../data/repositories/audit';
import type { Application } from '../../../data/schema/businesses';
import { withTransaction } from '../../../data/transaction';
import type { DocumentFacts, FactFinding } from '../../../domain/documentFacts';
import { isLanguage } from '../../../domain/language';
import { checkVatNumber } from '../../../domain/vat';
import { translator } from '../../../locales';
import { createAccountDecisions, DecisionConflictError, MAX_REJECTION_REASON } from '../../../services/account/decisions';
import type { Services } from '../../../services';
import { HttpProblem } from '../../http/guarded';
import { bodyOf, idParam, OPS_API, type OpsGate } from './http';

/** Reasons a reviewer can pick; the member reads them in their own language. */
export const REJECTION_TEMPLATES = ['document-unreadable', 'document-mismatch', 'vat-invalid', 'document-type'] as const;
type RejectionTemplate = (typeof REJECTION_TEMPLATES)[number];

function isTemplate(value: unknown): value is RejectionTemplate {
  return typeof value === 'string' && (REJECTION_TEMPLATES as readonly string[]).includes(value);
}

type Listed = Application & { memberLanguage: string | null; documents: { id: string; mediaType: string; fileName: string | null; byteSize: number; documentType: string }[] };

function documentCheck(facts: DocumentFacts | null) {
  if (!facts) return null;
  const finding = (f: FactFinding | null) => (f ? { status: f.status, found: f.found, line: f.line } : null);
  return { vatNumber: finding(facts.vatNumber), companyName: finding(facts.companyName), readable: facts.readable };
}

/** The VAT number's checksum, checked again with the country's rules (not stored, always current). */
function vatCheck(application: Application): { status: 'valid' | 'invalid' | 'not-registered'; problem?: string } {
  if (!application.vatRegistered || !application.vatNumber || !application.countryCode) return { status: 'not-registered' };
  const check = checkVatNumber(application.countryCode, application.vatNumber);
  return check.ok ? { status: 'valid' } : { status: 'invalid', problem: check.problem };
}

function summary(application: Listed, today: string) {
  const expected = application.expectedDecisionDate;
  return {
    id: application.id,
    reference: application.reference,
    status: application.status,
    companyName: application.companyName,
    country: application.countryCode,
    vatRegistered: application.vatRegistered,
    vat: vatCheck(application),
    submittedAt: application.submittedAt,
    expectedDecisionDate: expected,
    overdue: expected !== null && expected < today,
    memberLanguage: application.memberLanguage,
  };
}

/**
 * The reviewers' API: `GET /api/ops/applications` (pending, overdue first, then the oldest),
 * `GET /api/ops/applications/:id`, the document inline from `…/documents/:documentId`, and
 * `POST …/:id/decision` `{ decision, reason? }` through the account decisions service.
 */
export function registerOpsApplicationRoutes(server: Server, deps: { services: Services; gate: OpsGate }): void {
  const { services, gate } = deps;
  const decisions = createAccountDecisions(services);
  const audit = createAuditLog(services.db);
  const base = `${OPS_API}/applications`;
  const today = () => services.clock().toISOString().slice(0, 10);

  server.get(base, gate.handle(async (req, res) => {
    await gate.require(req, 'applications');
    const pending = await withTransaction(services.db, () => decisions.listByStatus('under-review'));
    const now = today();
    const listed = pending.map((a) => summary(a, now));
    listed.sort((a, b) => Number(b.overdue) - Number(a.overdue) || (a.expectedDecisionDate ?? '').localeCompare(b.expectedDecisionDate ?? '') || String(a.submittedAt).localeCompare(String(b.submittedAt)));
    res.send(200, { today: now, applications: listed });
  }));

  server.get(`${base}/:id`, gate.handle(async (req, res) => {
    const who = await gate.require(req, 'applications');
    const id = idParam(req);
    const found = await withTransaction(services.db, async () => {
      const application = await decisions.byId(id);
      if (!application) return undefined;
      const member = await services.members.byId(application.memberId);
      await audit.record({ actor: `agent:${who.staff.id}`, action: 'application.view', subject: `application:${id}`, at: services.clock() });
      return { ...application, memberLanguage: member?.language ?? null, documents: await decisions.documentsOf(id) };
    });
    if (!found) throw new HttpProblem(404, 'not-found');
    res.send(200, {
      ...summary(found, today()),
      address: found.address,
      vatNumber: found.vatNumber,
      documentType: found.documentType,
      authorised: found.authorised,
      contactEmail: found.contactEmail,
      oldCpsEmail: found.oldCpsEmail,
      decidedAt: found.decidedAt,
      rejectionReason: found.rejectionReason,
      documents: found.documents.map((d) => ({ id: d.id, documentType: d.documentType, fileName: d.fileName, mediaType: d.mediaType, byteSize: d.byteSize, href: `${base}/${id}/documents/${d.id}` })),
      documentCheck: documentCheck(found.documentCheck),
    });
  }));

  server.get(`${base}/:id/documents/:documentId`, gate.handle(async (req, res) => {
    await gate.require(req, 'applications');
    const id = idParam(req);
    const document = await withTransaction(services.db, () => decisions.documentWithContent(id, idParam(req, 'documentId')));
    if (!document) throw new HttpProblem(404, 'not-found');
    // Shown inside the console's page (same origin only), never run as a page of its own.
    res.setHeader('content-type', document.mediaType);
    res.setHeader('content-disposition', 'inline');
    res.setHeader('content-security-policy', "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; frame-ancestors 'self'");
    res.setHeader('x-frame-options', 'SAMEORIGIN');
    res.sendRaw(200, document.content);
  }));

  /** The rejection reason: a template in the member's language, then the reviewer's own words, if any. */
  async function reasonFor(applicationId: string, input: Record<string, unknown>): Promise<string> {
    const own = typeof input['reason'] === 'string' ? input['reason'].trim() : '';
    const template = input['template'];
    if (template !== undefined && template !== null && template !== '' && !isTemplate(template)) throw new HttpProblem(400, 'invalid-template');
    if (!isTemplate(template)) return own;
    const application = await withTransaction(services.db, () => decisions.byId(applicationId));
    const member = application ? await withTransaction(services.db, () => services.members.byId(application.memberId)) : undefined;
    const text = translator(isLanguage(member?.language) ? member.language : 'en')(`account.rejection.${template}`);
    return own === '' ? text : `${text} ${own}`;
  }

  server.get(`${base}/rejection-templates`, gate.handle(async (req, res) => {
    await gate.require(req, 'applications');
    const t = translator('en');
    res.send(200, { templates: REJECTION_TEMPLATES.map((id) => ({ id, text: t(`account.rejection.${id}`) })) });
  }));

  server.post(`${base}/:id/decision`, gate.handle(async (req, res) => {
    const who = await gate.require(req, 'applications', true);
    const id = idParam(req);
    const input = bodyOf(req);
    if (input['decision'] !== 'approve' && input['decision'] !== 'reject') throw new HttpProblem(400, 'invalid-decision');
    const reason = input['decision'] === 'reject' ? await reasonFor(id, input) : '';
    if (input['decision'] === 'reject' && (reason === '' || reason.length > MAX_REJECTION_REASON)) throw new HttpProblem(400, 'reason-required');
    const actor = `agent:${who.staff.id}`;
    let outcome;
    try {
      outcome = await withTransaction(services.db, () => decisions.decide(id, input['decision'] === 'approve' ? { decision: 'approve', actor } : { decision: 'reject', reason, actor }));
    } catch (error) {
      if (error instanceof DecisionConflictError) throw new HttpProblem(409, 'decided-meanwhile');
      throw error;
    }
    if (outcome.kind === 'not-found') throw new HttpProblem(404, 'not-found');
    if (outcome.kind === 'not-under-review') throw new HttpProblem(409, 'not-under-review', { status: outcome.status });
    res.send(200, { id, status: outcome.application.status, rejectionReason: outcome.application.rejectionReason });
  }));
}
