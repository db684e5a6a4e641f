import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { checkDocument, documentTypeFits, MAX_DOCUMENT_BYTES, sniffDocumentType } from '../../domain/documents';

const pdf = Buffer.from('%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n%%EOF\n');
const jpeg = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46]);
const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]);
/** A Windows executable (MZ header) — what an .exe renamed to .pdf still is. */
const exe = Buffer.concat([Buffer.from('MZ\x90\x00\x03\x00\x00\x00', 'latin1'), Buffer.alloc(64)]);

describe('sniffDocumentType', () => {
  it('recognises PDF, JPEG and PNG by their first bytes', () => {
    expect(sniffDocumentType(pdf)).toBe('application/pdf');
    expect(sniffDocumentType(jpeg)).toBe('image/jpeg');
    expect(sniffDocumentType(png)).toBe('image/png');
  });

  it('does not recognise an executable, a GIF, a ZIP (docx) or plain text', () => {
    expect(sniffDocumentType(exe)).toBeUndefined();
    expect(sniffDocumentType(Buffer.from('GIF89a'))).toBeUndefined();
    expect(sniffDocumentType(Buffer.from([0x50, 0x4b, 0x03, 0x04]))).toBeUndefined();
    expect(sniffDocumentType(Buffer.from('%PDF'))).toBeUndefined(); // too short to be the signature
    expect(sniffDocumentType(Buffer.from('hello'))).toBeUndefined();
  });
});

describe('checkDocument', () => {
  it('accepts a PDF with its size and SHA-256', () => {
    expect(checkDocument(pdf)).toEqual({
      ok: true,
      mediaType: 'application/pdf',
      byteSize: pdf.byteLength,
      sha256: createHash('sha256').update(pdf).digest('hex'),
    });
  });

  it('accepts exactly 10 MB and refuses one byte more', () => {
    const atLimit = Buffer.alloc(MAX_DOCUMENT_BYTES);
    png.copy(atLimit);
    expect(checkDocument(atLimit)).toMatchObject({ ok: true, byteSize: MAX_DOCUMENT_BYTES });
    const over = Buffer.alloc(MAX_DOCUMENT_BYTES + 1);
    png.copy(over);
    expect(checkDocument(over)).toEqual({ ok: false, problem: 'too-large' });
  });

  it('refuses an executable whatever it is called', () => {
    expect(checkDocument(exe)).toEqual({ ok: false, problem: 'unsupported-type' });
  });

  it('refuses an empty file', () => {
    expect(checkDocument(Buffer.alloc(0))).toEqual({ ok: false, problem: 'empty' });
  });
});

describe('documentTypeFits (rules A2 and A3)', () => {
  it('VAT-registered: VAT certificate or company invoice', () => {
    expect(documentTypeFits(true, 'vat-certificate')).toBe(true);
    expect(documentTypeFits(true, 'company-invoice')).toBe(true);
    expect(documentTypeFits(true, 'business-licence')).toBe(false);
    expect(documentTypeFits(true, 'articles-of-association')).toBe(false);
  });

  it('not VAT-registered: invoice, licence or articles of association, never a VAT certificate', () => {
    expect(documentTypeFits(false, 'company-invoice')).toBe(true);
    expect(documentTypeFits(false, 'business-licence')).toBe(true);
    expect(documentTypeFits(false, 'articles-of-association')).toBe(true);
    expect(documentTypeFits(false, 'vat-certificate')).toBe(false);
  });
});
