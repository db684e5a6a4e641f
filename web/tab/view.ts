import type { PointsSummary, RequiredDetail } from '../../domain/dashboard';

/**
 * The JSON `GET /api/tab/dashboard` answers with: the member's progress, computed on the server
 * (rules stay in domain/), formatted and localized by the page.
 */
export interface DashboardView {
  readonly language: 'en' | 'da' | 'sv' | 'nl' | null;
  readonly application: {
    readonly reference: string;
    readonly status: 'draft' | 'under-review' | 'approved' | 'rejected';
    readonly submittedAt: string | null;
    readonly expectedDecisionDate: string | null;
    readonly decidedAt: string | null;
  } | null;
  readonly business: { readonly companyName: string; readonly countryCode: string } | null;
  readonly products: readonly {
    readonly id: string;
    readonly modelId: string;
    readonly name: string;
    readonly points: number;
    readonly complete: boolean;
    readonly missing: readonly RequiredDetail[];
    readonly source: 'chat' | 'migration';
  }[];
  readonly points: PointsSummary;
  readonly tiers: readonly {
    readonly code: string;
    readonly name: string;
    readonly kind: 'individual' | 'corporate';
    readonly shownPoints: number;
    readonly moreThan: boolean;
    readonly open: boolean;
  }[];
  readonly membership: {
    readonly membershipNumber: string;
    readonly previousMembershipNumber: string | null;
    readonly tierCode: string;
    readonly tierName: string;
    readonly status: 'pending' | 'active' | 'expired' | 'cancelled';
    readonly validUntil: string;
  } | null;
  readonly invoices: readonly {
    readonly invoiceNumber: string;
    readonly currency: string;
    readonly grossAmountMinor: number;
    readonly issueDate: string;
    readonly dueDate: string;
    readonly status: 'issued' | 'paid' | 'overdue';
    /** The invoice PDF behind a signed link, valid for a day from when the tab loaded. */
    readonly pdfUrl: string;
  }[];
}
