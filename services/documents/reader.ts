import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { DocumentMediaType } from '../../domain/documents';
import type { OcrLanguage } from './ocr';
import type { ReaderRequest, ReaderResponse } from './protocol';

export interface DocumentReaderOptions {
  /** Reader threads at most; never more than the cores. Default 1. */
  readonly threads?: number;
  /** Time budget per document, from the moment a thread takes it. Default 20 s. */
  readonly timeoutMs?: number;
  /** Heap limit of a reader thread (V8 old generation). Default 512 MB. */
  readonly maxMemoryMb?: number;
  /** Pages read from a PDF. Default 3. */
  readonly maxPages?: number;
  /** Largest image (width × height) decoded. Default 40 megapixels. */
  readonly maxPixels?: number;
  /** Documents waiting beyond this are not read ("unreadable", reason `busy`). Default 100. */
  readonly maxQueue?: number;
  /** Extra Node flags for the reader threads (tests preload a network blocker with it). */
  readonly execArgv?: readonly string[];
  /** Told about each document that could not be read (no document content, only the reason). */
  readonly onProblem?: (problem: { readonly reason: UnreadableReason; readonly ms: number; readonly detail?: string }) => void;
}

export type UnreadableReason = 'timeout' | 'crash' | 'refused' | 'no-text' | 'failed' | 'busy' | 'closed';

export type DocumentReading =
  | { readonly readable: true; readonly text: string; readonly method: 'text-layer' | 'ocr'; readonly pages: number; readonly ms: number }
  | { readonly readable: false; readonly reason: UnreadableReason; readonly ms: number };

export interface DocumentReader {
  /** Reads a document's text; never rejects: a crash, a timeout or a hostile file is `readable: false`. */
  read(bytes: Uint8Array, mediaType: DocumentMediaType, language: OcrLanguage): Promise<DocumentReading>;
  close(): Promise<void>;
}

interface Job {
  readonly request: Omit<ReaderRequest, 'id'>;
  readonly started: number;
  readonly resolve: (reading: DocumentReading) => void;
}

interface Slot {
  readonly worker: Worker;
  job?: { readonly id: number; readonly job: Job; readonly timer: NodeJS.Timeout };
}

/**
 * The reader thread's script: the bundle's `documentReader.js` beside `dist/server.cjs` when running
 * the build, else the TypeScript source through tsx (tests, `npm run chat`).
 */
function workerScript(): { readonly source: URL | string; readonly eval: boolean } {
  const built = new URL('./documentReader.js', import.meta.url);
  if (existsSync(fileURLToPath(built))) return { source: built, eval: false };
  // Node 20 applies no `--import` loader to a worker thread: the thread registers tsx itself.
  const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx/esm/api').replace(/\.cjs$/, '.mjs')).href;
  const source = new URL('./readerWorker.ts', import.meta.url).href;
  return { source: `import(${JSON.stringify(tsx)}).then((api) => { api.register(); return import(${JSON.stringify(source)}); });`, eval: true };
}

/**
 * A pool of reader threads (services/documents/readerWorker.ts). Each document gets a time budget
 * and each thread a heap limit; a thread that runs over its budget or crashes is ended and
 * replaced, and its document counts as unreadable. The event loop of the bot never parses a PDF
 * or runs OCR.
 */
export function createDocumentReader(options: DocumentReaderOptions = {}): DocumentReader {
  const threads = Math.max(1, Math.min(options.threads ?? 1, availableParallelism()));
  const timeoutMs = options.timeoutMs ?? 20_000;
  const limits = { maxPages: options.maxPages ?? 3, maxPixels: options.maxPixels ?? 40_000_000 };
  const maxQueue = options.maxQueue ?? 100;
  const script = workerScript();
  const slots = new Set<Slot>();
  const queue: Job[] = [];
  let nextId = 1;
  let closed = false;

  type Unfinished = { readonly readable: true; readonly text: string; readonly method: 'text-layer' | 'ocr'; readonly pages: number } | { readonly readable: false; readonly reason: UnreadableReason };
  const finish = (job: Job, reading: Unfinished, detail?: string): void => {
    const ms = Date.now() - job.started;
    const complete: DocumentReading = { ...reading, ms };
    if (!complete.readable) options.onProblem?.({ reason: complete.reason, ms, ...(detail ? { detail } : {}) });
    job.resolve(complete);
  };

  const retire = (slot: Slot, reason: UnreadableReason, detail?: string): void => {
    if (!slots.delete(slot)) return;
    if (slot.job) {
      clearTimeout(slot.job.timer);
      finish(slot.job.job, { readable: false, reason }, detail);
      slot.job = undefined;
    }
    void slot.worker.terminate();
    pump();
  };

  const spawn = (): Slot => {
    const worker = new Worker(script.source, {
      eval: script.eval,
      execArgv: [...(options.execArgv ?? [])],
      resourceLimits: { maxOldGenerationSizeMb: options.maxMemoryMb ?? 512 },
      // Tesseract prints warnings; nobody needs them, and document text must never reach the log.
      stdout: true,
      stderr: true,
    });
    worker.stdout.resume();
    worker.stderr.resume();
    const slot: Slot = { worker };
    worker.on('message', (response: ReaderResponse) => {
      const current = slot.job;
      if (!current || current.id !== response.id) return;
      clearTimeout(current.timer);
      slot.job = undefined;
      // An idle reader thread does not keep the process alive; a busy one does (its caller waits).
      worker.unref();
      if (response.ok) finish(current.job, { readable: true, text: response.text, method: response.method, pages: response.pages });
      else finish(current.job, { readable: false, reason: response.reason }, 'detail' in response ? response.detail : undefined);
      pump();
    });
    // The thread's own errors (out of memory, a bug) carry no document content: name and message for the log.
    worker.on('error', (error) => retire(slot, 'crash', `${error.name}: ${error.message}`.slice(0, 300)));
    worker.on('exit', (code) => retire(slot, 'crash', `exit ${code}`));
    worker.unref();
    slots.add(slot);
    return slot;
  };

  function pump(): void {
    while (queue.length > 0 && !closed) {
      let slot = [...slots].find((candidate) => !candidate.job);
      if (!slot && slots.size < threads) slot = spawn();
      if (!slot) return;
      const job = queue.shift();
      if (!job) return;
      const id = nextId++;
      const target = slot;
      const timer = setTimeout(() => retire(target, 'timeout'), timeoutMs);
      target.job = { id, job, timer };
      target.worker.ref();
      const request: ReaderRequest = { id, ...job.request };
      target.worker.postMessage(request);
    }
  }

  return {
    read(bytes, mediaType, language) {
      return new Promise<DocumentReading>((resolve) => {
        const job: Job = { request: { bytes: new Uint8Array(bytes), mediaType, language, limits }, started: Date.now(), resolve };
        if (closed) return finish(job, { readable: false, reason: 'closed' });
        if (queue.length >= maxQueue) return finish(job, { readable: false, reason: 'busy' });
        queue.push(job);
        pump();
      });
    },
    async close() {
      closed = true;
      for (const job of queue.splice(0)) finish(job, { readable: false, reason: 'closed' });
      await Promise.all([...slots].map(async (slot) => retire(slot, 'closed')));
    },
  };
}
