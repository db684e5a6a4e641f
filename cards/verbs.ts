import { isOneOf } from '../domain/records';
/** Every card action verb (docs/contracts.md, "Card actions"). Handlers branch on these, never on button labels. */
export const VERBS = [
  'menu.open',
  'language.set',
  'account.apply',
  'account.submit',
  'account.status',
  'account.confirm',
  'account.edit',
  'account.useDocumentVat',
  'account.keepTypedVat',
  'product.add',
  'product.submit',
  'product.view',
  'products.list',
  'products.migrate',
  'cps.join',
  'tier.toggle',
  'tier.select',
  'payment.submit',
  'invoice.view',
  'faq.feedback',
  'faq.topic',
  'handoff.request',
  'handoff.cancel',
  'csat.submit',
  'data.export',
  'data.erase',
  'membership.view',
  'contact.change',
  'membership.cancel',
  'product.remove',
  'payment.change',
  'tier.change',
] as const;

export type Verb = (typeof VERBS)[number];

export function isVerb(value: unknown): value is Verb {
  return isOneOf(VERBS, value);
}
