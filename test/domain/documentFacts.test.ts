import { describe, expect, it } from 'vitest';
import {
  compareCompanyName,
  compareVatNumber,
  documentLines,
  findDocumentFacts,
  findRegistrationNumbers,
  foldCompanyName,
  formatVatNumber,
} from '../../domain/documentFacts';

const lines = (text: string): string[] => documentLines(text);

describe('Danish documents', () => {
  const certificate = [
    'Erhvervsstyrelsen',
    'Registreringsbevis',
    'Virksomhedens navn: Nordlys Foto ApS',
    'CVR-nr.: 13 58 56 28',
    'Adresse: Vesterbrogade 1, 1620 København V',
    'Tlf. 33 12 34 56',
  ].join('\n');

  it('finds the typed VAT number as a CVR number with spaces and no prefix', () => {
    expect(compareVatNumber(lines(certificate), 'DK', 'DK13585628')).toEqual({ status: 'found', found: 'DK13585628', line: 'CVR-nr.: 13 58 56 28' });
  });

  it('reports a different, labelled CVR number as different, with its line', () => {
    const other = certificate.replace('13 58 56 28', '25 31 37 63');
    expect(compareVatNumber(lines(other), 'DK', 'DK13585628')).toEqual({ status: 'different', found: 'DK25313763', line: 'CVR-nr.: 25 31 37 63' });
  });

  it('finds the number when OCR read digits as letters (S/5, O/0, B/8, l/1)', () => {
    expect(compareVatNumber(lines('SE-nr. l3 SB S6 2B'), 'DK', 'DK13585628').status).toBe('found');
  });

  it('never says different when the other number only fits after folding look-alikes', () => {
    expect(compareVatNumber(lines('CVR 2S 3l 37 63'), 'DK', 'DK13585628').status).toBe('unconfirmed');
  });

  it('says unconfirmed for a misread copy of the typed number (checksum fails)', () => {
    expect(compareVatNumber(lines('CVR-nr. 13585629'), 'DK', 'DK13585628')).toMatchObject({ status: 'unconfirmed', line: 'CVR-nr. 13585629' });
  });

  it('ignores an unlabelled 8-digit number such as a phone number', () => {
    expect(compareVatNumber(lines('Ring til os: 25313763'), 'DK', 'DK13585628').status).toBe('not-found');
  });

  it('finds the company name despite the legal form written differently and OCR look-alikes', () => {
    expect(compareCompanyName(lines('N0RDLYS F0T0 A/S\nCVR 13585628'), 'Nordlys Foto ApS').status).toBe('found');
    expect(compareCompanyName(lines('Kunde: Nordlys Foto\nFaktura 1234'), 'Nordlys Foto ApS')).toEqual({ status: 'found', found: 'Kunde: Nordlys Foto', line: 'Kunde: Nordlys Foto' });
  });

  it('says different when the document labels another company name', () => {
    expect(compareCompanyName(lines('Virksomhedsnavn: Havblik Reklame ApS'), 'Nordlys Foto ApS')).toEqual({
      status: 'different',
      found: 'Havblik Reklame ApS',
      line: 'Virksomhedsnavn: Havblik Reklame ApS',
    });
  });

  it('finds the CVR number as the registration number', () => {
    expect(findRegistrationNumbers(lines(certificate), 'DK')).toEqual([{ scheme: 'cvr', number: '13585628', line: 'CVR-nr.: 13 58 56 28' }]);
  });
});

describe('Swedish documents', () => {
  const certificate = ['Bolagsverket', 'Registreringsbevis', 'Företagsnamn: Ljusets Bildbyrå AB', 'Organisationsnummer: 556188-8404'].join('\n');

  it('matches a typed VAT number against the hyphenated organisationsnummer', () => {
    expect(compareVatNumber(lines(certificate), 'SE', 'SE556188840401')).toEqual({ status: 'found', found: 'SE556188840401', line: 'Organisationsnummer: 556188-8404' });
  });

  it('finds a momsregistreringsnummer with the prefix and spaces', () => {
    expect(compareVatNumber(lines('Momsreg.nr SE 5561 8884 0401'), 'SE', 'SE556188840401').status).toBe('found');
  });

  it('reports another valid organisationsnummer as different', () => {
    expect(compareVatNumber(lines('Org.nr 556036-0793'), 'SE', 'SE556188840401')).toEqual({ status: 'different', found: 'SE556036079301', line: 'Org.nr 556036-0793' });
  });

  it('finds the name with Aktiebolag instead of AB and without the ring on å', () => {
    expect(compareCompanyName(lines('Ljusets Bildbyra Aktiebolag'), 'Ljusets Bildbyrå AB').status).toBe('found');
  });

  it('finds the organisationsnummer as the registration number', () => {
    expect(findRegistrationNumbers(lines(certificate), 'SE')).toEqual([{ scheme: 'orgnr', number: '556188-8404', line: 'Organisationsnummer: 556188-8404' }]);
  });
});

describe('Dutch documents', () => {
  const extract = ['Uittreksel Handelsregister Kamer van Koophandel', 'KvK-nummer: 3301 1433', 'Handelsnaam: Lichtval Fotografie B.V.', 'Btw-id: NL004495445B01'].join('\n');

  it('finds the btw-id with its B and branch number', () => {
    expect(compareVatNumber(lines(extract), 'NL', 'NL004495445B01')).toEqual({ status: 'found', found: 'NL004495445B01', line: 'Btw-id: NL004495445B01' });
  });

  it('finds the btw-id when the prefix is missing and the groups are spaced', () => {
    expect(compareVatNumber(lines('Omzetbelastingnummer 0044 9544 5B01'), 'NL', 'NL004495445B01').status).toBe('found');
  });

  it('reports another valid btw-id as different', () => {
    expect(compareVatNumber(lines('Btw-nummer: NL859048676B01'), 'NL', 'NL004495445B01')).toMatchObject({ status: 'different', found: 'NL859048676B01' });
  });

  it('finds the name with BV for B.V.', () => {
    expect(compareCompanyName(lines(extract), 'Lichtval Fotografie BV').status).toBe('found');
  });

  it('finds the KvK number only after a KvK label', () => {
    expect(findRegistrationNumbers(lines(extract), 'NL')).toEqual([{ scheme: 'kvk', number: '33011433', line: 'KvK-nummer: 3301 1433' }]);
    expect(findRegistrationNumbers(lines('Factuurnummer 33011433'), 'NL')).toEqual([]);
  });
});

describe('English documents', () => {
  it('finds a UK VAT number and a name with Ltd for Limited', () => {
    const text = 'Invoice\nBright Frame Studio Limited\nVAT Reg No: GB 980 7806 84';
    const facts = findDocumentFacts(text, { countryCode: 'GB', companyName: 'Bright Frame Studio Ltd', vatNumber: 'GB980780684' });
    expect(facts.vatNumber?.status).toBe('found');
    expect(facts.companyName.status).toBe('found');
  });

  it('says couldn’t confirm for a name that is close but not the same', () => {
    expect(compareCompanyName(lines('Bright Fame Studios'), 'Bright Frame Studio Ltd').status).toBe('unconfirmed');
  });

  it('says not found when the name is nowhere', () => {
    expect(compareCompanyName(lines('Invoice\nTotal 100.00 EUR'), 'Bright Frame Studio Ltd')).toEqual({ status: 'not-found', found: null, line: null });
  });
});

describe('findDocumentFacts', () => {
  it('calls a text with almost nothing in it unreadable', () => {
    expect(findDocumentFacts(' ~ .. ab \n', { countryCode: 'DK', companyName: 'Nordlys Foto ApS', vatNumber: 'DK13585628' })).toEqual({
      readable: false,
      vatNumber: { status: 'not-found', found: null, line: null },
      companyName: { status: 'not-found', found: null, line: null },
      registrationNumber: null,
    });
  });

  it('has no VAT finding for a business without VAT registration', () => {
    const facts = findDocumentFacts('Faktura til Nordlys Foto\nCVR 13585628 og mere tekst', { countryCode: 'DK', companyName: 'Nordlys Foto', vatNumber: null });
    expect(facts.vatNumber).toBeNull();
  });

  it('normalises ligatures (NFKC) before comparing', () => {
    expect(documentLines('Ĳsselmeer Foto\uFB01lm')).toEqual(['IJsselmeer Fotofilm']);
  });
});

describe('foldCompanyName and formatVatNumber', () => {
  it('drops legal forms and folds accents and look-alikes', () => {
    expect(foldCompanyName('Ærø Fot0 A/S')).toEqual(['aero', 'foto']);
    expect(foldCompanyName('AB')).toEqual(['ab']);
  });

  it('groups VAT numbers the way certificates print them', () => {
    expect(formatVatNumber('DK25313763')).toBe('DK 25 31 37 63');
    expect(formatVatNumber('SE556188840401')).toBe('SE 5561 8884 0401');
  });
});
