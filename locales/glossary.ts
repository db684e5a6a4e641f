/**
 * The words we use with members in Danish, Swedish and Dutch, after the programme's own guides in
 * each language (docs/domain.md): per concept the form we write, and the variants that must not
 * appear in a catalogue or an FAQ answer. `test/locales/glossary.test.ts` walks every string and
 * fails on a forbidden variant, and checks that each form we use does appear.
 *
 * A forbidden string matches as a whole word or phrase, ignoring case; a RegExp is used as it is.
 * Address: du (da), du (sv), je (nl), as the guides write.
 */
export interface GlossaryEntry {
  /** The concept, in English. */
  readonly concept: string;
  /** The form we use; it appears in the catalogue as written here (ignoring case). */
  readonly use: string;
  readonly forbidden: readonly (string | RegExp)[];
  readonly note?: string;
}

export type GlossaryLanguage = 'da' | 'sv' | 'nl';

/** The tier names are brand names, the same in every language (as en, da and sv write them). */
const TIER_BRAND = 'Silver/Gold/Platinum';

export const glossary: Readonly<Record<GlossaryLanguage, readonly GlossaryEntry[]>> = {
  da: [
    { concept: 'business account', use: 'virksomhedskonto', forbidden: ['erhvervskonto', 'firmakonto', 'forretningskonto'] },
    { concept: 'working days (account validation)', use: 'hverdage', forbidden: ['arbejdsdage', 'arbejdsdag', 'bankdage'] },
    {
      concept: 'card charge',
      use: 'vi trækker beløbet',
      forbidden: ['trækkes', 'bliver trukket'],
      note: 'We say who charges: "vi trækker beløbet på forfaldsdatoen", never "det trækkes" / "dit kort trækkes".',
    },
    {
      concept: 'the form on a card',
      use: 'formularen',
      forbidden: ['udfyld kortet', 'resten af kortet', 'vælge på kortet', 'kortet ovenfor', 'kortet herunder', /(?<!navn(?:et)? )på kortet/iu],
      note: '"Kort" is the payment card; an Adaptive Card with inputs is "formularen", a list of choices is "herunder"/"ovenfor".',
    },
    { concept: 'tier names', use: TIER_BRAND, forbidden: ['Sølv', 'Guld', 'Platin'] },
    { concept: 'toggle', use: 'til eller fra', forbidden: ['ON/OFF', 'ON eller OFF'] },
    { concept: 'CPS Priority Support', use: 'CPS Priority-support', forbidden: ['CPS Priority Support', 'CPS-support'] },
    { concept: 'migrate products', use: 'Overfør produkter', forbidden: ['migrér', 'migrere', 'migreret'] },
    { concept: 'points in total', use: 'Giver i alt', forbidden: ['Point, de giver'] },
    { concept: 'formal address', use: 'du', forbidden: [/\b(?:Dem|Deres)\b/u] },
  ],
  sv: [
    { concept: 'business account', use: 'företagskonto', forbidden: ['affärskonto', 'företagsaccount', 'business-konto'] },
    { concept: 'working days (account validation)', use: 'arbetsdagar', forbidden: ['vardagar', 'bankdagar'] },
    {
      concept: 'card charge',
      use: 'vi debiterar',
      forbidden: ['det debiteras', 'inget debiteras', 'kort debiteras', 'kortet debiteras', 'debiteras {total}'],
      note: 'We say who charges: "vi debiterar kortet på förfallodatumet"; the guide\'s "prenumerationsavgiften debiteras inte direkt" stays.',
    },
    {
      concept: 'the form on a card',
      use: 'formuläret',
      forbidden: ['fyll i kortet', 'resten av kortet', 'välja på kortet', 'kortet ovan', /(?<!namn(?:et)? )på kortet/iu],
      note: '"Kort" is the payment card; an Adaptive Card with inputs is "formuläret", a list of choices is "nedan"/"ovan".',
    },
    { concept: 'tier names', use: TIER_BRAND, forbidden: ['Guld', 'Platina'] },
    { concept: 'support agent', use: 'medarbetare', forbidden: ['handläggare', 'hen'] },
    { concept: 'CPS Priority Support', use: 'CPS Priority Support', forbidden: ['CPS Priority-support', 'CPS-support'] },
    { concept: 'points in total', use: 'Ger totalt', forbidden: ['Poäng de ger'] },
    { concept: 'clock times', use: 'kl.', forbidden: [/\b\d{1,2}:\d{2}\b/u], note: 'Swedish writes "kl. 09.00" (Språkrådet); see nativeClock.' },
    { concept: 'address', use: 'du', forbidden: ['när ni', /\bNi\b/u] },
  ],
  nl: [
    {
      concept: 'business account',
      use: 'zakelijke account',
      forbidden: ['zakelijk account', 'zakelijke Canon-account', 'bedrijfsaccount', 'business account', 'zakelijk Canon-account'],
    },
    { concept: 'working days (account validation)', use: 'werkdagen', forbidden: ['bankdagen', 'kantoordagen'] },
    { concept: 'decision on the application', use: 'beslissing', forbidden: ['besluit'] },
    {
      concept: 'adding the payment card',
      use: 'Creditcard toevoegen',
      forbidden: ['Kaart invullen', 'vul je kaart in', 'vul de kaart', 'vul een kaart in', 'kaart ingevuld'],
    },
    {
      concept: 'card charge',
      use: 'we schrijven',
      forbidden: ['belast', 'wordt belast'],
      note: 'We say who charges: "we schrijven het bedrag af op de vervaldatum".',
    },
    {
      concept: 'the form on a card',
      use: 'het formulier',
      forbidden: ['de kaart hierboven', 'rest van de kaart', /(?<!naam )op de kaart/iu],
      note: '"Kaart" is the payment card; an Adaptive Card with inputs is "het formulier", a list of choices is "hieronder"/"hierboven".',
    },
    { concept: 'tier names', use: TIER_BRAND, forbidden: ['Zilver', 'Goud', 'Platina'], note: 'Brand names, not translated (the Dutch guide\'s "Zilver/Goud" is not used).' },
    { concept: 'contacting support', use: 'Contact opnemen met CPS Priority support', forbidden: ['Contact met CPS'] },
    { concept: 'button verb', use: 'klik op', forbidden: ['druk op'] },
    { concept: 'points in total', use: 'Levert in totaal op', forbidden: ['Punten die ze opleveren'] },
    { concept: 'address', use: 'je', forbidden: [/(?<![\p{L}])(?:u|uw|U|Uw)(?![\p{L}])/u] },
  ],
};

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The pattern a forbidden variant is searched with: whole word or phrase, any case. */
export function forbiddenPattern(variant: string | RegExp): RegExp {
  if (variant instanceof RegExp) return variant;
  return new RegExp(`(?<![\\p{L}\\p{N}])${escape(variant)}(?![\\p{L}\\p{N}])`, 'iu');
}
