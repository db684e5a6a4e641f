import type { Translate } from '../locales';
import { adaptiveCard, heading, submit, type AdaptiveCard } from './adaptive';

export interface MenuView {
  readonly language: string;
  /** The member has an application on file, so "status" is offered instead of "apply". */
  readonly hasApplication: boolean;
}

/** The main menu: one button per journey, each carrying its verb. */
export function menuCard(view: MenuView, t: Translate): AdaptiveCard {
  return adaptiveCard(
    [heading(t('menu.title'))],
    [
      view.hasApplication ? submit(t('menu.accountStatus'), 'account.status') : submit(t('menu.account'), 'account.apply'),
      submit(t('menu.products'), 'product.add'),
      submit(t('menu.myProducts'), 'products.list'),
      submit(t('menu.join'), 'cps.join'),
      submit(t('menu.faq'), 'menu.open', { topic: 'faq' }),
      submit(t('menu.support'), 'handoff.request'),
      submit(t('menu.language'), 'menu.open', { topic: 'language' }),
    ],
    view.language,
  );
}
