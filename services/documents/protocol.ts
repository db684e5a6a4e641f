import type { DocumentMediaType } from '../../domain/documents';
import type { ExtractLimits, Extracted } from './extract';
import type { OcrLanguage } from './ocr';

/** What the pool sends a reader thread. */
export interface ReaderRequest {
  readonly id: number;
  readonly bytes: Uint8Array;
  readonly mediaType: DocumentMediaType;
  readonly language: OcrLanguage;
  readonly limits: ExtractLimits;
}

/** What a reader thread answers. */
export type ReaderResponse = { readonly id: number } & (Extracted | { readonly ok: false; readonly reason: 'failed'; readonly detail: string });
