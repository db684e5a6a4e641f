import { createRequire } from 'node:module';
import PDFDocument from 'pdfkit';
import sharp from 'sharp';

/**
 * Test documents made on the fly (nothing downloaded, nothing checked in): text PDFs with pdfkit,
 * scans and phone photos rendered by sharp (Pango text with the Noto Sans font from npm), rotated,
 * blurred and with paper noise.
 */

const require = createRequire(import.meta.url);
const FONT = require.resolve('@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf');

export interface SampleDocument {
  readonly language: 'da' | 'sv' | 'nl' | 'en';
  readonly countryCode: string;
  readonly companyName: string;
  readonly vatNumber: string;
  readonly lines: readonly string[];
}

/** One certificate per language, with the facts a member would type. */
export const SAMPLE_DOCUMENTS: readonly SampleDocument[] = [
  {
    language: 'da',
    countryCode: 'DK',
    companyName: 'Nordlys Foto ApS',
    vatNumber: 'DK13585628',
    lines: ['Erhvervsstyrelsen', 'Registreringsbevis', 'Virksomhedens navn: Nordlys Foto ApS', 'CVR-nr.: 13 58 56 28', 'Adresse: Vesterbrogade 1, 1620 København V'],
  },
  {
    language: 'sv',
    countryCode: 'SE',
    companyName: 'Ljusets Bildbyrå AB',
    vatNumber: 'SE556188840401',
    lines: ['Bolagsverket', 'Registreringsbevis', 'Företagsnamn: Ljusets Bildbyrå AB', 'Organisationsnummer: 556188-8404', 'Säte: Göteborg'],
  },
  {
    language: 'nl',
    countryCode: 'NL',
    companyName: 'Lichtval Fotografie B.V.',
    vatNumber: 'NL004495445B01',
    lines: ['Kamer van Koophandel', 'Uittreksel Handelsregister', 'Handelsnaam: Lichtval Fotografie B.V.', 'KvK-nummer: 33011433', 'Btw-id: NL004495445B01'],
  },
  {
    language: 'en',
    countryCode: 'GB',
    companyName: 'Bright Frame Studio Ltd',
    vatNumber: 'GB980780684',
    lines: ['HM Revenue and Customs', 'Certificate of Registration for VAT', 'Bright Frame Studio Ltd', 'VAT registration number: GB 980 7806 84', 'Address: 1 Market Street, Leeds'],
  },
];

function pdfBuffer(build: (doc: PDFKit.PDFDocument) => void, options: PDFKit.PDFDocumentOptions = {}): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({ size: 'A4', margin: 60, ...options });
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    build(doc);
    doc.end();
  });
}

/** A PDF with a text layer: what a registry or an accounting program exports. */
export function textPdf(lines: readonly string[]): Promise<Buffer> {
  return pdfBuffer((doc) => {
    doc.font(FONT).fontSize(14);
    for (const line of lines) doc.text(line).moveDown(0.5);
  });
}

/** Many pages of text (the reader must stop after its page limit). */
export function longPdf(lines: readonly string[], pages: number): Promise<Buffer> {
  return pdfBuffer((doc) => {
    doc.font(FONT).fontSize(14);
    for (let page = 0; page < pages; page++) {
      if (page > 0) doc.addPage();
      for (const line of lines) doc.text(`${line} (${page + 1})`);
    }
  });
}

/** Black text on paper-coloured A4 at about 200 dpi, as PNG. */
export async function pageImage(lines: readonly string[]): Promise<Buffer> {
  const escaped = lines.map((line) => line.replace(/&/g, '&amp;').replace(/</g, '&lt;')).join('\n');
  const text = await sharp({ text: { rgba: true, text: `<span foreground="#1a1a1a">${escaped}</span>`, fontfile: FONT, font: 'Noto Sans 13', dpi: 200, spacing: 14 } })
    .png()
    .toBuffer();
  return sharp({ create: { width: 1654, height: 2339, channels: 3, background: '#fbfaf6' } })
    .composite([{ input: text, top: 220, left: 160 }])
    .png()
    .toBuffer();
}

/** A scan: one page image in a PDF, no text layer. */
export async function imageOnlyPdf(lines: readonly string[]): Promise<Buffer> {
  const image = await sharp(await pageImage(lines)).greyscale().jpeg({ quality: 80 }).toBuffer();
  return pdfBuffer((doc) => doc.image(image, 0, 0, { width: 595.28, height: 841.89 }), { margin: 0 });
}

/** A phone photo of the page: turned (by about a quarter turn, or upside down), blurred, noisy, JPEG. */
export async function phonePhoto(lines: readonly string[], degrees = 92, seed = 7): Promise<Buffer> {
  const page = await pageImage(lines);
  const { width = 0, height = 0 } = await sharp(page).metadata();
  const noise = Buffer.alloc(width * height);
  let state = seed;
  for (let i = 0; i < noise.length; i++) {
    state = (state * 1103515245 + 12345) & 0x7fffffff;
    noise[i] = 195 + Math.floor((state / 0x7fffffff) * 60);
  }
  const noisy = await sharp(noise, { raw: { width, height, channels: 1 } }).toColourspace('srgb').png().toBuffer();
  const shaded = await sharp(page).composite([{ input: noisy, blend: 'multiply' }]).png().toBuffer();
  return sharp(shaded).rotate(degrees, { background: '#5a5048' }).resize({ width: 1500, height: 1500, fit: 'inside' }).blur(0.7).jpeg({ quality: 72 }).toBuffer();
}

/** A 12,000 × 12,000 PNG (small file, 144 megapixels decoded). */
export function hugeImage(): Promise<Buffer> {
  return sharp({ create: { width: 12_000, height: 12_000, channels: 3, background: '#ffffff' } }).greyscale().png({ compressionLevel: 9 }).toBuffer();
}

/** Starts like a PDF, then nonsense. */
export function malformedPdf(): Buffer {
  return Buffer.concat([Buffer.from('%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n'), Buffer.alloc(4096, 0x41), Buffer.from('\nxref\n0 1\nBROKEN\n%%EOF')]);
}

/** A text PDF whose catalogue runs JavaScript when opened (an endless loop if anything ran it). */
export function javascriptPdf(lines: readonly string[]): Promise<Buffer> {
  return pdfBuffer((doc) => {
    const action = doc.ref({ Type: 'Action', S: 'JavaScript', JS: new String('while (true) {}') });
    action.end('');
    (doc as unknown as { _root: { data: Record<string, unknown> } })._root.data['OpenAction'] = action;
    doc.font(FONT).fontSize(14);
    for (const line of lines) doc.text(line);
  });
}
