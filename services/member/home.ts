import { createDashboardRepository, type DashboardData } from '../../data/repositories/dashboard';
import type { Db } from '../../data/types';
import { allocatePoints, pointsMeter } from '../../domain/points';
import { createSelfService } from './selfService';

/**
 * Where a member stands, derived from stored facts each time (never tracked): it decides the
 * greeting and which menu entries are offered. A member never sees "apply" or "join" again.
 */
export type MemberHome =
  | { readonly kind: 'visitor' }
  | {
      readonly kind: 'applicant';
      readonly reference: string;
      readonly status: 'draft' | 'under-review' | 'rejected';
      /** YYYY-MM-DD, while under review. */
      readonly decisionDate?: string;
    }
  | { readonly kind: 'approved'; readonly companyName: string; readonly points: number; readonly toGo: number }
  | { readonly kind: 'invited'; readonly companyName: string; readonly points: number }
  | {
      readonly kind: 'member';
      readonly companyName: string;
      readonly membershipNumber: string;
      readonly tierCode: string;
      readonly tierName: string;
      /** Last day of validity (YYYY-MM-DD): the membership renews the day after. */
      readonly renewalDate: string;
      readonly points: number;
      /** Invoices not paid yet (issued or overdue). */
      readonly openInvoices: number;
      readonly paymentMethod: 'card' | 'bank-transfer';
      /** Set when the membership is cancelled: its last day (YYYY-MM-DD), instead of a renewal. */
      readonly endsOn?: string;
    };

export type HomeKind = MemberHome['kind'];

/** The home of the member the dashboard data belongs to (pure: no I/O). */
export function homeOf(data: DashboardData): MemberHome {
  const business = data.business;
  if (!business || business.status !== 'active') {
    const application = data.application;
    if (!application || application.status === 'approved') return { kind: 'visitor' };
    return {
      kind: 'applicant',
      reference: application.reference,
      status: application.status,
      ...(application.status === 'under-review' && application.expectedDecisionDate ? { decisionDate: application.expectedDecisionDate } : {}),
    };
  }
  const points = allocatePoints(data.products);
  const membership = data.membership;
  if (membership && (membership.status === 'active' || membership.status === 'pending')) {
    return {
      kind: 'member',
      companyName: business.companyName,
      membershipNumber: membership.membershipNumber,
      tierCode: membership.tierCode,
      tierName: membership.tierName,
      renewalDate: membership.validUntil,
      points,
      openInvoices: data.invoices.filter((i) => i.status !== 'paid').length,
      paymentMethod: membership.paymentMethod,
    };
  }
  const meter = pointsMeter(points, data.tiers);
  if (meter.invited) return { kind: 'invited', companyName: business.companyName, points };
  const lowest = meter.milestones[0]?.minPoints ?? 0;
  return { kind: 'approved', companyName: business.companyName, points, toGo: Math.max(0, lowest - points) };
}

/** Reads a member's home (see {@link MemberHome}). */
export function createMemberHomes(db: Db) {
  const dashboard = createDashboardRepository(db);
  const self = createSelfService(db);
  return {
    async of(memberId: string): Promise<MemberHome> {
      const data = await dashboard.forMember(memberId);
      const home = data ? homeOf(data) : { kind: 'visitor' as const };
      if (home.kind !== 'member') return home;
      const endsOn = await self.scheduledEnd(memberId);
      return endsOn ? { ...home, endsOn } : home;
    },
  };
}

export type MemberHomes = ReturnType<typeof createMemberHomes>;
