/**
 * `npm run bench:documents` — how fast and how well the document reader reads the generated test
 * documents (test/support/documents.ts) on one reader thread: per language a text PDF, a scan
 * (image-only PDF) and phone photos turned 0°, 92°, 181° and 268°, blurred and noisy, one after the other. Prints time
 * per document, the process's resident memory above what it was before the reader started, and
 * how many numbers and names were found. Options: --threads N (default 1).
 */
import { checkUploadedDocument } from '../services/documents/checkDocument';
import { createDocumentReader } from '../services/documents/reader';
import { imageOnlyPdf, phonePhoto, SAMPLE_DOCUMENTS, textPdf } from '../test/support/documents';
import type { DocumentMediaType } from '../domain/documents';

const threadsArgument = process.argv.indexOf('--threads');
const threads = threadsArgument > 0 ? Number(process.argv[threadsArgument + 1]) : 1;

interface Case {
  readonly kind: 'text PDF' | 'scan' | 'photo';
  readonly bytes: Buffer;
  readonly mediaType: DocumentMediaType;
  readonly sample: (typeof SAMPLE_DOCUMENTS)[number];
}

const cases: Case[] = [];
for (const sample of SAMPLE_DOCUMENTS) {
  cases.push({ kind: 'text PDF', bytes: await textPdf(sample.lines), mediaType: 'application/pdf', sample });
  cases.push({ kind: 'scan', bytes: await imageOnlyPdf(sample.lines), mediaType: 'application/pdf', sample });
  for (const [index, degrees] of [0, 92, 181, 268].entries()) {
    cases.push({ kind: 'photo', bytes: await phonePhoto(sample.lines, degrees, 11 + index), mediaType: 'image/jpeg', sample });
  }
}

const baseline = process.memoryUsage().rss;
let peak = baseline;
const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
const reader = createDocumentReader({ threads, timeoutMs: 60_000 });

// Warm-up: the first document starts the thread and the tesseract workers (timed apart).
const warmStart = Date.now();
const warmSample = SAMPLE_DOCUMENTS[0];
if (warmSample) await checkUploadedDocument(reader, { bytes: await phonePhoto(warmSample.lines, 0, 99), mediaType: 'image/jpeg' }, warmSample);
const warmUp = Date.now() - warmStart;

const results: { kind: Case['kind']; language: string; ms: number; number: boolean; name: boolean }[] = [];
const started = Date.now();
// One after the other: each time is the reader's own, without waiting in the queue.
for (const { kind, bytes, mediaType, sample } of cases) {
  const { facts, reading } = await checkUploadedDocument(reader, { bytes, mediaType }, sample);
  results.push({ kind, language: sample.language, ms: reading.ms, number: facts.vatNumber?.status === 'found', name: facts.companyName.status === 'found' });
}
const wall = Date.now() - started;
clearInterval(sampler);
await reader.close();

const mb = (bytes: number): string => `${Math.round(bytes / 1024 / 1024)} MB`;
process.stdout.write(`reader threads: ${threads}; first document (thread + OCR start): ${warmUp} ms; ${cases.length} documents in ${wall} ms\n`);
process.stdout.write(`resident memory above the process before the reader: peak ${mb(peak - baseline)}\n\n`);
process.stdout.write('| document | n | median ms | max ms | number found | name found |\n|---|---|---|---|---|---|\n');
for (const kind of ['text PDF', 'scan', 'photo'] as const) {
  const rows = results.filter((result) => result.kind === kind);
  const perDocument = rows.map((row) => row.ms).sort((a, b) => a - b);
  const median = perDocument[Math.floor(perDocument.length / 2)] ?? 0;
  process.stdout.write(
    `| ${kind} | ${rows.length} | ${median} | ${Math.max(...perDocument)} | ${rows.filter((row) => row.number).length}/${rows.length} | ${rows.filter((row) => row.name).length}/${rows.length} |\n`,
  );
}
for (const miss of results.filter((result) => !result.number || !result.name)) {
  process.stdout.write(`missed: ${miss.language} ${miss.kind} (number ${miss.number ? 'found' : 'not found'}, name ${miss.name ? 'found' : 'not found'})\n`);
}
