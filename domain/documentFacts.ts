import { stdnum } from 'stdnum';
import { checkVatNumber } from './vat';

/**
 * What a document's text says about the typed facts (issue: the bot reads the uploaded document).
 *
 * - `found`: the typed value is on the document.
 * - `different`: the document clearly shows another value of the same kind (a labelled or
 *   prefixed number that passes its country's checksum, or a labelled company name).
 * - `unconfirmed`: something close is there, but OCR may have misread it (a near miss, a number
 *   that only fits after folding S/5, B/8, O/0, I/l/1, another country's number): "couldn't confirm".
 * - `not-found`: nothing of the kind.
 */
export type FactStatus = 'found' | 'different' | 'unconfirmed' | 'not-found';

export interface FactFinding {
  readonly status: FactStatus;
  /** The value on the document (normalised: `DK25313763`), when there is one. */
  readonly found: string | null;
  /** The line of the document it came from, as read. */
  readonly line: string | null;
}

/** A company registration number: Danish CVR, Swedish organisationsnummer, Dutch KvK-nummer. */
export interface RegistrationNumber {
  readonly scheme: 'cvr' | 'orgnr' | 'kvk';
  readonly number: string;
  readonly line: string;
}

export interface DocumentFacts {
  /** Whether the text had enough words to judge anything by. */
  readonly readable: boolean;
  /** Null when the member is not VAT-registered (nothing typed to compare with). */
  readonly vatNumber: FactFinding | null;
  readonly companyName: FactFinding;
  /** The first company registration number of the member's country seen on the document. */
  readonly registrationNumber: RegistrationNumber | null;
}

/** What the member typed, as stored with the application. */
export interface TypedFacts {
  readonly countryCode: string;
  readonly companyName: string;
  /** Normalised with its prefix (`DK13585628`), or null when not VAT-registered. */
  readonly vatNumber: string | null;
}

/** Fewer letters and digits than this and the document counts as unreadable. */
export const MIN_READABLE_CHARACTERS = 20;

const NOT_FOUND: FactFinding = Object.freeze({ status: 'not-found', found: null, line: null });

/**
 * Finds the VAT number, the company registration number and the company name in a document's
 * text and compares them with what the member typed. Pure; the text may come from a PDF's text
 * layer or from OCR (tolerant of S/5, B/8, O/0, I/l/1 confusions, spaces, dots and a missing prefix).
 */
export function findDocumentFacts(text: string, typed: TypedFacts): DocumentFacts {
  const lines = documentLines(text);
  const readable = lines.join('').replace(/[^\p{L}\p{N}]/gu, '').length >= MIN_READABLE_CHARACTERS;
  if (!readable) return { readable, vatNumber: typed.vatNumber === null ? null : NOT_FOUND, companyName: NOT_FOUND, registrationNumber: null };
  return {
    readable,
    vatNumber: typed.vatNumber === null ? null : compareVatNumber(lines, typed.countryCode, typed.vatNumber),
    companyName: compareCompanyName(lines, typed.companyName),
    registrationNumber: findRegistrationNumbers(lines, typed.countryCode)[0] ?? null,
  };
}

/** The non-empty lines of a text, NFKC-normalised (ligatures such as "Ĳ" split), spaces collapsed. */
export function documentLines(text: string): string[] {
  return text
    .normalize('NFKC')
    .split(/\r?\n|\r|\u2028/)
    .map((line) => line.replace(/[\s\u00a0]+/g, ' ').trim())
    .filter((line) => line !== '')
    .slice(0, 2000);
}

// ---------------------------------------------------------------------------------------------
// Numbers

/** Characters OCR reads for digits: folded to the digit when a run of them must be a number. */
const DIGIT_LOOKALIKES: Readonly<Record<string, string>> = { O: '0', o: '0', D: '0', Q: '0', I: '1', l: '1', i: '1', '|': '1', S: '5', s: '5', B: '8', Z: '2', z: '2', G: '6' };
const DIGITISH = '[0-9OoDQIli|SsBZzG]';
/** A run of number-like characters with spaces, dots and dashes between groups (at least 6 characters). */
const NUMBER_RUN = new RegExp(`(?:\\b([A-Z]{2})[\\s.:\\-]{0,2})?(${DIGITISH}(?:${DIGITISH}|[ .\\-](?=${DIGITISH})){5,20}(?:\\s?B\\s?${DIGITISH}{2})?)(?:\\s?MVA)?`, 'g');

/** Words that say "a VAT or company number follows" in the participating countries' languages. */
const NUMBER_LABEL = /\b(vat|cvr|se-?nr|moms\p{L}*|org(?:anisations)?\.?\s?-?n(?:umme)?r|organisationsnummer|btw\p{L}*|omzetbelasting\p{L}*|kvk|handelsregister|tva|ust\p{L}*|mwst|mva|iva|nip|tax|reg(?:istration)?\.?\s?no|company\s(?:no|number))\b/iu;

interface NumberCandidate {
  /** Normalised VAT number with prefix (`DK25313763`). */
  readonly vat: string;
  readonly country: string;
  readonly line: string;
  /** True when no look-alike letter had to be folded to a digit. */
  readonly exact: boolean;
  /** True when the document says what it is: a country prefix or a label on the line or the one before. */
  readonly labelled: boolean;
}

/** VAT prefixes → country (Greece's EL, Northern Ireland's XI). */
const VAT_PREFIX: Readonly<Record<string, string>> = {
  AT: 'AT', BE: 'BE', BG: 'BG', CY: 'CY', CZ: 'CZ', DE: 'DE', DK: 'DK', EE: 'EE', EL: 'GR', ES: 'ES', FI: 'FI', FR: 'FR',
  GB: 'GB', HR: 'HR', HU: 'HU', IE: 'IE', IT: 'IT', LT: 'LT', LU: 'LU', LV: 'LV', MT: 'MT', NL: 'NL', NO: 'NO', PL: 'PL',
  PT: 'PT', RO: 'RO', SE: 'SE', SI: 'SI', SK: 'SK', XI: 'GB', CH: 'CH',
};

function foldDigits(run: string, keepDutchB: boolean): { value: string; exact: boolean } {
  const compact = run.replace(/[\s.-]/g, '');
  let value = '';
  let exact = true;
  for (let i = 0; i < compact.length; i++) {
    const char = compact.charAt(i);
    // The B of a Dutch btw-id (NL…B01) is a letter: three characters from the end.
    if (keepDutchB && i === compact.length - 3 && (char === 'B' || char === '8')) {
      value += 'B';
      continue;
    }
    if (/\d/.test(char)) value += char;
    else {
      value += DIGIT_LOOKALIKES[char] ?? char;
      exact = false;
    }
  }
  return { value, exact };
}

/** The VAT number a bare run of digits stands for in a country: CVR = DK VAT, orgnr + 01 = SE VAT. */
function vatFromDigits(country: string, digits: string): string | undefined {
  const candidates = [digits];
  if (country === 'SE' && /^\d{10}$/.test(digits)) candidates.push(`${digits}01`);
  for (const candidate of candidates) {
    const check = checkVatNumber(country, candidate);
    if (check.ok) return check.normalised;
  }
  return undefined;
}

interface NumberReading {
  /** The 2-letter prefix in front of the run, when the window starts with the run's first group. */
  readonly prefix: string | undefined;
  readonly run: string;
}

/**
 * Every reading of the number-like runs on a line: each run split at its spaces, dots and dashes
 * into groups, and every window of consecutive groups (a run may swallow a neighbouring word or
 * date, "DK 25313763 Side 1").
 */
function numberReadings(line: string): NumberReading[] {
  const readings: NumberReading[] = [];
  for (const match of line.matchAll(NUMBER_RUN)) {
    const groups = (match[2] ?? '').split(/[ .-]/).filter((group) => group !== '');
    for (let start = 0; start < groups.length; start++) {
      for (let end = start + 1; end <= groups.length; end++) {
        const run = groups.slice(start, end).join('');
        if (run.length < 6 || run.length > 16) continue;
        readings.push({ prefix: start === 0 ? match[1] : undefined, run });
      }
    }
  }
  return readings;
}

function numberCandidates(lines: readonly string[], country: string): NumberCandidate[] {
  const candidates: NumberCandidate[] = [];
  lines.forEach((line, index) => {
    const labelled = NUMBER_LABEL.test(line) || (index > 0 && NUMBER_LABEL.test(lines[index - 1] ?? ''));
    for (const { prefix, run } of numberReadings(line)) {
      const prefixCountry = prefix === undefined ? undefined : VAT_PREFIX[prefix];
      const targetCountry = prefixCountry ?? country;
      const { value, exact } = foldDigits(run, targetCountry === 'NL');
      if (!/\d{6}/.test(value.replace(/\D/g, ''))) continue;
      const vat = prefixCountry !== undefined ? checkOk(targetCountry, `${prefix}${value}`) : vatFromDigits(country, value);
      if (vat === undefined) continue;
      candidates.push({ vat, country: targetCountry, line, exact, labelled: labelled || prefixCountry !== undefined });
    }
  });
  return candidates;
}

function checkOk(country: string, value: string): string | undefined {
  const check = checkVatNumber(country, value);
  return check.ok ? check.normalised : undefined;
}

/** The digits of a VAT number without its prefix, MVA suffix or the Dutch B-part letters. */
function vatDigits(vat: string): string {
  return vat.replace(/^[A-Z]{2}/, '').replace(/MVA$/, '').replace(/\D/g, '');
}

/** Edit distance (Levenshtein), for near misses of numbers and names. */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charAt(i - 1) === b.charAt(j - 1) ? 0 : 1;
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/** A run whose digits are within two edits of the typed number's: probably it, misread. */
function nearMiss(lines: readonly string[], typedDigits: string): string | undefined {
  for (const line of lines) {
    for (const { run } of numberReadings(line)) {
      const digits = foldDigits(run, false).value.replace(/\D/g, '');
      if (digits.length < 6) continue;
      const sameLength = Math.abs(digits.length - typedDigits.length) <= 2;
      if (sameLength && editDistance(digits, typedDigits) <= 2) return line;
      // An orgnr printed where the typed VAT number is orgnr + 01 (SE): compare the shared part.
      if (typedDigits.startsWith(digits.slice(0, 8)) && digits.length >= 8) return line;
    }
  }
  return undefined;
}

/**
 * Compares the typed VAT number with the numbers on the document. Found beats everything (an
 * invoice may show other companies' numbers too); "different" needs a number of the member's
 * country that is labelled or prefixed and read without folding look-alikes.
 */
export function compareVatNumber(lines: readonly string[], country: string, typedVat: string): FactFinding {
  const candidates = numberCandidates(lines, country);
  const typedDigits = vatDigits(typedVat);
  const same = candidates.find((candidate) => candidate.vat === typedVat || (candidate.country === country && vatDigits(candidate.vat) === typedDigits));
  if (same) return { status: 'found', found: same.vat, line: same.line };
  const near = nearMiss(lines, typedDigits);
  const clear = candidates.find((candidate) => candidate.country === country && candidate.exact && candidate.labelled);
  if (clear && near === undefined) return { status: 'different', found: clear.vat, line: clear.line };
  if (near !== undefined) return { status: 'unconfirmed', found: null, line: near };
  const weak = candidates.find((candidate) => candidate.labelled);
  if (weak) return { status: 'unconfirmed', found: weak.vat, line: weak.line };
  return NOT_FOUND;
}

const KVK_LABEL = /\b(kvk|k\.v\.k\.|kamer\s+van\s+koophandel|handelsregister)/i;
const CVR_LABEL = /\b(cvr|se-?nr)/i;
const ORGNR_LABEL = /\b(org(?:anisations)?\.?\s?-?n(?:umme)?r|organisationsnummer)/i;

/**
 * Company registration numbers of a country on the document: Danish CVR (8 digits, mod 11),
 * Swedish organisationsnummer (10 digits, often `556188-8404`, Luhn), Dutch KvK-nummer (8 digits
 * after a KvK label; it has no check digit). Look-alike letters are folded; the checksum decides.
 */
export function findRegistrationNumbers(lines: readonly string[], country: string): RegistrationNumber[] {
  const found: RegistrationNumber[] = [];
  lines.forEach((line, index) => {
    const context = `${lines[index - 1] ?? ''} ${line}`;
    for (const { run } of numberReadings(line)) {
      const digits = foldDigits(run, false).value;
      if (!/^\d+$/.test(digits)) continue;
      if (country === 'DK' && digits.length === 8 && CVR_LABEL.test(context) && stdnum['DK']?.['cvr']?.validate(digits).isValid) {
        found.push({ scheme: 'cvr', number: digits, line });
      } else if (country === 'SE' && (digits.length === 10 || digits.length === 12) && ORGNR_LABEL.test(context)) {
        const orgnr = digits.slice(0, 10);
        if (stdnum['SE']?.['orgnr']?.validate(orgnr).isValid) found.push({ scheme: 'orgnr', number: `${orgnr.slice(0, 6)}-${orgnr.slice(6)}`, line });
      } else if (country === 'NL' && digits.length === 8 && KVK_LABEL.test(context)) {
        found.push({ scheme: 'kvk', number: digits, line });
      }
    }
  });
  return found.filter((entry, index) => found.findIndex((other) => other.number === entry.number) === index);
}

// ---------------------------------------------------------------------------------------------
// Company names

/** Legal forms, written without dots, slashes or spaces, as they are dropped before comparing. */
const LEGAL_FORMS = new Set([
  'aps', 'as', 'is', 'ks', 'ps', 'ivs', 'amba', 'smba', 'fmba', // Denmark
  'ab', 'hb', 'kb', 'aktiebolag', 'aktiebolaget', 'handelsbolag', 'kommanditbolag', 'publ', 'ef', // Sweden
  'bv', 'nv', 'vof', 'cv', 'bvba', 'srl', 'sa', 'sarl', 'sas', 'spa', 'sl', // Netherlands, Belgium, Romance
  'gmbh', 'ag', 'kg', 'ohg', 'ug', 'ek', 'gmbhcokg', // German-speaking
  'ltd', 'limited', 'llc', 'llp', 'plc', 'inc', 'corp', 'co', // English
  'oy', 'oyj', 'asa', 'sp', 'zoo', 'spzoo', 'sro', 'kft', 'doo', // Nordic and central Europe
]);

function foldLookalikes(token: string): string {
  return token.replace(/0/g, 'o').replace(/[1l|]/g, 'i').replace(/5/g, 's').replace(/8/g, 'b').replace(/rn/g, 'm').replace(/vv/g, 'w');
}

const FOLDED_LEGAL_FORMS = new Set([...LEGAL_FORMS].map(foldLookalikes));

/**
 * A name folded for comparison: lower case, accents dropped (æ → ae, ø → o, å → a, ß → ss),
 * OCR look-alikes made the same (0 → o, 1/l/| → i, 5 → s, 8 → b, rn → m, vv → w), legal-form
 * tokens and punctuation dropped.
 */
export function foldCompanyName(name: string): string[] {
  const lower = name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'o')
    .replace(/ß/g, 'ss')
    .normalize('NFD')
    .replace(/\p{M}/gu, '');
  const tokens = lower
    .replace(/[./]/g, '')
    .replace(/&/g, ' og ')
    .split(/[^\p{L}\p{N}|]+/u)
    .filter((token) => token !== '')
    .map(foldLookalikes);
  const core = tokens.filter((token) => !FOLDED_LEGAL_FORMS.has(token));
  return core.length > 0 ? core : tokens;
}

function similarity(a: string, b: string): number {
  const longest = Math.max(a.length, b.length);
  return longest === 0 ? 0 : 1 - editDistance(a, b) / longest;
}

/** How well a line contains the name: the best window of about as many words, spaces ignored. */
function lineSimilarity(lineTokens: readonly string[], nameTokens: readonly string[]): number {
  const name = nameTokens.join('');
  let best = 0;
  for (let size = Math.max(1, nameTokens.length - 1); size <= nameTokens.length + 1; size++) {
    for (let start = 0; start + size <= lineTokens.length; start++) {
      best = Math.max(best, similarity(lineTokens.slice(start, start + size).join(''), name));
    }
  }
  return best;
}

/** At least this similar (one wrong character in ten): the name is on the document. */
export const NAME_FOUND = 0.9;
/** At least this similar: probably the name, misread; "couldn't confirm". */
export const NAME_CLOSE = 0.7;
/** A line that says "Name: …" in one of the languages; what follows is the document's company name. */
const NAME_LABEL = /^(?:company\s+name|name|navn|firmanavn|virksomhedens\s+navn|virksomhedsnavn|namn|f[öo]retagsnamn|firma|firmanamn|naam|bedrijfsnaam|handelsnaam|statutaire\s+naam)\s*[:：]\s*(.+)$/iu;

/**
 * Compares the typed company name with the document's lines, tolerant of legal forms (ApS, A/S,
 * AB, B.V./BV, GmbH …), case, accents and OCR look-alikes. "Different" only when a line labels
 * the company name ("Navn: …", "Företagsnamn: …", "Handelsnaam: …") and it is nothing like the typed one.
 */
export function compareCompanyName(lines: readonly string[], typedName: string): FactFinding {
  const nameTokens = foldCompanyName(typedName);
  if (nameTokens.join('') === '') return NOT_FOUND;
  let best = { score: 0, line: '' };
  for (const line of lines) {
    const score = lineSimilarity(foldCompanyName(line), nameTokens);
    if (score > best.score) best = { score, line };
  }
  if (best.score >= NAME_FOUND) return { status: 'found', found: best.line, line: best.line };
  if (best.score >= NAME_CLOSE) return { status: 'unconfirmed', found: best.line, line: best.line };
  for (const line of lines) {
    const labelled = NAME_LABEL.exec(line)?.[1]?.trim();
    if (labelled !== undefined && labelled.length >= 2 && similarity(foldCompanyName(labelled).join(''), nameTokens.join('')) < 0.5) {
      return { status: 'different', found: labelled, line };
    }
  }
  return NOT_FOUND;
}

/** A VAT number written in groups the way certificates print it: `DK 25 31 37 63`, `SE 5561 8884 0401`, `NL 0044 9544 5B01`. */
export function formatVatNumber(vat: string): string {
  const match = /^([A-Z]{2})(.*)$/.exec(vat);
  if (!match) return vat;
  const [, prefix = '', rest = ''] = match;
  const size = rest.length === 8 ? 2 : 4;
  const groups = rest.match(new RegExp(`.{1,${size}}`, 'g')) ?? [rest];
  return `${prefix} ${groups.join(' ')}`;
}
