import { DOCUMENT_TYPES, type DocumentType } from '../domain/documents';
import type { MessageKey, Translate } from '../locales';
import { adaptiveCard, heading, submit, text, type AdaptiveCard, type CardElement } from './adaptive';

/** The `account.submit` input ids (docs/contracts.md, "Card actions"): part of the public contract. */
export type AccountFormField =
  | 'country'
  | 'companyName'
  | 'address'
  | 'vatRegistered'
  | 'vatNumber'
  | 'documentType'
  | 'authorised'
  | 'contactEmail'
  | 'oldCpsEmail';

export interface AccountFormView {
  /** Participating countries, already named and sorted in the member's language. */
  readonly countries: readonly { readonly code: string; readonly name: string }[];
  /** What the member typed last time (pre-fills the card). */
  readonly values: Readonly<Record<AccountFormField, string>>;
  /** A localized message per invalid field, shown under it. */
  readonly errors: Readonly<Partial<Record<AccountFormField, string>>>;
}

const DOCUMENT_LABEL: Readonly<Record<DocumentType, MessageKey>> = {
  'vat-certificate': 'account.documentType.vat-certificate',
  'company-invoice': 'account.documentType.company-invoice',
  'business-licence': 'account.documentType.business-licence',
  'articles-of-association': 'account.documentType.articles-of-association',
};

/** The application form (rules A1–A4): every field on one card, pre-filled, with a message under each invalid one. */
export function accountFormCard(view: AccountFormView, t: Translate): AdaptiveCard {
  const { values, errors } = view;
  const required = t('account.form.required');
  const errorLine = (field: AccountFormField): CardElement[] => {
    const message = errors[field];
    return message ? [text(message, { color: 'attention', size: 'small', spacing: 'none' })] : [];
  };
  const hasErrors = Object.values(errors).some((message) => message !== undefined);

  const body: CardElement[] = [
    heading(t('account.form.title')),
    hasErrors ? text(t('account.form.fixErrors'), { color: 'attention', weight: 'bolder' }) : text(t('account.form.intro')),
    {
      type: 'Input.ChoiceSet',
      wrap: true,
      id: 'country',
      label: t('account.form.country'),
      placeholder: t('account.form.countryPlaceholder'),
      style: 'compact',
      isRequired: true,
      errorMessage: required,
      choices: view.countries.map((country) => ({ title: country.name, value: country.code })),
      ...(values.country ? { value: values.country } : {}),
    },
    ...errorLine('country'),
    { type: 'Input.Text', id: 'companyName', label: t('account.form.companyName'), isRequired: true, errorMessage: required, maxLength: 200, value: values.companyName },
    ...errorLine('companyName'),
    { type: 'Input.Text', id: 'address', label: t('account.form.address'), isMultiline: true, isRequired: true, errorMessage: required, maxLength: 500, value: values.address },
    ...errorLine('address'),
    {
      type: 'Input.ChoiceSet',
      wrap: true,
      id: 'vatRegistered',
      label: t('account.form.vatRegistered'),
      style: 'expanded',
      isRequired: true,
      errorMessage: required,
      choices: [
        { title: t('account.form.vatYes'), value: 'true' },
        { title: t('account.form.vatNo'), value: 'false' },
      ],
      ...(values.vatRegistered ? { value: values.vatRegistered } : {}),
    },
    ...errorLine('vatRegistered'),
    { type: 'Input.Text', id: 'vatNumber', label: t('account.form.vatNumber'), placeholder: t('account.form.vatNumberPlaceholder'), maxLength: 40, value: values.vatNumber },
    ...errorLine('vatNumber'),
    {
      type: 'Input.ChoiceSet',
      wrap: true,
      id: 'documentType',
      label: t('account.form.documentType'),
      style: 'expanded',
      isRequired: true,
      errorMessage: required,
      choices: DOCUMENT_TYPES.map((type) => ({ title: t(DOCUMENT_LABEL[type]), value: type })),
      ...(values.documentType ? { value: values.documentType } : {}),
    },
    text(t('account.form.documentHint'), { isSubtle: true, size: 'small', spacing: 'none' }),
    ...errorLine('documentType'),
    {
      type: 'Input.Toggle',
      wrap: true,
      id: 'authorised',
      title: t('account.form.authorised'),
      valueOn: 'true',
      valueOff: 'false',
      value: values.authorised === 'true' ? 'true' : 'false',
    },
    ...errorLine('authorised'),
    { type: 'Input.Text', id: 'contactEmail', label: t('account.form.contactEmail'), style: 'email', isRequired: true, errorMessage: required, maxLength: 254, value: values.contactEmail },
    ...errorLine('contactEmail'),
    { type: 'Input.Text', id: 'oldCpsEmail', label: t('account.form.oldCpsEmail'), style: 'email', maxLength: 254, value: values.oldCpsEmail },
    text(t('account.form.oldCpsEmailHint'), { isSubtle: true, size: 'small', spacing: 'none' }),
    ...errorLine('oldCpsEmail'),
  ];
  return adaptiveCard(body, [submit(t('account.form.continue'), 'account.submit', {}, 'positive')]);
}
