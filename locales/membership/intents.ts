import { foldedWords } from '../../domain/textFolding';

/**
 * Short typed commands that open the membership journey, in any of our languages ("tilmeld dig
 * CPS", "gå med i CPS", "lid worden van CPS", "mit medlemskab"). Compared after lower-casing and
 * folding diacritics; only whole short messages match, so a question ("how do I join CPS?") is left
 * to the FAQ.
 */
const JOIN_PHRASES = new Set([
  'join cps', 'join', 'cps tiers', 'tiers', 'my membership', 'membership', 'cps membership',
  'tilmeld dig cps', 'tilmeld cps', 'cps niveauer', 'niveauer', 'mit medlemskab', 'medlemskab', 'cps medlemskab',
  'ga med i cps', 'registrera dig for cps', 'cps nivaer', 'nivaer', 'mitt medlemskap', 'medlemskap', 'cps medlemskap',
  'lid worden van cps', 'lid worden', 'meld je aan voor cps', 'aanmelden bij cps', 'cps niveaus', 'niveaus', 'mijn lidmaatschap', 'lidmaatschap', 'cps lidmaatschap',
]);

/** True when a short message asks to join CPS or to see the membership. */
export function matchJoinIntent(text: string | undefined): boolean {
  if (!text || text.includes('?')) return false;
  return JOIN_PHRASES.has(foldedWords(text).join(' '));
}
