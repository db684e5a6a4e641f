import { FAQ_TOPIC_IDS, type FaqTopicId } from '../domain/faq';
import type { Language } from '../domain/language';

/**
 * The labelled questions `npm run bench:faq` measures the FAQ search with: per topic and language
 * five questions as members type them (lower case, typos, no punctuation, other words than the
 * stored phrasings), and per language questions the FAQ must NOT answer.
 *
 * The first three of each five (and the first seven out-of-scope questions) are the `tune` split,
 * used while tuning weights and content; the last two (and the last five) are the `holdout`
 * split, written before any tuning and never used to tune, so it shows how the search does on
 * questions nobody optimised for.
 */
export type BenchSplit = 'tune' | 'holdout';

export interface BenchQuestion {
  readonly language: Language;
  readonly text: string;
  /** The topic that answers it; null = out of scope, no answer expected. */
  readonly topicId: FaqTopicId | null;
  readonly split: BenchSplit;
}

type PerLanguage = Readonly<Record<Language, readonly [string, string, string, string, string]>>;

/** The guides' topics; the later ones (tier fees, a model's points …) are measured by the understanding evaluation set. */
const inScope: Readonly<Partial<Record<FaqTopicId, PerLanguage>>> = {
  'account.apply': {
    en: [
      'how can i sign my company up for a canon account',
      'whats the process to get a busines account',
      'i need an account for my studio how do i register',
      'apply for canon buisness account',
      'where can my firm register for a company account',
    ],
    da: [
      'hvordan kommer jeg igang med en virksomheds konto',
      'vil gerne ansøge om firmakonto hos canon',
      'hvor kan min virksomhed blive oprettet hos canon',
      'hvordan laver jeg en erhvervskonto',
      'ansøgning om virksomhedskonto hvordan',
    ],
    sv: [
      'hur ansöker man om foretagskonto',
      'jag vill skapa konto för min firma hos canon',
      'hur kommer jag igång med ett företagskonto',
      'vart registrerar jag mitt bolag',
      'ansökan om företags konto hos canon',
    ],
    nl: [
      'hoe kan ik mijn bedrijf aanmelden bij canon',
      'zakelijk acount aanvragen hoe werkt dat',
      'ik wil een account voor mijn fotostudio maken',
      'waar kan ik me als bedrijf registreren',
      'hoe vraag je een bedrijfsaccount aan',
    ],
  },
  'account.documents-vat': {
    en: [
      'what do i need to upload when we have a vat number',
      'is an invoice enough as vat proof',
      'were vat registered what paperwork do you want',
      'which document proves our vat registration',
      'do i need the vat certifcate',
    ],
    da: [
      'hvad skal jeg uploade når vi er momsregistreret',
      'er en faktura nok som bevis på moms',
      'hvilken dokumentation skal vi bruge vi har cvr og moms',
      'momsregistreret firma hvilket dokument',
      'skal jeg sende vores momscertifikat',
    ],
    sv: [
      'vad ska jag ladda upp när vi har momsnummer',
      'räcker en faktura som bevis för moms',
      'momsregistrerat bolag vilka papper',
      'vilket dokument visar vår momsregistrering',
      'behöver jag momscertifikatet',
    ],
    nl: [
      'wat moet ik uploaden als we een btw nummer hebben',
      'is een factuur genoeg als bewijs van btw',
      'wij zijn btw plichtig wat moet ik aanleveren',
      'welk document bewijst onze btw registratie',
      'moet ik het btw certificaat meesturen',
    ],
  },
  'account.documents-no-vat': {
    en: [
      'we dont have a vat number what can i upload',
      'im a sole trader without vat which document',
      'is a business license ok if not vat registered',
      'no vat registration what proof do you need',
      'can i send our articles of assocation',
    ],
    da: [
      'vi har ikke moms hvad skal jeg uploade',
      'enkeltmandsvirksomhed uden moms hvilket dokument',
      'er en erhvervslicens ok hvis vi ikke er momsregistreret',
      'ikke momspligtig hvad kræver i',
      'kan jeg sende vores vedtægter',
    ],
    sv: [
      'vi har inte moms vad kan jag ladda upp',
      'enskild firma utan momsregistrering vilket dokument',
      'duger en yrkeslicens om vi inte är momsregistrerade',
      'ingen momsregistrering vilket bevis behövs',
      'kan jag skicka bolagsordningen',
    ],
    nl: [
      'we hebben geen btw wat kan ik uploaden',
      'eenmanszaak zonder btw welk document',
      'is een beroepsvergunning goed als we geen btw hebben',
      'niet btw geregistreerd welk bewijs willen jullie',
      'kan ik onze statuten opsturen',
    ],
  },
  'account.old-email': {
    en: [
      'should i fill in my old cps email',
      'i used to have cps with another email address',
      'what happens if i enter my previous cps mail',
      'old email from cps where does it go',
      'why do you ask for my former cps address',
    ],
    da: [
      'skal jeg skrive min gamle cps mail',
      'jeg havde cps før med en anden mail',
      'hvad sker der hvis jeg angiver min tidligere cps email',
      'gammel mail fra cps hvor skal den stå',
      'hvorfor spørger i om min tidligere cps adresse',
    ],
    sv: [
      'ska jag fylla i min gamla cps mejl',
      'jag hade cps förut med en annan adress',
      'vad händer om jag anger min tidigare cps epost',
      'gamla mejladressen från cps var anger jag den',
      'varför frågar ni efter min förra cps adress',
    ],
    nl: [
      'moet ik mijn oude cps mail invullen',
      'ik had vroeger cps met een ander mailadres',
      'wat gebeurt er als ik mijn vorige cps email opgeef',
      'oude email van cps waar vul ik die in',
      'waarom vragen jullie naar mijn vorige cps adres',
    ],
  },
  'account.validation-time': {
    en: [
      'how long before my busines account is approved',
      'i applied yesterday when will it be done',
      'does validating take long',
      'still no account after applying how long',
      'when will my company account be created',
    ],
    da: [
      'hvor lang tid går der før kontoen er godkendt',
      'jeg ansøgte i går hvornår er den klar',
      'tager valideringen lang tid',
      'har stadig ikke fået konto hvor længe skal jeg vente',
      'hvornår bliver min virksomhedskonto oprettet',
    ],
    sv: [
      'hur länge dröjer det innan kontot blir godkänt',
      'jag ansökte igår när är det klart',
      'tar valideringen lång tid',
      'har fortfarande inget konto hur länge ska jag vänta',
      'när skapas mitt företagskonto',
    ],
    nl: [
      'na hoeveel tijd is mijn aanvraag goedgekeurd',
      'ik heb gisteren aangevraagd wanneer is het klaar',
      'duurt de validatie lang',
      'nog steeds geen account hoe lang moet ik wachten',
      'wanneer wordt mijn bedrijfsaccount aangemaakt',
    ],
  },
  'account.password-setup': {
    en: [
      'where do i choose my password after approval',
      'got the email from donotreply what now',
      'how to log in for the frist time',
      'my account is ready how do i get a password',
      'setting up the password for my canon business login',
    ],
    da: [
      'hvor vælger jeg min adgangskode efter godkendelse',
      'har fået mailen fra donotreply hvad nu',
      'første gang jeg skal logge ind hvordan',
      'min konto er klar hvordan får jeg en kode',
      'opsætning af adgangskode til virksomhedskontoen',
    ],
    sv: [
      'var väljer jag lösenord efter godkännandet',
      'fick mejlet från donotreply vad gör jag nu',
      'första gången jag ska logga in hur gör jag',
      'mitt konto är klart hur får jag ett lösenord',
      'sätta lösenord för företagskontot',
    ],
    nl: [
      'waar kies ik mijn wachtwoord na goedkeuring',
      'mail van donotreply ontvangen wat nu',
      'voor de eerste keer aanmelden hoe werkt dat',
      'mijn account is klaar hoe krijg ik een wachtwoord',
      'wachtwoord aanmaken voor zakelijk account',
    ],
  },
  'account.password-reset': {
    en: [
      'i cant remember my password what do i do',
      'can i change the password now before the mail comes',
      'password not working how to reset it',
      'reset my login password',
      'i need a new password i lost it',
    ],
    da: [
      'jeg kan ikke huske min adgangskode hvad gør jeg',
      'kan jeg skifte kode nu før mailen kommer',
      'koden virker ikke hvordan nulstiller jeg',
      'nulstil min login kode',
      'har brug for ny adgangskode har mistet den',
    ],
    sv: [
      'jag minns inte mitt lösenord vad gör jag',
      'kan jag byta lösen nu innan mejlet kommer',
      'lösenordet funkar inte hur återställer jag',
      'återställ mitt inloggningslösenord',
      'behöver nytt lösenord har tappat det',
    ],
    nl: [
      'ik weet mijn wachtwoord niet meer',
      'kan ik nu al mijn wachtwoord veranderen voor de mail komt',
      'wachtwoord doet het niet hoe reset ik',
      'mijn inlogwachtwoord resetten',
      'ik heb een nieuw wachtwoord nodig ben het kwijt',
    ],
  },
  'products.register': {
    en: [
      'how do i add my new lens',
      'where can i register my camera gear',
      'registering equipment how',
      'i bought an eos r5 how do i register it',
      'add camera to my products',
    ],
    da: [
      'hvordan tilføjer jeg mit nye objektiv',
      'hvor kan jeg registrere mit kameraudstyr',
      'registrering af udstyr hvordan',
      'jeg har købt et eos r5 hvordan registrerer jeg det',
      'tilføj kamera til mine produkter',
    ],
    sv: [
      'hur lägger jag till mitt nya objektiv',
      'var kan jag registrera min kamerautrustning',
      'registrering av utrustning hur',
      'jag har köpt en eos r5 hur registrerar jag den',
      'lägg till kamera i mina produkter',
    ],
    nl: [
      'hoe voeg ik mijn nieuwe lens toe',
      'waar kan ik mijn camera spullen registreren',
      'apparatuur registreren hoe',
      'ik heb een eos r5 gekocht hoe registreer ik die',
      'camera toevoegen aan mijn producten',
    ],
  },
  'products.migrate': {
    en: [
      'how can i get my products from the old cps account',
      'move my registered kit to the new account',
      'transfering products from old cps',
      'can i import products from cps',
      'migrating my equipment how does it work',
    ],
    da: [
      'hvordan får jeg mine produkter fra den gamle cps konto',
      'flytte mit registrerede udstyr til den nye konto',
      'overførsel af produkter fra gammel cps',
      'kan jeg importere produkter fra cps',
      'migrering af mit udstyr hvordan',
    ],
    sv: [
      'hur får jag över mina produkter från gamla cps kontot',
      'flytta min registrerade utrustning till nya kontot',
      'överföring av produkter från gamla cps',
      'kan jag importera produkter från cps',
      'migrering av min utrustning hur går det till',
    ],
    nl: [
      'hoe krijg ik mijn producten van het oude cps account',
      'mijn geregistreerde apparatuur naar het nieuwe account verplaatsen',
      'overdracht van producten uit oude cps',
      'kan ik producten uit cps importeren',
      'migratie van mijn apparatuur hoe werkt dat',
    ],
  },
  'products.migrate-missing': {
    en: [
      'i cant find the migrate products button',
      'theres no blue button to migrate',
      'migrate option doesnt appear',
      'why cant i see migrate products',
      'the migration button isnt there',
    ],
    da: [
      'jeg kan ikke finde knappen overfør produkter',
      'der er ingen blå knap til at overføre',
      'overfør muligheden kommer ikke frem',
      'hvorfor kan jeg ikke se overfør produkter',
      'overførselsknappen er der ikke',
    ],
    sv: [
      'jag hittar inte knappen migrera produkter',
      'det finns ingen blå knapp för att migrera',
      'migrera alternativet dyker inte upp',
      'varför ser jag inte migrera produkter',
      'migreringsknappen finns inte',
    ],
    nl: [
      'ik kan de knop producten migreren niet vinden',
      'er is geen blauwe knop om te migreren',
      'migreren optie verschijnt niet',
      'waarom zie ik producten migreren niet',
      'de migratieknop is er niet',
    ],
  },
  'points.allocated': {
    en: [
      'when will i receive points for my gear',
      'do i get points once the product is registered',
      'how does the points system work',
      'what does the green check mean on my products',
      'how do products earn points',
    ],
    da: [
      'hvornår får jeg point for mit udstyr',
      'får jeg point når produktet er registreret',
      'hvordan fungerer pointsystemet',
      'hvad betyder det grønne hak ved mine produkter',
      'hvordan optjener produkter point',
    ],
    sv: [
      'när får jag poäng för min utrustning',
      'får jag poäng när produkten är registrerad',
      'hur fungerar poängsystemet',
      'vad betyder gröna bocken vid mina produkter',
      'hur ger produkter poäng',
    ],
    nl: [
      'wanneer krijg ik punten voor mijn apparatuur',
      'krijg ik punten als het product geregistreerd is',
      'hoe werkt het puntensysteem',
      'groen vinkje bij producten wat houdt dat in',
      'hoe verdienen producten punten',
    ],
  },
  'points.missing-tick': {
    en: [
      'my lens doesnt have a green tick',
      'why no points for my camera',
      'one product has no check mark what is missing',
      'the green tick is not showing on my product',
      'registration incomplete how do i fix it',
    ],
    da: [
      'mit objektiv har ikke fået grønt flueben',
      'hvorfor ingen point for mit kamera',
      'et produkt har intet hak hvad mangler',
      'det grønne flueben vises ikke ved mit produkt',
      'registreringen er ikke komplet hvordan retter jeg det',
    ],
    sv: [
      'mitt objektiv har ingen grön bock',
      'varför inga poäng för min kamera',
      'en produkt saknar bock vad fattas',
      'gröna bocken syns inte på min produkt',
      'registreringen är inte komplett hur fixar jag det',
    ],
    nl: [
      'mijn lens heeft geen groen vinkje',
      'waarom geen punten voor mijn camera',
      'een product heeft geen vinkje wat ontbreekt er',
      'het groene vinkje verschijnt niet bij mijn product',
      'registratie niet compleet hoe los ik dat op',
    ],
  },
  'points.best-guess': {
    en: [
      'i dont remember when i bought the lens',
      'what if i cant remember the dealer',
      'can i guess the purchase date',
      'lost the receipt dont know the exact date',
      'not sure which shop i bought it from',
    ],
    da: [
      'jeg husker ikke hvornår jeg købte objektivet',
      'hvad hvis jeg ikke kan huske forhandleren',
      'er det ok at skyde på en dato',
      'har mistet kvitteringen kender ikke datoen',
      'ved ikke hvilken butik jeg købte det i',
    ],
    sv: [
      'jag minns inte när jag köpte objektivet',
      'tänk om jag inte kommer ihåg återförsäljaren',
      'är det ok att gissa datumet',
      'tappat kvittot vet inte exakt datum',
      'osäker på vilken butik jag köpte den i',
    ],
    nl: [
      'ik weet niet meer wanneer ik de lens heb gekocht',
      'welke winkel was het ook alweer geen idee',
      'mag ik de datum gokken',
      'bonnetje kwijt weet datum niet precies',
      'niet zeker bij welke winkel ik het kocht',
    ],
  },
  'cps.invitation': {
    en: [
      'how many points to join cps',
      'i have 300 points can i join',
      'whats the minimum to become a member',
      'when will i get the invitation to join',
      'points needed for cps membership',
    ],
    da: [
      'hvor mange point for at komme med i cps',
      'jeg har 300 point kan jeg melde mig ind',
      'hvad er minimum for at blive medlem',
      'hvornår får jeg invitationen til cps',
      'point der kræves for cps medlemskab',
    ],
    sv: [
      'hur många poäng för att gå med i cps',
      'jag har 300 poäng kan jag gå med',
      'vad är minimum för att bli medlem',
      'när får jag inbjudan till cps',
      'poäng som krävs för cps medlemskap',
    ],
    nl: [
      'hoeveel punten om bij cps te komen',
      'ik heb 300 punten kan ik lid worden',
      'wat is het minimum om lid te worden',
      'wanneer krijg ik de uitnodiging voor cps',
      'punten nodig voor cps lidmaatschap',
    ],
  },
  // "The difference between silver and platinum" is cps.benefits (its answer lists each tier's
  // points and fee), measured by the understanding evaluation set; the third lines here replaced it.
  'cps.tiers': {
    en: [
      'what tiers are available',
      'can i pick gold with 1200 points',
      'which tiers can i get into',
      'which membership level should i choose',
      'tier options for cps',
    ],
    da: [
      'hvilke niveauer er der',
      'kan jeg vælge gold med 1200 point',
      'hvilke niveauer kan jeg komme i',
      'hvilket medlemsniveau skal jeg vælge',
      'niveau muligheder i cps',
    ],
    sv: [
      'vilka nivåer finns',
      'kan jag välja gold med 1200 poäng',
      'vilka nivåer kan jag komma in på',
      'vilken medlemsnivå ska jag välja',
      'nivåalternativ i cps',
    ],
    nl: [
      'welke niveaus zijn beschikbaar',
      'kan ik goud kiezen met 1200 punten',
      'in welke niveaus kan ik terecht',
      'welk lidmaatschapsniveau moet ik nemen',
      'niveau opties bij cps',
    ],
  },
  'cps.corporate': {
    en: [
      'we have 3000 points can we go corporate',
      'where is the corporate switch',
      'corporate instead of platinum possible',
      'how to select the corporate membership tier',
      'what does the on off toggle do',
    ],
    da: [
      'vi har 3000 point kan vi vælge corporate',
      'hvor er corporate knappen',
      'corporate i stedet for platinum muligt',
      'hvordan vælger jeg corporate medlemskab',
      'hvad gør on off kontakten',
    ],
    sv: [
      'vi har 3000 poäng kan vi välja corporate',
      'var är corporate reglaget',
      'corporate istället för platinum går det',
      'hur väljer jag företagsnivån',
      'vad gör på av knappen',
    ],
    nl: [
      'we hebben 3000 punten kunnen we corporate kiezen',
      'waar zet ik corporate aan',
      'corporate in plaats van platinum kan dat',
      'hoe kies ik het corporate lidmaatschap',
      'wat doet de aan uit knop',
    ],
  },
  'payment.methods': {
    en: [
      'what ways can i pay',
      'do you take credit cards',
      'is bank transfer possible',
      'paying for the membership what options',
      'can i pay by invoice or card',
    ],
    da: [
      'hvordan kan jeg betale',
      'tager i imod kreditkort',
      'er bankoverførsel muligt',
      'betaling af medlemskab hvilke muligheder',
      'kan jeg betale med dankort',
    ],
    sv: [
      'hur kan man betala',
      'tar ni kreditkort',
      'går det att betala med banköverföring',
      'betalning av medlemskapet vilka alternativ',
      'kan jag betala med faktura eller kort',
    ],
    nl: [
      'hoe kan ik betalen',
      'accepteren jullie creditcards',
      'kan ik via de bank betalen',
      'betalen voor lidmaatschap welke opties',
      'kan ik overmaken of met kaart betalen',
    ],
  },
  'payment.bank-fees': {
    en: [
      'are there fees for paying by bank',
      'why would a transfer cost more',
      'any extra cost with bank payment',
      'bank charges when i transfer money',
      'is bank transfer more expensive',
    ],
    da: [
      'er der gebyr ved at betale via bank',
      'hvorfor koster overførsel mere',
      'ekstra udgifter ved bankbetaling',
      'bankgebyr når jeg overfører penge',
      'er bankoverførsel dyrere',
    ],
    sv: [
      'tillkommer avgifter om jag betalar via bank',
      'varför kostar överföring mer',
      'extra kostnader vid bankbetalning',
      'bankavgift när jag överför pengar',
      'är banköverföring dyrare',
    ],
    nl: [
      'zijn er kosten als ik via de bank betaal',
      'waarom kost overmaken meer',
      'extra kosten bij bankbetaling',
      'bankkosten bij overboeking',
      'is een overschrijving duurder',
    ],
  },
  'payment.invoice': {
    en: [
      'how long until i get my bill',
      'no invoice yet after paying',
      'i bought cps where is the invoce',
      'when is the invoice emailed',
      'havent got my invoice',
    ],
    da: [
      'hvor lang tid før jeg får regningen',
      'ingen faktura endnu efter købet',
      'har købt cps hvor er fakturaen',
      'hvornår bliver fakturaen mailet',
      'har ikke fået min faktura',
    ],
    sv: [
      'hur länge innan jag får räkningen',
      'ingen faktura än efter köpet',
      'har köpt cps var är fakturan',
      'när mejlas fakturan',
      'har inte fått min faktura',
    ],
    nl: [
      'hoe lang duurt het voor ik de rekening krijg',
      'nog geen factuur na aankoop',
      'cps gekocht waar blijft de factuur',
      'wanneer wordt de factuur gemaild',
      'ik heb mijn factuur niet gekregen',
    ],
  },
  'payment.card-charge': {
    en: [
      'when will the money be taken from my card',
      'why hasnt my credit card been charged',
      'do you charge my card straight away',
      'when do you charge the card',
      'card payment still pending',
    ],
    da: [
      'hvornår bliver pengene trukket fra mit kort',
      'hvorfor er mit kreditkort ikke trukket',
      'trækker i beløbet på kortet med det samme',
      'hvornår trækkes kortet',
      'kortbetaling ikke trukket endnu',
    ],
    sv: [
      'när tas pengarna från kortet',
      'varför har mitt kreditkort inte belastats',
      'drar ni från kortet direkt',
      'när debiterar ni kortet',
      'kortbetalningen är inte dragen än',
    ],
    nl: [
      'wanneer wordt het van mijn kaart afgeschreven',
      'waarom is mijn creditcard nog niet belast',
      'schrijven jullie meteen af van mijn creditcard',
      'wanneer belasten jullie de kaart',
      'creditcard betaling nog niet afgeschreven',
    ],
  },
  'payment.bank-due': {
    en: [
      'by when do i need to transfer the money',
      'what is the deadline for paying the invoice',
      'how many days to pay by transfer',
      'when is the invoice due',
      'latest date for bank payment',
    ],
    da: [
      'hvornår skal pengene være overført',
      'hvad er fristen for at betale fakturaen',
      'hvor mange dage har jeg til at betale via bank',
      'hvornår forfalder fakturaen',
      'seneste dato for bankbetaling',
    ],
    sv: [
      'när måste pengarna vara överförda',
      'vad är sista dag för att betala fakturan',
      'hur många dagar har jag på mig att betala via bank',
      'när förfaller fakturan',
      'senaste datum för bankbetalning',
    ],
    nl: [
      'wanneer moet het geld overgemaakt zijn',
      'wat is de deadline voor de factuur',
      'hoeveel dagen heb ik om over te maken',
      'wanneer vervalt de factuur',
      'uiterste datum voor bankbetaling',
    ],
  },
  'membership.start': {
    en: [
      'can i use my membership straight away',
      'when is cps active after paying',
      'do i have to wait before using cps',
      'is the membership valid immediately',
      'when do the member benefits start',
    ],
    da: [
      'er medlemskabet aktivt lige efter købet',
      'hvornår er cps aktivt efter betaling',
      'skal jeg vente før jeg kan bruge cps',
      'gælder medlemskabet straks',
      'hvornår starter mine medlemsfordele',
    ],
    sv: [
      'är medlemskapet aktivt direkt efter köpet',
      'när är cps aktivt efter betalning',
      'måste jag vänta innan jag kan använda cps',
      'gäller medlemskapet omedelbart',
      'när börjar mina medlemsförmåner',
    ],
    nl: [
      'is mijn lidmaatschap meteen actief',
      'wanneer is cps actief na betaling',
      'moet ik wachten voordat ik cps kan gebruiken',
      'geldt het lidmaatschap direct',
      'wanneer beginnen mijn ledenvoordelen',
    ],
  },
  'membership.number': {
    en: [
      'will i get a new membership number',
      'my old cps number is different now',
      'does the member number stay the same',
      'cps number changed why',
      'do i keep my existing membership id',
    ],
    da: [
      'får jeg et nyt medlemsnummer',
      'mit gamle cps nummer er anderledes nu',
      'forbliver medlemsnummeret det samme',
      'cps nummer ændret hvorfor',
      'beholder jeg mit nuværende medlems id',
    ],
    sv: [
      'får jag ett nytt medlemsnummer',
      'mitt gamla cps nummer är annorlunda nu',
      'är medlemsnumret detsamma',
      'cps numret ändrat varför',
      'behåller jag mitt nuvarande medlems id',
    ],
    nl: [
      'krijg ik een nieuw lidmaatschapsnummer',
      'mijn oude cps nummer is nu anders',
      'blijft het lidnummer hetzelfde',
      'cps nummer veranderd waarom',
      'behoud ik mijn huidige lidnummer',
    ],
  },
  'support.priority': {
    en: [
      'can i talk to a real person',
      'how do i contact cps support',
      'i want to speak to someone at canon',
      'connect me with an agent please',
      'is there a support phone line',
    ],
    da: [
      'kan jeg tale med et rigtigt menneske',
      'hvordan kontakter jeg cps support',
      'jeg vil gerne tale med en fra canon',
      'forbind mig med en medarbejder',
      'findes der en support telefonlinje',
    ],
    sv: [
      'kan jag prata med en riktig person',
      'hur kontaktar jag cps support',
      'jag vill prata med någon på canon',
      'koppla mig till en handläggare',
      'finns det ett supportnummer att ringa',
    ],
    nl: [
      'kan ik met een echt persoon praten',
      'hoe bereik ik de cps helpdesk',
      'ik wil iemand van canon spreken',
      'verbind me met een medewerker',
      'is er een telefoonnummer voor support',
    ],
  },
};

/** Questions about photography, the weather, food …: the FAQ does not cover them. */
const outOfScope: Readonly<Record<Language, readonly string[]>> = {
  en: [
    'whats the weather in copenhagen tomorrow',
    'can you recommend a good restaurant in amsterdam',
    'how do i clean my camera sensor',
    'which lens is best for portraits',
    'is the eos r6 better than the r5',
    'how do i fix a blurry photo',
    'book a table for two tonight',
    'what time is it in stockholm',
    'how do i update my camera firmware',
    'tell me a joke',
    'where can i buy cheap memory cards',
    'my lens makes a grinding noise',
  ],
  da: [
    'hvordan bliver vejret i morgen',
    'kan du anbefale en god restaurant i københavn',
    'hvordan renser jeg min kamerasensor',
    'hvilket objektiv er bedst til portrætter',
    'er eos r6 bedre end r5',
    'hvordan får jeg skarpere billeder',
    'book et bord til to i aften',
    'hvad er klokken i new york',
    'hvordan opdaterer jeg firmware på kameraet',
    'fortæl en vittighed',
    'hvor kan jeg købe billige hukommelseskort',
    'mit objektiv laver en skrattende lyd',
  ],
  sv: [
    'hur blir vädret i morgon',
    'kan du tipsa om en bra restaurang i göteborg',
    'hur rengör jag kamerasensorn',
    'vilket objektiv är bäst för porträtt',
    'är eos r6 bättre än r5',
    'hur får jag skarpare bilder',
    'boka ett bord för två i kväll',
    'vad är klockan i new york',
    'hur uppdaterar jag kamerans firmware',
    'berätta ett skämt',
    'var kan jag köpa billiga minneskort',
    'mitt objektiv låter konstigt när det fokuserar',
  ],
  nl: [
    'wat voor weer wordt het morgen',
    'kun je een goed restaurant in utrecht aanraden',
    'hoe maak ik mijn camerasensor schoon',
    'welk objectief is het beste voor portretten',
    'is de eos r6 beter dan de r5',
    'hoe krijg ik scherpere fotos',
    'reserveer een tafel voor twee vanavond',
    'hoe laat is het in new york',
    'hoe update ik de firmware van mijn camera',
    'vertel een mop',
    'waar kan ik goedkope geheugenkaarten kopen',
    'mijn lens maakt een raar geluid',
  ],
};

const LANGUAGES: readonly Language[] = ['da', 'sv', 'nl', 'en'];

export const benchQuestions: readonly BenchQuestion[] = [
  ...FAQ_TOPIC_IDS.flatMap((topicId) =>
    LANGUAGES.flatMap((language) =>
      (inScope[topicId]?.[language] ?? []).map((text, i): BenchQuestion => ({ language, text, topicId, split: i < 3 ? 'tune' : 'holdout' })),
    ),
  ),
  ...LANGUAGES.flatMap((language) =>
    outOfScope[language].map((text, i): BenchQuestion => ({ language, text, topicId: null, split: i < 7 ? 'tune' : 'holdout' })),
  ),
];
