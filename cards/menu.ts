import type { Translate } from '../locales';
import { actionSet, adaptiveCard, heading, submit, type AdaptiveCard, type OpenUrlAction, type SubmitAction } from './adaptive';

/**
 * Where the member stands, as far as the menu cares: `drafting` has an application not sent yet,
 * `applicant` one sent (under review or not approved). A `member` is never offered "apply" or "join".
 */
export type MenuStage = 'visitor' | 'drafting' | 'applicant' | 'approved' | 'invited' | 'member';

export interface MenuView {
  readonly stage: MenuStage;
  /** The member's signed, short-lived "My CPS" dashboard link; no button without one. */
  readonly dashboardUrl?: string | undefined;
}

function stageActions(stage: MenuStage, t: Translate): SubmitAction[] {
  const products = [submit(t('menu.products'), 'product.add'), submit(t('menu.myProducts'), 'products.list')];
  switch (stage) {
    case 'visitor':
    case 'drafting':
      return [submit(t('menu.account'), 'account.apply')];
    case 'applicant':
      return [submit(t('menu.accountStatus'), 'account.status')];
    case 'approved':
      return products;
    case 'invited':
      return [...products, submit(t('menu.join'), 'cps.join')];
    case 'member':
      return [submit(t('menu.membership'), 'membership.view'), ...products];
  }
}

/** The main menu: the next steps for the member's stage, then help; each button carries its verb. */
export function menuCard(view: MenuView, t: Translate): AdaptiveCard {
  return adaptiveCard([
    heading(t('menu.title')),
    actionSet([
      ...stageActions(view.stage, t),
      // A link, not a verb: the host opens the page; nothing comes back to the bot.
      ...(view.dashboardUrl ? [{ type: 'Action.OpenUrl', title: t('web.openDashboard'), url: view.dashboardUrl } satisfies OpenUrlAction] : []),
    ]),
    actionSet([
      submit(t('menu.faq'), 'menu.open', { topic: 'faq' }),
      submit(t('menu.support'), 'handoff.request'),
      submit(t('menu.privacy'), 'menu.open', { topic: 'privacy' }),
      submit(t('menu.language'), 'menu.open', { topic: 'language' }),
    ]),
  ]);
}
