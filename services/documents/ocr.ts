import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import sharp from 'sharp';
import { createWorker, OEM, type Worker as TesseractWorker } from 'tesseract.js';

/** The OCR languages we ship (npm packages `@tesseract.js-data/*`), one tesseract worker each. */
export const OCR_LANGUAGES = ['dan', 'swe', 'nld', 'eng'] as const;
export type OcrLanguage = (typeof OCR_LANGUAGES)[number];

const require = createRequire(import.meta.url);

/**
 * The folder of a language's `.traineddata.gz` inside node_modules. LSTM languages use the
 * `best_int` data; orientation detection (`osd`) needs the legacy data. Nothing is ever fetched:
 * tesseract.js only downloads when `langPath` is a URL or missing.
 */
function languageFolder(language: OcrLanguage | 'osd'): string {
  const packageJson = require.resolve(`@tesseract.js-data/${language}/package.json`);
  return join(dirname(packageJson), language === 'osd' ? '4.0.0' : '4.0.0_best_int');
}

/** Starts a tesseract worker from local files only; refuses when the data file is missing (tesseract would wait forever). */
async function startWorker(language: OcrLanguage | 'osd', onError: (error: unknown) => void): Promise<TesseractWorker> {
  const langPath = languageFolder(language);
  if (!existsSync(join(langPath, `${language}.traineddata.gz`))) throw new Error(`OCR data for ${language} is not installed`);
  const worker = await createWorker(language, language === 'osd' ? OEM.TESSERACT_ONLY : OEM.LSTM_ONLY, {
    langPath,
    gzip: true,
    cacheMethod: 'none',
    ...(language === 'osd' ? { legacyCore: true, legacyLang: true } : {}),
    // Without a handler a failed job throws where nobody can catch it and ends the thread.
    errorHandler: onError,
  });
  // Sauvola thresholding: the default (Otsu) fails on phone photos with uneven light.
  if (language !== 'osd') await worker.setParameters({ thresholding_method: '2' } as Parameters<TesseractWorker['setParameters']>[0]);
  return worker;
}

export interface OcrResult {
  readonly text: string;
  /** Tesseract's mean word confidence, 0–100. */
  readonly confidence: number;
}

/** Language workers kept per reader thread (about 100 MB each); the least recently used one goes. */
const KEPT_LANGUAGES = 2;

/**
 * OCR engines for one reader thread: one tesseract worker per language, started on first use and
 * kept (the {@link KEPT_LANGUAGES} most recently used), and one orientation-detection worker (a
 * photo taken sideways or upside down is turned upright before reading).
 */
export function createOcr(onError: (error: unknown) => void) {
  // Map order is use order: a worker is moved to the end each time it is used.
  const workers = new Map<OcrLanguage | 'osd', Promise<TesseractWorker>>();
  const workerFor = (language: OcrLanguage | 'osd'): Promise<TesseractWorker> => {
    let worker = workers.get(language);
    workers.delete(language);
    if (!worker) {
      worker = startWorker(language, onError);
      worker.catch(() => workers.delete(language));
    }
    workers.set(language, worker);
    const languages = [...workers.keys()].filter((key) => key !== 'osd');
    for (const stale of languages.slice(0, Math.max(0, languages.length - KEPT_LANGUAGES))) {
      const evicted = workers.get(stale);
      workers.delete(stale);
      void evicted?.then((old) => old.terminate()).catch(() => undefined);
    }
    return worker;
  };

  return {
    /** Reads a greyscale PNG, turning it upright first when tesseract is confident it is not. */
    async recognise(png: Buffer, language: OcrLanguage): Promise<OcrResult> {
      const osd = await workerFor('osd');
      const detected = await osd.detect(png).catch(() => undefined);
      const degrees = detected?.data.orientation_degrees ?? 0;
      const confident = (detected?.data.orientation_confidence ?? 0) >= 1.5;
      const upright = confident && degrees !== 0 ? await sharp(png).rotate(degrees).png().toBuffer() : png;
      const result = await (await workerFor(language)).recognize(upright);
      return { text: result.data.text, confidence: result.data.confidence };
    },
    async close(): Promise<void> {
      const all = [...workers.values()];
      workers.clear();
      await Promise.allSettled(all.map(async (worker) => (await worker).terminate()));
    },
  };
}

export type Ocr = ReturnType<typeof createOcr>;
