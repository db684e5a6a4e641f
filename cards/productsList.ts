import type { Translate } from '../locales';
import { actionSet, adaptiveCard, heading, submit, text, type AdaptiveCard, type CardAction, type CardElement } from './adaptive';
import { missingFieldsText, type RequiredProductField } from './productsEntry';
import { meterElements, type MeterView, type WhatIfView } from './productsMeter';

export interface ProductListItem {
  readonly productId: string;
  readonly modelName: string;
  readonly serialNumber: string | null;
  readonly complete: boolean;
  /** Points of the model (allocated when complete). */
  readonly points: number;
  readonly missing: readonly RequiredProductField[];
}

/** Whether the "Migrate products" button appears, and if not, why (rule P2). */
export type MigrationOffer =
  | { readonly kind: 'available'; readonly count: number }
  | { readonly kind: 'migrated'; readonly email: string }
  | { readonly kind: 'no-email' }
  | { readonly kind: 'not-found'; readonly email: string };

export interface MyProductsView {
  /** The registrations on this page. */
  readonly items: readonly ProductListItem[];
  readonly totalCount: number;
  readonly completeCount: number;
  /** 0-based index of the first item shown. */
  readonly offset: number;
  /** The page after this one, if there are more registrations. */
  readonly nextPage?: number;
  readonly meter: MeterView;
  readonly whatIf?: WhatIfView;
  /** The model the what-if line suggests registering (a button opens the entry card with it). */
  readonly suggestedModel?: { readonly id: string; readonly name: string };
  readonly migration: MigrationOffer;
}

function itemElements(item: ProductListItem, t: Translate): CardElement[] {
  return [
    {
      type: 'Container',
      spacing: 'medium',
      style: item.complete ? 'good' : 'warning',
      items: [
        text(item.modelName, { weight: 'bolder' }),
        text(item.serialNumber ? t('products.list.serial', { serial: item.serialNumber }) : t('products.list.noSerial'), { isSubtle: true, spacing: 'none' }),
        text(
          item.complete
            ? item.points > 0
              ? t('products.list.complete', { points: item.points })
              : t('products.list.completeNoPoints')
            : t('products.list.incomplete', { fields: missingFieldsText(item.missing, t) }),
          { spacing: 'small', weight: 'bolder' },
        ),
        actionSet([submit(t('products.button.view'), 'product.view', { productId: item.productId })]),
      ],
    },
  ];
}

/**
 * My products (`products.list`): each registration with ✅ and its points, or the missing details
 * named and a "View product" button; the points meter and what-if line; "Migrate products" when an
 * old CPS account is waiting, or why the button is missing.
 */
export function myProductsCard(view: MyProductsView, t: Translate): AdaptiveCard {
  const body: CardElement[] = [heading(t('products.list.title'))];
  if (view.totalCount === 0) body.push(text(t('products.list.empty')));
  else body.push(text(t('products.list.summary', { complete: view.completeCount, total: view.totalCount }), { isSubtle: true }));

  body.push(...meterElements(view.meter, t, view.whatIf));

  const mainActions: CardAction[] = [submit(t('products.button.register'), 'product.add', {}, 'positive')];
  if (view.suggestedModel) mainActions.push(submit(t('products.button.registerModel', { model: view.suggestedModel.name }), 'product.add', { model: view.suggestedModel.id }));
  if (view.migration.kind === 'available') mainActions.push(submit(t('products.button.migrate'), 'products.migrate'));
  if (view.meter.invited) mainActions.push(submit(t('menu.join'), 'cps.join'));
  body.push(actionSet(mainActions));

  if (view.migration.kind === 'no-email') body.push(text(t('products.migrate.missingHint'), { isSubtle: true, size: 'small' }));
  if (view.migration.kind === 'not-found') body.push(text(t('products.migrate.notFoundHint', { email: view.migration.email }), { isSubtle: true, size: 'small' }));
  if (view.migration.kind === 'migrated') body.push(text(t('products.migrate.migratedOn', { email: view.migration.email }), { isSubtle: true, size: 'small' }));

  for (const item of view.items) body.push(...itemElements(item, t));
  if (view.items.length > 0 && (view.offset > 0 || view.nextPage !== undefined)) {
    body.push(text(t('products.list.page', { from: view.offset + 1, to: view.offset + view.items.length, total: view.totalCount }), { isSubtle: true, size: 'small' }));
  }
  if (view.nextPage !== undefined) body.push(actionSet([submit(t('products.button.more'), 'products.list', { page: view.nextPage })]));
  if (view.migration.kind === 'no-email' || view.migration.kind === 'not-found') {
    body.push(actionSet([submit(t('products.button.support'), 'handoff.request', { reason: 'migrate-missing' })]));
  }
  return adaptiveCard(body);
}
