import { foldedWords } from '../../domain/textFolding';

/**
 * Short typed commands of the products journey, in any of our languages ("mine produkter",
 * "migrera produkter", "product registreren"). Compared after lower-casing and folding diacritics
 * (ø → o, ä → a, …). Only short imperative messages match: a question ("how do I migrate my
 * products?") is left to the FAQ.
 */
export type ProductsIntent = 'list' | 'add' | 'migrate';

const PRODUCT_STEMS = ['product', 'produkt'];
const MIGRATE_STEMS = ['migra', 'migre', 'overfor', 'overfoer', 'flyt', 'flytta', 'overzet'];
const ADD_STEMS = ['register', 'registrer', 'registre', 'tilfoj', 'lagg', 'add', 'toevoeg', 'nieuw', 'new', 'ny'];

/** Whole messages that open My products. */
const LIST_PHRASES = new Set([
  'my products', 'products', 'my points', 'points',
  'mine produkter', 'produkter', 'mine point', 'point',
  'mina produkter', 'mina poang', 'poang',
  'mijn producten', 'producten', 'mijn punten', 'punten',
]);

const MAX_WORDS = 4;

/** The products command a short message gives, if any. */
export function matchProductsIntent(text: string | undefined): ProductsIntent | undefined {
  if (!text || text.includes('?')) return undefined;
  const tokens = foldedWords(text);
  if (tokens.length === 0 || tokens.length > MAX_WORDS) return undefined;
  if (LIST_PHRASES.has(tokens.join(' '))) return 'list';
  const aboutProducts = tokens.some((t) => PRODUCT_STEMS.some((stem) => t.startsWith(stem)));
  if (!aboutProducts) return undefined;
  if (tokens.some((t) => MIGRATE_STEMS.some((stem) => t.startsWith(stem)))) return 'migrate';
  if (tokens.some((t) => ADD_STEMS.some((stem) => t === stem || (stem.length > 3 && t.startsWith(stem))))) return 'add';
  return undefined;
}
