import { differentVatCard } from '../../cards/documentCheck';
import { createApplicationRepository } from '../../data/repositories/applications';
import type { Application } from '../../data/schema/businesses';
import type { DocumentFacts, TypedFacts } from '../../domain/documentFacts';
import { sniffDocumentType } from '../../domain/documents';
import { checkVatNumber } from '../../domain/vat';
import type { ChatMessage } from '../../jobs/notifier';
import type { JobHandler } from '../../jobs/runner';
import type { Translate } from '../../locales';
import { checkUploadedDocument } from '../../services/documents/checkDocument';
import type { CardActionInput } from '../cardAction';
import { sendText } from '../replies';
import type { Services } from '../../services';
import { formatVatNumber } from './format';
import type { Step } from '../step';

/** Job kind: read the application's uploaded document and compare it with what the member typed. */
export const DOCUMENT_READ_JOB = 'document.read';

/** What needs the member's attention in a document, if anything. */
export type DocumentAttention =
  | { readonly kind: 'different-vat'; readonly found: string; readonly typed: string }
  | { readonly kind: 'name-missing' }
  | { readonly kind: 'unreadable' };

/**
 * Only clear evidence is worth a message: nothing readable, another VAT number shown clearly,
 * or a company name not found (or labelled differently). "Couldn't confirm" (OCR may have misread)
 * and a match say nothing; staff see the facts either way.
 */
export function attentionFor(facts: DocumentFacts, typedVatNumber: string | null): DocumentAttention | undefined {
  if (!facts.readable) return { kind: 'unreadable' };
  const vat = facts.vatNumber;
  if (vat?.status === 'different' && vat.found !== null && typedVatNumber !== null) return { kind: 'different-vat', found: vat.found, typed: typedVatNumber };
  if (facts.companyName.status === 'not-found' || facts.companyName.status === 'different') return { kind: 'name-missing' };
  return undefined;
}

function isOpen(application: Application): boolean {
  return application.status === 'draft' || application.status === 'under-review';
}

/**
 * Reading the supporting document off the turn (issue 22): the turn that stores a document
 * schedules `document.read`; the job reads it in the reader threads, keeps the facts on the
 * application (`document_check`) and tells the member only when something needs them. The
 * member's answers (`account.useDocumentVat`, `account.keepTypedVat`) never block sending.
 */
export function createDocumentChecks(services: Services) {
  const applications = createApplicationRepository(services.db);

  /** In the turn's transaction, right after the document is stored: the job exists only if the document does. */
  async function schedule(applicationId: string, documentId: string): Promise<void> {
    await services.jobs.enqueue({
      kind: DOCUMENT_READ_JOB,
      payload: { applicationId, documentId },
      dedupeKey: `${DOCUMENT_READ_JOB}:${documentId}`,
      maxAttempts: 3,
    });
  }

  function render(application: Application, attention: DocumentAttention): (t: Translate) => ChatMessage {
    return (t) => {
      switch (attention.kind) {
        case 'different-vat': {
          const view = { applicationId: application.id, foundVatNumber: attention.found, foundDisplay: formatVatNumber(attention.found), typedDisplay: formatVatNumber(attention.typed) };
          return { text: t('account.documentCheck.differentVat', { found: view.foundDisplay, typed: view.typedDisplay }), card: differentVatCard(view, t) };
        }
        case 'name-missing':
          return { text: t('account.documentCheck.nameMissing', { company: application.companyName ?? '' }) };
        case 'unreadable':
          return { text: t('account.documentCheck.unreadable') };
      }
    };
  }

  /** Runs outside any transaction: short reads, the reading (seconds, in a reader thread), the chat message, then one short write. */
  const readJob: JobHandler = async (payload, { log, complete }) => {
    const applicationId = payload['applicationId'];
    const documentId = payload['documentId'];
    if (typeof applicationId !== 'string' || typeof documentId !== 'string') throw new Error('document.read without applicationId and documentId');
    const application = await applications.byId(applicationId);
    const document = application ? await applications.documentWithContent(applicationId, documentId) : undefined;
    const mediaType = document ? sniffDocumentType(document.content) : undefined;
    if (!application || !document || !mediaType || !application.countryCode || !application.companyName) {
      log.info({ applicationId }, 'document replaced or application incomplete: nothing to read');
      return;
    }
    const typedVat = application.vatRegistered ? application.vatNumber : null;
    const typed: TypedFacts = { countryCode: application.countryCode, companyName: application.companyName, vatNumber: typedVat };
    const { facts, reading } = await checkUploadedDocument(services.documents, { bytes: document.content, mediaType }, typed);
    log.info(
      { applicationId, readable: facts.readable, how: reading.readable ? reading.method : reading.reason, ms: reading.ms, vatNumber: facts.vatNumber?.status ?? null, companyName: facts.companyName.status },
      'document read',
    );

    const attention = attentionFor(facts, typedVat);
    // Still this application's document, and still open? (A newer upload has its own job.)
    const current = await applications.byId(applicationId);
    const stillCurrent = current !== undefined && isOpen(current) && (await applications.documentOf(applicationId))?.id === documentId;
    if (attention && current && stillCurrent) {
      // Advice, not a step of the application: a channel that cannot be reached does not repeat the reading.
      try {
        await services.notifier.notify(current.memberId, render(current, attention));
      } catch (error) {
        log.warn({ err: error, applicationId }, 'could not tell the member what their document shows');
      }
    }
    await complete(async () => {
      await applications.saveDocumentCheck(applicationId, documentId, facts);
    });
  };

  /** The member's open application the card was about, if it is theirs. */
  async function ownOpenApplication(step: Step, data: Readonly<Record<string, unknown>>): Promise<Application | undefined> {
    const applicationId = data['applicationId'];
    if (typeof applicationId !== 'string' || applicationId.length > 64) return undefined;
    const application = await applications.currentFor(step.turn.memberId);
    return application && application.id === applicationId && isOpen(application) ? application : undefined;
  }

  /**
   * "Use the document's number": re-checked on the server — the number must be the one the
   * reading found for this application's current document, and a valid VAT number of its country.
   */
  async function useDocumentVat(step: Step, action: CardActionInput): Promise<boolean> {
    const { turn } = step;
    const application = await ownOpenApplication(step, action.data);
    const requested = action.data['vatNumber'];
    const found = application?.documentCheck?.vatNumber;
    const check = application?.countryCode && typeof requested === 'string' && requested.length <= 32 ? checkVatNumber(application.countryCode, requested) : undefined;
    if (!application || !check?.ok || found?.status !== 'different' || found.found !== check.normalised) {
      await sendText(step, turn.t('account.documentCheck.stale'));
      return false;
    }
    if (!(await applications.useDocumentVatNumber(application.id, turn.memberId, check.normalised))) {
      await sendText(step, turn.t('account.documentCheck.stale'));
      return false;
    }
    await sendText(step, turn.t('account.documentCheck.vatUpdated', { vatNumber: formatVatNumber(check.normalised) }));
    return true;
  }

  /** "Keep mine": nothing changes; another document may follow. */
  async function keepTypedVat(step: Step, action: CardActionInput): Promise<void> {
    const { turn } = step;
    const application = await ownOpenApplication(step, action.data);
    if (!application?.vatNumber) {
      await sendText(step, turn.t('account.documentCheck.stale'));
      return;
    }
    await sendText(step, turn.t('account.documentCheck.kept', { typed: formatVatNumber(application.vatNumber) }));
  }

  return { schedule, readJob, useDocumentVat, keepTypedVat };
}

export type DocumentChecks = ReturnType<typeof createDocumentChecks>;
