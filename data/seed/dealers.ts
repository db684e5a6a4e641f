import type { NewDealer } from '../schema';

/** Suggestions for the dealer field; members may type any other dealer. */
const dealerNames: Readonly<Record<string, readonly string[]>> = {
  DK: ['Photocare', 'Goecker', 'Scandinavian Photo', 'Elgiganten'],
  SE: ['Scandinavian Photo', 'CyberPhoto', 'Elgiganten'],
  NL: ['Kamera Express', 'Cameranu.nl', 'Foka', 'Foto Konijnenberg'],
};

export const dealerSeed: readonly NewDealer[] = Object.entries(dealerNames).flatMap(([countryCode, names]) =>
  names.map((name) => ({ countryCode, name })),
);
