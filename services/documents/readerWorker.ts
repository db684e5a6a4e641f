/**
 * A reader thread: takes one document at a time from the pool (services/documents/reader.ts),
 * returns its text. Runs with a heap limit; the pool ends the thread when a document takes longer
 * than its budget, so nothing here needs its own timeout.
 */
import { parentPort } from 'node:worker_threads';
import { extractDocumentText } from './extract';
import { createOcr } from './ocr';
import type { ReaderRequest, ReaderResponse } from './protocol';

if (!parentPort) throw new Error('readerWorker.ts runs as a worker thread');
const port = parentPort;

// A failed tesseract job is reported here as well as rejected; the rejection is what we act on.
const ocr = createOcr(() => undefined);

port.on('message', (request: ReaderRequest) => {
  void (async () => {
    let response: ReaderResponse;
    try {
      const extracted = await extractDocumentText(request.bytes, request.mediaType, request.language, ocr, request.limits);
      response = { id: request.id, ...extracted };
    } catch (error) {
      // Malformed or hostile files end up here; the message is for the log only.
      response = { id: request.id, ok: false, reason: 'failed', detail: error instanceof Error ? error.name : 'unknown' };
    }
    port.postMessage(response);
  })();
});
