import { faqAnswerCard } from '../../cards/faqAnswer';
import { faqSupportOfferCard } from '../../cards/faqSupportOffer';
import { supportConnectedCard, supportEndedCard, supportPausedCard } from '../../cards/supportChat';
import { supportCsatCard } from '../../cards/supportCsat';
import { supportQueueCard } from '../../cards/supportQueue';
import { supportWaitingCard } from '../../cards/supportWaiting';
import { faqSeed } from '../../data/seed/faq';
import type { CardSample } from './samples';

const hours = { timeZone: 'Europe/Copenhagen', opensAt: '09:00', closesAt: '17:00', weekdays: [1, 2, 3, 4, 5] };
const caseId = '6f1c7a52-4b1e-4a57-9a44-3f1e2d9c0b11';

/** Priority Support's cards (queue, chat states, CSAT) and the FAQ answer and support offer. */
export const supportCardSamples: CardSample[] = [
  { name: 'support waiting (message kept)', build: (t, language) => supportWaitingCard({ language, answer: 'saved', position: 2, waitMinutes: 16 }, t) },
  { name: 'support waiting (menu typed)', build: (t, language) => supportWaitingCard({ language, answer: 'menu', position: 1, waitMinutes: 8 }, t) },
  { name: 'support queue (open)', build: (t, language) => supportQueueCard({ language, created: true, position: 2, waitMinutes: 16, reason: 'duplicate-serial' }, t) },
  {
    name: 'support queue (out of hours)',
    build: (t, language) => supportQueueCard({ language, created: false, position: 1, waitMinutes: 8, outOfHours: { hours, opening: new Date('2026-11-30T08:00:00Z') } }, t),
  },
  { name: 'support connected', build: (t, language) => supportConnectedCard({ language, agentName: 'Demo Agent' }, t) },
  { name: 'support paused', build: (t, language) => supportPausedCard({ language }, t) },
  { name: 'support ended', build: (t, language) => supportEndedCard({ language, message: t('support.timeout.agent') }, t) },
  { name: 'CSAT', build: (t, language) => supportCsatCard({ language, caseId }, t) },
  { name: 'CSAT with error', build: (t, language) => supportCsatCard({ language, caseId, error: t('support.csat.invalid') }, t) },
  {
    name: 'FAQ answer',
    build: (t, language) => {
      const entry = faqSeed.find((e) => e.language === language && e.topicId === 'payment.invoice') ?? faqSeed.find((e) => e.language === language);
      if (!entry) throw new Error(`no FAQ entry in ${language}`);
      return faqAnswerCard({ language, faqId: entry.topicId, title: entry.title, answer: entry.answer }, t);
    },
  },
  { name: 'FAQ support offer', build: (t) => faqSupportOfferCard(t) },
];
