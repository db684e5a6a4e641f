import { describe, expect, it } from 'vitest';
import type { AdaptiveCard } from '../../cards/adaptive';
import { supportConnectedCard, supportEndedCard, supportPausedCard } from '../../cards/supportChat';
import { supportCsatCard } from '../../cards/supportCsat';
import { formatOpening, formatSupportHours } from '../../cards/supportFormat';
import { supportQueueCard } from '../../cards/supportQueue';
import { isVerb } from '../../cards/verbs';
import { LANGUAGES, translator, type Language, type Translate } from '../../locales';
import { cardActions, cardProblems } from '../support/cards';
import { cardTexts } from '../support/bot';

const hours = { timeZone: 'Europe/Copenhagen', opensAt: '09:00', closesAt: '17:00', weekdays: [1, 2, 3, 4, 5] };
const caseId = '6f1c7a52-4b1e-4a57-9a44-3f1e2d9c0b11';

const samples: [string, (t: Translate, language: Language) => AdaptiveCard][] = [
  ['queue (open)', (t, language) => supportQueueCard({ language, created: true, position: 2, waitMinutes: 16, reason: 'duplicate-serial' }, t)],
  ['queue (out of hours)', (t, language) => supportQueueCard({ language, created: false, position: 1, waitMinutes: 8, outOfHours: { hours, opening: new Date('2026-11-30T08:00:00Z') } }, t)],
  ['connected', (t, language) => supportConnectedCard({ language, agentName: 'Demo Agent' }, t)],
  ['paused', (t, language) => supportPausedCard({ language }, t)],
  ['ended', (t, language) => supportEndedCard({ language, message: t('support.timeout.agent') }, t)],
  ['CSAT', (t, language) => supportCsatCard({ language, caseId }, t)],
  ['CSAT with error', (t, language) => supportCsatCard({ language, caseId, error: t('support.csat.invalid') }, t)],
];

describe.each(LANGUAGES)('support cards in %s', (language) => {
  const t = translator(language);

  it.each(samples)('%s validates with the adaptivecards library and every action has a verb', (_name, build) => {
    const card = build(t, language);
    expect(cardProblems(card)).toEqual([]);
    for (const action of cardActions(card)) expect(isVerb((action['data'] as Record<string, unknown>)['verb'])).toBe(true);
  });

  it('the CSAT card offers exactly the ratings 1 to 5', () => {
    const ratings = cardActions(supportCsatCard({ language, caseId }, t)).map((a) => (a['data'] as Record<string, unknown>)['rating']);
    expect(ratings).toEqual([1, 2, 3, 4, 5]);
  });

  it('the queue card shows the opening time out of hours instead of a wait', () => {
    const texts = cardTexts(samples[1]![1](t, language));
    expect(texts).toContain(t('support.queue.opensLabel'));
    expect(texts).not.toContain(t('support.queue.waitLabel'));
  });
});

describe('clock times in each language', () => {
  const monday8utc = new Date('2026-11-30T08:00:00Z');

  it('Swedish writes them with a full stop, as Danish does: "kl. 09.00–17.00"', () => {
    expect(formatSupportHours(hours, 'sv', translator('sv'))).toContain('kl. 09.00–17.00');
    expect(formatSupportHours(hours, 'da', translator('da'))).toContain('kl. 09.00–17.00');
    expect(formatOpening(monday8utc, 'Europe/Stockholm', 'sv')).toMatch(/kl\. 09\.00/);
  });

  it('Dutch and English keep the colon', () => {
    expect(formatSupportHours(hours, 'nl', translator('nl'))).toContain('van 09:00 tot 17:00');
    expect(formatOpening(monday8utc, 'Europe/Amsterdam', 'nl')).toContain('09:00');
    expect(formatSupportHours(hours, 'en', translator('en'))).toContain('09:00–17:00');
  });
});
