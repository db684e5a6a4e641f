import type { NewCatalogueModel } from '../schema';

const BODY_SERIAL = String.raw`^\d{12}$`;
const LENS_SERIAL = String.raw`^\d{10}$`;

/**
 * PLACEHOLDER catalogue of real Canon models until a real catalogue feed exists. Points are ours
 * (a pro kit of two bodies and three L lenses lands between 500 and 2,500); release dates are the
 * announcement dates. Serial patterns apply to the normalised serial (upper case, no spaces).
 */
export const catalogueSeed: readonly NewCatalogueModel[] = [
  {
    id: 'eos-r5',
    name: 'Canon EOS R5',
    category: 'camera-body',
    points: 300,
    serialPattern: BODY_SERIAL,
    serialExample: '032021001234',
    releaseDate: '2020-07-09',
  },
  {
    id: 'eos-r6-mark-ii',
    name: 'Canon EOS R6 Mark II',
    category: 'camera-body',
    points: 200,
    serialPattern: BODY_SERIAL,
    serialExample: '102033004567',
    releaseDate: '2022-11-02',
  },
  {
    id: 'rf-24-70mm-f2-8-l-is-usm',
    name: 'Canon RF 24-70mm F2.8 L IS USM',
    category: 'lens-rf',
    points: 150,
    serialPattern: LENS_SERIAL,
    serialExample: '9412001234',
    releaseDate: '2019-08-28',
  },
  {
    id: 'rf-70-200mm-f2-8-l-is-usm',
    name: 'Canon RF 70-200mm F2.8 L IS USM',
    category: 'lens-rf',
    points: 150,
    serialPattern: LENS_SERIAL,
    serialExample: '9612004567',
    releaseDate: '2019-10-24',
  },
  {
    id: 'ef-24-70mm-f2-8l-ii-usm',
    name: 'Canon EF 24-70mm f/2.8L II USM',
    category: 'lens-ef',
    points: 100,
    serialPattern: LENS_SERIAL,
    serialExample: '4812007890',
    releaseDate: '2012-02-07',
  },
  {
    id: 'eos-c70',
    name: 'Canon EOS C70',
    category: 'cinema',
    points: 400,
    serialPattern: BODY_SERIAL,
    serialExample: '401021000123',
    releaseDate: '2020-09-24',
  },
  {
    id: 'imageprograf-pro-1000',
    name: 'Canon imagePROGRAF PRO-1000',
    category: 'printer',
    points: 50,
    serialPattern: String.raw`^[A-Z]{4}\d{5}$`,
    serialExample: 'AKSH01234',
    releaseDate: '2016-02-11',
  },
  {
    id: 'xeed-wux6700',
    name: 'Canon XEED WUX6700',
    category: 'projector',
    points: 100,
    serialPattern: String.raw`^[A-Z0-9]{10}$`,
    serialExample: 'SJ2A012345',
    releaseDate: '2016-06-01',
  },
  {
    id: 'powershot-g7-x-mark-iii',
    name: 'Canon PowerShot G7 X Mark III',
    category: 'compact',
    points: 0,
    serialPattern: BODY_SERIAL,
    serialExample: '672051001234',
    releaseDate: '2019-07-10',
  },
  {
    id: 'pt-101-photo-paper-pro-platinum',
    name: 'Canon PT-101 Photo Paper Pro Platinum',
    category: 'accessory',
    points: 0,
    serialPattern: null,
    serialExample: null,
    releaseDate: null,
    registrable: false,
    notRegistrableReasonKey: 'product.notRegistrable.consumable',
  },
];
