import { XMLBuilder } from 'fast-xml-parser';

/**
 * Writes camt.053.001.02 bank statements, the way a bank reports incoming transfers: for tests and
 * end-to-end runs that import "the bank's" statement. Built with fast-xml-parser's builder, so
 * every value is escaped.
 */

export interface GeneratedTransfer {
  readonly amountMinor: number;
  readonly currency: string;
  /** YYYY-MM-DD. */
  readonly bookingDate: string;
  /** `structured`: `RmtInf/Strd/CdtrRefInf/Ref` (what a reference field in a net bank becomes); `unstructured`: `RmtInf/Ustrd`. */
  readonly remittance?: { readonly kind: 'structured' | 'unstructured'; readonly value: string };
  readonly payerName?: string;
  readonly payerIban?: string;
  /** The bank's own reference of the transaction (`AcctSvcrRef`). */
  readonly bankReference?: string;
  readonly endToEndId?: string;
  /** Default credit (money in). */
  readonly direction?: 'credit' | 'debit';
  /** Default booked. */
  readonly status?: 'BOOK' | 'PDNG' | 'INFO';
}

export interface GeneratedStatement {
  readonly messageId: string;
  readonly statementId: string;
  /** ISO date-time. */
  readonly createdAt: string;
  readonly accountIban: string;
  readonly currency: string;
  readonly transfers: readonly GeneratedTransfer[];
}

const builder = new XMLBuilder({ ignoreAttributes: false, attributeNamePrefix: '@_', format: true, suppressEmptyNode: true });

function decimal(minor: number): string {
  if (!Number.isInteger(minor) || minor < 0) throw new RangeError(`amount must be a non-negative integer of minor units, got ${minor}`);
  return `${Math.floor(minor / 100)}.${String(minor % 100).padStart(2, '0')}`;
}

function remittance(transfer: GeneratedTransfer): Record<string, unknown> | undefined {
  const info = transfer.remittance;
  if (!info) return undefined;
  if (info.kind === 'unstructured') return { Ustrd: info.value };
  return { Strd: { CdtrRefInf: { Tp: { CdOrPrtry: { Cd: 'SCOR' } }, Ref: info.value } } };
}

function entry(transfer: GeneratedTransfer, index: number): Record<string, unknown> {
  const amount = { '#text': decimal(transfer.amountMinor), '@_Ccy': transfer.currency };
  const direction = transfer.direction === 'debit' ? 'DBIT' : 'CRDT';
  return {
    NtryRef: String(index + 1),
    Amt: amount,
    CdtDbtInd: direction,
    Sts: transfer.status ?? 'BOOK',
    BookgDt: { Dt: transfer.bookingDate },
    ValDt: { Dt: transfer.bookingDate },
    AcctSvcrRef: transfer.bankReference,
    BkTxCd: { Domn: { Cd: 'PMNT', Fmly: { Cd: 'RCDT', SubFmlyCd: 'ESCT' } } },
    NtryDtls: {
      TxDtls: {
        Refs: { AcctSvcrRef: transfer.bankReference, EndToEndId: transfer.endToEndId ?? 'NOTPROVIDED' },
        AmtDtls: { TxAmt: { Amt: amount } },
        RltdPties:
          transfer.payerName || transfer.payerIban
            ? {
                Dbtr: transfer.payerName ? { Nm: transfer.payerName } : undefined,
                DbtrAcct: transfer.payerIban ? { Id: { IBAN: transfer.payerIban } } : undefined,
              }
            : undefined,
        RmtInf: remittance(transfer),
      },
    },
  };
}

/** A camt.053.001.02 statement of one account with one booked entry per transfer. */
export function camt053Statement(statement: GeneratedStatement): string {
  const credits = statement.transfers.filter((t) => t.direction !== 'debit').reduce((sum, t) => sum + t.amountMinor, 0);
  const document = {
    '?xml': { '@_version': '1.0', '@_encoding': 'UTF-8' },
    Document: {
      '@_xmlns': 'urn:iso:std:iso:20022:tech:xsd:camt.053.001.02',
      BkToCstmrStmt: {
        GrpHdr: { MsgId: statement.messageId, CreDtTm: statement.createdAt },
        Stmt: {
          Id: statement.statementId,
          CreDtTm: statement.createdAt,
          Acct: { Id: { IBAN: statement.accountIban }, Ccy: statement.currency },
          TxsSummry: { TtlCdtNtries: { NbOfNtries: String(statement.transfers.filter((t) => t.direction !== 'debit').length), Sum: decimal(credits) } },
          Ntry: statement.transfers.map(entry),
        },
      },
    },
  };
  return builder.build(document);
}
