import countries from 'i18n-iso-countries';
import { checkSerial, normaliseSerial, type ProductCategory } from './serials';
import { isOneOf } from './records';

/**
 * Product registration rules (P1–P3): what a registration needs to be complete, and how the values
 * a member typed into the entry card are checked before anything is saved.
 */

/** The details a registration needs to be complete and earn its points (rule P3), in the order we name them. */
export const REQUIRED_FIELDS = ['serialNumber', 'purchaseDate', 'purchaseCountry', 'dealer'] as const;
export type RequiredField = (typeof REQUIRED_FIELDS)[number];

export interface RegistrationDetails {
  readonly serialNumber: string | null;
  readonly purchaseDate: string | null;
  readonly purchaseCountry: string | null;
  readonly dealer: string | null;
}

/** The required details still missing from a registration, in the order they are asked for. */
export function missingFields(registration: RegistrationDetails): RequiredField[] {
  return REQUIRED_FIELDS.filter((field) => {
    const value = registration[field];
    return value === null || value.trim() === '';
  });
}

/** Rule P3: complete = serial number, purchase date, country of purchase and dealer are all present (green tick). */
export function isComplete(registration: RegistrationDetails): boolean {
  return missingFields(registration).length === 0;
}

/** What the registration rules need to know about a catalogue model. */
export interface CatalogueModelFacts {
  readonly id: string;
  readonly name: string;
  readonly category: ProductCategory;
  readonly points: number;
  readonly serialPattern: string | null;
  readonly serialExample: string | null;
  /** YYYY-MM-DD; no purchase can be earlier. */
  readonly releaseDate: string | null;
  readonly registrable: boolean;
  readonly notRegistrableReasonKey: string | null;
}

/**
 * Why a catalogue item cannot be registered: the message keys a model may store as
 * `notRegistrableReasonKey` (staff choose one in the operations console).
 */
export const NOT_REGISTRABLE_REASON_KEYS = ['products.notRegistrable.consumable', 'products.notRegistrable.accessory', 'products.notRegistrable.generic'] as const;
export type NotRegistrableReasonKey = (typeof NOT_REGISTRABLE_REASON_KEYS)[number];

export function isNotRegistrableReasonKey(value: unknown): value is NotRegistrableReasonKey {
  return isOneOf(NOT_REGISTRABLE_REASON_KEYS, value);
}

/** The entry card's values as typed (every one may be missing or malformed). */
export interface ProductInput {
  readonly model: string;
  readonly serialNumber: string;
  readonly purchaseDate: string;
  readonly purchaseCountry: string;
  readonly dealer: string;
}

/** A registration's values, checked and normalised, ready to be saved. */
export interface ProductValues extends RegistrationDetails {
  readonly modelId: string;
}

export const DEALER_MAX_LENGTH = 100;

export type ProductFieldError =
  | { readonly field: 'model'; readonly code: 'required' | 'unknown' }
  | { readonly field: 'model'; readonly code: 'not-registrable'; readonly reasonKey: string | null }
  | { readonly field: 'serialNumber'; readonly code: 'pattern'; readonly example: string | null }
  /** The serial is one of the catalogue's examples (the form's hint), not the member's own. */
  | { readonly field: 'serialNumber'; readonly code: 'example'; readonly example: string }
  | { readonly field: 'purchaseDate'; readonly code: 'format' | 'future' }
  | { readonly field: 'purchaseDate'; readonly code: 'before-release'; readonly releaseDate: string }
  | { readonly field: 'purchaseCountry'; readonly code: 'unknown' }
  | { readonly field: 'dealer'; readonly code: 'too-long'; readonly max: number };

export type ProductInputCheck =
  | { readonly ok: true; readonly values: ProductValues }
  | { readonly ok: false; readonly errors: readonly ProductFieldError[] };

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date written YYYY-MM-DD. */
export function isIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** True for an assigned ISO 3166-1 alpha-2 code (upper case). */
export function isCountryCode(value: string): boolean {
  return /^[A-Z]{2}$/.test(value) && countries.isValid(value);
}

/** The catalogue example `serial` is (the model's own, or any of `examples`, normalised alike), if it is one. */
function exampleTyped(serial: string, model: CatalogueModelFacts, examples: readonly string[]): string | undefined {
  const candidates = model.serialExample ? [model.serialExample, ...examples] : examples;
  return candidates.find((example) => normaliseSerial(example, model.category) === serial);
}

/**
 * Checks and normalises the entry card's values against the chosen model (looked up by the
 * caller; undefined when the id is not in the catalogue). Empty serial, date, country or dealer are
 * fine (rule P3: the registration is saved incomplete); what is given must be plausible: the serial
 * matches the model's pattern, the date is neither in the future (after `today`) nor before the
 * model's release, the country is a real ISO code. A catalogue example serial (the model's own or
 * one of `examples`, as the form's hint shows them) is refused: it is nobody's camera.
 */
export function checkProductInput(input: ProductInput, model: CatalogueModelFacts | undefined, today: string, examples: readonly string[] = []): ProductInputCheck {
  const errors: ProductFieldError[] = [];
  const modelId = input.model.trim();
  if (modelId === '') errors.push({ field: 'model', code: 'required' });
  else if (!model) errors.push({ field: 'model', code: 'unknown' });
  else if (!model.registrable) errors.push({ field: 'model', code: 'not-registrable', reasonKey: model.notRegistrableReasonKey });

  let serialNumber: string | null = null;
  if (model?.registrable) {
    const serial = checkSerial(input.serialNumber, model);
    if (serial.kind === 'invalid') errors.push({ field: 'serialNumber', code: 'pattern', example: model.serialExample });
    const example = serial.kind === 'valid' ? exampleTyped(serial.serial, model, examples) : undefined;
    if (example) errors.push({ field: 'serialNumber', code: 'example', example });
    else if (serial.kind === 'valid') serialNumber = serial.serial;
  }

  let purchaseDate: string | null = null;
  const date = input.purchaseDate.trim();
  if (date !== '') {
    if (!isIsoDate(date)) errors.push({ field: 'purchaseDate', code: 'format' });
    else if (date > today) errors.push({ field: 'purchaseDate', code: 'future' });
    else if (model?.releaseDate && date < model.releaseDate) errors.push({ field: 'purchaseDate', code: 'before-release', releaseDate: model.releaseDate });
    else purchaseDate = date;
  }

  let purchaseCountry: string | null = null;
  const country = input.purchaseCountry.trim().toUpperCase();
  if (country !== '') {
    if (isCountryCode(country)) purchaseCountry = country;
    else errors.push({ field: 'purchaseCountry', code: 'unknown' });
  }

  let dealer: string | null = input.dealer.normalize('NFC').replace(/\s+/g, ' ').trim();
  if (dealer.length > DEALER_MAX_LENGTH) errors.push({ field: 'dealer', code: 'too-long', max: DEALER_MAX_LENGTH });
  if (dealer === '') dealer = null;

  if (errors.length > 0 || !model) return { ok: false, errors };
  return { ok: true, values: { modelId: model.id, serialNumber, purchaseDate, purchaseCountry, dealer } };
}

/** True when a saved registration already holds exactly these values (a double tap, a redelivered card). */
export function sameValues(a: ProductValues, b: ProductValues): boolean {
  return (
    a.modelId === b.modelId &&
    a.serialNumber === b.serialNumber &&
    a.purchaseDate === b.purchaseDate &&
    a.purchaseCountry === b.purchaseCountry &&
    a.dealer === b.dealer
  );
}

/** Where a legacy (old CPS account) product stands with respect to a business's migration (rule P2). */
export type MigrationStatus =
  /** Already migrated into this business. */
  | 'migrated'
  /** The same model and serial is registered in this business already (registered again by hand). */
  | 'already-registered'
  /** The serial belongs to another business: it cannot move. */
  | 'registered-elsewhere'
  /** Will be migrated. */
  | 'to-migrate';

/**
 * Classifies one legacy product for `businessId`: `migratedInto` is the business its migrated
 * copy belongs to (if any), `serialOwner` the business holding its model + serial (if any).
 */
export function migrationStatus(
  businessId: string,
  facts: { readonly migratedInto: string | null; readonly serialOwner: string | null },
): MigrationStatus {
  if (facts.migratedInto === businessId) return 'migrated';
  if (facts.serialOwner === businessId) return 'already-registered';
  if (facts.migratedInto !== null || facts.serialOwner !== null) return 'registered-elsewhere';
  return 'to-migrate';
}

export interface MigrationItem extends RegistrationDetails {
  readonly status: MigrationStatus;
  readonly points: number;
}

export interface MigrationSummary {
  /** Products on the old CPS account. */
  readonly found: number;
  /** Already in this business (migrated before, or registered again by hand). */
  readonly alreadyRegistered: number;
  /** Held by another business; they stay where they are. */
  readonly registeredElsewhere: number;
  /** Would be migrated now. */
  readonly toMigrate: number;
  /** Of those, incomplete: they move without a green tick until the missing details are added. */
  readonly incomplete: number;
  /** Points the complete ones add. */
  readonly points: number;
}

/** The dry-run numbers of a migration. */
export function summariseMigration(items: readonly MigrationItem[]): MigrationSummary {
  const moving = items.filter((i) => i.status === 'to-migrate');
  return {
    found: items.length,
    alreadyRegistered: items.filter((i) => i.status === 'migrated' || i.status === 'already-registered').length,
    registeredElsewhere: items.filter((i) => i.status === 'registered-elsewhere').length,
    toMigrate: moving.length,
    incomplete: moving.filter((i) => !isComplete(i)).length,
    points: moving.filter((i) => isComplete(i)).reduce((sum, i) => sum + i.points, 0),
  };
}
