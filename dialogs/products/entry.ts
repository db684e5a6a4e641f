import { randomUUID } from 'node:crypto';
import type { CardActionInput } from '../cardAction';
import { productEntryCard, type ProductEntryView, type ProductField, type SerialHint } from '../../cards/productsEntry';
import { productSavedCard } from '../../cards/productsNotices';
import type { MemberBusiness, ProductRow } from '../../data/repositories/products';
import type { CatalogueModel } from '../../data/schema/products';
import { countryChoices, countryName } from '../../domain/countryNames';
import { pointsEarned } from '../../domain/points';
import {
  checkProductInput,
  isComplete,
  missingFields,
  sameValues,
  type ProductFieldError,
  type ProductInput,
} from '../../domain/products';
import { PRODUCT_CATEGORIES } from '../../domain/serials';
import { en, type MessageKey } from '../../locales/en';
import { intlLocale, type Translate } from '../../locales';
import type { Language } from '../../domain/language';
import countries from 'i18n-iso-countries';
import { sendCard, sendText } from '../replies';
import { requireBusiness, type ProductsContext } from './context';
import { standingOf } from '../../services/standing';
import { stringInput, uuidInput } from './input';
import { inviteInlineIfReached } from './invitation';
import { tellOpenedTiers } from './tierOpened';
import { createProductDraftRepository } from '../../data/repositories/productDrafts';
import { showMyProducts } from './list';
import { formatCalendarDate } from '../../domain/intlFormats';
import { localDate } from '../../domain/businessDays';
import type { Step } from '../step';

const EMPTY_VALUES: Readonly<Record<ProductField, string>> = { model: '', serialNumber: '', purchaseDate: '', purchaseCountry: '', dealer: '' };

/** Every ISO 3166-1 alpha-2 code: a purchase may have been made anywhere. */
const ALL_COUNTRY_CODES = Object.keys(countries.getAlpha2Codes());

function isMessageKey(key: string | null): key is MessageKey {
  return key !== null && Object.hasOwn(en, key);
}

function valuesOf(row: ProductRow): Record<ProductField, string> {
  return {
    model: row.modelId,
    serialNumber: row.serialNumber ?? '',
    purchaseDate: row.purchaseDate ?? '',
    purchaseCountry: row.purchaseCountry ?? '',
    dealer: row.dealer ?? '',
  };
}

interface EntryOptions {
  readonly mode: 'new' | 'edit';
  readonly entryId?: string;
  readonly product?: ProductRow;
  readonly values: Readonly<Record<ProductField, string>>;
  readonly errors?: Partial<Record<ProductField, string>>;
  readonly offerSupport?: boolean;
}

/** Builds the entry card's view: catalogue, localized countries (the business's own first), hints and dealers. */
async function entryView(ctx: ProductsContext, business: MemberBusiness, language: Language, t: Translate, options: EntryOptions): Promise<ProductEntryView> {
  const models = await ctx.catalogue.allModels();
  const ordered = [...models.filter((m) => m.registrable), ...models.filter((m) => !m.registrable)];
  const chosen = models.find((m) => m.id === options.values.model);
  const own = business.countryCode;
  const countryList = countryChoices(ALL_COUNTRY_CODES, language);
  const orderedCountries = [...countryList.filter((c) => c.code === own), ...countryList.filter((c) => c.code !== own)];
  const dealerCountry = /^[A-Z]{2}$/.test(options.values.purchaseCountry) ? options.values.purchaseCountry : own;
  const dealerNames = await ctx.catalogue.dealerNames(dealerCountry);
  const serialHint: SerialHint =
    chosen?.registrable && chosen.serialExample
      ? { kind: 'model', model: chosen.name, example: chosen.serialExample }
      : {
          kind: 'general',
          examples: PRODUCT_CATEGORIES.flatMap((category) => {
            const sample = ordered.find((m) => m.category === category && m.registrable && m.serialExample);
            return sample?.serialExample ? [{ category: t(`products.category.${category}`), example: sample.serialExample }] : [];
          }),
        };
  const product = options.product;
  return {
    mode: options.mode,
    ...(options.entryId ? { entryId: options.entryId } : {}),
    ...(product ? { productId: product.id, title: product.modelName } : {}),
    models: ordered.map((m) => ({ id: m.id, name: m.name, registrable: m.registrable })),
    countries: orderedCountries,
    values: options.values,
    today: localDate(ctx.services.clock(), business.timeZone),
    ...(chosen?.releaseDate ? { earliest: chosen.releaseDate } : {}),
    serialHint,
    ...(dealerNames.length > 0 ? { dealerSuggestions: { country: countryName(dealerCountry, language), names: dealerNames } } : {}),
    ...(product
      ? { status: isComplete(product) ? { complete: true as const, points: product.points } : { complete: false as const, missing: missingFields(product) } }
      : {}),
    ...(options.errors ? { errors: options.errors } : {}),
    ...(options.offerSupport ? { offerSupport: true } : {}),
  };
}

async function showEntry(step: Step, ctx: ProductsContext, business: MemberBusiness, options: EntryOptions): Promise<void> {
  const { turn } = step;
  await sendCard(step, productEntryCard(await entryView(ctx, business, turn.language, turn.t, options), turn.t));
}

/** `product.add`: the empty entry card (or with a model chosen, from the what-if button). */
export async function addProduct(step: Step, ctx: ProductsContext, action?: CardActionInput): Promise<void> {
  const business = await requireBusiness(step, ctx);
  if (!business) return;
  const model = action ? stringInput(action.data, 'model').trim() : '';
  const known = model !== '' && (await ctx.catalogue.modelById(model)) !== undefined;
  const draft = known ? undefined : await resumeDraft(step, ctx);
  if (draft) return showEntry(step, ctx, business, { mode: 'new', entryId: draft.entryId, values: draft.values });
  await showEntry(step, ctx, business, { mode: 'new', entryId: randomUUID(), values: { ...EMPTY_VALUES, model: known ? model : '' } });
}

/** The member's unsaved product form, if any, after saying what was kept (exactly the values the card will show). */
async function resumeDraft(step: Step, ctx: ProductsContext): Promise<{ entryId: string; values: Record<ProductField, string> } | undefined> {
  const { turn } = step;
  const draft = await createProductDraftRepository(ctx.services.db).find(turn.memberId);
  if (!draft) return undefined;
  const field = (name: ProductField) => draft.values[name] ?? '';
  const values = { model: field('model'), serialNumber: field('serialNumber'), purchaseDate: field('purchaseDate'), purchaseCountry: field('purchaseCountry'), dealer: field('dealer') };
  const model = values.model === '' ? undefined : await ctx.catalogue.modelById(values.model);
  await sendText(step, turn.t('products.draft.kept', { model: model?.name ?? 'none', serial: values.serialNumber === '' ? 'none' : values.serialNumber }));
  return { entryId: draft.entryId, values };
}

/** `product.view`: the saved registration in the entry card, with what is missing. */
export async function viewProduct(step: Step, ctx: ProductsContext, action: CardActionInput): Promise<void> {
  const business = await requireBusiness(step, ctx);
  if (!business) return;
  const productId = uuidInput(action.data, 'productId');
  const product = productId ? await ctx.products.find(business.businessId, productId) : undefined;
  if (!product) {
    await showMyProducts(step, ctx, business, 0, step.turn.t('products.notFound'));
    return;
  }
  await showEntry(step, ctx, business, { mode: 'edit', product, values: valuesOf(product) });
}

function errorMessage(error: ProductFieldError, model: CatalogueModel | undefined, t: Translate, language: Language): string {
  switch (error.field) {
    case 'model':
      if (error.code !== 'not-registrable') return t(error.code === 'required' ? 'products.error.model.required' : 'products.error.model.unknown');
      return t('products.error.model.notRegistrable', {
        model: model?.name ?? '',
        reason: t(isMessageKey(error.reasonKey) ? error.reasonKey : 'products.notRegistrable.generic'),
      });
    case 'serialNumber':
      if (error.code === 'example') return t('products.error.serialNumber.example', { example: error.example });
      return t('products.error.serialNumber.pattern', { example: error.example ?? '' });
    case 'purchaseDate':
      if (error.code !== 'before-release') return t(error.code === 'format' ? 'products.error.purchaseDate.format' : 'products.error.purchaseDate.future');
      return t('products.error.purchaseDate.beforeRelease', { date: formatCalendarDate(error.releaseDate, intlLocale[language]) });
    case 'purchaseCountry':
      return t('products.error.purchaseCountry.unknown');
    case 'dealer':
      return t('products.error.dealer.tooLong', { max: error.max });
  }
}

/**
 * `product.submit`: re-validates every value; on a problem the card comes back with the member's
 * values and the problems marked (nothing typed is lost). Saves new registrations idempotently
 * (the card's entry id) and edits through "View product"; a serial of another business is refused,
 * recorded, and CPS Priority Support offered.
 */
export async function submitProduct(step: Step, ctx: ProductsContext, action: CardActionInput): Promise<void> {
  const { turn } = step;
  const business = await requireBusiness(step, ctx);
  if (!business) return;
  const input: ProductInput = {
    model: stringInput(action.data, 'model'),
    serialNumber: stringInput(action.data, 'serialNumber'),
    purchaseDate: stringInput(action.data, 'purchaseDate'),
    purchaseCountry: stringInput(action.data, 'purchaseCountry'),
    dealer: stringInput(action.data, 'dealer'),
  };
  const typed: Record<ProductField, string> = { ...input, model: input.model.trim() };
  const productId = uuidInput(action.data, 'productId');
  const entryId = uuidInput(action.data, 'entryId');
  const editing = productId ? await ctx.products.find(business.businessId, productId) : undefined;
  if (productId && !editing) {
    await showMyProducts(step, ctx, business, 0, turn.t('products.notFound'));
    return;
  }
  const drafts = createProductDraftRepository(ctx.services.db);
  const again = async (errors: Partial<Record<ProductField, string>>, offerSupport = false) => {
    // A new product's form is kept until it is saved: the menu, a restart or days of silence lose nothing.
    if (!editing && entryId) await drafts.keep(turn.memberId, { entryId, values: typed }, ctx.services.clock());
    await showEntry(step, ctx, business, {
      mode: editing ? 'edit' : 'new',
      ...(editing ? { product: editing } : { entryId: entryId ?? randomUUID() }),
      values: typed,
      errors,
      offerSupport,
    });
  };

  const model = typed.model === '' ? undefined : await ctx.catalogue.modelById(typed.model);
  const today = localDate(ctx.services.clock(), business.timeZone);
  const examples = (await ctx.catalogue.registrableModels()).flatMap((m) => (m.serialExample ? [m.serialExample] : []));
  const checked = checkProductInput(input, model, today, examples);
  if (!checked.ok) {
    const errors: Partial<Record<ProductField, string>> = {};
    for (const error of checked.errors) errors[error.field] ??= errorMessage(error, model, turn.t, turn.language);
    await again(errors);
    return;
  }
  const values = checked.values;
  const modelName = model?.name ?? values.modelId;
  const conflict = async (ownerProductId: string, serialNumber: string) => {
    await ctx.products.recordSerialConflict({
      modelId: values.modelId,
      serialNumber,
      memberId: turn.memberId,
      businessId: business.businessId,
      registeredProductId: ownerProductId,
    });
    turn.log.info({ modelId: values.modelId, businessId: business.businessId }, 'serial registered to another business');
    await again({ serialNumber: turn.t('products.conflict', { model: modelName, serial: serialNumber }) }, true);
  };

  let saved: ProductRow;
  let outcome: 'saved' | 'already-registered' = 'saved';
  if (editing) {
    const result = await ctx.products.update(business.businessId, editing.id, values);
    if (result.kind === 'not-found') {
      await showMyProducts(step, ctx, business, 0, turn.t('products.notFound'));
      return;
    }
    if (result.kind === 'conflict') return conflict(result.ownerProductId, values.serialNumber ?? '');
    if (result.kind === 'duplicate') {
      await again({ serialNumber: turn.t('products.error.duplicateOwn', { model: result.otherProduct.modelName }) });
      return;
    }
    saved = result.product;
  } else {
    const result = await ctx.products.register(business.businessId, values, entryId);
    if (result.kind === 'conflict') return conflict(result.ownerProductId, values.serialNumber ?? '');
    saved = result.product;
    await drafts.drop(turn.memberId);
    // A double tap or redelivered card is answered like the first time; the same serial with other details is pointed at the saved one.
    if (result.kind === 'existing' && !sameValues(result.product, values)) outcome = 'already-registered';
  }

  const standing = await standingOf(ctx, business.businessId);
  await sendCard(
    step,
    productSavedCard(
      {
        productId: saved.id,
        modelName: saved.modelName,
        outcome,
        serialNumber: saved.serialNumber,
        complete: isComplete(saved),
        points: pointsEarned(saved),
        missing: missingFields(saved),
        total: standing.total,
      },
      turn.t,
    ),
  );
  await inviteInlineIfReached(step, ctx, business.businessId, standing);
  await tellOpenedTiers(step, ctx, business.businessId, standing);
}

