import { accountFormCard } from '../../cards/accountForm';
import { accountStatusCard } from '../../cards/accountStatus';
import { differentVatCard } from '../../cards/documentCheck';
import { accountSummaryCard } from '../../cards/accountSummary';
import { countryChoices } from '../../domain/countryNames';
import { countrySeed } from '../../data/seed/countries';
import type { CardSample } from './samples';

const countries = (language: Parameters<typeof countryChoices>[1]) => countryChoices(countrySeed.map((c) => c.code), language);
const empty = { country: '', companyName: '', address: '', vatRegistered: '', vatNumber: '', documentType: '', authorised: '', contactEmail: '', oldCpsEmail: '' };
const filled = {
  country: 'DK',
  companyName: 'Nordlys Foto ApS',
  address: 'Vesterbrogade 1\n1620 København V',
  vatRegistered: 'true',
  vatNumber: 'DK13585627',
  documentType: 'vat-certificate',
  authorised: 'false',
  contactEmail: 'info@nordlys.dk',
  oldCpsEmail: '',
};

/** The account journey's cards with representative view models. */
export const accountCardSamples: CardSample[] = [
  { name: 'application form (empty)', build: (t, language) => accountFormCard({ countries: countries(language), values: empty, errors: {} }, t) },
  {
    name: 'application form (with errors)',
    build: (t, language) =>
      accountFormCard({ countries: countries(language), values: filled, errors: { vatNumber: t('account.error.vatChecksum'), authorised: t('account.error.authorised') } }, t),
  },
  {
    name: 'application summary',
    build: (t) =>
      accountSummaryCard(
        {
          countryName: 'Danmark',
          companyName: 'Nordlys Foto ApS',
          address: 'Vesterbrogade 1, 1620 København V',
          vatRegistered: true,
          vatNumber: 'DK13585628',
          documentType: 'company-invoice',
          fileName: 'faktura.pdf',
          fileSize: '120 kB',
          contactEmail: 'info@nordlys.dk',
          oldCpsEmail: null,
        },
        t,
      ),
  },
  { name: 'status (none)', build: (t) => accountStatusCard({ nextStep: 'apply' }, t) },
  { name: 'status (under review)', build: (t) => accountStatusCard({ reference: 'APP-7K3M9Q', state: 'under-review', expectedDate: '9 June 2026' }, t) },
  { name: 'status (approved)', build: (t) => accountStatusCard({ reference: 'APP-7K3M9Q', state: 'approved', nextStep: 'register-product' }, t) },
  { name: 'status (rejected)', build: (t) => accountStatusCard({ reference: 'APP-7K3M9Q', state: 'rejected', nextStep: 'fix' }, t) },
  {
    name: 'document shows another VAT number',
    build: (t) => differentVatCard({ applicationId: '00000000-0000-4000-8000-000000000000', foundVatNumber: 'DK25313763', foundDisplay: 'DK 25 31 37 63', typedDisplay: 'DK 13 58 56 28' }, t),
  },
];
