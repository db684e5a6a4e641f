import PDFDocument from 'pdfkit';
import { groupsOfFour } from '../../domain/billing';
import type { PaymentInstructions } from '../../domain/paymentInstructions';
import type { Translate } from '../../locales';
import type { InvoiceDocumentView } from './invoiceDocument';
import { FONT_FILES, invoiceFont } from './invoiceFonts';

/**
 * The invoice as a PDF (A4), from its view: seller and buyer, invoice facts, the membership line,
 * VAT or the reverse-charge note, total, and how to pay. Noto Sans is embedded (shipped as TTF in
 * an npm package, nothing fetched at run time), so æøåäöëé and the no-break spaces of Intl money
 * render in every viewer and the text can be searched and extracted.
 */

const LEFT = 50;
const WIDTH = 495;
const LABEL_WIDTH = 170;
const COLOUR_MUTED = '#555555';

type Doc = PDFKit.PDFDocument;

function heading(doc: Doc, text: string): void {
  doc.moveDown(1).font('bold').fontSize(12).fillColor('black').text(text, LEFT, doc.y, { width: WIDTH });
  doc.moveDown(0.3);
}

/** One "label: value" row; the value keeps to one line where it fits (references must not break). */
function row(doc: Doc, label: string, value: string, bold = false): void {
  const y = doc.y;
  doc.font('regular').fontSize(10).fillColor(COLOUR_MUTED).text(label, LEFT, y, { width: LABEL_WIDTH });
  const labelBottom = doc.y;
  doc
    .font(bold ? 'bold' : 'regular')
    .fillColor('black')
    .text(value, LEFT + LABEL_WIDTH, y, { width: WIDTH - LABEL_WIDTH });
  doc.y = Math.max(doc.y, labelBottom);
}

/** A line of the amounts table: description left, amount right-aligned. */
function amountRow(doc: Doc, description: string, amount: string, bold = false): void {
  const y = doc.y;
  doc
    .font(bold ? 'bold' : 'regular')
    .fontSize(10)
    .fillColor('black')
    .text(description, LEFT, y, { width: WIDTH - 150 });
  const descriptionBottom = doc.y;
  doc.text(amount, LEFT + WIDTH - 150, y, { width: 150, align: 'right' });
  doc.y = Math.max(doc.y, descriptionBottom) + 2;
}

function note(doc: Doc, text: string): void {
  doc.moveDown(0.3).font('regular').fontSize(9).fillColor(COLOUR_MUTED).text(text, LEFT, doc.y, { width: WIDTH });
}

function parties(doc: Doc, view: InvoiceDocumentView, t: Translate): void {
  const top = doc.y;
  const column = (x: string[], left: number, title: string) => {
    doc.font('regular').fontSize(9).fillColor(COLOUR_MUTED).text(title, left, top, { width: 230 });
    doc.font('bold').fontSize(10).fillColor('black').text(x[0] ?? '', left, doc.y, { width: 230 });
    doc.font('regular').text(x.slice(1).join('\n'), left, doc.y, { width: 230 });
    return doc.y;
  };
  const { seller, buyer } = view;
  const sellerBottom = column([seller.name, ...seller.addressLines, t('payments.invoice.vatNumber', { vatNumber: seller.vatNumber })], LEFT, t('payments.invoice.seller'));
  const buyerLines = [buyer.company, ...buyer.addressLines, ...(buyer.vatNumber ? [t('payments.invoice.vatNumber', { vatNumber: buyer.vatNumber })] : [])];
  const buyerBottom = column(buyerLines, LEFT + 265, t('membership.invoice.billedTo'));
  doc.y = Math.max(sellerBottom, buyerBottom);
}

function amounts(doc: Doc, view: InvoiceDocumentView, t: Translate): void {
  doc.moveDown(1);
  doc.font('bold').fontSize(9).fillColor(COLOUR_MUTED);
  amountRow(doc, t('payments.invoice.description'), t('payments.invoice.amount'));
  doc.moveTo(LEFT, doc.y).lineTo(LEFT + WIDTH, doc.y).strokeColor('#999999').stroke();
  doc.moveDown(0.3);
  amountRow(doc, t('membership.invoice.line', { tier: view.tier, start: view.periodStart, end: view.periodEnd }), view.net);
  doc.moveDown(0.5);
  amountRow(doc, t('membership.invoice.net'), view.net);
  if (view.vat.kind === 'charged') amountRow(doc, t('membership.invoice.vat', { rate: view.vat.rate }), view.vat.amount);
  else amountRow(doc, t('payments.invoice.reverseChargeRow'), view.vat.amount);
  amountRow(doc, t('membership.invoice.total'), view.total, true);
  note(doc, t('payments.invoice.currency', { currency: view.currency }));
  if (view.vat.kind === 'reverse-charge') note(doc, t('payments.invoice.reverseCharge'));
}

function accountRows(doc: Doc, instructions: PaymentInstructions, t: Translate): void {
  row(doc, t('membership.invoice.holder'), instructions.account.holder);
  row(doc, t('membership.invoice.bank'), instructions.account.bank);
  row(doc, t('membership.invoice.iban'), groupsOfFour(instructions.account.iban));
  row(doc, t('membership.invoice.bic'), instructions.account.bic);
}

/** The payment details of each scheme: what a bookkeeper in that country types into the net bank. */
function transferDetails(doc: Doc, instructions: PaymentInstructions, t: Translate): void {
  switch (instructions.scheme) {
    case 'ocr':
      row(doc, t('payments.ocr.bankgiro'), instructions.bankgiro, true);
      row(doc, t('payments.ocr.reference'), instructions.printed, true);
      note(doc, t('payments.ocr.hint'));
      heading(doc, t('payments.invoice.abroad'));
      accountRows(doc, instructions, t);
      row(doc, t('membership.invoice.reference'), instructions.reference);
      return;
    case 'fik71':
      row(doc, t('payments.fik71.line'), instructions.printed, true);
      row(doc, t('payments.fik71.paymentId'), instructions.reference);
      row(doc, t('payments.fik71.creditor'), instructions.creditorNumber);
      note(doc, t('payments.fik71.hint'));
      heading(doc, t('payments.invoice.abroad'));
      accountRows(doc, instructions, t);
      return;
    case 'betalingskenmerk':
      accountRows(doc, instructions, t);
      row(doc, t('payments.kenmerk.reference'), instructions.printed, true);
      note(doc, t('payments.kenmerk.hint'));
      return;
    case 'rf':
      accountRows(doc, instructions, t);
      row(doc, t('payments.rf.reference'), instructions.printed, true);
      note(doc, t('payments.rf.hint'));
      return;
  }
}

function payment(doc: Doc, view: InvoiceDocumentView, t: Translate): void {
  const { payment } = view;
  if (payment.kind === 'paid') {
    heading(doc, t('payments.invoice.paidOn', { date: payment.on }));
    return;
  }
  heading(doc, t('payments.invoice.paymentTitle'));
  if (payment.kind === 'card') {
    const text = payment.card
      ? t('membership.invoice.cardDue', { card: payment.card, total: view.total, due: view.dueDate })
      : t('membership.invoice.cardMissing', { total: view.total, due: view.dueDate });
    doc.font('regular').fontSize(10).fillColor('black').text(text, LEFT, doc.y, { width: WIDTH });
    return;
  }
  doc.font('regular').fontSize(10).fillColor('black').text(t('payments.invoice.payBy', { total: view.total, due: view.dueDate }), LEFT, doc.y, { width: WIDTH });
  doc.moveDown(0.5);
  transferDetails(doc, payment.instructions, t);
}

function layout(doc: Doc, view: InvoiceDocumentView, t: Translate): void {
  doc.font('bold').fontSize(20).fillColor('black').text(t('payments.invoice.heading'), LEFT, 50, { width: WIDTH });
  doc.moveDown(0.5);
  row(doc, t('payments.invoice.number'), view.number, true);
  row(doc, t('membership.invoice.issueDate'), view.issueDate);
  row(doc, t('membership.invoice.dueDate'), view.dueDate);
  row(doc, t('membership.card.number'), view.membershipNumber);
  row(doc, t('membership.card.tier'), view.tier);
  row(doc, t('payments.invoice.period'), `${view.periodStart} – ${view.periodEnd}`);
  doc.moveDown(1);
  parties(doc, view, t);
  amounts(doc, view, t);
  payment(doc, view, t);
  doc.moveDown(2);
  note(doc, t('payments.invoice.footer'));
}

/** Renders the invoice document to PDF bytes. */
export function renderInvoicePdf(view: InvoiceDocumentView, t: Translate): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({
      size: 'A4',
      margin: 50,
      // The default font is only opened, never used, so never embedded: text uses the registered fonts.
      font: FONT_FILES.regular,
      lang: view.language,
      info: { Title: t('membership.invoice.title', { number: view.number }), Author: view.seller.name, Subject: 'Canon Professional Services' },
    });
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    doc.on('error', reject);
    doc.registerFont('regular', invoiceFont('regular'));
    doc.registerFont('bold', invoiceFont('bold'));
    layout(doc, view, t);
    doc.end();
  });
}
