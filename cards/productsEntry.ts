import type { MessageKey, Translate } from '../locales';
import { actionSet, adaptiveCard, heading, submit, text, type AdaptiveCard, type CardElement, type SubmitAction } from './adaptive';

export type ProductField = 'model' | 'serialNumber' | 'purchaseDate' | 'purchaseCountry' | 'dealer';
export type RequiredProductField = Exclude<ProductField, 'model'>;

export const MISSING_FIELD_KEYS: Readonly<Record<RequiredProductField, MessageKey>> = {
  serialNumber: 'product.missingField.serialNumber',
  purchaseDate: 'product.missingField.purchaseDate',
  purchaseCountry: 'product.missingField.purchaseCountry',
  dealer: 'product.missingField.dealer',
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
  if (hint.kind === 'model') return t('product.entry.serialHintModel', { model: hint.model, example: hint.example });
  const examples = hint.examples.map((e) => t('product.entry.serialExample', { category: e.category, example: e.example })).join(', ');
  return t('product.entry.serialHintGeneral', { examples });
}

/**
 * The product entry card (`product.add` / `product.view`): model (searchable), serial number with a
 * hint from the model's example, purchase date (not after today), country of purchase (localized,
 * searchable), dealer (free text, with the dealers of the country shown). Saves with `product.submit`.
 */
export function productEntryCard(view: ProductEntryView, t: Translate): AdaptiveCard {
  const hasErrors = view.errors !== undefined && Object.values(view.errors).some((m) => m !== undefined);
  const body: CardElement[] = [heading(view.mode === 'edit' && view.title ? t('product.entry.titleEdit', { model: view.title }) : t('product.entry.titleNew'))];
  if (view.status) {
    body.push(
      view.status.complete
        ? text(view.status.points > 0 ? t('product.entry.statusComplete', { points: view.status.points }) : t('product.entry.statusCompleteNoPoints'), { weight: 'bolder' })
        : text(t('product.entry.statusIncomplete', { fields: missingFieldsText(view.status.missing, t) }), { weight: 'bolder' }),
    );
  }
  body.push(text(hasErrors ? t('product.entry.fixErrors') : t('product.entry.intro'), { isSubtle: !hasErrors, color: hasErrors ? 'attention' : 'default' }));

  body.push({
    type: 'Input.ChoiceSet',
    wrap: true,
    id: 'model',
    label: t('product.field.model'),
    style: 'filtered',
    placeholder: t('product.field.model.placeholder'),
    isRequired: true,
    errorMessage: t('product.error.model.required'),
    choices: view.models.map((m) => ({ value: m.id, title: m.registrable ? m.name : t('product.choice.notRegistrable', { model: m.name }) })),
    ...(view.values.model ? { value: view.values.model } : {}),
  });
  body.push(...fieldError(view, 'model'));

  const example = view.serialHint.kind === 'model' ? view.serialHint.example : view.serialHint.examples[0]?.example;
  body.push({
    type: 'Input.Text',
    id: 'serialNumber',
    label: t('product.field.serialNumber'),
    maxLength: 40,
    ...(example ? { placeholder: t('product.field.serialNumber.placeholder', { example }) } : {}),
    ...(view.values.serialNumber ? { value: view.values.serialNumber } : {}),
  });
  body.push(...fieldError(view, 'serialNumber'));
  body.push(text(serialHintText(view.serialHint, t), { isSubtle: true, size: 'small', spacing: 'none' }));

  body.push({
    type: 'Input.Date',
    id: 'purchaseDate',
    label: t('product.field.purchaseDate'),
    max: view.today,
    ...(view.earliest ? { min: view.earliest } : {}),
    ...(view.values.purchaseDate ? { value: view.values.purchaseDate } : {}),
  });
  body.push(...fieldError(view, 'purchaseDate'));

  body.push({
    type: 'Input.ChoiceSet',
    wrap: true,
    id: 'purchaseCountry',
    label: t('product.field.purchaseCountry'),
    style: 'filtered',
    placeholder: t('product.field.purchaseCountry.placeholder'),
    choices: view.countries.map((c) => ({ value: c.code, title: c.name })),
    ...(view.values.purchaseCountry ? { value: view.values.purchaseCountry } : {}),
  });
  body.push(...fieldError(view, 'purchaseCountry'));

  body.push({
    type: 'Input.Text',
    id: 'dealer',
    label: t('product.field.dealer'),
    placeholder: t('product.field.dealer.placeholder'),
    maxLength: 100,
    ...(view.values.dealer ? { value: view.values.dealer } : {}),
  });
  body.push(...fieldError(view, 'dealer'));
  if (view.dealerSuggestions && view.dealerSuggestions.names.length > 0) {
    body.push(
      text(t('product.entry.dealerSuggestions', { country: view.dealerSuggestions.country, dealers: view.dealerSuggestions.names.join(', ') }), {
        isSubtle: true,
        size: 'small',
        spacing: 'none',
      }),
    );
  }

  const key: Record<string, string> = view.mode === 'edit' && view.productId ? { productId: view.productId } : view.entryId ? { entryId: view.entryId } : {};
  // Only "save" gathers the inputs: the other buttons must work while the form is half filled.
  const actions: SubmitAction[] = [submit(t('product.button.save'), 'product.submit', key, 'positive')];
  if (view.offerSupport) actions.push({ ...submit(t('product.button.support'), 'handoff.request', { reason: 'duplicate-serial' }), associatedInputs: 'none' });
  actions.push({ ...submit(t('products.button.list'), 'products.list'), associatedInputs: 'none' });
  if (view.mode === 'edit' && view.productId) actions.push({ ...submit(t('self.product.remove'), 'product.remove', { productId: view.productId }, 'destructive'), associatedInputs: 'none' });
  body.push(actionSet(actions));
  return adaptiveCard(body);
}
