import type { Translate } from '../locales';
import { actionSet, adaptiveCard, heading, submit, text, type AdaptiveCard } from './adaptive';

/** "Your data": download everything (`data.export`) or erase it (`data.erase`, which asks first). */
export function privacyCard(t: Translate): AdaptiveCard {
  return adaptiveCard([
    heading(t('privacy.title')),
    text(t('privacy.body')),
    actionSet([submit(t('privacy.export'), 'data.export'), submit(t('privacy.erase'), 'data.erase', {}, 'destructive')]),
  ]);
}

export interface EraseConfirmView {
  /** Years invoices are kept, the country whose law requires it (a name in the member's language) and until when (formatted). */
  readonly years: number;
  readonly country: string;
  readonly until: string;
}

/** Before erasing: what goes, what stays and why; `data.erase` with `confirm: true` erases. */
export function eraseConfirmCard(view: EraseConfirmView, t: Translate): AdaptiveCard {
  return adaptiveCard([
    heading(t('privacy.eraseConfirm.title')),
    text(t('privacy.eraseConfirm.body')),
    text(t('privacy.eraseConfirm.kept', { years: view.years, country: view.country, until: view.until })),
    actionSet([
      submit(t('privacy.eraseConfirm.yes'), 'data.erase', { confirm: true }, 'destructive'),
      submit(t('privacy.eraseConfirm.no'), 'menu.open'),
    ]),
  ]);
}
