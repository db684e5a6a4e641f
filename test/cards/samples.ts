import type { AdaptiveCard } from '../../cards/adaptive';
import { membershipCancelCard, membershipManageCard, productRemovalCard } from '../../cards/membershipManage';
import { tierChangeCard, tierChangeConfirmCard } from '../../cards/membershipTierChange';
import { eraseConfirmCard, privacyCard } from '../../cards/privacy';
import { languageCard } from '../../cards/language';
import { menuCard } from '../../cards/menu';
import type { Language, Translate } from '../../locales';

export interface CardSample {
  readonly name: string;
  readonly build: (t: Translate, language: Language) => AdaptiveCard;
}

/** One or more representative view models per card; every card of the project belongs here. */
export const cardSamples: CardSample[] = [
  { name: 'menu (new member)', build: (t) => menuCard({ stage: 'visitor' }, t) },
  { name: 'menu (with application)', build: (t) => menuCard({ stage: 'applicant' }, t) },
  { name: 'menu (member)', build: (t) => menuCard({ stage: 'member' }, t) },
  { name: 'language', build: (t) => languageCard(t) },
  { name: 'privacy', build: (t) => privacyCard(t) },
  {
    name: 'my membership (refused e-mail)',
    build: (t) => membershipManageCard({ membershipNumber: 'CPS-000123', tierName: 'Gold', validUntil: '24. november 2027', cancelled: false, paymentMethod: 'card', contactEmail: 'studio at example', contactError: t('self.contact.invalid', { typed: 'studio at example' }) }, t),
  },
  { name: 'my membership (cancelled)', build: (t) => membershipManageCard({ membershipNumber: 'CPS-000123', tierName: 'Gold', validUntil: '24. november 2027', cancelled: true, paymentMethod: 'bank-transfer', contactEmail: 'info@studio.example' }, t) },
  { name: 'cancel membership', build: (t) => membershipCancelCard({ validUntil: '24. november 2027' }, t) },
  {
    name: 'remove a product',
    build: (t) => productRemovalCard({ productId: '00000000-0000-4000-8000-000000000001', modelName: 'EOS R5', lines: [t('self.product.points', { before: 1100, after: 700 })] }, t),
  },
  {
    name: 'change tier',
    build: (t) => tierChangeCard({ currentName: 'Silver', renewal: '25. november 2027', tiers: [{ code: 'gold', name: 'Gold', locked: false }, { code: 'platinum', name: 'Platinum', locked: true }] }, t),
  },
  {
    name: 'change tier (upgrade confirmation)',
    build: (t) => {
      const args = { tier: 'Gold', current: 'Silver', date: '24. november 2027', net: '1.234,50 kr.' };
      return tierChangeConfirmCard({ tierCode: 'gold', title: t('self.tier.upgrade.title', args), body: t('self.tier.upgrade.body', args), yes: t('self.tier.upgrade.yes') }, t);
    },
  },
  { name: 'privacy (erase confirmation)', build: (t) => eraseConfirmCard({ years: 5, country: 'Danmark', until: '31. december 2031' }, t) },
];
