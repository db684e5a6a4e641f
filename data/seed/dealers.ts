import type { NewDealer } from '../schema';

/**
 * Dealer suggestions shown on the product entry card, per country of purchase. Members may type
 * any other dealer (the field is free text). Inserted when missing, never overwritten: operators
 * curate the list in the database.
 */
const dealerNames: Readonly<Record<string, readonly string[]>> = {
  DK: ['Photocare', 'Goecker', 'Scandinavian Photo', 'Japan Photo', 'Elgiganten'],
  SE: ['Scandinavian Photo', 'CyberPhoto', 'Japan Photo', 'Elgiganten', 'Kamerastore'],
  NL: ['Kamera Express', 'Cameranu.nl', 'Foka', 'Foto Konijnenberg', 'Coolblue'],
  BE: ['Kamera Express', 'Cameranu.nl', 'Coolblue', 'Vanden Borre'],
  NO: ['Japan Photo', 'Fotovideo', 'Elkjøp', 'Komplett'],
  FI: ['Rajala', 'Verkkokauppa.com', 'Japan Photo', 'Gigantti'],
  DE: ['Calumet', 'Foto Koch', 'Foto Gregor', 'Fotofachhandel Wiesenhavern', 'MediaMarkt'],
  AT: ['Hartlauer', 'Foto Köberl', 'MediaMarkt'],
  GB: ['Wex Photo Video', 'CVP', 'Park Cameras', 'Jessops', 'Calumet'],
  IE: ['Conns Cameras', 'Camera Centre Cork', 'Harvey Norman'],
  FR: ['Miss Numerique', 'Digit-Photo', 'Fnac', 'Prophot'],
};

export const dealerSeed: readonly NewDealer[] = Object.entries(dealerNames).flatMap(([countryCode, names]) =>
  names.map((name) => ({ countryCode, name })),
);
