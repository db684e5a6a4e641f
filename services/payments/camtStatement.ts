import { createHash } from 'node:crypto';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { z } from 'zod';

/**
 * Reads an ISO 20022 bank-to-customer message — a statement (camt.053, `BkToCstmrStmt/Stmt`) or
 * a debit/credit notification (camt.054, `BkToCstmrDbtCdtNtfctn/Ntfctn`), any version from
 * 001.02 on — into entries: one per transaction (`Ntry/NtryDtls/TxDtls`, or the entry itself when
 * it has no details), with amount, references (`RmtInf/Strd/CdtrRefInf/Ref` and `RmtInf/Ustrd`),
 * payer and a duplicate key. XML is parsed with fast-xml-parser; the shape is then checked with zod.
 */

/** Messages larger than this are refused before parsing (a year of a busy account's statements is far less). */
export const MAX_STATEMENT_BYTES = 5 * 1024 * 1024;

export type StatementProblem =
  /** Larger than the limit. */
  | 'too-large'
  /** Not well-formed XML (or not UTF-8). */
  | 'malformed'
  /** Well-formed, but not a camt.053 or camt.054 message, or a required element is missing or invalid. */
  | 'not-a-statement';

/** Why a bank statement was refused; `message` says where, for the uploader (never echoes the file). */
export class StatementError extends Error {
  override readonly name = 'StatementError';
  constructor(
    readonly problem: StatementProblem,
    message: string,
  ) {
    super(message);
  }
}

export interface StatementEntry {
  /** Stable across imports of the same transaction (also from a camt.054 and the later camt.053). */
  readonly key: string;
  readonly accountIban: string | null;
  readonly direction: 'credit' | 'debit';
  /** Booked (`BOOK`); pending or informational entries are not money received yet. */
  readonly booked: boolean;
  readonly amountMinor: number;
  readonly currency: string;
  readonly bookingDate: string | null;
  readonly valueDate: string | null;
  /** `RmtInf/Strd/CdtrRefInf/Ref`, as the payer's bank passed them on. */
  readonly structuredReferences: readonly string[];
  /** `RmtInf/Ustrd` lines joined, or the entry's additional information. */
  readonly remittanceText: string;
  readonly payerName: string | null;
  readonly payerIban: string | null;
  readonly bankReference: string | null;
  readonly endToEndId: string | null;
}

export interface BankStatement {
  readonly format: 'camt.053' | 'camt.054';
  readonly messageId: string;
  readonly createdAt: string;
  /** `Stmt/Id` or `Ntfctn/Id` of every account report in the message. */
  readonly reportIds: readonly string[];
  readonly entries: readonly StatementEntry[];
}

const text = z.string().trim().min(1);
/** An optional element; an empty one counts as absent. */
const optional = z
  .string()
  .optional()
  .transform((v) => v?.trim() || undefined);
const amount = z.object({ '#text': z.string().trim().regex(/^\d{1,15}(\.\d{1,5})?$/), '@_Ccy': z.string().regex(/^[A-Z]{3}$/) });
/** An optional element with children; an empty one (`<RltdPties/>`, read as "") counts as absent. */
function element<T extends z.ZodRawShape>(shape: T) {
  return z.preprocess((value) => (value === '' ? undefined : value), z.object(shape).optional());
}
const date = element({ Dt: optional, DtTm: optional });
const party = element({ Nm: optional, Pty: element({ Nm: optional }) });
const account = element({ Id: element({ IBAN: optional }) });

const remittance = element({
  Ustrd: z.array(z.string()).optional(),
  Strd: z.array(element({ CdtrRefInf: element({ Ref: optional }) })).optional(),
});

const transaction = z.object({
  Refs: element({ AcctSvcrRef: optional, EndToEndId: optional }),
  Amt: amount.optional(),
  AmtDtls: element({ TxAmt: element({ Amt: amount }) }),
  CdtDbtInd: z.enum(['CRDT', 'DBIT']).optional(),
  RltdPties: element({ Dbtr: party, DbtrAcct: account }),
  RmtInf: remittance,
  AddtlTxInf: z.string().optional(),
});

const entry = z.object({
  Amt: amount,
  CdtDbtInd: z.enum(['CRDT', 'DBIT']),
  Sts: z.union([text, z.object({ Cd: text })]),
  BookgDt: date,
  ValDt: date,
  AcctSvcrRef: optional,
  NtryDtls: z.array(element({ TxDtls: z.array(transaction).optional() })).optional(),
  AddtlNtryInf: z.string().optional(),
});

const report = z.object({
  Id: text,
  Acct: z.object({ Id: element({ IBAN: optional }) }),
  Ntry: z.array(entry).optional(),
});

const header = z.object({ MsgId: text, CreDtTm: text });

const document = z.object({
  Document: z.object({
    BkToCstmrStmt: z.object({ GrpHdr: header, Stmt: z.array(report).min(1) }).optional(),
    BkToCstmrDbtCdtNtfctn: z.object({ GrpHdr: header, Ntfctn: z.array(report).min(1) }).optional(),
  }),
});

type Entry = z.infer<typeof entry>;
type Transaction = z.infer<typeof transaction>;
type Amount = z.infer<typeof amount>;

const ARRAYS = new Set(['Stmt', 'Ntfctn', 'Ntry', 'NtryDtls', 'TxDtls', 'Ustrd', 'Strd']);

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  removeNSPrefix: true,
  // Every value stays text: references keep their leading zeros, amounts are read exactly below.
  parseTagValue: false,
  parseAttributeValue: false,
  isArray: (name) => ARRAYS.has(name),
});

/** An ISO 20022 decimal amount in minor units (two decimals; more are accepted only as trailing zeros). */
function minorUnits({ '#text': value }: Amount): number {
  const [whole = '', fraction = ''] = value.split('.');
  if (fraction.slice(2).replace(/0/g, '') !== '') throw new StatementError('not-a-statement', `amount ${value} has more than two decimals`);
  return Number(whole) * 100 + Number(fraction.slice(0, 2).padEnd(2, '0'));
}

function dayOf(value: z.infer<typeof date>): string | null {
  return (value?.Dt ?? value?.DtTm)?.slice(0, 10) ?? null;
}

function decode(input: string | Uint8Array): string {
  const bytes = typeof input === 'string' ? Buffer.byteLength(input, 'utf8') : input.byteLength;
  if (bytes > MAX_STATEMENT_BYTES) throw new StatementError('too-large', `the statement is larger than ${MAX_STATEMENT_BYTES / 1024 / 1024} MB`);
  if (typeof input === 'string') return input;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(input);
  } catch {
    throw new StatementError('malformed', 'the statement is not UTF-8 text');
  }
}

function parseXml(xml: string): z.infer<typeof document> {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw new StatementError('malformed', `not well-formed XML (line ${valid.err.line}: ${valid.err.msg})`);
  let tree: unknown;
  try {
    tree = parser.parse(xml);
  } catch {
    // The parser refuses external entities and entity expansion past its limits; its wording stays out of the answer.
    throw new StatementError('malformed', 'not readable XML (entities or nesting beyond what a bank statement uses)');
  }
  const checked = document.safeParse(tree);
  if (!checked.success) {
    const issue = checked.error.issues[0];
    throw new StatementError('not-a-statement', `not a camt.053 or camt.054 message (${issue ? `${issue.path.join('/')}: ${issue.message}` : 'unknown shape'})`);
  }
  return checked.data;
}

/** One stable key per transaction: the bank's own reference where it gave one, else the transaction's facts. */
function duplicateKey(parts: readonly (string | number | null)[]): string {
  return createHash('sha256').update(JSON.stringify(parts)).digest('hex');
}

function entriesOf(ntry: Entry, accountIban: string | null): Omit<StatementEntry, 'key'>[] {
  const transactions: (Transaction | undefined)[] = ntry.NtryDtls?.flatMap((d) => d?.TxDtls ?? []) ?? [];
  const details = transactions.length > 0 ? transactions : [undefined];
  const status = typeof ntry.Sts === 'string' ? ntry.Sts : ntry.Sts.Cd;
  const entryMinor = minorUnits(ntry.Amt);
  return details.map((tx) => {
    const amountOf = tx?.Amt ?? tx?.AmtDtls?.TxAmt?.Amt ?? (details.length === 1 ? ntry.Amt : undefined);
    if (!amountOf) throw new StatementError('not-a-statement', 'a transaction of a batch entry has no amount');
    const dbtr = tx?.RltdPties?.Dbtr;
    return {
      accountIban,
      direction: (tx?.CdtDbtInd ?? ntry.CdtDbtInd) === 'CRDT' ? 'credit' : 'debit',
      booked: status === 'BOOK',
      amountMinor: amountOf === ntry.Amt ? entryMinor : minorUnits(amountOf),
      currency: amountOf['@_Ccy'],
      bookingDate: dayOf(ntry.BookgDt),
      valueDate: dayOf(ntry.ValDt),
      structuredReferences: (tx?.RmtInf?.Strd ?? []).flatMap((s) => (s?.CdtrRefInf?.Ref ? [s.CdtrRefInf.Ref] : [])),
      remittanceText: (tx?.RmtInf?.Ustrd ?? [tx?.AddtlTxInf ?? ntry.AddtlNtryInf ?? '']).join(' ').trim(),
      payerName: dbtr?.Nm ?? dbtr?.Pty?.Nm ?? null,
      payerIban: tx?.RltdPties?.DbtrAcct?.Id?.IBAN ?? null,
      bankReference: tx?.Refs?.AcctSvcrRef ?? (details.length === 1 ? (ntry.AcctSvcrRef ?? null) : null),
      // NOTPROVIDED is what banks write when the payer gave no end-to-end id.
      endToEndId: tx?.Refs?.EndToEndId && tx.Refs.EndToEndId !== 'NOTPROVIDED' ? tx.Refs.EndToEndId : null,
    };
  });
}

/** Adds keys: the bank's reference, else the facts plus how often the same facts came before in this message. */
function withKeys(entries: readonly Omit<StatementEntry, 'key'>[]): StatementEntry[] {
  const seen = new Map<string, number>();
  return entries.map((e) => {
    if (e.bankReference) return { ...e, key: duplicateKey([e.accountIban, 'bank', e.bankReference, e.amountMinor]) };
    const facts = duplicateKey([e.accountIban, e.direction, e.amountMinor, e.currency, e.bookingDate, e.valueDate, e.endToEndId, e.payerIban, ...e.structuredReferences, e.remittanceText]);
    const occurrence = seen.get(facts) ?? 0;
    seen.set(facts, occurrence + 1);
    return { ...e, key: duplicateKey([facts, occurrence]) };
  });
}

/**
 * Reads a camt.053 or camt.054 message.
 *
 * @throws StatementError `too-large` over {@link MAX_STATEMENT_BYTES}; `malformed` for XML that is not
 * well-formed; `not-a-statement` for another message or a missing or invalid required element.
 */
export function parseBankStatement(input: string | Uint8Array): BankStatement {
  const { Document: doc } = parseXml(decode(input));
  const message = doc.BkToCstmrStmt
    ? { format: 'camt.053' as const, header: doc.BkToCstmrStmt.GrpHdr, reports: doc.BkToCstmrStmt.Stmt }
    : doc.BkToCstmrDbtCdtNtfctn
      ? { format: 'camt.054' as const, header: doc.BkToCstmrDbtCdtNtfctn.GrpHdr, reports: doc.BkToCstmrDbtCdtNtfctn.Ntfctn }
      : undefined;
  if (!message) throw new StatementError('not-a-statement', 'neither BkToCstmrStmt (camt.053) nor BkToCstmrDbtCdtNtfctn (camt.054)');
  const entries = message.reports.flatMap((r) => (r.Ntry ?? []).flatMap((n) => entriesOf(n, r.Acct.Id?.IBAN ?? null)));
  return {
    format: message.format,
    messageId: message.header.MsgId,
    createdAt: message.header.CreDtTm,
    reportIds: message.reports.map((r) => r.Id),
    entries: withKeys(entries),
  };
}
