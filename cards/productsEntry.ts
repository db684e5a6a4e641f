import type { MessageKey, Translate } from '../locales';
import { actionSet, adaptiveCard, heading, submit, text, type AdaptiveCard, type CardElement, type SubmitAction } from './adaptive';

export type ProductField = 'model' | 'serialNumber' | 'purchaseDate' | 'purchaseCountry' | 'dealer';
export type RequiredProductField = Exclude<ProductField, 'model'>;

export const MISSING_FIELD_KEYS: Readonly<Record<RequiredProductField, MessageKey>> = {
  serialNumber: 'products.missingField.serialNumber',
  purchaseDate: 'products.missingField.purchaseDate',
  purchaseCountry: 'products.missingField.purchaseCountry',
  dealer: 'products.missingField.dealer',
};

/** "serial number, dealer": the missing details named in the member's language. */
export function missingFieldsText(fields: readonly RequiredProductField[], t: Translate): string {
  return fields.map((f) => t(MISSING_FIELD_KEYS[f])).join(', ');
}

export interface ModelOption {
  readonly id: string;
  readonly name: string;
  readonly registrable: boolean;
}

export interface CountryOption {
  readonly code: string;
  readonly name: string;
}

export type SerialHint =
  | { readonly kind: 'model'; readonly model: string; readonly example: string }
  | { readonly kind: 'general'; readonly examples: readonly { readonly category: string; readonly example: string }[] };

export interface ProductEntryView {
  /** `edit` = "View product" of a saved registration. */
  readonly mode: 'new' | 'edit';
  /** New registrations: the id the registration will get, so a double tap saves once. */
  readonly entryId?: string;
  /** Edits: the registration being changed. */
  readonly productId?: string;
  /** Edits: the model's name, for the title. */
  readonly title?: string;
  readonly models: readonly ModelOption[];
  /** Countries in display order (the business's own first). */
  readonly countries: readonly CountryOption[];
  /** What the member typed or what is saved, as strings ('' = empty). */
  readonly values: Readonly<Record<ProductField, string>>;
  /** YYYY-MM-DD: no purchase date after it. */
  readonly today: string;
  /** YYYY-MM-DD: the chosen model's release, when known. */
  readonly earliest?: string;
  readonly serialHint: SerialHint;
  readonly dealerSuggestions?: { readonly country: string; readonly names: readonly string[] };
  /** Edits: the saved registration's state. */
  readonly status?: { readonly complete: true; readonly points: number } | { readonly complete: false; readonly missing: readonly RequiredProductField[] };
  /** Localized problems per field (the card is shown again with the member's values). */
  readonly errors?: Partial<Readonly<Record<ProductField, string>>>;
  /** The serial belongs to another business: offer CPS Priority Support. */
  readonly offerSupport?: boolean;
}

function fieldError(view: ProductEntryView, field: ProductField): CardElement[] {
  const message = view.errors?.[field];
  return message ? [text(message, { color: 'attention', spacing: 'none', size: 'small' })] : [];
}

function serialHintText(hint: SerialHint, t: Translate): string {
  if (hint.kind === 'model') return t('products.entry.serialHintModel', { model: hint.model, example: hint.example });
  const examples = hint.examples.map((e) => t('products.entry.serialExample', { category: e.category, example: e.example })).join(', ');
  return t('products.entry.serialHintGeneral', { examples });
}

/**
 * The product entry card (`product.add` / `product.view`): model (searchable), serial number with a
 * hint from the model's example, purchase date (not after today), country of purchase (localized,
 * searchable), dealer (free text, with the dealers of the country shown). Saves with `product.submit`.
 */
export function productEntryCard(view: ProductEntryView, t: Translate): AdaptiveCard {
  const hasErrors = view.errors !== undefined && Object.values(view.errors).some((m) => m !== undefined);
  const body: CardElement[] = [heading(view.mode === 'edit' && view.title ? t('products.entry.titleEdit', { model: view.title }) : t('products.entry.titleNew'))];
  if (view.status) {
    body.push(
      view.status.complete
        ? text(view.status.points > 0 ? t('products.entry.statusComplete', { points: view.status.points }) : t('products.entry.statusCompleteNoPoints'), { weight: 'bolder' })
        : text(t('products.entry.statusIncomplete', { fields: missingFieldsText(view.status.missing, t) }), { weight: 'bolder' }),
    );
  }
  body.push(text(hasErrors ? t('products.entry.fixErrors') : t('products.entry.intro'), { isSubtle: !hasErrors, color: hasErrors ? 'attention' : 'default' }));

  body.push({
    type: 'Input.ChoiceSet',
    wrap: true,
    id: 'model',
    label: t('products.field.model'),
    style: 'filtered',
    placeholder: t('products.field.model.placeholder'),
    isRequired: true,
    errorMessage: t('products.error.model.required'),
    choices: view.models.map((m) => ({ value: m.id, title: m.registrable ? m.name : t('products.choice.notRegistrable', { model: m.name }) })),
    ...(view.values.model ? { value: view.values.model } : {}),
  });
  body.push(...fieldError(view, 'model'));

  const example = view.serialHint.kind === 'model' ? view.serialHint.example : view.serialHint.examples[0]?.example;
  body.push({
    type: 'Input.Text',
    id: 'serialNumber',
    label: t('products.field.serialNumber'),
    maxLength: 40,
    ...(example ? { placeholder: t('products.field.serialNumber.placeholder', { example }) } : {}),
    ...(view.values.serialNumber ? { value: view.values.serialNumber } : {}),
  });
  body.push(...fieldError(view, 'serialNumber'));
  body.push(text(serialHintText(view.serialHint, t), { isSubtle: true, size: 'small', spacing: 'none' }));

  body.push({
    type: 'Input.Date',
    id: 'purchaseDate',
    label: t('products.field.purchaseDate'),
    max: view.today,
    ...(view.earliest ? { min: view.earliest } : {}),
    ...(view.values.purchaseDate ? { value: view.values.purchaseDate } : {}),
  });
  body.push(...fieldError(view, 'purchaseDate'));

  body.push({
    type: 'Input.ChoiceSet',
    wrap: true,
    id: 'purchaseCountry',
    label: t('products.field.purchaseCountry'),
    style: 'filtered',
    placeholder: t('products.field.purchaseCountry.placeholder'),
    choices: view.countries.map((c) => ({ value: c.code, title: c.name })),
    ...(view.values.purchaseCountry ? { value: view.values.purchaseCountry } : {}),
  });
  body.push(...fieldError(view, 'purchaseCountry'));

  body.push({
    type: 'Input.Text',
    id: 'dealer',
    label: t('products.field.dealer'),
    placeholder: t('products.field.dealer.placeholder'),
    maxLength: 100,
    ...(view.values.dealer ? { value: view.values.dealer } : {}),
  });
  body.push(...fieldError(view, 'dealer'));
  if (view.dealerSuggestions && view.dealerSuggestions.names.length > 0) {
    body.push(
      text(t('products.entry.dealerSuggestions', { country: view.dealerSuggestions.country, dealers: view.dealerSuggestions.names.join(', ') }), {
        isSubtle: true,
        size: 'small',
        spacing: 'none',
      }),
    );
  }

  const key: Record<string, string> = view.mode === 'edit' && view.productId ? { productId: view.productId } : view.entryId ? { entryId: view.entryId } : {};
  // Only "save" gathers the inputs: the other buttons must work while the form is half filled.
  const actions: SubmitAction[] = [submit(t('products.button.save'), 'product.submit', key, 'positive')];
  if (view.offerSupport) actions.push({ ...submit(t('products.button.support'), 'handoff.request', { reason: 'duplicate-serial' }), associatedInputs: 'none' });
  actions.push({ ...submit(t('products.button.list'), 'products.list'), associatedInputs: 'none' });
  if (view.mode === 'edit' && view.productId) actions.push({ ...submit(t('self.product.remove'), 'product.remove', { productId: view.productId }, 'destructive'), associatedInputs: 'none' });
  body.push(actionSet(actions));
  return adaptiveCard(body);
}
