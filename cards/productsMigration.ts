import type { Translate } from '../locales';
import { actionSet, adaptiveCard, heading, submit, text, type AdaptiveCard, type CardAction, type CardElement } from './adaptive';
import { meterElements, type MeterView } from './productsMeter';

export interface MigrationPreviewView {
  readonly email: string;
  readonly found: number;
  readonly alreadyRegistered: number;
  readonly registeredElsewhere: number;
  readonly toMigrate: number;
  readonly incomplete: number;
  readonly points: number;
}

/** The dry run of `products.migrate`: what was found, what is already registered, what would move. Nothing changes until confirmed. */
export function migrationPreviewCard(view: MigrationPreviewView, t: Translate): AdaptiveCard {
  const body: CardElement[] = [
    heading(t('products.migrate.preview.title')),
    text(t('products.migrate.preview.account', { email: view.email }), { isSubtle: true }),
    {
      type: 'FactSet',
      facts: [
        { title: t('products.migrate.preview.found'), value: String(view.found) },
        { title: t('products.migrate.preview.alreadyRegistered'), value: String(view.alreadyRegistered) },
        { title: t('products.migrate.preview.elsewhere'), value: String(view.registeredElsewhere) },
        { title: t('products.migrate.preview.toMigrate'), value: String(view.toMigrate) },
        { title: t('products.migrate.preview.incomplete'), value: String(view.incomplete) },
        { title: t('products.migrate.preview.points'), value: t('products.migrate.preview.pointsValue', { points: view.points }) },
      ],
    },
    text(view.toMigrate > 0 ? t('products.migrate.preview.confirmHint') : t('products.migrate.preview.nothing')),
  ];
  if (view.registeredElsewhere > 0) body.push(text(t('products.migrate.preview.elsewhereHint'), { isSubtle: true, size: 'small' }));
  const actions: CardAction[] = [];
  if (view.toMigrate > 0) actions.push(submit(t('products.button.migrate'), 'products.migrate', { confirm: true }, 'positive'));
  actions.push(submit(t('products.button.list'), 'products.list'));
  if (view.registeredElsewhere > 0) actions.push(submit(t('products.button.support'), 'handoff.request', { reason: 'duplicate-serial' }));
  body.push(actionSet(actions));
  return adaptiveCard(body);
}

export interface MigrationResultView {
  readonly migrated: number;
  /** Migrated registrations still missing details. */
  readonly incomplete: number;
  readonly meter: MeterView;
}

/** After a confirmed migration: how many moved, how many still need details, and the points now. */
export function migrationResultCard(view: MigrationResultView, t: Translate): AdaptiveCard {
  const body: CardElement[] = [heading(view.migrated > 0 ? t('products.migrate.result', { count: view.migrated }) : t('products.migrate.resultNothing'))];
  if (view.incomplete > 0) body.push(text(t('products.migrate.resultIncomplete', { count: view.incomplete }), { weight: 'bolder' }));
  body.push(...meterElements(view.meter, t));
  body.push(actionSet([submit(t('products.button.list'), 'products.list', {}, 'positive'), submit(t('products.button.register'), 'product.add')]));
  return adaptiveCard(body);
}

export type MigrationUnavailableReason = { readonly kind: 'no-email' } | { readonly kind: 'no-account'; readonly email: string };

/** Rule P2: no "Migrate products" — why, and the two ways on: register again or CPS Priority Support. */
export function migrationUnavailableCard(view: MigrationUnavailableReason, t: Translate): AdaptiveCard {
  return adaptiveCard([
    text(view.kind === 'no-email' ? t('products.migrate.noEmail') : t('products.migrate.noAccount', { email: view.email })),
    actionSet([
      submit(t('products.button.register'), 'product.add', {}, 'positive'),
      submit(t('products.button.support'), 'handoff.request', { reason: 'migrate-missing' }),
    ]),
  ]);
}
