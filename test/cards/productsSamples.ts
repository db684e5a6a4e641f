import { productEntryCard, type ProductEntryView } from '../../cards/productsEntry';
import { myProductsCard, type MyProductsView } from '../../cards/productsList';
import type { MeterView } from '../../cards/productsMeter';
import { migrationPreviewCard, migrationResultCard, migrationUnavailableCard } from '../../cards/productsMigration';
import { invitationCard, noBusinessCard, productSavedCard } from '../../cards/productsNotices';
import { countryChoices } from '../../domain/countryNames';
import type { CardSample } from './samples';

const meter: MeterView = {
  total: 450,
  milestones: [
    { name: 'Silver', shownPoints: 500, moreThan: false, reached: false, toGo: 50 },
    { name: 'Gold', shownPoints: 1000, moreThan: false, reached: false, toGo: 550 },
    { name: 'Platinum', shownPoints: 2000, moreThan: false, reached: false, toGo: 1550 },
    { name: 'Corporate', shownPoints: 2500, moreThan: true, reached: false, toGo: 2051 },
  ],
  nextTarget: 500,
  progress: 0.9,
  invited: false,
  toInvitation: 50,
};
const allReached: MeterView = {
  ...meter,
  total: 3000,
  milestones: meter.milestones.map((m) => ({ ...m, reached: true, toGo: 0 })),
  progress: 1,
  invited: true,
  toInvitation: 0,
};

const entry = (language: Parameters<typeof countryChoices>[1]): ProductEntryView => ({
  mode: 'new',
  entryId: '6f1c1c5e-0d6a-4c51-9a63-2d1f4f0e8a11',
  models: [
    { id: 'eos-r5', name: 'Canon EOS R5', registrable: true },
    { id: 'pfi-1000-ink-tank', name: 'Canon PFI-1000 ink tank', registrable: false },
  ],
  countries: countryChoices(['DK', 'SE', 'NL', 'DE'], language),
  values: { model: '', serialNumber: '', purchaseDate: '', purchaseCountry: '', dealer: '' },
  today: '2026-01-15',
  serialHint: { kind: 'general', examples: [{ category: 'Camera body', example: '032021001234' }, { category: 'RF lens', example: '9412001234' }] },
  dealerSuggestions: { country: 'Danmark', names: ['Goecker', 'Photocare'] },
});

const list: MyProductsView = {
  items: [
    { productId: '0b8a3c57-7f36-4f7e-b0f7-0c7e5d6c2a10', modelName: 'Canon RF 24-70mm F2.8 L IS USM', serialNumber: null, complete: false, points: 150, missing: ['serialNumber', 'dealer'] },
    { productId: '1c9b4d68-8a47-4a8f-81a8-1d8f6e7d3b21', modelName: 'Canon EOS R5', serialNumber: '032021001234', complete: true, points: 300, missing: [] },
    { productId: '2dac5e79-9b58-4b90-92b9-2e907f8e4c32', modelName: 'Canon EOS R100', serialNumber: '148033001357', complete: true, points: 0, missing: [] },
  ],
  totalCount: 12,
  completeCount: 11,
  offset: 0,
  nextPage: 1,
  meter,
  whatIf: { kind: 'register', model: 'Canon RF 70-200mm F2.8 L IS USM', points: 600, tier: 'Silver' },
  suggestedModel: { id: 'rf-70-200mm-f2-8-l-is-usm', name: 'Canon RF 70-200mm F2.8 L IS USM' },
  migration: { kind: 'available', count: 3 },
};

const saved = {
  productId: '1c9b4d68-8a47-4a8f-81a8-1d8f6e7d3b21',
  modelName: 'Canon EOS R5',
  outcome: 'saved' as const,
  serialNumber: '032021001234',
  complete: true,
  points: 300,
  missing: [],
  total: 450,
};

/** The products journey's cards, in representative states; the card suite validates each in every language. */
export const productsCardSamples: CardSample[] = [
  { name: 'product entry (new)', build: (t, language) => productEntryCard(entry(language), t) },
  {
    name: 'product entry (edit, errors, conflict)',
    build: (t, language) =>
      productEntryCard(
        {
          ...entry(language),
          mode: 'edit',
          productId: '1c9b4d68-8a47-4a8f-81a8-1d8f6e7d3b21',
          title: 'Canon EOS R5',
          values: { model: 'eos-r5', serialNumber: '032021001234', purchaseDate: '2023-05-02', purchaseCountry: 'DK', dealer: 'Photocare' },
          earliest: '2020-07-09',
          serialHint: { kind: 'model', model: 'Canon EOS R5', example: '032021001234' },
          status: { complete: false, missing: ['dealer'] },
          errors: { serialNumber: 'serial', purchaseDate: 'date' },
          offerSupport: true,
        },
        t,
      ),
  },
  { name: 'my products (meter, what-if, migrate, paging)', build: (t) => myProductsCard(list, t) },
  { name: 'my products (empty, no old e-mail)', build: (t) => myProductsCard({ ...list, items: [], totalCount: 0, completeCount: 0, nextPage: undefined, migration: { kind: 'no-email' } }, t) },
  { name: 'my products (all tiers reached, migrated)', build: (t) => myProductsCard({ ...list, meter: allReached, whatIf: undefined, suggestedModel: undefined, migration: { kind: 'migrated', email: 'old@example.com' } }, t) },
  {
    name: 'my products (invited, with every button)',
    build: (t) => myProductsCard({ ...list, meter: { ...meter, total: 600, invited: true, toInvitation: 0, milestones: meter.milestones.map((m, i) => (i === 0 ? { ...m, reached: true, toGo: 0 } : m)) } }, t),
  },
  { name: 'my products (old e-mail unknown)', build: (t) => myProductsCard({ ...list, offset: 10, nextPage: undefined, migration: { kind: 'not-found', email: 'old@example.com' } }, t) },
  { name: 'migration preview', build: (t) => migrationPreviewCard({ email: 'old@example.com', found: 4, alreadyRegistered: 1, registeredElsewhere: 1, toMigrate: 2, incomplete: 1, points: 300 }, t) },
  { name: 'migration preview (nothing left)', build: (t) => migrationPreviewCard({ email: 'old@example.com', found: 2, alreadyRegistered: 2, registeredElsewhere: 0, toMigrate: 0, incomplete: 0, points: 0 }, t) },
  { name: 'migration result', build: (t) => migrationResultCard({ migrated: 2, incomplete: 1, meter }, t) },
  { name: 'migration result (nothing new)', build: (t) => migrationResultCard({ migrated: 0, incomplete: 0, meter }, t) },
  { name: 'migration unavailable (no e-mail)', build: (t) => migrationUnavailableCard({ kind: 'no-email' }, t) },
  { name: 'migration unavailable (no account)', build: (t) => migrationUnavailableCard({ kind: 'no-account', email: 'old@example.com' }, t) },
  { name: 'products: apply first', build: (t) => noBusinessCard({ state: 'apply' }, t) },
  { name: 'products: application pending', build: (t) => noBusinessCard({ state: 'pending' }, t) },
  { name: 'products: account inactive', build: (t) => noBusinessCard({ state: 'inactive' }, t) },
  { name: 'product saved (complete)', build: (t) => productSavedCard(saved, t) },
  { name: 'product saved (incomplete)', build: (t) => productSavedCard({ ...saved, complete: false, points: 0, missing: ['serialNumber', 'dealer'] }, t) },
  { name: 'product saved (complete, model without points)', build: (t) => productSavedCard({ ...saved, modelName: 'Canon EOS R100', points: 0 }, t) },
  { name: 'product saved (already registered)', build: (t) => productSavedCard({ ...saved, outcome: 'already-registered' }, t) },
  { name: 'CPS invitation', build: (t) => invitationCard({ points: 600, threshold: 500 }, t) },
];
