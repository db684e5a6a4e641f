import { isValidBIC, isValidIBAN } from 'ibantools';
import { describe, expect, it } from 'vitest';
import { isValidBankgiro, isValidFiCreditorNumber } from '../../domain/referenceSchemes';
import { CENTRAL_SELLER_ID, collectionAccount, SELLER_ENTITIES, sellerFor } from '../../domain/sellerEntities';
import { checkVatNumber } from '../../domain/vat';
import { PARTICIPATING_COUNTRIES } from '../../domain/vatRules';

const entities = Object.values(SELLER_ENTITIES);

describe('seller entities (sample data that passes every check)', () => {
  it.each(entities.map((e) => [e.name, e] as const))('%s has a VAT number of its own country that passes its check digits', (_name, entity) => {
    const check = checkVatNumber(entity.country, entity.vatNumber);
    expect(check).toEqual({ ok: true, normalised: entity.vatNumber });
  });

  it.each(entities.flatMap((e) => e.accounts.map((a) => [`${e.name} ${a.currency}`, a] as const)))('%s: the IBAN and BIC are valid (ibantools)', (_name, account) => {
    expect(isValidIBAN(account.iban)).toBe(true);
    expect(isValidBIC(account.bic)).toBe(true);
  });

  it('has a valid Bankgiro for the Swedish company and an FI creditor number for the Danish one', () => {
    expect(isValidBankgiro(sellerFor('SE').bankgiro ?? '')).toBe(true);
    expect(isValidFiCreditorNumber(sellerFor('DK').fiCreditorNumber ?? '')).toBe(true);
  });

  it('sells in every participating country, locally where a company is listed and from Canon Europa otherwise', () => {
    for (const country of PARTICIPATING_COUNTRIES) expect(sellerFor(country).name).toMatch(/^Canon /);
    expect(sellerFor('dk').id).toBe('canon-dk');
    expect(sellerFor('BE').id).toBe(CENTRAL_SELLER_ID);
  });
});

describe('collectionAccount', () => {
  it('is the seller’s own account in the currency, else Canon Europa’s, else none', () => {
    expect(collectionAccount(sellerFor('DK'), 'DKK')?.iban).toBe('DK5000400440116243');
    expect(collectionAccount(sellerFor('DK'), 'EUR')?.holder).toBe('Canon Europa N.V.');
    expect(collectionAccount(sellerFor('GB'), 'EUR')?.holder).toBe('Canon (UK) Ltd');
    expect(collectionAccount(sellerFor('HU'), 'HUF')).toBeUndefined();
  });
});
