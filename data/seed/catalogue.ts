import type { NewCatalogueModel } from '../schema';

/**
 * Serial-number formats per product line, as stored: normalised (upper case, no spaces or
 * separators; see domain/serials.ts). Regular-expression sources valid in JavaScript and PostgreSQL.
 */
export const SERIAL_PATTERNS = {
  /** EOS bodies: 12 digits (older models 10). */
  eosBody: String.raw`^[0-9]{10}([0-9]{2})?$`,
  /** RF and EF lenses: 10 digits. */
  lens: String.raw`^[0-9]{10}$`,
  /** Cinema EOS: 12 digits. */
  cinema: String.raw`^[0-9]{12}$`,
  /** PowerShot: 12 digits. */
  powershot: String.raw`^[0-9]{12}$`,
  /** imagePROGRAF: 3–4 letters then 5 digits. */
  imageprograf: String.raw`^[A-Z]{3,4}[0-9]{5}$`,
  /** XEED and LX projectors: 10 letters and digits, starting with a letter. */
  projector: String.raw`^[A-Z][A-Z0-9]{9}$`,
} as const;

type Line = keyof typeof SERIAL_PATTERNS;

/** A registrable model: category, points, its product line's serial pattern and a valid example. */
function model(
  id: string,
  name: string,
  category: NewCatalogueModel['category'],
  points: number,
  line: Line,
  serialExample: string,
  releaseDate: string,
): NewCatalogueModel {
  return {
    id,
    name,
    category,
    points,
    serialPattern: SERIAL_PATTERNS[line],
    serialExample,
    releaseDate,
    registrable: true,
    notRegistrableReasonKey: null,
  };
}

/** Something Canon sells that is not registered for points (consumables, small accessories). */
function notRegistrable(id: string, name: string, reasonKey: 'products.notRegistrable.consumable' | 'products.notRegistrable.accessory'): NewCatalogueModel {
  return {
    id,
    name,
    category: 'accessory',
    points: 0,
    serialPattern: null,
    serialExample: null,
    releaseDate: null,
    registrable: false,
    notRegistrableReasonKey: reasonKey,
  };
}

/**
 * The product catalogue: real Canon models. Points are ours, scaled so that a professional kit of
 * two bodies and three L lenses lands between 500 and 2,500 (e.g. EOS R5 Mark II + EOS R6 Mark II
 * + RF 15-35mm, RF 24-70mm and RF 70-200mm F2.8 L = 1,000); consumer models earn 0 points but can
 * still be registered. Release dates are announcement dates (a purchase cannot be earlier).
 */
export const catalogueSeed: readonly NewCatalogueModel[] = [
  // EOS R (and pro DSLR) bodies
  model('eos-r1', 'Canon EOS R1', 'camera-body', 450, 'eosBody', '012045001234', '2024-07-17'),
  model('eos-r3', 'Canon EOS R3', 'camera-body', 400, 'eosBody', '023031004567', '2021-09-14'),
  model('eos-r5-mark-ii', 'Canon EOS R5 Mark II', 'camera-body', 350, 'eosBody', '052041002345', '2024-07-17'),
  model('eos-r5', 'Canon EOS R5', 'camera-body', 300, 'eosBody', '032021001234', '2020-07-09'),
  model('eos-r6-mark-ii', 'Canon EOS R6 Mark II', 'camera-body', 200, 'eosBody', '102033004567', '2022-11-02'),
  model('eos-r', 'Canon EOS R', 'camera-body', 150, 'eosBody', '013021012345', '2018-09-05'),
  model('eos-r8', 'Canon EOS R8', 'camera-body', 100, 'eosBody', '118033001122', '2023-02-08'),
  model('eos-r7', 'Canon EOS R7', 'camera-body', 100, 'eosBody', '108032003344', '2022-05-24'),
  model('eos-rp', 'Canon EOS RP', 'camera-body', 80, 'eosBody', '0920210055', '2019-02-14'),
  model('eos-r10', 'Canon EOS R10', 'camera-body', 0, 'eosBody', '128032007788', '2022-05-24'),
  model('eos-r50', 'Canon EOS R50', 'camera-body', 0, 'eosBody', '138033009900', '2023-02-08'),
  model('eos-r100', 'Canon EOS R100', 'camera-body', 0, 'eosBody', '148033001357', '2023-05-24'),
  model('eos-1d-x-mark-iii', 'Canon EOS-1D X Mark III', 'camera-body', 350, 'eosBody', '062020002468', '2020-01-07'),
  model('eos-5d-mark-iv', 'Canon EOS 5D Mark IV', 'camera-body', 200, 'eosBody', '0380106789', '2016-08-25'),

  // RF lenses
  model('rf-15-35mm-f2-8-l-is-usm', 'Canon RF 15-35mm F2.8 L IS USM', 'lens-rf', 150, 'lens', '9312001234', '2019-08-28'),
  model('rf-24-70mm-f2-8-l-is-usm', 'Canon RF 24-70mm F2.8 L IS USM', 'lens-rf', 150, 'lens', '9412001234', '2019-08-28'),
  model('rf-70-200mm-f2-8-l-is-usm', 'Canon RF 70-200mm F2.8 L IS USM', 'lens-rf', 150, 'lens', '9612004567', '2019-10-24'),
  model('rf-28-70mm-f2-l-usm', 'Canon RF 28-70mm F2 L USM', 'lens-rf', 180, 'lens', '8812003456', '2018-09-05'),
  model('rf-50mm-f1-2-l-usm', 'Canon RF 50mm F1.2 L USM', 'lens-rf', 120, 'lens', '8512007890', '2018-09-05'),
  model('rf-85mm-f1-2-l-usm', 'Canon RF 85mm F1.2 L USM', 'lens-rf', 130, 'lens', '9112002345', '2019-05-09'),
  model('rf-24-105mm-f4-l-is-usm', 'Canon RF 24-105mm F4 L IS USM', 'lens-rf', 80, 'lens', '8612005678', '2018-09-05'),
  model('rf-24-105mm-f2-8-l-is-usm-z', 'Canon RF 24-105mm F2.8 L IS USM Z', 'lens-rf', 200, 'lens', '1312006789', '2023-11-02'),
  model('rf-10-20mm-f4-l-is-stm', 'Canon RF 10-20mm F4 L IS STM', 'lens-rf', 120, 'lens', '1322001111', '2023-11-02'),
  model('rf-100-500mm-f4-5-7-1-l-is-usm', 'Canon RF 100-500mm F4.5-7.1 L IS USM', 'lens-rf', 180, 'lens', '1012008765', '2020-07-09'),
  model('rf-100-300mm-f2-8-l-is-usm', 'Canon RF 100-300mm F2.8 L IS USM', 'lens-rf', 300, 'lens', '1232004321', '2023-04-20'),
  model('rf-100mm-f2-8-l-macro-is-usm', 'Canon RF 100mm F2.8 L MACRO IS USM', 'lens-rf', 90, 'lens', '1112002222', '2021-04-14'),
  model('rf-35mm-f1-8-macro-is-stm', 'Canon RF 35mm F1.8 MACRO IS STM', 'lens-rf', 0, 'lens', '8712003333', '2018-09-05'),
  model('rf-50mm-f1-8-stm', 'Canon RF 50mm F1.8 STM', 'lens-rf', 0, 'lens', '1042004444', '2020-10-14'),

  // EF lenses
  model('ef-24-70mm-f2-8l-ii-usm', 'Canon EF 24-70mm f/2.8L II USM', 'lens-ef', 100, 'lens', '4812007890', '2012-02-07'),
  model('ef-70-200mm-f2-8l-is-iii-usm', 'Canon EF 70-200mm f/2.8L IS III USM', 'lens-ef', 120, 'lens', '7812001357', '2018-06-06'),
  model('ef-16-35mm-f2-8l-iii-usm', 'Canon EF 16-35mm f/2.8L III USM', 'lens-ef', 100, 'lens', '6512002468', '2016-05-10'),
  model('ef-100mm-f2-8l-macro-is-usm', 'Canon EF 100mm f/2.8L Macro IS USM', 'lens-ef', 60, 'lens', '2412003579', '2009-09-01'),
  model('ef-85mm-f1-4l-is-usm', 'Canon EF 85mm f/1.4L IS USM', 'lens-ef', 80, 'lens', '7312004680', '2017-08-29'),
  model('ef-400mm-f2-8l-is-iii-usm', 'Canon EF 400mm f/2.8L IS III USM', 'lens-ef', 250, 'lens', '8212005791', '2018-09-05'),
  model('ef-50mm-f1-8-stm', 'Canon EF 50mm f/1.8 STM', 'lens-ef', 0, 'lens', '5912006802', '2015-05-11'),

  // Cinema EOS
  model('eos-c500-mark-ii', 'Canon EOS C500 Mark II', 'cinema', 500, 'cinema', '493019001234', '2019-09-05'),
  model('eos-c400', 'Canon EOS C400', 'cinema', 450, 'cinema', '512024002345', '2024-04-11'),
  model('eos-c300-mark-iii', 'Canon EOS C300 Mark III', 'cinema', 450, 'cinema', '483020003456', '2020-05-07'),
  model('eos-c70', 'Canon EOS C70', 'cinema', 400, 'cinema', '401021000123', '2020-09-24'),
  model('eos-c80', 'Canon EOS C80', 'cinema', 350, 'cinema', '522024004567', '2024-09-05'),
  model('eos-r5-c', 'Canon EOS R5 C', 'cinema', 300, 'cinema', '502022005678', '2022-01-19'),

  // PowerShot (compact pro)
  model('powershot-g1-x-mark-iii', 'Canon PowerShot G1 X Mark III', 'compact', 20, 'powershot', '652017001234', '2017-10-16'),
  model('powershot-g5-x-mark-ii', 'Canon PowerShot G5 X Mark II', 'compact', 0, 'powershot', '682019002345', '2019-07-10'),
  model('powershot-g7-x-mark-iii', 'Canon PowerShot G7 X Mark III', 'compact', 0, 'powershot', '672051001234', '2019-07-10'),
  model('powershot-sx70-hs', 'Canon PowerShot SX70 HS', 'compact', 0, 'powershot', '662018003456', '2018-09-20'),

  // imagePROGRAF printers
  model('imageprograf-pro-1000', 'Canon imagePROGRAF PRO-1000', 'printer', 50, 'imageprograf', 'AKSH01234', '2016-02-11'),
  model('imageprograf-pro-300', 'Canon imagePROGRAF PRO-300', 'printer', 30, 'imageprograf', 'AFKQ05678', '2020-06-02'),
  model('imageprograf-pro-2100', 'Canon imagePROGRAF PRO-2100', 'printer', 150, 'imageprograf', 'BCJA02345', '2019-02-05'),
  model('imageprograf-pro-4100', 'Canon imagePROGRAF PRO-4100', 'printer', 200, 'imageprograf', 'BCKA03456', '2019-02-05'),
  model('imageprograf-tm-300', 'Canon imagePROGRAF TM-300', 'printer', 60, 'imageprograf', 'ADQ04567', '2019-05-07'),

  // Projectors
  model('xeed-wux6700', 'Canon XEED WUX6700', 'projector', 100, 'projector', 'SJ2A012345', '2016-06-01'),
  model('xeed-wux7500', 'Canon XEED WUX7500', 'projector', 120, 'projector', 'TK3B023456', '2018-02-07'),
  model('xeed-4k6021z', 'Canon XEED 4K6021Z', 'projector', 250, 'projector', 'UL4C034567', '2019-09-03'),
  model('lx-mu600z', 'Canon LX-MU600Z', 'projector', 60, 'projector', 'VM5D045678', '2020-09-01'),

  // Not registrable: consumables and small accessories
  notRegistrable('pt-101-photo-paper-pro-platinum', 'Canon PT-101 Photo Paper Pro Platinum', 'products.notRegistrable.consumable'),
  notRegistrable('pfi-1000-ink-tank', 'Canon PFI-1000 ink tank', 'products.notRegistrable.consumable'),
  notRegistrable('pfi-300-ink-tank', 'Canon PFI-300 ink tank', 'products.notRegistrable.consumable'),
  notRegistrable('lp-e6p-battery-pack', 'Canon LP-E6P battery pack', 'products.notRegistrable.accessory'),
  notRegistrable('l-strap-camera-strap', 'Canon camera neck strap', 'products.notRegistrable.accessory'),
];
