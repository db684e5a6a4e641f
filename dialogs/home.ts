import type { MenuStage } from '../cards/menu';
import type { Translate, Language } from '../locales';
import type { MemberHome } from '../services/member/home';
import { formatDate } from './account/format';

/** The menu stage of a home (cards/ knows stages, not homes). */
export function menuStageOf(home: MemberHome): MenuStage {
  if (home.kind === 'applicant') return home.status === 'draft' ? 'drafting' : 'applicant';
  return home.kind;
}

/** A returning member's greeting: once invited, where they stand and the next step. */
export function homeGreeting(home: MemberHome, t: Translate, language: Language): string {
  switch (home.kind) {
    // Until the invitation, the account journey says where the application stands (with the
    // decision date) and the products journey where the points stand.
    case 'visitor':
    case 'applicant':
    case 'approved':
      return t('welcome.back');
    case 'invited':
      return t('home.invited', { company: home.companyName, points: home.points });
    case 'member': {
      const facts = { company: home.companyName, number: home.membershipNumber, tier: home.tierName, points: home.points, invoices: home.openInvoices };
      // A cancelled membership does not renew: the greeting says when it ends.
      if (home.endsOn) return t('home.memberEnding', { ...facts, ends: formatDate(language, home.endsOn) });
      return t('home.member', { ...facts, renewal: formatDate(language, home.renewalDate) });
    }
  }
}

