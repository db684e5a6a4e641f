import { describe, expect, it } from 'vitest';
import { checkApplicationForm, EMPTY_APPLICATION_FORM, formOf, isEmailAddress, readApplicationForm, stageOf, type ApplicationForm } from '../../domain/application';

const participating = new Set(['DK', 'SE', 'NL']);

const vatForm: ApplicationForm = {
  country: 'DK',
  companyName: 'Nordlys Foto ApS',
  address: 'Vesterbrogade 1, 1620 København V',
  vatRegistered: 'true',
  vatNumber: 'DK 13 58 56 28',
  documentType: 'vat-certificate',
  authorised: 'true',
  contactEmail: 'info@nordlys.dk',
  oldCpsEmail: 'Old@Nordlys.DK',
};

describe('readApplicationForm', () => {
  it('keeps every contract field as trimmed text and drops anything else', () => {
    const form = readApplicationForm({ verb: 'account.submit', country: ' dk ', vatRegistered: true, authorised: false, companyName: { evil: 1 }, extra: 'x' });
    expect(form).toEqual({ ...EMPTY_APPLICATION_FORM, country: 'dk', vatRegistered: 'true', authorised: 'false' });
  });
});

describe('checkApplicationForm', () => {
  it('accepts a VAT-registered application and normalises it', () => {
    expect(checkApplicationForm(vatForm, participating)).toEqual({
      ok: true,
      application: {
        countryCode: 'DK',
        companyName: 'Nordlys Foto ApS',
        address: 'Vesterbrogade 1, 1620 København V',
        vatRegistered: true,
        vatNumber: 'DK13585628',
        documentType: 'vat-certificate',
        authorised: true,
        contactEmail: 'info@nordlys.dk',
        oldCpsEmail: 'old@nordlys.dk',
      },
    });
  });

  it('accepts an application without VAT registration and ignores a stray VAT number', () => {
    const result = checkApplicationForm({ ...vatForm, vatRegistered: 'false', documentType: 'articles-of-association', vatNumber: 'rubbish', oldCpsEmail: '' }, participating);
    expect(result).toMatchObject({ ok: true, application: { vatRegistered: false, vatNumber: null, oldCpsEmail: null, documentType: 'articles-of-association' } });
  });

  it('reports every missing field of an empty form', () => {
    const result = checkApplicationForm(EMPTY_APPLICATION_FORM, participating);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors).toEqual({
        country: { problem: 'required' },
        companyName: { problem: 'required' },
        address: { problem: 'required' },
        vatRegistered: { problem: 'required' },
        documentType: { problem: 'required' },
        authorised: { problem: 'required' },
        contactEmail: { problem: 'required' },
      });
    }
  });

  it('refuses a country outside CPS', () => {
    expect(checkApplicationForm({ ...vatForm, country: 'US' }, participating)).toEqual({ ok: false, errors: { country: { problem: 'not-participating' } } });
  });

  it('refuses a VAT number with a wrong check digit', () => {
    expect(checkApplicationForm({ ...vatForm, vatNumber: 'DK13585627' }, participating)).toEqual({ ok: false, errors: { vatNumber: { problem: 'vat-checksum' } } });
  });

  it('refuses a VAT number of another country', () => {
    expect(checkApplicationForm({ ...vatForm, vatNumber: 'SE556188840401' }, participating)).toEqual({
      ok: false,
      errors: { vatNumber: { problem: 'vat-other-country', otherCountry: 'SE' } },
    });
  });

  it('needs a VAT number when VAT-registered', () => {
    expect(checkApplicationForm({ ...vatForm, vatNumber: '' }, participating)).toEqual({ ok: false, errors: { vatNumber: { problem: 'required' } } });
  });

  it('refuses a document type that does not fit the VAT status', () => {
    expect(checkApplicationForm({ ...vatForm, documentType: 'business-licence' }, participating)).toEqual({ ok: false, errors: { documentType: { problem: 'document-not-for-vat' } } });
    expect(checkApplicationForm({ ...vatForm, vatRegistered: 'false', documentType: 'vat-certificate' }, participating)).toEqual({
      ok: false,
      errors: { documentType: { problem: 'document-not-for-no-vat' } },
    });
  });

  it('needs the confirmation of authority', () => {
    expect(checkApplicationForm({ ...vatForm, authorised: 'false' }, participating)).toEqual({ ok: false, errors: { authorised: { problem: 'required' } } });
  });

  it('refuses malformed e-mail addresses, the old CPS one included', () => {
    expect(checkApplicationForm({ ...vatForm, contactEmail: 'info@nordlys', oldCpsEmail: 'old at nordlys.dk' }, participating)).toEqual({
      ok: false,
      errors: { contactEmail: { problem: 'invalid-email' }, oldCpsEmail: { problem: 'invalid-email' } },
    });
  });

  it('refuses an over-long company name', () => {
    expect(checkApplicationForm({ ...vatForm, companyName: 'x'.repeat(201) }, participating)).toEqual({ ok: false, errors: { companyName: { problem: 'too-long' } } });
  });
});

describe('formOf', () => {
  it('turns a stored application back into the form that produced it', () => {
    const result = checkApplicationForm(vatForm, participating);
    if (!result.ok) throw new Error('expected a valid form');
    const form = formOf(result.application);
    expect(form).toEqual({ ...vatForm, vatNumber: 'DK13585628', oldCpsEmail: 'old@nordlys.dk' });
    expect(checkApplicationForm(form, participating).ok).toBe(true);
  });
});

describe('isEmailAddress', () => {
  it('accepts ordinary addresses and refuses the rest', () => {
    expect(isEmailAddress('anna.berg+cps@foto-studio.se')).toBe(true);
    expect(isEmailAddress('anna@localhost')).toBe(false);
    expect(isEmailAddress('anna berg@studio.se')).toBe(false);
    expect(isEmailAddress(`${'a'.repeat(250)}@b.se`)).toBe(false);
  });
});

describe('stageOf', () => {
  const facts = { form: vatForm, participatingCountries: participating, hasDocument: false, editing: false };

  it('is the form while the card is incomplete', () => {
    expect(stageOf({ ...facts, form: { ...vatForm, companyName: '' } })).toBe('form');
  });

  it('is the form while the card is invalid, even with a document stored', () => {
    expect(stageOf({ ...facts, form: { ...vatForm, country: 'DE' }, hasDocument: true })).toBe('form');
  });

  it('is the document once the card is valid and no document is stored', () => {
    expect(stageOf(facts)).toBe('document');
  });

  it('is the summary once the card is valid and a document is stored', () => {
    expect(stageOf({ ...facts, hasDocument: true })).toBe('summary');
  });

  it('is the form while the member edits a complete application', () => {
    expect(stageOf({ ...facts, hasDocument: true, editing: true })).toBe('form');
  });
});
