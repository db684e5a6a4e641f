import { foldedWords } from '../../domain/textFolding';

/**
 * What a member may type about their application, in any of our languages (a Dane chatting in
 * English may still write "adgangskode"). Compared after lower-casing, folding diacritics
 * (ø → o, ä → a, …) and splitting into words, so small spelling variants still match.
 */
export type AccountIntent = 'password' | 'status';

/** Word parts that make a message about the password (compounds such as "lösenordet", "wachtwoordherstel" included). */
const PASSWORD_STEMS = ['password', 'passwort', 'adgangskode', 'kodeord', 'losenord', 'wachtwoord', 'passord'];

/** Word beginnings that name the application ("ansøgningen", "aanvragen" …). */
const APPLICATION_STEMS = ['application', 'ansogning', 'ansokan', 'ansokning', 'aanvraag', 'aanvrag'];

/** Words that ask where it stands. */
const STATUS_WORDS = new Set([
  'where', 'status', 'when', 'approved', 'decision', 'progress', 'happening',
  'hvor', 'hvornar', 'godkendt', 'afgorelse', 'sket', 'sker',
  'var', 'nar', 'godkand', 'godkanns', 'beslut', 'gar', 'hander',
  'waar', 'wanneer', 'goedgekeurd', 'besluit', 'beslissing', 'staat', 'stand',
]);

/** Whole messages that ask for the status on their own. */
const STATUS_PHRASES = new Set(['application status', 'ansogningsstatus', 'ansokningsstatus', 'aanvraagstatus', 'status']);

/** The application-related intent of a free-text message, if it has one. */
export function matchAccountIntent(text: string | undefined): AccountIntent | undefined {
  if (!text) return undefined;
  const tokens = foldedWords(text);
  if (tokens.length === 0) return undefined;
  if (tokens.some((token) => PASSWORD_STEMS.some((stem) => token.includes(stem)))) return 'password';
  if (STATUS_PHRASES.has(tokens.join(' '))) return 'status';
  const aboutApplication = tokens.some((token) => APPLICATION_STEMS.some((stem) => token.startsWith(stem)));
  if (aboutApplication && tokens.some((token) => STATUS_WORDS.has(token))) return 'status';
  return undefined;
}
