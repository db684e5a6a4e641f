import type { DocumentType } from '../domain/documents';
import type { MessageKey, Translate } from '../locales';
import { adaptiveCard, heading, submit, text, type AdaptiveCard, type Fact } from './adaptive';

export interface AccountSummaryView {
  readonly countryName: string;
  readonly companyName: string;
  readonly address: string;
  readonly vatRegistered: boolean;
  readonly vatNumber: string | null;
  readonly documentType: DocumentType;
  readonly fileName: string;
  /** Already formatted for the member, e.g. "1,2 MB". */
  readonly fileSize: string;
  readonly contactEmail: string;
  readonly oldCpsEmail: string | null;
}

const DOCUMENT_LABEL: Readonly<Record<DocumentType, MessageKey>> = {
  'vat-certificate': 'account.documentType.vat-certificate',
  'company-invoice': 'account.documentType.company-invoice',
  'business-licence': 'account.documentType.business-licence',
  'articles-of-association': 'account.documentType.articles-of-association',
};

/** Everything the member entered, to confirm (`account.confirm`) or change (`account.edit`) before sending. */
export function accountSummaryCard(view: AccountSummaryView, t: Translate): AdaptiveCard {
  const facts: Fact[] = [
    { title: t('account.summary.country'), value: view.countryName },
    { title: t('account.summary.companyName'), value: view.companyName },
    { title: t('account.summary.address'), value: view.address },
    { title: t('account.summary.vatRegistered'), value: t(view.vatRegistered ? 'account.summary.yes' : 'account.summary.no') },
    ...(view.vatRegistered && view.vatNumber ? [{ title: t('account.summary.vatNumber'), value: view.vatNumber }] : []),
    {
      title: t('account.summary.document'),
      value: t('account.summary.documentValue', { documentType: t(DOCUMENT_LABEL[view.documentType]), fileName: view.fileName, size: view.fileSize }),
    },
    { title: t('account.summary.authorised'), value: t('account.summary.yes') },
    { title: t('account.summary.contactEmail'), value: view.contactEmail },
    { title: t('account.summary.oldCpsEmail'), value: view.oldCpsEmail ?? t('account.summary.noOldCpsEmail') },
  ];
  return adaptiveCard(
    [heading(t('account.summary.title')), text(t('account.summary.intro')), { type: 'FactSet', facts }],
    [submit(t('account.summary.send'), 'account.confirm', {}, 'positive'), submit(t('account.summary.edit'), 'account.edit')],
  );
}
