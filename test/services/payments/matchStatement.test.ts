import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { paymentReference } from '../../../domain/paymentReferences';
import { camt053Statement } from '../../../services/payments/camtGenerator';
import { parseBankStatement, type StatementEntry } from '../../../services/payments/camtStatement';
import { matchStatement, namesMatch, type InvoiceToMatch } from '../../../services/payments/matchStatement';

const fixture = (name: string) => readFileSync(new URL(`fixtures/${name}`, import.meta.url), 'utf8');

function invoice(id: string, number: string, scheme: InvoiceToMatch['scheme'], currency: string, grossMinor: number, companyName: string, receivedMinor = 0): InvoiceToMatch {
  return { id, scheme, reference: paymentReference(scheme, number).value, currency, grossMinor, receivedMinor, companyName };
}

const danishInvoices = [
  invoice('A', 'INV-2026-7K3M9Q2P', 'fik71', 'DKK', 186_875, 'Ærø Foto & Film ApS'),
  invoice('B', 'INV-2026-4HX2W8RT', 'fik71', 'DKK', 186_875, 'Nordlys Studio IVS'),
  invoice('C', 'INV-2026-9ZQ3M1BC', 'fik71', 'DKK', 274_375, 'Kbh Video A/S'),
];

describe('matchStatement on a Danish camt.053', () => {
  const statement = parseBankStatement(fixture('camt053-dk-danske.xml'));
  const result = matchStatement(statement.entries, danishInvoices, new Set());
  const outcomes = result.matches.map((m) => [m.outcome, m.invoiceId, m.matchedBy, m.reason]);

  it('quotes the references the sample carries', () => {
    expect(danishInvoices.map((i) => i.reference)).toEqual(['026081575380183', '026048958958323', '026107280998835']);
  });

  it('decides every entry', () => {
    expect(outcomes).toEqual([
      ['exact', 'A', 'reference', null], // structured FI payment id
      ['partial', 'B', 'reference', null], // the +71 code line in the free text, 1,000 of 1,868.75
      ['exact', 'B', 'reference', null], // the rest, payment id typed in groups
      ['exact', 'C', 'amount-and-name', null], // no reference: amount and "KBH VIDEO A/S"
      ['unmatched', null, null, 'no-match'], // a mistyped payment id fails its check digit
      ['ignored', null, null, 'debit'], // the bank's fee
      ['ignored', null, null, 'not-booked'], // pending
      ['over', 'A', 'reference', null], // A was paid in full by the first entry
      ['unmatched', null, null, 'no-match'],
    ]);
    expect(result).toMatchObject({ matched: 5, unmatched: 2, duplicates: 0 });
  });

  it('changes nothing when the same statement is imported again', () => {
    const again = matchStatement(statement.entries, danishInvoices, new Set(statement.entries.map((e) => e.key)));
    expect(again).toMatchObject({ matched: 0, unmatched: 0, duplicates: statement.entries.length });
    expect(again.matches.every((m) => m.outcome === 'duplicate' && m.invoiceId === null)).toBe(true);
  });
});

describe('matchStatement on a Swedish camt.054', () => {
  const notification = parseBankStatement(fixture('camt054-se-seb.xml'));
  const invoices = [
    invoice('S1', 'INV-2026-7K3M9Q2P', 'ocr', 'SEK', 274_375, 'Åström Bild & Rörligt AB'),
    invoice('S2', 'INV-2026-4HX2W8RT', 'ocr', 'SEK', 274_375, 'Malmö Filmverkstad HB'),
  ];

  it('matches OCR references, structured and typed in groups', () => {
    const result = matchStatement(notification.entries, invoices, new Set());
    expect(result.matches.map((m) => [m.outcome, m.invoiceId, m.matchedBy])).toEqual([
      ['exact', 'S1', 'reference'],
      ['exact', 'S2', 'reference'],
    ]);
  });
});

function entries(transfers: Parameters<typeof camt053Statement>[0]['transfers']): readonly StatementEntry[] {
  return parseBankStatement(camt053Statement({ messageId: 'M', statementId: 'S', createdAt: '2026-04-02T18:00:00Z', accountIban: 'NL20INGB0001234567', currency: 'EUR', transfers })).entries;
}

describe('matchStatement rules', () => {
  const dutch = invoice('N1', 'INV-2026-7K3M9Q2P', 'betalingskenmerk', 'EUR', 24_079, 'Fotostudio Eëné B.V.');
  const german = invoice('D1', 'INV-2026-4HX2W8RT', 'rf', 'EUR', 23_681, 'Lichtbild Müller GmbH');

  it('takes the reference before amount and name', () => {
    const [entry] = entries([{ amountMinor: 23_681, currency: 'EUR', bookingDate: '2026-04-02', payerName: 'Lichtbild Müller GmbH', remittance: { kind: 'structured', value: dutch.reference } }]);
    expect(matchStatement([entry!], [dutch, german], new Set()).matches[0]).toMatchObject({ invoiceId: 'N1', matchedBy: 'reference', outcome: 'partial' });
  });

  it('leaves a valid reference paid in another currency to staff', () => {
    const [entry] = entries([{ amountMinor: 24_079, currency: 'SEK', bookingDate: '2026-04-02', remittance: { kind: 'structured', value: dutch.reference } }]);
    expect(matchStatement([entry!], [dutch], new Set()).matches[0]).toMatchObject({ outcome: 'unmatched', reason: 'currency', invoiceId: null });
  });

  it('does not guess between two invoices of the same amount and name', () => {
    const twin = { ...german, id: 'D2', reference: 'RF00' };
    const [entry] = entries([{ amountMinor: 23_681, currency: 'EUR', bookingDate: '2026-04-02', payerName: 'LICHTBILD MUELLER' }]);
    expect(matchStatement([entry!], [german, twin], new Set()).matches[0]).toMatchObject({ outcome: 'unmatched', reason: 'ambiguous' });
  });

  it('does not match by name when the amount differs', () => {
    const [entry] = entries([{ amountMinor: 20_000, currency: 'EUR', bookingDate: '2026-04-02', payerName: 'Lichtbild Müller GmbH' }]);
    expect(matchStatement([entry!], [german], new Set()).matches[0]).toMatchObject({ outcome: 'unmatched', reason: 'no-match' });
  });

  it('counts what an invoice had received before', () => {
    const half = { ...german, receivedMinor: 10_000 };
    const [entry] = entries([{ amountMinor: 13_681, currency: 'EUR', bookingDate: '2026-04-02', remittance: { kind: 'unstructured', value: `ref ${german.reference}` } }]);
    expect(matchStatement([entry!], [half], new Set()).matches[0]).toMatchObject({ outcome: 'exact', invoiceId: 'D1' });
  });

  it('counts an entry repeated inside one message once', () => {
    const list = entries([{ amountMinor: 23_681, currency: 'EUR', bookingDate: '2026-04-02', bankReference: 'X-1', remittance: { kind: 'structured', value: german.reference } }]);
    const result = matchStatement([...list, ...list], [german], new Set());
    expect(result.matches.map((m) => m.outcome)).toEqual(['exact', 'duplicate']);
  });
});

describe('namesMatch', () => {
  it.each([
    ['AEROE FOTO OG FILM APS', 'Ærø Foto & Film ApS'],
    ['ARO FOTO', 'Ærø Foto & Film ApS'],
    ['ASTROM BILD', 'Åström Bild & Rörligt AB'],
    ['Fotostudio Eene BV', 'Fotostudio Eëné B.V.'],
    ['LICHTBILD MUELLER GMBH', 'Lichtbild Müller GmbH'],
  ])('%s is %s', (payer, company) => {
    expect(namesMatch(payer, company)).toBe(true);
  });

  it.each([
    ['Foto ApS', 'Ærø Foto & Film ApS'],
    ['Nordlys Studio', 'Ærø Foto & Film ApS'],
    [null, 'Ærø Foto & Film ApS'],
    ['AB', 'Åström Bild & Rörligt AB'],
  ])('%s is not %s', (payer, company) => {
    expect(namesMatch(payer, company)).toBe(false);
  });
});
