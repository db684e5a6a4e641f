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
    case 'member':
      return t('home.member', {
        company: home.companyName,
        number: home.membershipNumber,
        tier: home.tierName,
        renewal: formatDate(language, home.renewalDate),
        points: home.points,
        invoices: home.openInvoices,
      });
  }
}

