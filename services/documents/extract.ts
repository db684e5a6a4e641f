import sharp from 'sharp';
import { extractImages, getDocumentProxy } from 'unpdf';
import type { DocumentMediaType } from '../../domain/documents';
import type { Ocr, OcrLanguage } from './ocr';

export interface ExtractLimits {
  /** Only the first pages are read (a certificate or an invoice fits on them). */
  readonly maxPages: number;
  /** Images larger than this (width × height) are refused before they are decoded. */
  readonly maxPixels: number;
}

export type Extracted =
  | { readonly ok: true; readonly text: string; readonly method: 'text-layer' | 'ocr'; readonly pages: number }
  | { readonly ok: false; readonly reason: 'refused' | 'no-text' };

/** Enough letters and digits in a PDF's text layer to skip OCR. */
const TEXT_LAYER_MINIMUM = 20;
/** The longest side OCR gets: about 300 dpi on A4, enough for 8-point text and no slower than needed. */
const OCR_LONGEST_SIDE = 2600;

const letterCount = (text: string): number => text.replace(/[^\p{L}\p{N}]/gu, '').length;

/**
 * Text of a document: a PDF's text layer, or OCR of its page images (scans), or OCR of a photo.
 * Runs inside a reader thread (services/documents/readerWorker.ts). Nothing in the file is executed:
 * pdf.js evaluates no strings (`isEvalSupported: false`), renders no XFA forms and loads no fonts;
 * PDF JavaScript is never run (pdf.js has no scripting here).
 */
export async function extractDocumentText(bytes: Uint8Array, mediaType: DocumentMediaType, language: OcrLanguage, ocr: Ocr, limits: ExtractLimits): Promise<Extracted> {
  if (mediaType === 'application/pdf') return extractFromPdf(bytes, language, ocr, limits);
  const png = await prepareImage(sharp(bytes, { limitInputPixels: limits.maxPixels, failOn: 'error' }).rotate(), limits.maxPixels);
  if (!png) return { ok: false, reason: 'refused' };
  const result = await ocr.recognise(png, language);
  return { ok: true, text: result.text.normalize('NFKC'), method: 'ocr', pages: 1 };
}

/** Greyscale, at most {@link OCR_LONGEST_SIDE} on its longest side, as PNG (EXIF rotation applied by the caller's `.rotate()`). */
async function prepareImage(image: sharp.Sharp, maxPixels: number): Promise<Buffer | undefined> {
  // The header says how large the image is; a decompression bomb is refused before it is decoded.
  const metadata = await image.metadata().catch(() => undefined);
  if (!metadata?.width || !metadata.height || metadata.width * metadata.height > maxPixels) return undefined;
  return image
    .greyscale()
    .resize({ width: OCR_LONGEST_SIDE, height: OCR_LONGEST_SIDE, fit: 'inside', withoutEnlargement: true })
    .png({ compressionLevel: 1 })
    .toBuffer();
}

async function extractFromPdf(bytes: Uint8Array, language: OcrLanguage, ocr: Ocr, limits: ExtractLimits): Promise<Extracted> {
  const pdf = await getDocumentProxy(bytes, {
    isEvalSupported: false,
    enableXfa: false,
    disableFontFace: true,
    useSystemFonts: false,
    disableAutoFetch: true,
    maxImageSize: limits.maxPixels,
    verbosity: 0,
  });
  try {
    const pages = Math.min(pdf.numPages, limits.maxPages);
    const texts: string[] = [];
    for (let page = 1; page <= pages; page++) {
      const proxy = await pdf.getPage(page);
      const content = await proxy.getTextContent();
      texts.push(content.items.map((item) => ('str' in item ? `${item.str}${item.hasEOL ? '\n' : ' '}` : '')).join(''));
    }
    const layer = texts.join('\n').normalize('NFKC');
    if (letterCount(layer) >= TEXT_LAYER_MINIMUM) return { ok: true, text: layer, method: 'text-layer', pages };

    // A scan: OCR the largest image of each page.
    const scanned: string[] = [];
    for (let page = 1; page <= pages; page++) {
      const images = await extractImages(pdf, page);
      const largest = images.sort((a, b) => b.width * b.height - a.width * a.height)[0];
      if (!largest || largest.width * largest.height > limits.maxPixels) continue;
      const png = await prepareImage(sharp(Buffer.from(largest.data.buffer, largest.data.byteOffset, largest.data.byteLength), {
        raw: { width: largest.width, height: largest.height, channels: largest.channels },
      }).withMetadata({ density: Math.round(largest.width / 8.27) }), limits.maxPixels);
      if (png) scanned.push((await ocr.recognise(png, language)).text);
    }
    const text = scanned.join('\n').normalize('NFKC');
    return letterCount(text) > 0 ? { ok: true, text, method: 'ocr', pages } : { ok: false, reason: 'no-text' };
  } finally {
    await pdf.destroy();
  }
}
