import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkUploadedDocument } from '../../../services/documents/checkDocument';
import { createDocumentReader, type DocumentReader, type UnreadableReason } from '../../../services/documents/reader';
import {
  hugeImage,
  imageOnlyPdf,
  javascriptPdf,
  longPdf,
  malformedPdf,
  phonePhoto,
  SAMPLE_DOCUMENTS,
  textPdf,
} from '../../support/documents';

// No network for this file: the test process and every reader thread (and tesseract's threads in
// them) get the blocker, so language data can only come from node_modules.
const require = createRequire(import.meta.url);
const BLOCKER = require.resolve('../../support/blockNetwork.cjs');
require(BLOCKER);

/** Generous for a shared 2-core CI machine; the budget the bot uses by default is 20 s. */
const SLOW = 180_000;
const problems: UnreadableReason[] = [];
let reader: DocumentReader;

beforeAll(() => {
  reader = createDocumentReader({ timeoutMs: 60_000, execArgv: ['--require', BLOCKER], onProblem: (problem) => problems.push(problem.reason) });
});
afterAll(async () => reader.close());

it('runs with the network blocked', async () => {
  await expect(fetch('https://registry.npmjs.org/')).rejects.toThrow(/network blocked/);
});

describe.each(SAMPLE_DOCUMENTS)('a $language document', (sample) => {
  const typed = { countryCode: sample.countryCode, companyName: sample.companyName, vatNumber: sample.vatNumber };

  it('text PDF: reads the text layer and finds the number and the name', { timeout: SLOW }, async () => {
    const { facts, reading } = await checkUploadedDocument(reader, { bytes: await textPdf(sample.lines), mediaType: 'application/pdf' }, typed);
    expect([reading.readable && reading.method, facts.vatNumber?.status, facts.companyName.status]).toEqual(['text-layer', 'found', 'found']);
  });

  it('image-only PDF: OCRs the page image and finds the number and the name', { timeout: SLOW }, async () => {
    const { facts, reading } = await checkUploadedDocument(reader, { bytes: await imageOnlyPdf(sample.lines), mediaType: 'application/pdf' }, typed);
    expect([reading.readable && reading.method, facts.vatNumber?.status, facts.companyName.status]).toEqual(['ocr', 'found', 'found']);
  });

  it('phone photo turned a quarter, blurred and noisy: finds the number and the name', { timeout: SLOW }, async () => {
    const { facts } = await checkUploadedDocument(reader, { bytes: await phonePhoto(sample.lines), mediaType: 'image/jpeg' }, typed);
    expect([facts.readable, facts.vatNumber?.status, facts.companyName.status]).toEqual([true, 'found', 'found']);
  });
});

describe('a document for another company', () => {
  it('upside-down photo of a Danish certificate with another CVR number: different, with the number', { timeout: SLOW }, async () => {
    const danish = SAMPLE_DOCUMENTS[0];
    if (!danish) throw new Error('no Danish sample');
    const lines = danish.lines.map((line) => line.replace('13 58 56 28', '25 31 37 63'));
    const { facts } = await checkUploadedDocument(reader, { bytes: await phonePhoto(lines, 181), mediaType: 'image/jpeg' }, danish);
    expect(facts.vatNumber).toMatchObject({ status: 'different', found: 'DK25313763' });
  });
});

describe('hostile and oversized files', () => {
  const typed = { countryCode: 'DK', companyName: 'Nordlys Foto ApS', vatNumber: 'DK13585628' };
  const BUDGET = 20_000;

  it('a malformed PDF is unreadable, quickly', { timeout: SLOW }, async () => {
    const reading = await reader.read(malformedPdf(), 'application/pdf', 'dan');
    expect(reading).toMatchObject({ readable: false, reason: 'failed' });
    expect(reading.ms).toBeLessThan(BUDGET);
  });

  it('a 50-page PDF is read up to its third page only', { timeout: SLOW }, async () => {
    const reading = await reader.read(await longPdf(['Nordlys Foto ApS', 'CVR-nr. 13585628'], 50), 'application/pdf', 'dan');
    expect(reading.readable && { pages: reading.pages, lastPage: /\((\d+)\)\s*$/.exec(reading.text.trim())?.[1] }).toEqual({ pages: 3, lastPage: '3' });
    expect(reading.ms).toBeLessThan(BUDGET);
  });

  it('a 12,000 × 12,000 image is refused before it is decoded', { timeout: SLOW }, async () => {
    const reading = await reader.read(await hugeImage(), 'image/png', 'dan');
    expect(reading).toMatchObject({ readable: false, reason: 'refused' });
    expect(reading.ms).toBeLessThan(BUDGET);
  });

  it('a PDF with JavaScript is read as text and its script never runs (it would loop forever)', { timeout: SLOW }, async () => {
    const { facts, reading } = await checkUploadedDocument(reader, { bytes: await javascriptPdf(SAMPLE_DOCUMENTS[0]?.lines ?? []), mediaType: 'application/pdf' }, typed);
    expect([reading.readable, facts.vatNumber?.status]).toEqual([true, 'found']);
    expect(reading.ms).toBeLessThan(BUDGET);
  });

  it('a document over its time budget is cut off and counts as unreadable; the event loop stays free meanwhile', { timeout: SLOW }, async () => {
    const impatient = createDocumentReader({ timeoutMs: 400, execArgv: ['--require', BLOCKER] });
    let worstLag = 0;
    let last = Date.now();
    const ticker = setInterval(() => {
      worstLag = Math.max(worstLag, Date.now() - last - 20);
      last = Date.now();
    }, 20);
    try {
      const reading = await impatient.read(await phonePhoto(SAMPLE_DOCUMENTS[0]?.lines ?? []), 'image/jpeg', 'dan');
      expect(reading).toMatchObject({ readable: false, reason: 'timeout' });
      expect(reading.ms).toBeLessThan(5_000);
    } finally {
      clearInterval(ticker);
      await impatient.close();
    }
    expect(worstLag).toBeLessThan(500);
  });

  it('reported only the expected problems to the log hook', () => {
    expect(problems.sort()).toEqual(['failed', 'refused']);
  });
});
