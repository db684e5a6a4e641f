import type { TurnContext } from 'botbuilder';
import type { DialogContext, DialogInstance, DialogTurnResult } from 'botbuilder-dialogs';
import { Dialog } from '../dialogKit';
import { accountFormCard, type AccountFormField } from '../../cards/accountForm';
import { accountSummaryCard } from '../../cards/accountSummary';
import type { ApplicationRepository, ApplicationValues } from '../../data/repositories/applications';
import type { Application } from '../../data/schema/businesses';
import {
  APPLICATION_FIELDS,
  checkApplicationForm,
  formOf,
  readApplicationForm,
  MAX_ADDRESS,
  MAX_COMPANY_NAME,
  stageOf,
  type ApplicationErrors,
  type ApplicationField,
  type ApplicationForm,
  type ApplicationStage,
  type FieldError,
} from '../../domain/application';
import { expectedDecisionDate } from '../../domain/businessDays';
import { isRecord } from '../../domain/records';
import { countryChoices, countryName } from '../../domain/countryNames';
import { checkDocument, isDocumentType, type DocumentType } from '../../domain/documents';
import type { MessageKey } from '../../locales';
import { matchAccountIntent } from '../../locales/account/intents';
import { sendCard, sendMenu, sendText } from '../replies';
import type { Services } from '../../services';
import { VersionedDialog } from '../versionedDialog';
import type { ReceivedFile } from './attachments';
import type { DocumentChecks } from './documentCheck';
import { formatDate, formatFileSize } from './format';
import { passwordAdvice, statusReply } from './status';
import { replyTargetOf, stepOf, type ReplyTarget, type Step } from '../step';

export const APPLICATION_DIALOG = 'account.application';
const FLOW_DIALOG = 'account.application.flow';

/**
 * Persisted with the conversation's dialog state, so a half-typed application survives restarts.
 * The stage is not stored: it follows from the form, the stored document and `editing` (stageOf).
 */
interface ApplicationState {
  applicationId: string;
  /** What the member typed last, even when invalid: the card is re-shown with it. */
  form: ApplicationForm;
  /** The member pressed "edit" and has not submitted the card since: the card stays up. */
  editing: boolean;
}

const STATE_KEY = 'application';

/**
 * The stored state, or undefined when it is not one (stored JSON is untrusted). A state stored
 * before the stage was derived carries `stage`: its 'form' kept the card up, as `editing` does now.
 */
function parseApplicationState(value: unknown): ApplicationState | undefined {
  if (!isRecord(value)) return undefined;
  const form = value['form'];
  if (typeof value['applicationId'] !== 'string' || !isRecord(form) || !APPLICATION_FIELDS.every((field) => typeof form[field] === 'string')) return undefined;
  const editing = typeof value['editing'] === 'boolean' ? value['editing'] : value['stage'] === 'form';
  return { applicationId: value['applicationId'], form: Object.fromEntries(APPLICATION_FIELDS.map((field) => [field, form[field]])) as ApplicationForm, editing };
}

const YOUR_DOCUMENT: Readonly<Record<DocumentType, MessageKey>> = {
  'vat-certificate': 'account.yourDocument.vat-certificate',
  'company-invoice': 'account.yourDocument.company-invoice',
  'business-licence': 'account.yourDocument.business-licence',
  'articles-of-association': 'account.yourDocument.articles-of-association',
};

export interface ApplicationDialogDeps {
  readonly services: Services;
  readonly applications: ApplicationRepository;
  readonly documentChecks: DocumentChecks;
}

/** The values of an earlier application, to pre-fill a new draft (a rejected application being fixed). */
function valuesOf(application: Application): Partial<ApplicationValues> {
  return {
    ...(application.countryCode ? { countryCode: application.countryCode } : {}),
    ...(application.companyName ? { companyName: application.companyName } : {}),
    ...(application.address ? { address: application.address } : {}),
    ...(application.vatRegistered !== null ? { vatRegistered: application.vatRegistered } : {}),
    vatNumber: application.vatNumber,
    ...(application.documentType ? { documentType: application.documentType } : {}),
    authorised: application.authorised,
    ...(application.contactEmail ? { contactEmail: application.contactEmail } : {}),
    oldCpsEmail: application.oldCpsEmail,
  };
}

/**
 * The steps of one application, as a small state machine whose state lives in the dialog stack:
 * form card → supporting document → summary → submitted. Card verbs (`account.submit`,
 * `account.confirm`, `account.edit`) and files may arrive in any stage; each is re-validated.
 */
class ApplicationFlow extends Dialog {
  constructor(private readonly deps: ApplicationDialogDeps) {
    super(FLOW_DIALOG);
  }

  override async beginDialog(dc: DialogContext): Promise<DialogTurnResult> {
    const step = stepOf(dc);
    const { turn } = step;
    const { applications } = this.deps;
    const latest = await applications.currentFor(turn.memberId);
    const open = latest?.status === 'draft' || latest?.status === 'under-review' ? latest : undefined;
    if (latest && (latest.status === 'under-review' || latest.status === 'approved')) {
      await this.sendStatus(step, latest);
      return step.dc.endDialog();
    }
    let draft = open;
    if (!draft) {
      const rejected = latest?.status === 'rejected' ? latest : undefined;
      draft = await applications.ensureDraft(turn.memberId, rejected ? valuesOf(rejected) : {});
      if (!draft) {
        await this.sendStatus(step, await applications.openFor(turn.memberId));
        return step.dc.endDialog();
      }
      if (rejected) {
        await applications.copyDocuments(rejected.id, draft.id);
        // The kept document is read again for the new application (its facts belong to each application).
        const kept = await applications.documentOf(draft.id);
        if (kept) await this.deps.documentChecks.schedule(draft.id, kept.id);
      }
    }
    const state: ApplicationState = { applicationId: draft.id, form: formOf(draft), editing: false };
    this.saveState(step.dc, state);
    return this.handle(step, state, true);
  }

  override async continueDialog(dc: DialogContext): Promise<DialogTurnResult> {
    const state = parseApplicationState(dc.activeDialog?.state[STATE_KEY]);
    if (!state) return dc.replaceDialog(FLOW_DIALOG);
    // Stored back as parsed: the state changed below is the one saved with the turn.
    this.saveState(dc, state);
    return this.handle(stepOf(dc), state, false);
  }

  override async repromptDialog(context: TurnContext, instance: DialogInstance): Promise<void> {
    const state = parseApplicationState((instance.state as Record<string, unknown>)[STATE_KEY]);
    if (state) await this.prompt(replyTargetOf(context), state);
  }

  private saveState(dc: DialogContext, state: ApplicationState): void {
    const instance = dc.activeDialog;
    if (instance) (instance.state as Record<string, unknown>)[STATE_KEY] = state;
  }

  /** Where the application stands now (domain stageOf over the form, the stored document and `editing`). */
  private async stage(state: ApplicationState): Promise<ApplicationStage> {
    return stageOf({
      form: state.form,
      participatingCountries: await this.participating(),
      hasDocument: (await this.deps.applications.documentOf(state.applicationId)) !== undefined,
      editing: state.editing,
    });
  }

  private async handle(step: Step, state: ApplicationState, beginning: boolean): Promise<DialogTurnResult> {
    const { turn } = step;
    const action = turn.cardAction.kind === 'action' ? turn.cardAction.action : undefined;
    const file = turn.file;
    switch (action?.verb) {
      case 'account.submit':
        return this.onSubmit(step, state, action.data, file);
      case 'account.confirm':
        return this.onConfirm(step, state);
      case 'account.edit':
        state.editing = true;
        await this.showForm(step, state.form, {});
        return Dialog.EndOfTurn;
      default:
        break;
    }
    if (file) return this.onFile(step, state, file);
    // Starting, or "continue my application" pressed while it waits: show what the current stage needs.
    if (beginning || action?.verb === 'account.apply') {
      await this.prompt(step, state);
      return Dialog.EndOfTurn;
    }
    const text = step.context.activity.text?.trim();
    const intent = matchAccountIntent(text);
    if (intent === 'password') await sendText(step, passwordAdvice(await this.deps.applications.latestFor(turn.memberId), turn.t, turn.language));
    else if (intent === 'status') await this.sendStatus(step, await this.deps.applications.byId(state.applicationId));
    await sendText(step, this.waitingMessage(step, state, await this.stage(state)));
    return Dialog.EndOfTurn;
  }

  private waitingMessage(step: ReplyTarget, state: ApplicationState, stage: ApplicationStage): string {
    const { t } = step.turn;
    if (stage === 'summary') return t('account.summary.waiting');
    if (stage === 'document' && isDocumentType(state.form.documentType)) {
      return t('account.document.waiting', { yourDocument: t(YOUR_DOCUMENT[state.form.documentType]) });
    }
    return t('account.form.waiting');
  }

  /** Shows what the current stage needs from the member. */
  private async prompt(step: ReplyTarget, state: ApplicationState): Promise<void> {
    const stage = await this.stage(state);
    if (stage === 'summary' && (await this.showSummary(step, state))) return;
    if (stage !== 'form' && isDocumentType(state.form.documentType)) {
      await this.askDocument(step, state.form.vatRegistered === 'true', state.form.documentType);
      return;
    }
    await this.showForm(step, state.form, {});
  }

  private async onSubmit(step: Step, state: ApplicationState, data: Readonly<Record<string, unknown>>, file: ReceivedFile | undefined): Promise<DialogTurnResult> {
    const { turn } = step;
    const form = readApplicationForm(data);
    state.form = form;
    state.editing = false;
    const received = file ? await this.receiveFile(step, state, file, form.documentType) : false;

    const check = checkApplicationForm(form, await this.participating());
    if (!check.ok) {
      if (received) await sendText(step, turn.t('account.document.receivedCompleteForm', received));
      await this.showForm(step, form, check.errors);
      return Dialog.EndOfTurn;
    }
    if (!(await this.deps.applications.saveDraft(state.applicationId, turn.memberId, check.application))) {
      await this.sendStatus(step, await this.deps.applications.latestFor(turn.memberId));
      return step.dc.endDialog();
    }
    state.form = formOf(check.application);
    if (!(await this.deps.applications.documentOf(state.applicationId))) {
      // A file on this very message that was refused has already been explained.
      if (!file) await this.askDocument(step, check.application.vatRegistered, check.application.documentType);
      return Dialog.EndOfTurn;
    }
    await this.showSummary(step, state);
    return Dialog.EndOfTurn;
  }

  private async onFile(step: Step, state: ApplicationState, file: ReceivedFile): Promise<DialogTurnResult> {
    const { t } = step.turn;
    const received = await this.receiveFile(step, state, file, state.form.documentType);
    if (!received) {
      if (!isDocumentType(state.form.documentType)) await this.showForm(step, state.form, {});
      return Dialog.EndOfTurn;
    }
    if ((await this.stage(state)) === 'form') {
      await sendText(step, t('account.document.receivedCompleteForm', received));
      await this.showForm(step, state.form, {});
      return Dialog.EndOfTurn;
    }
    await sendText(step, t('account.document.received', received));
    await this.showSummary(step, state);
    return Dialog.EndOfTurn;
  }

  private async onConfirm(step: Step, state: ApplicationState): Promise<DialogTurnResult> {
    const { turn } = step;
    const { applications, services } = this.deps;
    const draft = await applications.byId(state.applicationId);
    if (!draft || draft.memberId !== turn.memberId || draft.status !== 'draft') {
      await this.sendStatus(step, await applications.latestFor(turn.memberId));
      return step.dc.endDialog();
    }
    state.editing = false;
    const form = formOf(draft);
    const countries = await applications.countries();
    const check = checkApplicationForm(form, new Set(countries.map((c) => c.code)));
    if (!check.ok) {
      state.form = form;
      await this.showForm(step, form, check.errors);
      return Dialog.EndOfTurn;
    }
    if (!(await applications.documentOf(draft.id))) {
      await this.askDocument(step, check.application.vatRegistered, check.application.documentType);
      return Dialog.EndOfTurn;
    }
    const country = countries.find((c) => c.code === check.application.countryCode);
    if (!country) throw new Error(`participating country ${check.application.countryCode} vanished`);
    const now = services.clock();
    const expected = expectedDecisionDate(now, country.code, country.timeZone);
    const submitted = await applications.submit(draft.id, turn.memberId, now, expected);
    if (!submitted) {
      await this.sendStatus(step, await applications.latestFor(turn.memberId));
      return step.dc.endDialog();
    }
    // The decision e-mail and chat notice are written in the member's language: keep the one they applied in.
    if (turn.chosenLanguage === null) await turn.chooseLanguage(turn.language);
    await sendText(step, turn.t('account.submitted', { reference: submitted.reference, date: formatDate(turn.language, expected) }));
    await sendMenu(step);
    return step.dc.endDialog();
  }

  /**
   * Checks (size, magic bytes) and stores a file as the application's document. Explains
   * any refusal to the member; returns what to tell them on success, or false.
   */
  private async receiveFile(
    step: ReplyTarget,
    state: ApplicationState,
    received: ReceivedFile,
    documentType: string,
  ): Promise<{ fileName: string; size: string } | false> {
    const { turn } = step;
    const { t } = turn;
    if (!isDocumentType(documentType)) {
      await sendText(step, t('account.document.chooseTypeFirst'));
      return false;
    }
    const { download } = received;
    if (!download.ok) {
      turn.log.info({ problem: download.problem }, 'document not downloaded');
      await sendText(step, t(download.problem === 'too-large' ? 'account.document.tooLarge' : 'account.document.unreachable'));
      return false;
    }
    const check = checkDocument(download.bytes);
    if (!check.ok) {
      turn.log.info({ problem: check.problem, bytes: download.bytes.byteLength }, 'document refused');
      const key: MessageKey = check.problem === 'too-large' ? 'account.document.tooLarge' : check.problem === 'empty' ? 'account.document.empty' : 'account.document.unsupportedType';
      await sendText(step, t(key));
      return false;
    }
    const stored = await this.deps.applications.replaceDocument(state.applicationId, {
      documentType,
      fileName: received.file.name ?? null,
      mediaType: check.mediaType,
      sha256: check.sha256,
      content: download.bytes,
    });
    // Read off the turn: a job (in this turn's transaction) reads it and tells the member only if something needs them.
    await this.deps.documentChecks.schedule(state.applicationId, stored.id);
    return { fileName: stored.fileName ?? t('account.file.unnamed'), size: formatFileSize(turn.language, stored.byteSize) };
  }

  private async participating(): Promise<Set<string>> {
    return new Set((await this.deps.applications.countries()).map((c) => c.code));
  }

  private async showForm(step: ReplyTarget, form: ApplicationForm, errors: ApplicationErrors): Promise<void> {
    const { turn } = step;
    const countries = countryChoices((await this.deps.applications.countries()).map((c) => c.code), turn.language);
    const messages: Partial<Record<AccountFormField, string>> = {};
    for (const field of APPLICATION_FIELDS) {
      const error = errors[field];
      if (error) messages[field] = this.errorMessage(step, field, error, form);
    }
    await sendCard(step, accountFormCard({ countries, values: form, errors: messages }, turn.t));
  }

  private errorMessage(step: ReplyTarget, field: ApplicationField, error: FieldError, form: ApplicationForm): string {
    const { t, language } = step.turn;
    const country = countryName(form.country.toUpperCase(), language);
    switch (error.problem) {
      case 'required':
        return t(REQUIRED_MESSAGE[field]);
      case 'not-participating':
        return t('account.error.countryNotParticipating');
      case 'too-long':
        return t('account.error.tooLong', { max: field === 'address' ? MAX_ADDRESS : MAX_COMPANY_NAME });
      case 'vat-format':
        return t('account.error.vatFormat', { country });
      case 'vat-checksum':
        return t('account.error.vatChecksum');
      case 'vat-other-country':
        return t('account.error.vatOtherCountry', { country, otherCountry: countryName(error.otherCountry ?? '', language) });
      case 'document-not-for-vat':
        return t('account.error.documentNotForVat');
      case 'document-not-for-no-vat':
        return t('account.error.documentNotForNoVat');
      case 'invalid-email':
        return t('account.error.email');
    }
  }

  private async askDocument(step: ReplyTarget, vatRegistered: boolean, documentType: DocumentType): Promise<void> {
    const { t } = step.turn;
    await sendText(step, t(vatRegistered ? 'account.document.askVat' : 'account.document.askNoVat', { yourDocument: t(YOUR_DOCUMENT[documentType]) }));
  }

  /** The summary card from the stored draft; false when the draft is not complete enough to show one. */
  private async showSummary(step: ReplyTarget, state: ApplicationState): Promise<boolean> {
    const { turn } = step;
    const draft = await this.deps.applications.byId(state.applicationId);
    const document = await this.deps.applications.documentOf(state.applicationId);
    if (!draft || !document || !draft.countryCode || draft.vatRegistered === null || !draft.documentType) return false;
    await sendCard(
      step,
      accountSummaryCard(
        {
          countryName: countryName(draft.countryCode, turn.language),
          companyName: draft.companyName ?? '',
          address: draft.address ?? '',
          vatRegistered: draft.vatRegistered,
          vatNumber: draft.vatNumber,
          documentType: draft.documentType,
          fileName: document.fileName ?? turn.t('account.file.unnamed'),
          fileSize: formatFileSize(turn.language, document.byteSize),
          contactEmail: draft.contactEmail ?? '',
          oldCpsEmail: draft.oldCpsEmail,
        },
        turn.t,
      ),
    );
    return true;
  }

  private async sendStatus(step: ReplyTarget, application: Application | undefined): Promise<void> {
    const { t, language } = step.turn;
    const reply = statusReply(application, t, language);
    await sendCard(step, reply.card, reply.text);
  }
}

const REQUIRED_MESSAGE: Readonly<Record<ApplicationField, MessageKey>> = {
  country: 'account.error.countryRequired',
  companyName: 'account.error.companyNameRequired',
  address: 'account.error.addressRequired',
  vatRegistered: 'account.error.vatRegisteredRequired',
  vatNumber: 'account.error.vatNumberRequired',
  documentType: 'account.error.documentTypeRequired',
  authorised: 'account.error.authorised',
  contactEmail: 'account.error.contactEmailRequired',
  oldCpsEmail: 'account.error.email',
};

/**
 * Journey 1 (rules A1–A5): applying for a Canon business account in chat. Begun by `account.apply`
 * (or any application verb from an earlier card); an application under review or approved gets
 * its status instead of a new form.
 */
export class ApplicationDialog extends VersionedDialog {
  readonly version = 1;

  constructor(deps: ApplicationDialogDeps) {
    super(APPLICATION_DIALOG);
    this.addDialog(new ApplicationFlow(deps));
  }
}
