import { createHash } from 'node:crypto';
import { isOneOf } from './records';

/** Largest supporting document we accept: 10 MB. */
export const MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;

/** The document types of the `account.submit` contract (docs/contracts.md, "Card actions"). */
export const DOCUMENT_TYPES = ['vat-certificate', 'company-invoice', 'business-licence', 'articles-of-association'] as const;
export type DocumentType = (typeof DOCUMENT_TYPES)[number];

/** Rule A2: a VAT-registered business shows its VAT certificate or a company invoice. */
export const VAT_DOCUMENT_TYPES: readonly DocumentType[] = ['vat-certificate', 'company-invoice'];
/** Rule A3: a business without VAT registration shows one of these, with company name and address. */
export const NO_VAT_DOCUMENT_TYPES: readonly DocumentType[] = ['company-invoice', 'business-licence', 'articles-of-association'];

export function isDocumentType(value: unknown): value is DocumentType {
  return isOneOf(DOCUMENT_TYPES, value);
}

/** Whether a document type proves what rule A2 (VAT-registered) or A3 (not registered) asks for. */
export function documentTypeFits(vatRegistered: boolean, documentType: DocumentType): boolean {
  return (vatRegistered ? VAT_DOCUMENT_TYPES : NO_VAT_DOCUMENT_TYPES).includes(documentType);
}

/** The file formats we accept, by what their bytes are, never by their name or declared type. */
export type DocumentMediaType = 'application/pdf' | 'image/jpeg' | 'image/png';

const SIGNATURES: readonly { readonly mediaType: DocumentMediaType; readonly bytes: readonly number[] }[] = [
  { mediaType: 'application/pdf', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] }, // %PDF-
  { mediaType: 'image/jpeg', bytes: [0xff, 0xd8, 0xff] },
  { mediaType: 'image/png', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
];

/**
 * The media type of a document from its first bytes (magic numbers): PDF, JPEG or PNG, or
 * undefined for anything else (an executable renamed `.pdf` stays undefined).
 */
export function sniffDocumentType(bytes: Uint8Array): DocumentMediaType | undefined {
  return SIGNATURES.find((signature) => signature.bytes.every((byte, i) => bytes[i] === byte))?.mediaType;
}

export type DocumentCheck =
  | { readonly ok: true; readonly mediaType: DocumentMediaType; readonly byteSize: number; readonly sha256: string }
  | { readonly ok: false; readonly problem: 'empty' | 'too-large' | 'unsupported-type' };

/**
 * Checks an uploaded file's bytes: not empty, at most {@link MAX_DOCUMENT_BYTES}, and a PDF, JPEG or
 * PNG by content. On success gives the sniffed media type, size and lower-case hex SHA-256.
 */
export function checkDocument(bytes: Uint8Array): DocumentCheck {
  if (bytes.byteLength === 0) return { ok: false, problem: 'empty' };
  if (bytes.byteLength > MAX_DOCUMENT_BYTES) return { ok: false, problem: 'too-large' };
  const mediaType = sniffDocumentType(bytes);
  if (!mediaType) return { ok: false, problem: 'unsupported-type' };
  return { ok: true, mediaType, byteSize: bytes.byteLength, sha256: createHash('sha256').update(bytes).digest('hex') };
}
