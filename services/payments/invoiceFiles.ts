import { createInvoiceRepository } from '../../data/repositories/invoices';
import { createMembershipRepository } from '../../data/repositories/memberships';
import { createPaymentRepository } from '../../data/repositories/payments';
import { withTransaction } from '../../data/transaction';
import type { Db } from '../../data/types';
import { membershipPeriod } from '../../domain/billing';
import { localDate } from '../../domain/businessDays';
import { invoiceSeller } from '../../domain/sellerEntities';
import { catalogues, translator, type Language, type MessageKey } from '../../locales';
import { invoiceDocumentView, type InvoiceDocumentFacts } from './invoiceDocument';

/** An invoice document ready to send or serve. */
export interface InvoiceFile {
  readonly invoiceNumber: string;
  readonly fileName: string;
  readonly pdf: Uint8Array;
}

/** The tier as members read it: the translated name of a seeded tier, else its catalogue name. */
function tierName(code: string, name: string, language: Language): string {
  const key = `membership.tier.name.${code}`;
  return isMessageKey(key) ? translator(language)(key) : name;
}

function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(catalogues.en, key);
}

/**
 * Invoice documents from the database: the facts of an invoice read in one short transaction, then
 * the PDF rendered outside it (rendering takes 100–400 ms and must hold no connection).
 */
export function createInvoiceFiles(db: Db) {
  const invoices = createInvoiceRepository(db);
  const memberships = createMembershipRepository(db);
  const payments = createPaymentRepository(db);

  async function facts(invoiceId: string, language: Language): Promise<{ facts: InvoiceDocumentFacts; businessId: string } | undefined> {
    return withTransaction(db, async () => {
      const invoice = await invoices.byId(invoiceId);
      if (!invoice) return undefined;
      const membership = await memberships.byId(invoice.membershipId);
      const business = membership ? await memberships.business(membership.businessId) : undefined;
      if (!membership || !business) return undefined;
      const card = membership.paymentMethod === 'card' ? await payments.cardOnFile(membership.id) : undefined;
      const period = membershipPeriod(localDate(membership.startedAt, business.timeZone));
      const t = translator(language);
      return {
        businessId: business.businessId,
        facts: {
          invoiceNumber: invoice.invoiceNumber,
          issueDate: invoice.issueDate,
          dueDate: invoice.dueDate,
          periodStart: period.start,
          periodEnd: period.end,
          currency: invoice.currency,
          netMinor: invoice.netAmountMinor,
          vatRateBp: invoice.vatRateBp,
          vatMinor: invoice.vatAmountMinor,
          grossMinor: invoice.grossAmountMinor,
          vatTreatment: invoice.vatTreatment ?? 'domestic',
          tier: tierName(membership.tierCode, membership.tierName, language),
          membershipNumber: membership.membershipNumber,
          buyer: { companyName: business.companyName, address: business.address, vatNumber: business.vatNumber, country: business.countryCode },
          seller: invoiceSeller(invoice.sellerId, business.countryCode),
          payment:
            membership.paymentMethod === 'card'
              ? { method: 'card', card: card ? t('membership.card.cardLabel', { brand: card.brand, last4: card.last4 }) : null }
              : { method: 'bank-transfer' },
          paidOn: invoice.paidAt ? localDate(invoice.paidAt, business.timeZone) : null,
        },
      };
    });
  }

  return {
    /** The business an invoice bills (to check who may see it); undefined for an unknown invoice. */
    async businessOf(invoiceId: string): Promise<string | undefined> {
      return withTransaction(db, async () => {
        const invoice = await invoices.byId(invoiceId);
        const membership = invoice ? await memberships.byId(invoice.membershipId) : undefined;
        return membership?.businessId;
      });
    },

    /** The invoice as a PDF in `language`; undefined for an unknown invoice. */
    async render(invoiceId: string, language: Language): Promise<InvoiceFile | undefined> {
      const found = await facts(invoiceId, language);
      if (!found) return undefined;
      // pdfkit and the font load with the first invoice, not at every start.
      const { renderInvoicePdf } = await import('./invoicePdf');
      const pdf = await renderInvoicePdf(invoiceDocumentView(found.facts, language), translator(language));
      return { invoiceNumber: found.facts.invoiceNumber, fileName: `${found.facts.invoiceNumber}.pdf`, pdf };
    },
  };
}

export type InvoiceFiles = ReturnType<typeof createInvoiceFiles>;
