/**
 * Who sends the invoice and where the money goes: the Canon company that sells CPS in each
 * participating country, with its VAT number and collection accounts.
 *
 * SAMPLE DATA. Names follow Canon's European companies, but addresses, VAT numbers, IBANs,
 * the Bankgiro number and the FI creditor number are made-up values that only pass their
 * checks (IBANs are the examples of the IBAN registry or composed with valid check digits).
 * Replace them with the real entities and collection accounts before going live (see
 * docs/membership.md, "Invoice document").
 */

/** A collection account in one currency. */
export interface CollectionAccount {
  readonly currency: string;
  readonly holder: string;
  readonly bank: string;
  readonly iban: string;
  readonly bic: string;
}

export interface SellerEntity {
  readonly id: string;
  readonly name: string;
  readonly street: string;
  readonly postcode: string;
  readonly city: string;
  /** ISO 3166-1 alpha-2; decides the VAT treatment together with the buyer's country. */
  readonly country: string;
  readonly vatNumber: string;
  readonly accounts: readonly CollectionAccount[];
  /** Sweden: the Bankgiro number OCR references are paid to (SEK). */
  readonly bankgiro?: string;
  /** Denmark: the FI creditor number of FI cards type 71 (DKK). */
  readonly fiCreditorNumber?: string;
}

/** The entity that sells where no local company does, and collects every currency nobody else does. */
export const CENTRAL_SELLER_ID = 'canon-europa';

export const SELLER_ENTITIES: Readonly<Record<string, SellerEntity>> = {
  'canon-europa': {
    id: 'canon-europa',
    name: 'Canon Europa N.V.',
    street: 'Bovenkerkerweg 59',
    postcode: '1185 XB',
    city: 'Amstelveen',
    country: 'NL',
    vatNumber: 'NL812345678B01',
    accounts: [{ currency: 'EUR', holder: 'Canon Europa N.V.', bank: 'ABN AMRO Bank N.V.', iban: 'NL91ABNA0417164300', bic: 'ABNANL2A' }],
  },
  'canon-nl': {
    id: 'canon-nl',
    name: 'Canon Nederland N.V.',
    street: 'Neptunusstraat 1',
    postcode: '2132 JA',
    city: 'Hoofddorp',
    country: 'NL',
    vatNumber: 'NL001234511B01',
    accounts: [{ currency: 'EUR', holder: 'Canon Nederland N.V.', bank: 'ING Bank N.V.', iban: 'NL20INGB0001234567', bic: 'INGBNL2A' }],
  },
  'canon-dk': {
    id: 'canon-dk',
    name: 'Canon Danmark A/S',
    street: 'Knud Højgaards Vej 1',
    postcode: '2860',
    city: 'Søborg',
    country: 'DK',
    vatNumber: 'DK12345674',
    accounts: [{ currency: 'DKK', holder: 'Canon Danmark A/S', bank: 'Danske Bank A/S', iban: 'DK5000400440116243', bic: 'DABADKKK' }],
    fiCreditorNumber: '81234567',
  },
  'canon-se': {
    id: 'canon-se',
    name: 'Canon Svenska AB',
    street: 'Gustav III:s Boulevard 26',
    postcode: '169 88',
    city: 'Solna',
    country: 'SE',
    vatNumber: 'SE559900000601',
    accounts: [{ currency: 'SEK', holder: 'Canon Svenska AB', bank: 'Skandinaviska Enskilda Banken AB', iban: 'SE4550000000058398257466', bic: 'ESSESESS' }],
    bankgiro: '5550-0003',
  },
  'canon-de': {
    id: 'canon-de',
    name: 'Canon Deutschland GmbH',
    street: 'Europark Fichtenhain A10',
    postcode: '47807',
    city: 'Krefeld',
    country: 'DE',
    vatNumber: 'DE123456788',
    accounts: [{ currency: 'EUR', holder: 'Canon Deutschland GmbH', bank: 'Commerzbank AG', iban: 'DE89370400440532013000', bic: 'COBADEFFXXX' }],
  },
  'canon-fr': {
    id: 'canon-fr',
    name: 'Canon France SAS',
    street: '17 quai du Président Paul Doumer',
    postcode: '92400',
    city: 'Courbevoie',
    country: 'FR',
    vatNumber: 'FR11123456782',
    accounts: [{ currency: 'EUR', holder: 'Canon France SAS', bank: 'La Banque Postale', iban: 'FR1420041010050500013M02606', bic: 'PSSTFRPPPAR' }],
  },
  'canon-no': {
    id: 'canon-no',
    name: 'Canon Norge AS',
    street: 'Hallagerbakken 110',
    postcode: '1256',
    city: 'Oslo',
    country: 'NO',
    vatNumber: 'NO987654325MVA',
    accounts: [
      { currency: 'NOK', holder: 'Canon Norge AS', bank: 'DNB Bank ASA', iban: 'NO9386011117947', bic: 'DNBANOKK' },
      { currency: 'EUR', holder: 'Canon Norge AS', bank: 'DNB Bank ASA', iban: 'NO7186011117955', bic: 'DNBANOKK' },
    ],
  },
  'canon-gb': {
    id: 'canon-gb',
    name: 'Canon (UK) Ltd',
    street: '4 Roundwood Avenue, Stockley Park',
    postcode: 'UB11 1AF',
    city: 'Uxbridge',
    country: 'GB',
    vatNumber: 'GB987654311',
    accounts: [
      { currency: 'GBP', holder: 'Canon (UK) Ltd', bank: 'National Westminster Bank plc', iban: 'GB29NWBK60161331926819', bic: 'NWBKGB2L' },
      { currency: 'EUR', holder: 'Canon (UK) Ltd', bank: 'National Westminster Bank plc', iban: 'GB02NWBK60161331926820', bic: 'NWBKGB2L' },
    ],
  },
};

/**
 * Which entity sells CPS in each participating country. Countries not listed buy from Canon
 * Europa N.V. in the Netherlands (a cross-border supply: see `domain/vatRules.ts`).
 */
const SELLER_BY_COUNTRY: Readonly<Record<string, string>> = {
  DK: 'canon-dk',
  SE: 'canon-se',
  NL: 'canon-nl',
  DE: 'canon-de',
  FR: 'canon-fr',
  NO: 'canon-no',
  GB: 'canon-gb',
};

function entity(id: string): SellerEntity {
  const found = SELLER_ENTITIES[id];
  if (!found) throw new Error(`no seller entity ${id}`);
  return found;
}

/** The Canon company that invoices a business in `country`. */
export function sellerFor(country: string): SellerEntity {
  return entity(SELLER_BY_COUNTRY[country.trim().toUpperCase()] ?? CENTRAL_SELLER_ID);
}

/**
 * The account a payment in `currency` goes to: the seller's own in that currency, else Canon
 * Europa's. Undefined when nobody collects that currency (the tier is priced in a currency we
 * cannot collect: a configuration error, not the member's).
 */
export function collectionAccount(seller: SellerEntity, currency: string): CollectionAccount | undefined {
  return seller.accounts.find((a) => a.currency === currency) ?? entity(CENTRAL_SELLER_ID).accounts.find((a) => a.currency === currency);
}

/**
 * The Canon company of an issued invoice: the one recorded on it (`sellerId`), else — invoices
 * issued before sellers were recorded — the one that sells in the buyer's country.
 */
export function invoiceSeller(sellerId: string | null, buyerCountry: string): SellerEntity {
  return (sellerId ? SELLER_ENTITIES[sellerId] : undefined) ?? sellerFor(buyerCountry);
}
