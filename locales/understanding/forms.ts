import type { Language } from '../../domain/language';

/**
 * Words that make a message a question ("how do I add a lens?") rather than a request ("add my
 * lens"): a question about something a button does gets the FAQ answer with that button, a
 * request does what the button does. Folded (diacritics removed), in every language, since
 * members mix them.
 */
export const QUESTION_WORDS: ReadonlySet<string> = new Set([
  'how', 'what', 'whats', 'where', 'wheres', 'when', 'why', 'which', 'who', 'hows',
  'hvordan', 'hvad', 'hvor', 'hvornar', 'hvorfor', 'hvilke', 'hvilken', 'hvilket', 'hvem',
  'hur', 'vad', 'var', 'nar', 'varfor', 'vilka', 'vilken', 'vilket', 'vem',
  'hoe', 'wat', 'waar', 'wanneer', 'waarom', 'welke', 'welk', 'wie', 'hoeveel',
]);

/**
 * Question words that are also common words of a statement in another of our languages (Swedish
 * "var" is "where", and "was" in Danish and Swedish: "det var en stor hjælp"): they make a
 * question only as the first word of the message or of a sentence in it.
 */
export const OPENING_QUESTION_WORDS: ReadonlySet<string> = new Set(['var']);

/** Words that negate, folded ("no VAT number" is another topic than "VAT number"). */
export const NEGATION_WORDS: ReadonlySet<string> = new Set([
  'not', 'no', 'dont', 'doesnt', 'didnt', 'cant', 'cannot', 'isnt', 'arent', 'havent', 'hasnt', 'never', 'without', 'wont', 'missing', 'werent', 'wasnt',
  'ikke', 'ingen', 'intet', 'uden', 'aldrig', 'mangler',
  'inte', 'ingen', 'inget', 'utan', 'aldrig', 'saknar', 'saknas',
  'niet', 'geen', 'zonder', 'nooit', 'ontbreekt', 'ontbreken',
]);

/** Function words that say nothing about what a member wants, per language (folded). */
export const STOP_WORDS: Readonly<Record<Language, ReadonlySet<string>>> = {
  en: new Set(['i', 'a', 'an', 'the', 'to', 'my', 'is', 'it', 'do', 'for', 'of', 'on', 'in', 'at', 'and', 'or', 'this', 'that', 'be', 'am', 'are', 'with', 'we', 'our', 'so', 'just', 'u', 'im', 'let']),
  da: new Set(['jeg', 'en', 'et', 'den', 'det', 'de', 'at', 'til', 'pa', 'er', 'for', 'af', 'i', 'og', 'eller', 'med', 'vi', 'min', 'mit', 'mine', 'vores', 'sa', 'bare', 'lige', 'der', 'som', 'lad']),
  sv: new Set(['jag', 'en', 'ett', 'den', 'det', 'de', 'att', 'till', 'pa', 'ar', 'for', 'av', 'i', 'och', 'eller', 'med', 'vi', 'min', 'mitt', 'mina', 'vara', 'sa', 'bara', 'som', 'lat']),
  nl: new Set(['ik', 'een', 'de', 'het', 'te', 'aan', 'op', 'is', 'voor', 'van', 'in', 'en', 'of', 'met', 'we', 'wij', 'mijn', 'ons', 'onze', 'dus', 'maar', 'die', 'dat', 'laat']),
};

/**
 * Words that say how something is asked, not what about ("can you", "I would like", "please"):
 * a message need not be about them to be understood (folded, every language).
 */
export const NEUTRAL_WORDS: ReadonlySet<string> = new Set([
  ...QUESTION_WORDS,
  'can', 'could', 'you', 'would', 'like', 'want', 'wanna', 'please', 'pls', 'plz', 'me', 'need', 'does', 'did', 'will', 'should', 'have', 'has', 'get', 'hi', 'hello', 'hey',
  'kan', 'du', 'vil', 'gerne', 'tak', 'mig', 'skal', 'har', 'fa', 'hej', 'venligst', 'gore', 'godt',
  'vill', 'garna', 'tack', 'ska', 'behover', 'snalla', 'fa', 'gora',
  'kun', 'kunt', 'je', 'jij', 'u', 'wil', 'graag', 'aub', 'alsjeblieft', 'moet', 'heb', 'krijg', 'hoi', 'hallo', 'doen', 'mij', 'me',
  // "What does … mean" asks about the word it names: the meaning word says nothing of the topic.
  'mean', 'means', 'meaning', 'betyder', 'betyda', 'betekent', 'betekenen', 'betekenis',
]);

/**
 * Folded beginnings of the words that name a language or "language" in our four languages
 * ("engelsk", "svenska", "nederlands", "sprog", "språket", "taal"): a request to change the
 * language names one ("can you write me a poem" is not "can you write in Dutch").
 */
export const LANGUAGE_WORD_STARTS: readonly string[] = [
  'lang', 'engl', 'engel', 'dan', 'deen', 'swed', 'sven', 'zwe', 'dutch', 'holl', 'neder',
  'sprog', 'sprak', 'taal', 'talen',
];
