import { extractText, getDocumentProxy } from 'unpdf';
import { describe, expect, it } from 'vitest';
import { formatMoney } from '../../../domain/billing';
import { sellerFor } from '../../../domain/sellerEntities';
import { vatTreatment } from '../../../domain/vatRules';
import { intlLocale, translator, type Language } from '../../../locales';
import { invoiceDocumentView, type InvoiceDocumentFacts } from '../../../services/payments/invoiceDocument';
import { renderInvoicePdf } from '../../../services/payments/invoicePdf';

/** Text as a reader compares it: compatibility forms folded (no-break spaces become spaces), runs of white space as one. */
function plain(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, ' ');
}

async function pdfText(bytes: Uint8Array): Promise<string> {
  const { text } = await extractText(await getDocumentProxy(bytes), { mergePages: true });
  return plain(text);
}

function facts(country: string, currency: string, buyer: { companyName: string; address: string; vatNumber: string | null }, grossMinor: number): InvoiceDocumentFacts {
  const seller = sellerFor(country);
  const treatment = vatTreatment({ sellerCountry: seller.country, buyerCountry: country, buyerVatNumber: buyer.vatNumber });
  const netMinor = Math.round((grossMinor * 10_000) / (10_000 + treatment.rateBp));
  return {
    invoiceNumber: 'INV-2026-7K3M9Q2P',
    issueDate: '2026-03-10',
    dueDate: '2026-04-09',
    periodStart: '2026-03-10',
    periodEnd: '2027-03-09',
    currency,
    netMinor,
    vatRateBp: treatment.rateBp,
    vatMinor: grossMinor - netMinor,
    grossMinor,
    vatTreatment: treatment.kind,
    tier: 'Gold',
    membershipNumber: 'CPS-DK-7K3M9Q2P',
    buyer: { ...buyer, country },
    seller,
    payment: { method: 'bank-transfer' },
    paidOn: null,
  };
}

const cases: readonly { language: Language; country: string; currency: string; buyer: { companyName: string; address: string; vatNumber: string | null }; gross: number }[] = [
  { language: 'da', country: 'DK', currency: 'DKK', buyer: { companyName: 'Ærø Foto & Film ApS', address: 'Søndergade 12, 5970 Ærøskøbing', vatNumber: 'DK13585628' }, gross: 186_875 },
  { language: 'sv', country: 'SE', currency: 'SEK', buyer: { companyName: 'Åström Bild & Rörligt AB', address: 'Götgatan 4, 116 46 Stockholm', vatNumber: 'SE556036079301' }, gross: 274_375 },
  { language: 'nl', country: 'NL', currency: 'EUR', buyer: { companyName: 'Fotostudio Eëné B.V.', address: 'Keizersgracht 1, 1015 CJ Amsterdam', vatNumber: 'NL004495445B01' }, gross: 24_079 },
  { language: 'en', country: 'DE', currency: 'EUR', buyer: { companyName: 'Lichtbild Müller GmbH', address: 'Hauptstraße 5, 10115 Berlin', vatNumber: null }, gross: 23_681 },
];

describe('renderInvoicePdf', () => {
  it.each(cases)('$language ($country): the text holds the invoice number, the total in the local format and the reference', async ({ language, country, currency, buyer, gross }) => {
    const view = invoiceDocumentView(facts(country, currency, buyer, gross), language);
    const bytes = await renderInvoicePdf(view, translator(language));
    expect(new TextDecoder().decode(bytes.slice(0, 5))).toBe('%PDF-');
    const text = await pdfText(bytes);

    expect(text).toContain('INV-2026-7K3M9Q2P');
    expect(text).toContain(plain(formatMoney(gross, currency, intlLocale[language])));
    if (view.payment.kind !== 'transfer') throw new Error('expected bank-transfer details');
    expect(text).toContain(plain(view.payment.instructions.printed));
    expect(text).toContain(plain(buyer.companyName));
  });

  it('prints each scheme’s own payment details', async () => {
    const texts = await Promise.all(
      cases.map(async ({ language, country, currency, buyer, gross }) => pdfText(await renderInvoicePdf(invoiceDocumentView(facts(country, currency, buyer, gross), language), translator(language)))),
    );
    const [da, sv, nl, en] = texts;
    expect(da).toContain('+71<');
    expect(da).toContain('Kreditornummer 81234567');
    expect(sv).toContain('Bankgiro 5550-0003');
    expect(sv).toContain('OCR-nummer');
    expect(nl).toContain('Betalingskenmerk');
    expect(nl).toContain('NL20 INGB 0001 2345 67');
    expect(en).toContain('Creditor reference (RF) RF');
    expect(en).toContain('DE89 3704 0044 0532 0130 00');
  });

  it('states the reverse charge instead of VAT for a business abroad with a VAT number', async () => {
    const view = invoiceDocumentView(facts('BE', 'EUR', { companyName: 'Studio Hélène BV', address: 'Rue Haute 1, 1000 Bruxelles', vatNumber: 'BE0403170701' }, 19_900), 'nl');
    const text = await pdfText(await renderInvoicePdf(view, translator('nl')));
    expect(text).toContain('Btw verlegd');
    expect(text).toContain('artikel 196');
    expect(text).toContain('Canon Europa N.V.');
    expect(text).toContain('€ 199,00');
  });

  it('says when the invoice was paid instead of how to pay', async () => {
    const paid = { ...facts('DK', 'DKK', cases[0]!.buyer, 186_875), paidOn: '2026-04-02' };
    const text = await pdfText(await renderInvoicePdf(invoiceDocumentView(paid, 'da'), translator('da')));
    expect(text).toContain('Betalt den 2. april 2026');
    expect(text).not.toContain('+71<');
  });

  it('tells a card payer when the card is charged', async () => {
    const card = { ...facts('SE', 'SEK', cases[1]!.buyer, 274_375), payment: { method: 'card' as const, card: 'Visa som slutar på 4242' } };
    const text = await pdfText(await renderInvoicePdf(invoiceDocumentView(card, 'sv'), translator('sv')));
    expect(text).toContain('Visa som slutar på 4242');
    expect(text).not.toContain('OCR-nummer');
  });
});
