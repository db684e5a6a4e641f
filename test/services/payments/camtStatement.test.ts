import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { camt053Statement, type GeneratedTransfer } from '../../../services/payments/camtGenerator';
import { MAX_STATEMENT_BYTES, parseBankStatement, StatementError, type StatementProblem } from '../../../services/payments/camtStatement';

const fixture = (name: string) => readFileSync(new URL(`fixtures/${name}`, import.meta.url), 'utf8');
const danish = fixture('camt053-dk-danske.xml');
const swedish = fixture('camt054-se-seb.xml');

function problemOf(input: string | Uint8Array): StatementProblem | undefined {
  try {
    parseBankStatement(input);
    return undefined;
  } catch (error) {
    if (error instanceof StatementError) return error.problem;
    throw error;
  }
}

describe('parseBankStatement: camt.053', () => {
  const statement = parseBankStatement(danish);

  it('reads the message and its statement', () => {
    expect(statement).toMatchObject({ format: 'camt.053', messageId: 'DABA20260402-000123', createdAt: '2026-04-02T22:15:03+02:00', reportIds: ['DK5000400440116243-2026-04-02'] });
  });

  it('gives one entry per transaction: eight entries, the batch split in two', () => {
    expect(statement.entries).toHaveLength(9);
    expect(statement.entries.map((e) => e.amountMinor)).toEqual([186_875, 100_000, 86_875, 274_375, 186_875, 1_500, 186_875, 10_000, 25_000]);
  });

  it('reads amount, currency, dates, payer, structured reference and free text', () => {
    expect(statement.entries[0]).toMatchObject({
      accountIban: 'DK5000400440116243',
      direction: 'credit',
      booked: true,
      currency: 'DKK',
      bookingDate: '2026-04-02',
      valueDate: '2026-04-02',
      structuredReferences: ['026081575380183'],
      payerName: 'AEROE FOTO OG FILM APS',
      payerIban: 'DK4930004055555555',
      bankReference: 'DABA-26092-000001',
      endToEndId: null,
    });
    expect(statement.entries[1]?.remittanceText).toBe('+71< 026048958958323 +81234567< rate 1');
    expect(statement.entries[7]?.payerName).toBe('Ærø Foto & Film ApS');
  });

  it('marks debits and entries not booked', () => {
    expect(statement.entries[5]).toMatchObject({ direction: 'debit', remittanceText: 'Gebyr indbetalinger' });
    expect(statement.entries[6]?.booked).toBe(false);
  });

  it('gives every transaction its own key, the same at every import', () => {
    const keys = statement.entries.map((e) => e.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(parseBankStatement(danish).entries.map((e) => e.key)).toEqual(keys);
  });
});

describe('parseBankStatement: camt.054', () => {
  const notification = parseBankStatement(new TextEncoder().encode(swedish));

  it('reads a notification of version 08: status code, party name, date-time booking', () => {
    expect(notification).toMatchObject({ format: 'camt.054', messageId: 'SEB-NTF-20260402-0042', reportIds: ['NTF-0042'] });
    expect(notification.entries[0]).toMatchObject({ booked: true, payerName: 'ÅSTRÖM BILD & RÖRLIGT AB', structuredReferences: ['260815753801857'], amountMinor: 274_375 });
    expect(notification.entries[1]).toMatchObject({ amountMinor: 274_375, bookingDate: '2026-04-02', valueDate: null, remittanceText: 'OCR 2604 8958 9583 251' });
  });

  it('keys a transaction by the bank’s reference, so the later statement of it is a duplicate', () => {
    const statement = parseBankStatement(
      camt053Statement({
        messageId: 'SEB-STMT-20260402',
        statementId: 'S-1',
        createdAt: '2026-04-02T23:00:00+02:00',
        accountIban: 'SE4550000000058398257466',
        currency: 'SEK',
        transfers: [{ amountMinor: 274_375, currency: 'SEK', bookingDate: '2026-04-02', bankReference: 'SEB-BG-5550-0003-000771', remittance: { kind: 'structured', value: '260815753801857' } }],
      }),
    );
    expect(statement.entries[0]?.key).toBe(notification.entries[0]?.key);
  });
});

describe('parseBankStatement: keys without a bank reference', () => {
  const transfer: GeneratedTransfer = { amountMinor: 50_000, currency: 'EUR', bookingDate: '2026-04-02', payerName: 'Studio Noord', remittance: { kind: 'unstructured', value: 'lidmaatschap' } };
  const xml = camt053Statement({ messageId: 'M', statementId: 'S', createdAt: '2026-04-02T18:00:00Z', accountIban: 'NL20INGB0001234567', currency: 'EUR', transfers: [transfer, transfer] });

  it('keeps two identical transfers apart and gives each the same key at the next import', () => {
    const first = parseBankStatement(xml).entries.map((e) => e.key);
    expect(new Set(first).size).toBe(2);
    expect(parseBankStatement(xml).entries.map((e) => e.key)).toEqual(first);
  });
});

describe('parseBankStatement refuses', () => {
  it('more than the size limit, before parsing', () => {
    expect(problemOf(`<a>${'x'.repeat(MAX_STATEMENT_BYTES)}</a>`)).toBe('too-large');
    expect(problemOf(new Uint8Array(MAX_STATEMENT_BYTES + 1))).toBe('too-large');
  });

  it.each([
    ['a cut-off file', danish.slice(0, 2_000)],
    ['text that is not XML', 'amount;reference\n1868.75;026081575380183'],
    ['an empty body', ''],
    ['mismatched tags', '<Document><BkToCstmrStmt></Document></BkToCstmrStmt>'],
  ])('%s as malformed', (_what, input) => {
    expect(problemOf(input)).toBe('malformed');
  });

  it('an external entity as malformed, and an entity bomb without expanding it', () => {
    const external = '<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]><Document><BkToCstmrStmt><GrpHdr><MsgId>&x;</MsgId></GrpHdr></BkToCstmrStmt></Document>';
    expect(problemOf(external)).toBe('malformed');
    const levels = Array.from({ length: 9 }, (_, i) => `<!ENTITY l${i + 1} "${`&l${i};`.repeat(10)}">`).join('');
    const bomb = `<?xml version="1.0"?><!DOCTYPE d [<!ENTITY l0 "lol">${levels}]><Document><BkToCstmrStmt><GrpHdr><MsgId>&l9;</MsgId><CreDtTm>x</CreDtTm></GrpHdr></BkToCstmrStmt></Document>`;
    const started = performance.now();
    expect(problemOf(bomb)).toBeDefined();
    expect(performance.now() - started).toBeLessThan(2_000);
  });

  it('bytes that are not UTF-8 as malformed', () => {
    expect(problemOf(new Uint8Array([0x3c, 0x61, 0x3e, 0xff, 0xfe, 0x3c, 0x2f, 0x61, 0x3e]))).toBe('malformed');
  });

  it.each([
    ['another ISO 20022 message (pain.001)', '<Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.001.001.03"><CstmrCdtTrfInitn><GrpHdr><MsgId>1</MsgId></GrpHdr></CstmrCdtTrfInitn></Document>'],
    ['an amount without currency', danish.replace('<Amt Ccy="DKK">1868.75</Amt>', '<Amt>1868.75</Amt>')],
    ['an amount that is not a number', danish.replace('<Amt Ccy="DKK">1868.75</Amt>', '<Amt Ccy="DKK">1.868,75</Amt>')],
    ['an amount below the cent', danish.replace('<Amt Ccy="DKK">1868.75</Amt>', '<Amt Ccy="DKK">1868.755</Amt>')],
    ['an entry without credit/debit indicator', danish.replace('<CdtDbtInd>DBIT</CdtDbtInd>', '')],
    ['a statement without message id', danish.replace('<MsgId>DABA20260402-000123</MsgId>', '')],
  ])('%s as not a statement', (_what, input) => {
    expect(problemOf(input)).toBe('not-a-statement');
  });
});

describe('camt053Statement (generator) round trip', () => {
  const names = fc.string({ unit: fc.constantFrom(...'abcæøåäöëé &<>"\'ABC'), minLength: 1, maxLength: 40 }).filter((s) => s.trim() !== '');
  const transfers = fc.array(
    fc.record({
      amountMinor: fc.integer({ min: 1, max: 10_000_000 }),
      payerName: names,
      remittance: fc.record({ kind: fc.constantFrom('structured' as const, 'unstructured' as const), value: names }),
      bankReference: fc.uuid(),
    }),
    { minLength: 1, maxLength: 20 },
  );

  it('reads back every amount, payer and reference it wrote', () => {
    fc.assert(
      fc.property(transfers, (list) => {
        const xml = camt053Statement({
          messageId: 'M-1',
          statementId: 'S-1',
          createdAt: '2026-04-02T18:00:00Z',
          accountIban: 'NL20INGB0001234567',
          currency: 'EUR',
          transfers: list.map((t) => ({ ...t, currency: 'EUR', bookingDate: '2026-04-02' })),
        });
        const entries = parseBankStatement(xml).entries;
        expect(entries.map((e) => e.amountMinor)).toEqual(list.map((t) => t.amountMinor));
        expect(entries.map((e) => e.payerName)).toEqual(list.map((t) => t.payerName.trim()));
        for (const [i, t] of list.entries()) {
          const entry = entries[i];
          if (t.remittance.kind === 'structured') expect(entry?.structuredReferences).toEqual([t.remittance.value.trim()]);
          else expect(entry?.remittanceText).toBe(t.remittance.value.trim());
        }
      }),
      { numRuns: 50 },
    );
  });
});
