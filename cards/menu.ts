import type { Translate } from '../locales';
import { actionSet, adaptiveCard, heading, submit, type AdaptiveCard, type OpenUrlAction } from './adaptive';

export interface MenuView {
  /** The member has an application on file, so "status" is offered instead of "apply". */
  readonly hasApplication: boolean;
  /** The member's signed, short-lived "My CPS" dashboard link; no button without one. */
  readonly dashboardUrl?: string | undefined;
}

/** The main menu: the onboarding steps in order, then help; each button carries its verb. */
export function menuCard(view: MenuView, t: Translate): AdaptiveCard {
  return adaptiveCard([
    heading(t('menu.title')),
    actionSet([
      view.hasApplication ? submit(t('menu.accountStatus'), 'account.status') : submit(t('menu.account'), 'account.apply'),
      submit(t('menu.products'), 'product.add'),
      submit(t('menu.myProducts'), 'products.list'),
      submit(t('menu.join'), 'cps.join'),
      // A link, not a verb: the host opens the page; nothing comes back to the bot.
      ...(view.dashboardUrl ? [{ type: 'Action.OpenUrl', title: t('web.openDashboard'), url: view.dashboardUrl } satisfies OpenUrlAction] : []),
    ]),
    actionSet([
      submit(t('menu.faq'), 'menu.open', { topic: 'faq' }),
      submit(t('menu.support'), 'handoff.request'),
      submit(t('menu.language'), 'menu.open', { topic: 'language' }),
    ]),
  ]);
}
