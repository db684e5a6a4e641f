import type { DashboardData } from '../data/repositories/dashboard';
import { missingDetails, pointsSummary, totalPoints } from '../domain/dashboard';
import type { DashboardView } from '../web/tab/view';

/**
 * The tab's JSON from the member's rows: ticks, missing details and the points meter come from domain/.
 * `pdfLink` signs the link to one invoice's PDF for this member.
 */
export function dashboardView(data: DashboardData, pdfLink: (invoiceId: string) => string): DashboardView {
  const products = data.products.map((product) => {
    const missing = missingDetails(product);
    return { id: product.id, modelId: product.modelId, name: product.modelName, points: product.points, complete: missing.length === 0, missing, source: product.source };
  });
  const points = pointsSummary(totalPoints(products), data.tiers);
  const open = new Set(points.openTiers);
  return {
    language: data.language,
    application: data.application
      ? {
          reference: data.application.reference,
          status: data.application.status,
          submittedAt: data.application.submittedAt?.toISOString() ?? null,
          expectedDecisionDate: data.application.expectedDecisionDate,
          decidedAt: data.application.decidedAt?.toISOString() ?? null,
        }
      : null,
    business: data.business ? { companyName: data.business.companyName, countryCode: data.business.countryCode } : null,
    products,
    points,
    tiers: data.tiers.map((tier) => ({
      code: tier.code,
      name: tier.name,
      kind: tier.kind,
      shownPoints: tier.kind === 'corporate' ? tier.minPoints - 1 : tier.minPoints,
      moreThan: tier.kind === 'corporate',
      open: open.has(tier.code),
    })),
    membership: data.membership
      ? {
          membershipNumber: data.membership.membershipNumber,
          previousMembershipNumber: data.membership.previousMembershipNumber,
          tierCode: data.membership.tierCode,
          tierName: data.membership.tierName,
          status: data.membership.status,
          validUntil: data.membership.validUntil,
        }
      : null,
    invoices: data.invoices.map(({ id, ...invoice }) => ({ ...invoice, pdfUrl: pdfLink(id) })),
  };
}
