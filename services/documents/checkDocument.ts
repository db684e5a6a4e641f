import { findDocumentFacts, type DocumentFacts, type TypedFacts } from '../../domain/documentFacts';
import type { DocumentMediaType } from '../../domain/documents';
import type { OcrLanguage } from './ocr';
import type { DocumentReader, DocumentReading } from './reader';

/** The OCR language for a business's country: the country's own, else English. */
export function ocrLanguageFor(countryCode: string): OcrLanguage {
  switch (countryCode) {
    case 'DK':
      return 'dan';
    case 'SE':
      return 'swe';
    case 'NL':
    case 'BE':
      return 'nld';
    default:
      return 'eng';
  }
}

export interface DocumentCheckOutcome {
  readonly facts: DocumentFacts;
  readonly reading: DocumentReading;
}

/**
 * Reads an uploaded document and compares what it shows with what the member typed. Never
 * rejects: a document that cannot be read gives `facts.readable: false`.
 */
export async function checkUploadedDocument(
  reader: DocumentReader,
  document: { readonly bytes: Uint8Array; readonly mediaType: DocumentMediaType },
  typed: TypedFacts,
): Promise<DocumentCheckOutcome> {
  const reading = await reader.read(document.bytes, document.mediaType, ocrLanguageFor(typed.countryCode));
  const facts = findDocumentFacts(reading.readable ? reading.text : '', typed);
  return { facts, reading };
}
