import { membershipCard } from '../../cards/membershipCard';
import { invoiceCard, type InvoiceCardView } from '../../cards/membershipInvoice';
import { joinBlockedCard, notInvitedCard } from '../../cards/membershipNotices';
import { paymentCard } from '../../cards/membershipPayment';
import { tierCard, type TierCardView } from '../../cards/membershipTiers';
import type { CardSample } from './samples';

const individual: TierCardView['tiers'] = [
  { code: 'silver', name: 'Silver', open: true, pointsNeeded: 0, shownPoints: 500, moreThan: false, fee: '745,00 kr.' },
  { code: 'gold', name: 'Gold', open: true, pointsNeeded: 0, shownPoints: 1000, moreThan: false, fee: '1.495,00 kr.' },
  { code: 'platinum', name: 'Platinum', open: false, pointsNeeded: 800, shownPoints: 2000, moreThan: false },
  { code: 'corporate', name: 'Corporate', open: false, pointsNeeded: 1301, shownPoints: 2500, moreThan: true },
];

export const invoice: InvoiceCardView = {
  number: 'INV-2026-7K3M9Q2P',
  issueDate: '10. marts 2026',
  dueDate: '9. april 2026',
  billedTo: { company: 'Studio Nord ApS', address: 'Nørregade 1, 1165 København K', vatNumber: 'DK13585628' },
  membershipNumber: 'CPS-DK-7K3M9Q2P',
  tier: { code: 'gold', name: 'Gold' },
  periodStart: '10. marts 2026',
  periodEnd: '9. marts 2027',
  net: '1.495,00 kr.',
  vatRate: '25 %',
  vat: '373,75 kr.',
  total: '1.868,75 kr.',
  method: 'bank-transfer',
  bank: {
    scheme: 'fik71',
    holder: 'Canon Danmark A/S',
    bank: 'Danske Bank A/S',
    iban: 'DK50 0040 0440 1162 43',
    bic: 'DABADKKK',
    reference: '+71<026081575380183+81234567<',
    creditorNumber: '81234567',
  },
};

const { bank: _bank, ...withoutBank } = invoice;

/** The membership journey's cards in representative states (tiers, payment, membership, invoice). */
export const membershipCardSamples: CardSample[] = [
  { name: 'join blocked (apply)', build: (t) => joinBlockedCard({ state: 'apply' }, t) },
  { name: 'join blocked (pending)', build: (t) => joinBlockedCard({ state: 'pending' }, t) },
  { name: 'join blocked (inactive)', build: (t) => joinBlockedCard({ state: 'inactive' }, t) },
  {
    name: 'not invited (with what-if)',
    build: (t) => notInvitedCard({ total: 350, threshold: 500, toGo: 150, incompleteCount: 2, whatIf: { kind: 'register', model: 'EOS R5', points: 850, tier: 'Silver' } }, t),
  },
  { name: 'tiers (no toggle)', build: (t) => tierCard({ total: 1200, toggleShown: false, corporate: false, corporateShownPoints: 2500, tiers: individual }, t) },
  {
    name: 'tiers (toggle on, with error)',
    build: (t) =>
      tierCard(
        {
          total: 3000,
          toggleShown: true,
          corporate: true,
          corporateShownPoints: 2500,
          tiers: [{ code: 'corporate', name: 'Corporate', open: true, pointsNeeded: 0, shownPoints: 2500, moreThan: true, fee: '4.495,00 kr.' }],
          error: t('membership.tiers.toggleInvalid'),
        },
        t,
      ),
  },
  {
    name: 'payment',
    build: (t) => paymentCard({ tier: { code: 'gold', name: 'Gold' }, fee: '1.495,00 kr.', vatRate: '25 %', vat: '373,75 kr.', total: '1.868,75 kr.', method: 'card', error: t('membership.payment.methodRequired') }, t),
  },
  {
    name: 'membership (welcome, number changed, card link)',
    build: (t) =>
      membershipCard(
        { occasion: 'welcome', tier: { code: 'gold', name: 'Gold' }, membershipNumber: 'CPS-DK-7K3M9Q2P', previousNumber: 'CPS-0042', validUntil: '9. marts 2027', method: 'card', payLink: 'https://cps.example/pay/abc' },
        t,
      ),
  },
  {
    name: 'membership (existing, bank transfer)',
    build: (t) => membershipCard({ occasion: 'existing', tier: { code: 'silver', name: 'Silver' }, membershipNumber: 'CPS-SE-ABCDEFG1', previousNumber: null, validUntil: '1 maj 2027', method: 'bank-transfer' }, t),
  },
  { name: 'invoice (bank transfer)', build: (t) => invoiceCard(invoice, t) },
  { name: 'invoice (reverse charge)', build: (t) => invoiceCard({ ...invoice, vat: '€ 0,00', total: '€ 199,00', reverseCharge: true }, t) },
  { name: 'invoice (card missing)', build: (t) => invoiceCard({ ...withoutBank, method: 'card', payLink: 'https://cps.example/pay/abc' }, t) },
  { name: 'invoice (card, paid)', build: (t) => invoiceCard({ ...withoutBank, method: 'card', card: 'Visa •••• 4242', paidOn: '9. april 2026' }, t) },
];
