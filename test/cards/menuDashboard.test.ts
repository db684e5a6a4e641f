import { describe, expect, it } from 'vitest';
import { menuCard } from '../../cards/menu';
import { LANGUAGES, translator } from '../../locales';
import { cardActions, cardProblems } from '../support/cards';

const URL = 'https://cps.example.com/tab?lang=da#token=abc.def.ghi';

describe('menu card: "Open my dashboard"', () => {
  it.each(LANGUAGES)('%s: opens the signed link, carries no verb, and the card stays valid', (language) => {
    const t = translator(language);
    const card = menuCard({ stage: 'applicant', dashboardUrl: URL }, t);
    const links = cardActions(card).filter((a) => a['type'] === 'Action.OpenUrl');
    expect(links).toEqual([{ type: 'Action.OpenUrl', title: t('web.openDashboard'), url: URL }]);
    expect(cardProblems(card)).toEqual([]);
  });

  it('is left out when there is no link (no host to issue one)', () => {
    const card = menuCard({ stage: 'visitor' }, translator('en'));
    expect(cardActions(card).some((a) => a['type'] === 'Action.OpenUrl')).toBe(false);
  });
});
