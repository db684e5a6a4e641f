import { documentTypeFits, isDocumentType, type DocumentType } from './documents';
import { checkVatNumber } from './vat';

/** The input ids of the `account.submit` card action (docs/contracts.md, "Card actions"), in the order the form shows them. */
export const APPLICATION_FIELDS = [
  'country',
  'companyName',
  'address',
  'vatRegistered',
  'vatNumber',
  'documentType',
  'authorised',
  'contactEmail',
  'oldCpsEmail',
] as const;
export type ApplicationField = (typeof APPLICATION_FIELDS)[number];

/** What the member typed, field by field, as text (a draft: possibly incomplete or wrong). */
export type ApplicationForm = Readonly<Record<ApplicationField, string>>;

export const EMPTY_APPLICATION_FORM: ApplicationForm = Object.freeze(
  Object.fromEntries(APPLICATION_FIELDS.map((field) => [field, ''])) as Record<ApplicationField, string>,
);

export const MAX_COMPANY_NAME = 200;
export const MAX_ADDRESS = 500;
export const MAX_EMAIL = 254;
/** Anything longer is cut before it is kept in the draft; still long enough to be reported as too long. */
const MAX_RAW = 1000;

export type FieldProblem =
  | 'required'
  | 'not-participating'
  | 'too-long'
  | 'vat-format'
  | 'vat-checksum'
  | 'vat-other-country'
  | 'document-not-for-vat'
  | 'document-not-for-no-vat'
  | 'invalid-email';

export interface FieldError {
  readonly problem: FieldProblem;
  /** For `vat-other-country`: the country whose prefix the number carries. */
  readonly otherCountry?: string;
}

export type ApplicationErrors = Readonly<Partial<Record<ApplicationField, FieldError>>>;

/** A complete, checked application (rules A2–A4), normalised for storage. */
export interface ValidApplication {
  readonly countryCode: string;
  readonly companyName: string;
  readonly address: string;
  readonly vatRegistered: boolean;
  /** Normalised with its country prefix; null when not VAT-registered. */
  readonly vatNumber: string | null;
  readonly documentType: DocumentType;
  readonly authorised: true;
  readonly contactEmail: string;
  /** Lower case; null when not given. */
  readonly oldCpsEmail: string | null;
}

export type ApplicationCheck =
  | { readonly ok: true; readonly application: ValidApplication }
  | { readonly ok: false; readonly errors: ApplicationErrors };

function asText(value: unknown): string {
  if (typeof value === 'string') return value.trim().slice(0, MAX_RAW);
  if (typeof value === 'boolean' || typeof value === 'number') return String(value);
  return '';
}

/**
 * Reads the untrusted values of an `account.submit` action into a form: every field as trimmed
 * text (booleans as `true`/`false`), anything else (objects, arrays) as empty.
 */
export function readApplicationForm(data: Readonly<Record<string, unknown>>): ApplicationForm {
  return Object.fromEntries(APPLICATION_FIELDS.map((field) => [field, asText(data[field])])) as Record<ApplicationField, string>;
}

const EMAIL = /^[^\s@<>(),;:"[\]\\]+@[^\s@<>(),;:"[\]\\]+\.[^\s@<>(),;:"[\]\\]{2,}$/u;

/** A plausible e-mail address (one @, a dotted domain, no spaces), at most {@link MAX_EMAIL} characters. */
export function isEmailAddress(value: string): boolean {
  return value.length <= MAX_EMAIL && EMAIL.test(value);
}

function yesNo(value: string): boolean | undefined {
  if (value === 'true') return true;
  if (value === 'false') return false;
  return undefined;
}

/**
 * Checks a form against rules A2–A4: a participating country, company name and address, VAT
 * registration stated; when registered, a VAT number valid for that country and a VAT certificate
 * or company invoice; otherwise a company invoice, licence or articles of association; the
 * applicant's confirmation of authority; a contact e-mail; optionally a well-formed old CPS e-mail.
 * Every problem is reported, one per field.
 */
export function checkApplicationForm(form: ApplicationForm, participatingCountries: ReadonlySet<string>): ApplicationCheck {
  const errors: Partial<Record<ApplicationField, FieldError>> = {};
  const countryCode = form.country.toUpperCase();
  if (countryCode === '') errors.country = { problem: 'required' };
  else if (!participatingCountries.has(countryCode)) errors.country = { problem: 'not-participating' };

  if (form.companyName === '') errors.companyName = { problem: 'required' };
  else if (form.companyName.length > MAX_COMPANY_NAME) errors.companyName = { problem: 'too-long' };

  if (form.address === '') errors.address = { problem: 'required' };
  else if (form.address.length > MAX_ADDRESS) errors.address = { problem: 'too-long' };

  const vatRegistered = yesNo(form.vatRegistered);
  if (vatRegistered === undefined) errors.vatRegistered = { problem: 'required' };

  let vatNumber: string | null = null;
  if (vatRegistered === true) {
    if (form.vatNumber === '') errors.vatNumber = { problem: 'required' };
    else if (!errors.country) {
      const vat = checkVatNumber(countryCode, form.vatNumber);
      if (vat.ok) vatNumber = vat.normalised;
      else if (vat.problem === 'other-country') errors.vatNumber = { problem: 'vat-other-country', ...(vat.otherCountry ? { otherCountry: vat.otherCountry } : {}) };
      else errors.vatNumber = { problem: vat.problem === 'checksum' ? 'vat-checksum' : 'vat-format' };
    }
  }

  const documentType = form.documentType;
  if (!isDocumentType(documentType)) errors.documentType = { problem: 'required' };
  else if (vatRegistered !== undefined && !documentTypeFits(vatRegistered, documentType)) {
    errors.documentType = { problem: vatRegistered ? 'document-not-for-vat' : 'document-not-for-no-vat' };
  }

  if (form.authorised !== 'true') errors.authorised = { problem: 'required' };

  if (form.contactEmail === '') errors.contactEmail = { problem: 'required' };
  else if (!isEmailAddress(form.contactEmail)) errors.contactEmail = { problem: 'invalid-email' };

  if (form.oldCpsEmail !== '' && !isEmailAddress(form.oldCpsEmail)) errors.oldCpsEmail = { problem: 'invalid-email' };

  if (Object.keys(errors).length > 0 || vatRegistered === undefined || !isDocumentType(documentType)) return { ok: false, errors };
  return {
    ok: true,
    application: {
      countryCode,
      companyName: form.companyName,
      address: form.address,
      vatRegistered,
      vatNumber,
      documentType,
      authorised: true,
      contactEmail: form.contactEmail,
      oldCpsEmail: form.oldCpsEmail === '' ? null : form.oldCpsEmail.toLowerCase(),
    },
  };
}

/** The form a stored application fills in again (to edit a draft or fix a rejected application). */
export function formOf(application: {
  readonly countryCode: string | null;
  readonly companyName: string | null;
  readonly address: string | null;
  readonly vatRegistered: boolean | null;
  readonly vatNumber: string | null;
  readonly documentType: string | null;
  readonly authorised: boolean;
  readonly contactEmail: string | null;
  readonly oldCpsEmail: string | null;
}): ApplicationForm {
  return {
    country: application.countryCode ?? '',
    companyName: application.companyName ?? '',
    address: application.address ?? '',
    vatRegistered: application.vatRegistered === null ? '' : String(application.vatRegistered),
    vatNumber: application.vatNumber ?? '',
    documentType: application.documentType ?? '',
    authorised: application.authorised ? 'true' : '',
    contactEmail: application.contactEmail ?? '',
    oldCpsEmail: application.oldCpsEmail ?? '',
  };
}

/** Where an application in chat stands: filling in the card, sending the document, or confirming the summary. */
export type ApplicationStage = 'form' | 'document' | 'summary';

/** The facts an application's stage follows from. */
export interface ApplicationStageFacts {
  /** What the member typed last (even when invalid). */
  readonly form: ApplicationForm;
  readonly participatingCountries: ReadonlySet<string>;
  /** A supporting document is stored for the application. */
  readonly hasDocument: boolean;
  /** The member pressed "edit" on the summary and has not submitted the card since. */
  readonly editing: boolean;
}

/**
 * The stage, derived rather than stored: the card until it is complete and valid (or while the
 * member edits it), then the document until one is stored, then the summary.
 */
export function stageOf(facts: ApplicationStageFacts): ApplicationStage {
  if (facts.editing || !checkApplicationForm(facts.form, facts.participatingCountries).ok) return 'form';
  return facts.hasDocument ? 'summary' : 'document';
}
