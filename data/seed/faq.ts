import { createHash } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { FAQ_TOPIC_IDS, type FaqTopicId } from '../../domain/faq';
import { faqEntries, type Language } from '../schema';
import type { Db } from '../types';

export { FAQ_TOPIC_IDS as faqTopicIds, type FaqTopicId } from '../../domain/faq';

export interface FaqSeedEntry {
  readonly topicId: FaqTopicId;
  readonly language: Language;
  readonly title: string;
  /** Markdown as Adaptive Cards render it (links allowed). */
  readonly answer: string;
  /** Other ways members ask the same question, in the same language (helps search). */
  readonly phrasings: readonly string[];
}

type FaqContent = Omit<FaqSeedEntry, 'topicId' | 'language'>;

// The links of the source documents (DESIGN seeds).
const APPLY_URL = 'https://businessid.canon-europe.com/b2bcustomers/s/login/SelfRegister?language=en_GB&source=itcg';
const LOGIN_URL = 'https://businessid.canon-europe.com/b2bcustomers/s/login/?language=en_GB';
const FORGOT_PASSWORD_URL = 'https://businessid.canon-europe.com/b2bcustomers/s/login/ForgotPassword?language=en_GB';

/**
 * Every topic of DESIGN §3 in every language, worded after the source documents (their terms:
 * virksomhedskonto / företagskonto / zakelijke account, grønt flueben / grön bock / groen vinkje …).
 * The phrasings are how members ask; `scripts/faq-bench-set.ts` holds different questions to
 * measure the search with, so keep the two apart.
 */
const content: Readonly<Record<FaqTopicId, Readonly<Record<Language, FaqContent>>>> = {
  'account.apply': {
    en: {
      title: 'How do I apply for a Canon business account?',
      answer: `You apply for a new Canon business account yourself (self-registration). I can do it with you here in the chat: give your company details and upload one supporting document. You can also [apply on Canon’s website](${APPLY_URL}). Canon then validates the application and creates the account.`,
      phrasings: [
        'how do I create a business account',
        'register my company with Canon',
        'sign up for a Canon business account',
        'open a new company account',
        'where do I apply for a business account',
        'I want to join CPS, where do I start',
        'set up a new digital business account',
        'self-registration for businesses',
        'how to get a Canon business account',
        'apply for an account',
      ],
    },
    da: {
      title: 'Hvordan ansøger jeg om en virksomhedskonto hos Canon?',
      answer: `Du ansøger selv om en ny virksomhedskonto hos Canon (selvregistrering). Jeg kan hjælpe dig med det her i chatten: angiv din virksomheds oplysninger, og upload ét dokument som dokumentation. Du kan også [ansøge på Canons websted](${APPLY_URL}). Canon validerer derefter ansøgningen og opretter kontoen.`,
      phrasings: [
        'hvordan opretter jeg en virksomhedskonto',
        'registrere min virksomhed hos Canon',
        'tilmelde mig en virksomhedskonto',
        'åbne en ny firmakonto',
        'hvor ansøger jeg om en erhvervskonto',
        'jeg vil gerne med i CPS, hvor starter jeg',
        'oprette en ny digital virksomhedskonto',
        'selvregistrering for virksomheder',
        'hvordan får jeg en Canon-virksomhedskonto',
        'ansøge om konto',
      ],
    },
    sv: {
      title: 'Hur ansöker jag om ett företagskonto hos Canon?',
      answer: `Du ansöker själv om ett nytt företagskonto hos Canon (självregistrering). Jag kan hjälpa dig med det här i chatten: ange företagets uppgifter och ladda upp ett styrkande dokument. Du kan också [ansöka på Canons webbplats](${APPLY_URL}). Canon validerar sedan ansökan och skapar kontot.`,
      phrasings: [
        'hur skapar jag ett företagskonto',
        'registrera mitt företag hos Canon',
        'konfigurera ett nytt digitalt företagskonto',
        'öppna ett nytt företagskonto',
        'var ansöker man om företagskonto',
        'jag vill bli CPS-medlem, var börjar jag',
        'skaffa ett företagskonto hos Canon',
        'självregistrering för företag',
        'registrera mig för ett företagskonto',
        'ansöka om konto',
      ],
    },
    nl: {
      title: 'Hoe vraag ik een zakelijke account bij Canon aan?',
      answer: `Je vraagt zelf een nieuwe zakelijke account bij Canon aan (zelfregistratie). Ik kan je daar hier in de chat mee helpen: vul je bedrijfsgegevens in en upload één ondersteunend document. Je kunt ook [een aanvraag doen op de website van Canon](${APPLY_URL}). Canon valideert daarna je aanvraag en maakt de account aan.`,
      phrasings: [
        'hoe maak ik een zakelijke account aan',
        'mijn bedrijf registreren bij Canon',
        'aanmelden voor een zakelijk account',
        'een nieuw bedrijfsaccount openen',
        'waar vraag ik een zakelijke account aan',
        'ik wil lid worden van CPS, waar begin ik',
        'een nieuw digitaal zakelijk account instellen',
        'zelfregistratie voor bedrijven',
        'hoe krijg ik een zakelijke account van Canon',
        'account aanvragen',
      ],
    },
  },
  'account.documents-vat': {
    en: {
      title: 'Which document do I need if my company is VAT-registered?',
      answer:
        'Upload your VAT registration certificate, or a company invoice on which the VAT number and the company name are clearly visible. You also confirm that you are authorised to give these details.',
      phrasings: [
        'what documents do I need with a VAT number',
        'proof of VAT registration',
        'upload VAT certificate',
        'my company has a VAT number, what do I upload',
        'can I use a company invoice as proof of VAT',
        'which papers for a VAT-registered business',
        'VAT registration certificate',
        'invoice showing the VAT number and company name',
        'documents for a VAT-registered company',
      ],
    },
    da: {
      title: 'Hvilket dokument skal jeg bruge, hvis min virksomhed er momsregistreret?',
      answer:
        'Upload dit momsregistreringsbevis eller en firmafaktura, hvor momsnummeret og virksomhedens navn tydeligt fremgår. Du bekræfter også, at du har tilladelse til at give disse oplysninger.',
      phrasings: [
        'hvilke dokumenter skal jeg uploade med et momsnummer',
        'bevis for momsregistrering',
        'momsregistreringsbevis',
        'vi er momsregistreret, hvad skal jeg sende',
        'kan jeg bruge en faktura som dokumentation for moms',
        'dokumentation når firmaet har CVR- og momsnummer',
        'faktura med momsnummer og firmanavn',
        'hvilke papirer skal en momsregistreret virksomhed bruge',
        'upload af momsattest',
      ],
    },
    sv: {
      title: 'Vilket dokument behöver jag om mitt företag är momsregistrerat?',
      answer:
        'Ladda upp ditt momsregistreringscertifikat eller en företagsfaktura där momsregistreringsnumret och företagsnamnet syns tydligt. Du bekräftar också att du är behörig att ange dessa uppgifter.',
      phrasings: [
        'vilka dokument behövs med momsregistreringsnummer',
        'bevis på momsregistrering',
        'momsregistreringscertifikat',
        'vårt företag är momsregistrerat, vad ska jag ladda upp',
        'kan jag använda en faktura som bevis på moms',
        'underlag för momsregistrerat företag',
        'faktura med momsnummer och företagsnamn',
        'vilka handlingar krävs om vi har momsnummer',
        'registreringsbevis för moms',
      ],
    },
    nl: {
      title: 'Welk document heb ik nodig als mijn bedrijf btw-geregistreerd is?',
      answer:
        'Upload je btw-registratiebewijs of een bedrijfsfactuur waarop het btw-nummer en de bedrijfsnaam duidelijk zichtbaar zijn. Je bevestigt ook dat je bevoegd bent om deze gegevens te verstrekken.',
      phrasings: [
        'welke documenten heb ik nodig met een btw-nummer',
        'bewijs van btw-registratie',
        'btw-certificaat uploaden',
        'ons bedrijf heeft een btw-nummer, wat moet ik uploaden',
        'kan ik een factuur gebruiken als bewijs van btw',
        'welke papieren voor een btw-plichtig bedrijf',
        'btw-registratiebewijs',
        'factuur met btw-nummer en bedrijfsnaam',
        'documenten voor een btw-geregistreerd bedrijf',
      ],
    },
  },
  'account.documents-no-vat': {
    en: {
      title: 'Which document do I need if my company is not VAT-registered?',
      answer:
        'Upload ONE of these documents, showing the company name and address: a company invoice, a business or professional licence, or the articles of association.',
      phrasings: [
        'we have no VAT number',
        'not registered for VAT, what do I upload',
        'company without VAT registration',
        'business licence',
        'professional licence',
        'articles of association',
        'I am not VAT-registered, which documents',
        'freelancer without a VAT number',
        'document showing company name and address',
      ],
    },
    da: {
      title: 'Hvilket dokument skal jeg bruge, hvis min virksomhed ikke er momsregistreret?',
      answer:
        'Upload ÉT af disse dokumenter, hvor virksomhedens navn og adresse fremgår: en firmafaktura, en erhvervs- eller faglicens eller virksomhedens vedtægter.',
      phrasings: [
        'vi har ikke noget momsnummer',
        'ikke momsregistreret, hvad skal jeg uploade',
        'virksomhed uden momsregistrering',
        'erhvervslicens',
        'faglicens',
        'vedtægter',
        'jeg er ikke momsregistreret, hvilke dokumenter',
        'freelancer uden momsnummer',
        'dokument med firmanavn og adresse',
      ],
    },
    sv: {
      title: 'Vilket dokument behöver jag om mitt företag inte är momsregistrerat?',
      answer:
        'Ladda upp ETT av dessa dokument där företagsnamn och adress framgår: en företagsfaktura, en företags- eller yrkeslicens eller bolagsordningen.',
      phrasings: [
        'vi har inget momsnummer',
        'inte momsregistrerad, vad ska jag ladda upp',
        'företag utan momsregistrering',
        'företagslicens',
        'yrkeslicens',
        'bolagsordning',
        'jag är inte momsregistrerad, vilka dokument',
        'frilansare utan momsnummer',
        'dokument med företagsnamn och adress',
      ],
    },
    nl: {
      title: 'Welk document heb ik nodig als mijn bedrijf niet btw-geregistreerd is?',
      answer:
        'Upload ÉÉN van deze documenten waarop de bedrijfsnaam en het adres staan: een bedrijfsfactuur, een bedrijfs- of beroepsvergunning, of de statuten.',
      phrasings: [
        'we hebben geen btw-nummer',
        'niet btw-geregistreerd, wat moet ik uploaden',
        'bedrijf zonder btw-registratie',
        'bedrijfsvergunning',
        'beroepsvergunning',
        'statuten',
        'ik ben niet btw-plichtig, welke documenten',
        'zzp’er zonder btw-nummer',
        'document met bedrijfsnaam en adres',
      ],
    },
  },
  'account.old-email': {
    en: {
      title: 'Why should I give my old CPS e-mail address?',
      answer:
        'If you had a CPS account before, enter its e-mail address during registration (step 4 of Company information). Only then can the products you registered before be migrated to your new business account. If you never had a CPS account, leave the field empty.',
      phrasings: [
        'old CPS email address',
        'I had a CPS account before',
        'previous CPS account',
        'keep my old products',
        'where do I enter my old e-mail',
        'step 4 of company information',
        'do I need my old CPS e-mail',
        'my CPS account uses a different e-mail',
        'what is the old CPS e-mail field for',
      ],
    },
    da: {
      title: 'Hvorfor skal jeg angive min gamle CPS-e-mail?',
      answer:
        'Hvis du tidligere har haft en CPS-konto, skal du angive dens e-mailadresse under registreringen (trin 4 i Virksomhedsoplysninger). Kun så kan dine tidligere registrerede produkter overføres til din nye virksomhedskonto. Har du aldrig haft en CPS-konto, lader du feltet stå tomt.',
      phrasings: [
        'gammel CPS-e-mail',
        'jeg har haft en CPS-konto før',
        'tidligere CPS-konto',
        'beholde mine gamle produkter',
        'hvor skriver jeg min gamle e-mail',
        'trin 4 i virksomhedsoplysninger',
        'skal jeg bruge min gamle CPS-mail',
        'min CPS-konto har en anden e-mailadresse',
        'hvad skal feltet gammel CPS-e-mail bruges til',
      ],
    },
    sv: {
      title: 'Varför ska jag ange min gamla CPS-e-postadress?',
      answer:
        'Om du hade ett CPS-konto tidigare anger du dess e-postadress under registreringen (steg 4 i avsnittet Företagsinformation). Bara då kan dina tidigare registrerade produkter migreras till ditt nya företagskonto. Har du aldrig haft ett CPS-konto lämnar du fältet tomt.',
      phrasings: [
        'gammal CPS-e-postadress',
        'jag hade ett CPS-konto förut',
        'tidigare CPS-konto',
        'behålla mina gamla produkter',
        'var anger jag min gamla mejladress',
        'steg 4 i företagsinformation',
        'behöver jag min gamla CPS-mejl',
        'mitt CPS-konto har en annan e-post',
        'vad är fältet för gammal CPS-e-post till för',
      ],
    },
    nl: {
      title: 'Waarom moet ik mijn oude CPS-e-mailadres opgeven?',
      answer:
        'Als je eerder een CPS-account had, vul je tijdens de registratie het e-mailadres van dat account in (stap 4 van Bedrijfsinformatie). Alleen dan kunnen je eerder geregistreerde producten naar je nieuwe zakelijke account worden gemigreerd. Had je nooit een CPS-account, laat het veld dan leeg.',
      phrasings: [
        'oud CPS-e-mailadres',
        'ik had al een CPS-account',
        'vorig CPS-account',
        'mijn oude producten behouden',
        'waar vul ik mijn oude e-mail in',
        'stap 4 van bedrijfsinformatie',
        'heb ik mijn oude CPS-mail nodig',
        'mijn CPS-account heeft een ander e-mailadres',
        'waarvoor is het veld oud CPS-e-mailadres',
      ],
    },
  },
  'account.validation-time': {
    en: {
      title: 'How long does validation of my business account take?',
      answer:
        'Validating and creating your business account takes up to two business days. When it is ready, you get an automatic e-mail from donotreply@canon-europe.com to set your password.',
      phrasings: [
        'how long does it take',
        'when is my account ready',
        'how long until my account is approved',
        'still waiting for my business account',
        'approval time',
        'how many days does validation take',
        'my application is pending',
        'when will Canon create my account',
        'two business days',
      ],
    },
    da: {
      title: 'Hvor lang tid tager valideringen af min virksomhedskonto?',
      answer:
        'Det tager op til to hverdage at validere og oprette din virksomhedskonto. Når den er klar, får du en automatisk e-mail fra donotreply@canon-europe.com, så du kan angive din adgangskode.',
      phrasings: [
        'hvor lang tid tager det',
        'hvornår er min konto klar',
        'hvor længe før min konto bliver godkendt',
        'venter stadig på min virksomhedskonto',
        'behandlingstid',
        'hvor mange dage tager valideringen',
        'min ansøgning er under behandling',
        'hvornår opretter Canon min konto',
        'to hverdage',
      ],
    },
    sv: {
      title: 'Hur lång tid tar valideringen av mitt företagskonto?',
      answer:
        'Det tar upp till två arbetsdagar att validera och skapa ditt företagskonto. När det är klart får du ett automatiskt e-postmeddelande från donotreply@canon-europe.com så att du kan ange ditt lösenord.',
      phrasings: [
        'hur lång tid tar det',
        'när är mitt konto klart',
        'hur länge innan kontot godkänns',
        'väntar fortfarande på mitt företagskonto',
        'handläggningstid',
        'hur många dagar tar valideringen',
        'min ansökan behandlas',
        'när skapar Canon mitt konto',
        'två arbetsdagar',
      ],
    },
    nl: {
      title: 'Hoe lang duurt de validatie van mijn zakelijke account?',
      answer:
        'Het valideren en aanmaken van je zakelijke account duurt maximaal twee werkdagen. Zodra de account klaar is, ontvang je een automatische e-mail van donotreply@canon-europe.com om je wachtwoord in te stellen.',
      phrasings: [
        'hoe lang duurt het',
        'wanneer is mijn account klaar',
        'hoe lang voordat mijn account is goedgekeurd',
        'ik wacht nog steeds op mijn zakelijke account',
        'doorlooptijd',
        'hoeveel dagen duurt de validatie',
        'mijn aanvraag is in behandeling',
        'wanneer maakt Canon mijn account aan',
        'twee werkdagen',
      ],
    },
  },
  'account.password-setup': {
    en: {
      title: 'How do I set my password?',
      answer: `When your business account is ready, you get an automatic e-mail from donotreply@canon-europe.com. Follow it to set your new password, then [sign in here](${LOGIN_URL}) to your new business account.`,
      phrasings: [
        'set my password',
        'first login',
        'how do I log in the first time',
        'I got an e-mail from donotreply',
        'create a password for my new account',
        'where do I sign in',
        'activate my business account',
        'how to log in to my business account',
        'new password e-mail',
      ],
    },
    da: {
      title: 'Hvordan angiver jeg min adgangskode?',
      answer: `Når din virksomhedskonto er klar, får du en automatisk e-mail fra donotreply@canon-europe.com. Følg den for at angive din nye adgangskode, og [log derefter på her](${LOGIN_URL}) med din nye virksomhedskonto.`,
      phrasings: [
        'angive adgangskode',
        'første login',
        'hvordan logger jeg på første gang',
        'jeg har fået en mail fra donotreply',
        'oprette en adgangskode til min nye konto',
        'hvor logger jeg ind',
        'aktivere min virksomhedskonto',
        'logge ind på virksomhedskontoen',
        'mail om ny adgangskode',
      ],
    },
    sv: {
      title: 'Hur anger jag mitt lösenord?',
      answer: `När ditt företagskonto är klart får du ett automatiskt e-postmeddelande från donotreply@canon-europe.com. Följ det för att ange ditt nya lösenord och [logga sedan in här](${LOGIN_URL}) på ditt nya företagskonto.`,
      phrasings: [
        'ange lösenord',
        'första inloggningen',
        'hur loggar jag in första gången',
        'jag har fått ett mejl från donotreply',
        'skapa ett lösenord till mitt nya konto',
        'var loggar jag in',
        'aktivera mitt företagskonto',
        'logga in på företagskontot',
        'mejl om nytt lösenord',
      ],
    },
    nl: {
      title: 'Hoe stel ik mijn wachtwoord in?',
      answer: `Zodra je zakelijke account klaar is, ontvang je een automatische e-mail van donotreply@canon-europe.com. Volg die om een nieuw wachtwoord in te stellen en [meld je daarna hier aan](${LOGIN_URL}) met je nieuwe zakelijke account.`,
      phrasings: [
        'wachtwoord instellen',
        'eerste keer inloggen',
        'hoe log ik voor het eerst in',
        'ik heb een mail van donotreply gekregen',
        'een wachtwoord aanmaken voor mijn nieuwe account',
        'waar meld ik me aan',
        'mijn zakelijke account activeren',
        'inloggen op mijn zakelijke account',
        'mail voor nieuw wachtwoord',
      ],
    },
  },
  'account.password-reset': {
    en: {
      title: 'How do I reset my password?',
      answer: `Please do not reset your password before the automatic e-mail from donotreply@canon-europe.com has arrived: until then your business account is not ready. Once you have set your password, you can [reset it here](${FORGOT_PASSWORD_URL}) at any time.`,
      phrasings: [
        'reset password',
        'forgot my password',
        'change my password',
        'can I reset the password before the e-mail arrives',
        'my password does not work',
        'lost password',
        'password reset link',
        'I cannot log in, wrong password',
        'new password because I forgot the old one',
      ],
    },
    da: {
      title: 'Hvordan nulstiller jeg min adgangskode?',
      answer: `Nulstil ikke din adgangskode, før den automatiske e-mail fra donotreply@canon-europe.com er kommet: indtil da er din virksomhedskonto ikke klar. Når du har angivet din adgangskode, kan du når som helst [nulstille den her](${FORGOT_PASSWORD_URL}).`,
      phrasings: [
        'nulstille adgangskode',
        'glemt min adgangskode',
        'ændre min adgangskode',
        'kan jeg nulstille adgangskoden før mailen kommer',
        'min adgangskode virker ikke',
        'mistet adgangskode',
        'link til at nulstille adgangskoden',
        'jeg kan ikke logge ind, forkert kodeord',
        'ny adgangskode fordi jeg har glemt den gamle',
      ],
    },
    sv: {
      title: 'Hur återställer jag mitt lösenord?',
      answer: `Försök inte att återställa lösenordet innan det automatiska e-postmeddelandet från donotreply@canon-europe.com har kommit: fram till dess är ditt företagskonto inte klart. När du har angett ditt lösenord kan du [återställa det här](${FORGOT_PASSWORD_URL}) när som helst.`,
      phrasings: [
        'återställa lösenord',
        'glömt mitt lösenord',
        'byta lösenord',
        'kan jag återställa lösenordet innan mejlet kommer',
        'mitt lösenord fungerar inte',
        'tappat bort lösenordet',
        'länk för att återställa lösenordet',
        'jag kan inte logga in, fel lösenord',
        'nytt lösenord eftersom jag har glömt det gamla',
      ],
    },
    nl: {
      title: 'Hoe stel ik mijn wachtwoord opnieuw in?',
      answer: `Stel je wachtwoord niet opnieuw in voordat de automatische e-mail van donotreply@canon-europe.com binnen is: tot dan is je zakelijke account nog niet klaar. Als je je wachtwoord eenmaal hebt ingesteld, kun je het op elk gewenst moment [hier opnieuw instellen](${FORGOT_PASSWORD_URL}).`,
      phrasings: [
        'wachtwoord resetten',
        'wachtwoord vergeten',
        'wachtwoord wijzigen',
        'kan ik mijn wachtwoord resetten voordat de mail er is',
        'mijn wachtwoord werkt niet',
        'wachtwoord kwijt',
        'link om mijn wachtwoord opnieuw in te stellen',
        'ik kan niet inloggen, verkeerd wachtwoord',
        'nieuw wachtwoord want ik ben het oude vergeten',
      ],
    },
  },
  'products.register': {
    en: {
      title: 'How do I register my products?',
      answer:
        'Register your Canon products under “My products”, the tab in the black bar at the top of your business account, or here in the chat. For each product, give the model, serial number, purchase date, country of purchase and dealer.',
      phrasings: [
        'add a product',
        'register a camera',
        'register a lens',
        'where do I register my equipment',
        'My products tab',
        'add my gear',
        'how to register new Canon kit',
        'product registration',
        'register my Canon camera body',
      ],
    },
    da: {
      title: 'Hvordan registrerer jeg mine produkter?',
      answer:
        'Registrér dine Canon-produkter under fanen “Mine produkter” i den øverste sorte bjælke på din virksomhedskonto, eller her i chatten. Angiv for hvert produkt model, serienummer, købsdato, købsland og forhandler.',
      phrasings: [
        'tilføje et produkt',
        'registrere et kamera',
        'registrere et objektiv',
        'hvor registrerer jeg mit udstyr',
        'fanen Mine produkter',
        'tilføje mit grej',
        'produktregistrering',
        'hvordan registrerer jeg nyt Canon-udstyr',
        'registrere mit Canon-kamerahus',
      ],
    },
    sv: {
      title: 'Hur registrerar jag mina produkter?',
      answer:
        'Registrera dina Canon-produkter under fliken ”Mina produkter” i det övre svarta fältet på ditt företagskonto, eller här i chatten. Ange modell, serienummer, inköpsdatum, inköpsland och återförsäljare för varje produkt.',
      phrasings: [
        'lägga till en produkt',
        'registrera en kamera',
        'registrera ett objektiv',
        'var registrerar jag min utrustning',
        'fliken Mina produkter',
        'lägga till min utrustning',
        'produktregistrering',
        'hur registrerar jag ny Canon-utrustning',
        'registrera mitt Canon-kamerahus',
      ],
    },
    nl: {
      title: 'Hoe registreer ik mijn producten?',
      answer:
        'Registreer je Canon-producten op het tabblad Mijn producten in de bovenste zwarte balk van je zakelijke account, of hier in de chat. Geef per product het model, het serienummer, de aankoopdatum, het land van aankoop en de dealer op.',
      phrasings: [
        'een product toevoegen',
        'een camera registreren',
        'een objectief registreren',
        'waar registreer ik mijn apparatuur',
        'tabblad Mijn producten',
        'mijn spullen toevoegen',
        'productregistratie',
        'hoe registreer ik nieuwe Canon-apparatuur',
        'mijn Canon-camerabody registreren',
      ],
    },
  },
  'products.migrate': {
    en: {
      title: 'How do I move products from my old CPS account?',
      answer:
        'If you had a CPS account and gave its e-mail address when you applied for the business account, you can migrate your products: use the blue MIGRATE PRODUCTS button on the right under “My products”.',
      phrasings: [
        'migrate products',
        'transfer my products',
        'import my old products',
        'move equipment from my old CPS account',
        'bring my registered gear over',
        'products from my previous account',
        'MIGRATE PRODUCTS button',
        'copy my products to the new account',
        'how does product migration work',
      ],
    },
    da: {
      title: 'Hvordan overfører jeg produkter fra min gamle CPS-konto?',
      answer:
        'Hvis du har haft en CPS-konto og angav dens e-mail, da du ansøgte om virksomhedskontoen, kan du overføre dine produkter: brug den blå knap ‘OVERFØR PRODUKTER’ (‘MIGRATE PRODUCTS’) til højre under “Mine produkter”.',
      phrasings: [
        'overføre produkter',
        'flytte mine produkter',
        'importere mine gamle produkter',
        'flytte udstyr fra min gamle CPS-konto',
        'få mit registrerede grej med over',
        'produkter fra min tidligere konto',
        'knappen OVERFØR PRODUKTER',
        'migrere produkter',
        'hvordan fungerer produktoverførsel',
      ],
    },
    sv: {
      title: 'Hur flyttar jag produkter från mitt gamla CPS-konto?',
      answer:
        'Om du hade ett CPS-konto och angav dess e-postadress när du ansökte om företagskontot kan du migrera dina produkter: använd den blå knappen ”MIGRERA PRODUKTER” till höger under ”Mina produkter”.',
      phrasings: [
        'migrera produkter',
        'överföra mina produkter',
        'importera mina gamla produkter',
        'flytta utrustning från mitt gamla CPS-konto',
        'få med min registrerade utrustning',
        'produkter från mitt tidigare konto',
        'knappen MIGRERA PRODUKTER',
        'kopiera produkterna till det nya kontot',
        'hur fungerar migreringen av produkter',
      ],
    },
    nl: {
      title: 'Hoe zet ik producten over van mijn oude CPS-account?',
      answer:
        'Als je een CPS-account had en het e-mailadres daarvan hebt opgegeven bij de aanvraag van je zakelijke account, kun je je producten migreren: gebruik de blauwe knop PRODUCTEN MIGREREN rechts onder Mijn producten.',
      phrasings: [
        'producten migreren',
        'mijn producten overzetten',
        'mijn oude producten importeren',
        'apparatuur verhuizen van mijn oude CPS-account',
        'mijn geregistreerde spullen meenemen',
        'producten van mijn vorige account',
        'knop PRODUCTEN MIGREREN',
        'producten kopiëren naar het nieuwe account',
        'hoe werkt het migreren van producten',
      ],
    },
  },
  'products.migrate-missing': {
    en: {
      title: 'I do not see the MIGRATE PRODUCTS button',
      answer:
        'Then your old e-mail address was not given when you applied for the business account. Register your products again, or contact CPS Priority Support.',
      phrasings: [
        'no migrate button',
        'the migrate button is missing',
        'cannot migrate my products',
        'where is the blue button',
        'migrate products is not showing',
        'I forgot to enter my old e-mail',
        'there is no MIGRATE PRODUCTS button',
        'the blue button is not there',
        'my old products are not available for migration',
      ],
    },
    da: {
      title: 'Jeg kan ikke se knappen OVERFØR PRODUKTER',
      answer:
        'Så blev din gamle e-mail ikke angivet, da du registrerede din virksomhedskonto. Registrér dine produkter igen, eller kontakt CPS Priority-support.',
      phrasings: [
        'ingen overfør-knap',
        'knappen til overførsel mangler',
        'kan ikke overføre mine produkter',
        'hvor er den blå knap',
        'overfør produkter vises ikke',
        'jeg glemte at angive min gamle e-mail',
        'der er ingen knap OVERFØR PRODUKTER',
        'den blå knap er der ikke',
        'mine gamle produkter kan ikke overføres',
      ],
    },
    sv: {
      title: 'Jag ser inte knappen MIGRERA PRODUKTER',
      answer:
        'Då angavs inte din gamla e-postadress när du ansökte om företagskontot. Registrera dina produkter igen eller kontakta CPS Priority Support.',
      phrasings: [
        'ingen migreringsknapp',
        'knappen för migrering saknas',
        'kan inte migrera mina produkter',
        'var är den blå knappen',
        'migrera produkter syns inte',
        'jag glömde att ange min gamla e-post',
        'det finns ingen knapp MIGRERA PRODUKTER',
        'den blå knappen finns inte',
        'mina gamla produkter går inte att migrera',
      ],
    },
    nl: {
      title: 'Ik zie de knop PRODUCTEN MIGREREN niet',
      answer:
        'Dan is je oude e-mailadres niet opgegeven tijdens de registratie van je zakelijke account. Registreer je producten opnieuw of neem contact op met CPS Priority support.',
      phrasings: [
        'geen migratieknop',
        'de knop om te migreren ontbreekt',
        'kan mijn producten niet migreren',
        'waar is de blauwe knop',
        'producten migreren wordt niet getoond',
        'ik ben vergeten mijn oude e-mail in te vullen',
        'er is geen knop PRODUCTEN MIGREREN',
        'de blauwe knop staat er niet',
        'mijn oude producten kan ik niet migreren',
      ],
    },
  },
  'points.allocated': {
    en: {
      title: 'When are the points for my products allocated?',
      answer:
        'A product earns its points when its registration is complete: serial number, purchase date, country of purchase and dealer. A complete registration shows a green tick, which means all its product points are allocated.',
      phrasings: [
        'how do I get points',
        'what does the green tick mean',
        'when do I get my points',
        'are my points counted',
        'points for my products',
        'how are points allocated',
        'point allocation',
        'how many points does my camera give',
        'my products are migrated, do I have the points',
      ],
    },
    da: {
      title: 'Hvornår bliver point for mine produkter tildelt?',
      answer:
        'Et produkt giver point, når registreringen er komplet: serienummer, købsdato, købsland og forhandler. En komplet registrering har et grønt flueben, og det betyder, at alle produktets point er tildelt.',
      phrasings: [
        'hvordan får jeg point',
        'hvad betyder det grønne flueben',
        'hvornår får jeg mine point',
        'tæller mine point',
        'point for mine produkter',
        'hvordan tildeles point',
        'pointtildeling',
        'hvor mange point giver mit kamera',
        'mine produkter er overført, har jeg fået point',
      ],
    },
    sv: {
      title: 'När tilldelas poängen för mina produkter?',
      answer:
        'En produkt ger poäng när registreringen är komplett: serienummer, inköpsdatum, inköpsland och återförsäljare. En komplett registrering visar en grön bock, och det betyder att alla produktpoäng har tilldelats.',
      phrasings: [
        'hur får jag poäng',
        'vad betyder den gröna bocken',
        'när får jag mina poäng',
        'räknas mina poäng',
        'poäng för mina produkter',
        'hur tilldelas poäng',
        'poängtilldelning',
        'hur många poäng ger min kamera',
        'mina produkter är migrerade, har jag fått poängen',
      ],
    },
    nl: {
      title: 'Wanneer worden de punten voor mijn producten toegewezen?',
      answer:
        'Een product levert punten op zodra de registratie compleet is: serienummer, aankoopdatum, land van aankoop en dealer. Een complete registratie heeft een groen vinkje; dat betekent dat alle productpunten zijn toegewezen.',
      phrasings: [
        'hoe krijg ik punten',
        'wat betekent het groene vinkje',
        'wanneer krijg ik mijn punten',
        'tellen mijn punten mee',
        'punten voor mijn producten',
        'hoe worden punten toegewezen',
        'puntentoewijzing',
        'hoeveel punten levert mijn camera op',
        'mijn producten zijn gemigreerd, heb ik de punten',
      ],
    },
  },
  'points.missing-tick': {
    en: {
      title: 'Why is there no green tick on my product?',
      answer:
        'Some required product information is missing. Click “View product” and check the registration: the serial number, purchase date, country of purchase or dealer may be missing. Add it and the points are allocated.',
      phrasings: [
        'no green tick',
        'product registration incomplete',
        'missing points for a product',
        'green check mark missing',
        'view product',
        'what is missing in my registration',
        'my product has no tick',
        'points not allocated for one camera',
        'why did I not get points for my lens',
      ],
    },
    da: {
      title: 'Hvorfor er der ikke et grønt flueben ved mit produkt?',
      answer:
        'Nogle af de obligatoriske produktoplysninger mangler. Klik på “Vis produkt”, og kontrollér registreringen: det kan være serienummer, købsdato, købsland eller forhandler. Tilføj det, der mangler, så bliver pointene tildelt.',
      phrasings: [
        'intet grønt flueben',
        'produktregistreringen er ufuldstændig',
        'mangler point for et produkt',
        'det grønne hak mangler',
        'vis produkt',
        'hvad mangler der i min registrering',
        'mit produkt har ikke noget flueben',
        'point ikke tildelt for et kamera',
        'hvorfor har jeg ikke fået point for mit objektiv',
      ],
    },
    sv: {
      title: 'Varför visas ingen grön bock vid min produkt?',
      answer:
        'Viss obligatorisk produktinformation saknas. Klicka på ”Visa produkt” och kontrollera registreringen: det kan vara serienummer, inköpsdatum, inköpsland eller återförsäljare. Fyll i det som saknas så tilldelas poängen.',
      phrasings: [
        'ingen grön bock',
        'produktregistreringen är ofullständig',
        'poäng saknas för en produkt',
        'den gröna bocken saknas',
        'visa produkt',
        'vad saknas i min registrering',
        'min produkt har ingen bock',
        'poängen har inte tilldelats för en kamera',
        'varför fick jag inga poäng för mitt objektiv',
      ],
    },
    nl: {
      title: 'Waarom staat er geen groen vinkje bij mijn product?',
      answer:
        'Er ontbreken verplichte productgegevens. Klik op ‘Product bekijken’ en controleer de registratie: mogelijk ontbreekt het serienummer, de aankoopdatum, het land van aankoop of de dealer. Vul aan wat ontbreekt, dan worden de punten toegewezen.',
      phrasings: [
        'geen groen vinkje',
        'productregistratie onvolledig',
        'punten ontbreken voor een product',
        'het groene vinkje ontbreekt',
        'product bekijken',
        'wat ontbreekt er in mijn registratie',
        'mijn product heeft geen vinkje',
        'punten niet toegewezen voor een camera',
        'waarom heb ik geen punten gekregen voor mijn objectief',
      ],
    },
  },
  'points.best-guess': {
    en: {
      title: 'I do not remember the exact purchase details',
      answer: 'Don’t worry if you can’t remember the exact details: fill them in as accurately as you can. Your best guess is fine.',
      phrasings: [
        'forgot the purchase date',
        'I do not know the dealer anymore',
        'exact date unknown',
        'cannot remember where I bought it',
        'I do not have the receipt anymore',
        'not sure about the purchase date',
        'what if I do not remember the details',
        'can I estimate the date of purchase',
        'best guess',
      ],
    },
    da: {
      title: 'Jeg kan ikke huske de nøjagtige købsoplysninger',
      answer: 'Vær ikke urolig, hvis du ikke kan huske de nøjagtige detaljer. Udfyld dem så godt du kan – dit bedste bud er fint.',
      phrasings: [
        'glemt købsdatoen',
        'jeg kender ikke forhandleren længere',
        'den præcise dato er ukendt',
        'kan ikke huske hvor jeg købte det',
        'jeg har ikke kvitteringen mere',
        'ikke sikker på købsdatoen',
        'hvad hvis jeg ikke kan huske detaljerne',
        'må jeg gætte på købsdatoen',
        'bedste bud',
      ],
    },
    sv: {
      title: 'Jag kommer inte ihåg de exakta inköpsuppgifterna',
      answer: 'Oroa dig inte om du inte kommer ihåg den exakta informationen, fyll bara i så noggrant du kan. Din bästa gissning räcker.',
      phrasings: [
        'glömt inköpsdatum',
        'jag vet inte återförsäljaren längre',
        'exakt datum okänt',
        'minns inte var jag köpte den',
        'jag har inte kvittot kvar',
        'osäker på inköpsdatumet',
        'vad gör jag om jag inte minns uppgifterna',
        'får jag uppskatta inköpsdatumet',
        'bästa gissning',
      ],
    },
    nl: {
      title: 'Ik weet de exacte aankoopgegevens niet meer',
      answer: 'Maak je geen zorgen als je de exacte gegevens niet meer weet. Vul ze zo goed mogelijk in: je beste schatting is prima.',
      phrasings: [
        'aankoopdatum vergeten',
        'ik weet de dealer niet meer',
        'exacte datum onbekend',
        'weet niet meer waar ik het gekocht heb',
        'ik heb de bon niet meer',
        'niet zeker van de aankoopdatum',
        'wat als ik de gegevens niet meer weet',
        'mag ik de aankoopdatum schatten',
        'beste schatting',
      ],
    },
  },
  'cps.invitation': {
    en: {
      title: 'When can I join CPS?',
      answer: 'As soon as you have at least 500 points on your account, you are invited to join CPS.',
      phrasings: [
        'join CPS',
        'invitation to CPS',
        'how many points do I need',
        'minimum points for membership',
        'when am I invited',
        '500 points',
        'become a CPS member',
        'I have not been invited yet',
        'enrol in CPS',
      ],
    },
    da: {
      title: 'Hvornår kan jeg tilmelde mig CPS?',
      answer: 'Så snart der er minimum 500 point på din konto, får du en invitation til at tilmelde dig CPS.',
      phrasings: [
        'tilmelde mig CPS',
        'invitation til CPS',
        'hvor mange point skal jeg have',
        'minimum point for medlemskab',
        'hvornår bliver jeg inviteret',
        '500 point',
        'blive CPS-medlem',
        'jeg har ikke fået en invitation endnu',
        'melde mig ind i CPS',
      ],
    },
    sv: {
      title: 'När kan jag gå med i CPS?',
      answer: 'Så snart du har minst 500 poäng på ditt konto får du en inbjudan att gå med i CPS.',
      phrasings: [
        'gå med i CPS',
        'inbjudan till CPS',
        'hur många poäng behöver jag',
        'minsta antal poäng för medlemskap',
        'när blir jag inbjuden',
        '500 poäng',
        'bli CPS-medlem',
        'jag har inte fått någon inbjudan än',
        'registrera mig för CPS',
      ],
    },
    nl: {
      title: 'Wanneer kan ik lid worden van CPS?',
      answer: 'Zodra er minimaal 500 punten op je account staan, word je uitgenodigd om lid te worden van CPS.',
      phrasings: [
        'lid worden van CPS',
        'uitnodiging voor CPS',
        'hoeveel punten heb ik nodig',
        'minimum aantal punten voor lidmaatschap',
        'wanneer word ik uitgenodigd',
        '500 punten',
        'CPS-lid worden',
        'ik ben nog niet uitgenodigd',
        'aanmelden voor CPS',
      ],
    },
  },
  'cps.tiers': {
    en: {
      title: 'Which CPS tiers can I choose?',
      answer:
        'You can see all membership tiers; the more points you have, the more of them are open to you: Silver from 500 points, Gold from 1,000 and Platinum from 2,000. With 2,000 points you can choose any of Silver, Gold or Platinum.',
      phrasings: [
        'membership levels',
        'Silver Gold Platinum',
        'which tier can I pick',
        'difference between the tiers',
        'what levels are there',
        'which level with 2000 points',
        'available membership tiers',
        'can I choose Platinum',
        'how many points for Gold',
      ],
    },
    da: {
      title: 'Hvilke CPS-niveauer kan jeg vælge?',
      answer:
        'Du kan se alle tilgængelige medlemskabsniveauer. Jo flere point du har, jo flere niveauer er åbne for dig: Silver fra 500 point, Gold fra 1.000 og Platinum fra 2.000. Har du f.eks. 2.000 point, kan du vælge et hvilket som helst af niveauerne Silver, Gold og Platinum.',
      phrasings: [
        'medlemskabsniveauer',
        'Silver Gold Platinum',
        'hvilket niveau kan jeg vælge',
        'forskel på niveauerne',
        'hvilke niveauer findes der',
        'hvilket niveau med 2000 point',
        'tilgængelige medlemsniveauer',
        'kan jeg vælge Platinum',
        'hvor mange point for Gold',
      ],
    },
    sv: {
      title: 'Vilka CPS-nivåer kan jag välja?',
      answer:
        'Du kan se alla tillgängliga medlemsnivåer. Ju fler poäng du har, desto fler nivåer är öppna för dig: Silver från 500 poäng, Gold från 1 000 och Platinum från 2 000. Har du till exempel 2 000 poäng kan du välja vilken som helst av Silver, Gold och Platinum.',
      phrasings: [
        'medlemsnivåer',
        'Silver Gold Platinum',
        'vilken nivå kan jag välja',
        'skillnad mellan nivåerna',
        'vilka nivåer finns det',
        'vilken nivå med 2000 poäng',
        'tillgängliga medlemsnivåer',
        'kan jag välja Platinum',
        'hur många poäng för Gold',
      ],
    },
    nl: {
      title: 'Welke CPS-niveaus kan ik kiezen?',
      answer:
        'Je kunt alle beschikbare lidmaatschapsniveaus bekijken. Hoe meer punten je hebt, hoe meer niveaus in aanmerking komen: Zilver vanaf 500 punten, Goud vanaf 1.000 en Platinum vanaf 2.000. Met bijvoorbeeld 2.000 punten kun je elk niveau kiezen: Zilver, Goud of Platinum.',
      phrasings: [
        'lidmaatschapsniveaus',
        'Zilver Goud Platinum',
        'Silver Gold Platinum',
        'welk niveau kan ik kiezen',
        'verschil tussen de niveaus',
        'welke niveaus zijn er',
        'welk niveau met 2000 punten',
        'beschikbare CPS-categorieën',
        'kan ik Platinum kiezen',
        'hoeveel punten voor Goud',
      ],
    },
  },
  'cps.corporate': {
    en: {
      title: 'Can I choose the Corporate tier?',
      answer:
        'With more than 2,500 points you can choose between Corporate and Silver/Gold/Platinum: switch the ON/OFF toggle under “Available CPS tiers”.',
      phrasings: [
        'corporate membership',
        'corporate tier toggle',
        'more than 2500 points',
        'ON/OFF switch under available CPS tiers',
        'switch between Corporate and Platinum',
        'what is the Corporate tier',
        'membership for the whole company',
        'how do I get Corporate',
        'Corporate or Silver Gold Platinum',
      ],
    },
    da: {
      title: 'Kan jeg vælge Corporate-niveauet?',
      answer:
        'Har du mere end 2.500 point, kan du vælge mellem Corporate og Silver/Gold/Platinum: skift ON/OFF under “Tilgængelige CPS-niveauer”.',
      phrasings: [
        'Corporate-medlemskab',
        'ON/OFF for Corporate',
        'mere end 2500 point',
        'kontakten under tilgængelige CPS-niveauer',
        'skifte mellem Corporate og Platinum',
        'hvad er Corporate-niveauet',
        'medlemskab for hele virksomheden',
        'hvordan får jeg Corporate',
        'Corporate eller Silver Gold Platinum',
      ],
    },
    sv: {
      title: 'Kan jag välja Corporate-nivån?',
      answer:
        'Om du har mer än 2 500 poäng kan du välja mellan företagsnivåer (Corporate) och Silver/Gold/Platinum: ändra PÅ/AV-knappen under ”Tillgängliga CPS-nivåer”.',
      phrasings: [
        'Corporate-medlemskap',
        'företagsnivå',
        'mer än 2500 poäng',
        'PÅ/AV-knappen under tillgängliga CPS-nivåer',
        'byta mellan Corporate och Platinum',
        'vad är Corporate-nivån',
        'medlemskap för hela företaget',
        'hur får jag Corporate',
        'Corporate eller Silver Gold Platinum',
      ],
    },
    nl: {
      title: 'Kan ik voor Corporate Tier kiezen?',
      answer:
        'Met meer dan 2.500 punten kun je kiezen tussen Corporate Tier en Zilver/Goud/Platinum: kies AAN/UIT onder Beschikbare CPS-categorieën.',
      phrasings: [
        'corporate lidmaatschap',
        'schakelaar voor Corporate Tier',
        'meer dan 2500 punten',
        'AAN/UIT onder beschikbare CPS-categorieën',
        'wisselen tussen Corporate en Platinum',
        'wat is Corporate Tier',
        'lidmaatschap voor het hele bedrijf',
        'hoe krijg ik Corporate',
        'Corporate of Zilver Goud Platinum',
      ],
    },
  },
  'payment.methods': {
    en: {
      title: 'How can I pay for CPS?',
      answer: 'Choose your payment method to continue with the purchase: card or bank transfer. Note that a bank transfer may add local extra fees.',
      phrasings: [
        'payment options',
        'pay by card',
        'pay by bank transfer',
        'which payment methods do you accept',
        'can I pay with a credit card',
        'how do I pay for my membership',
        'card or bank transfer',
        'payment method',
        'can I pay with PayPal',
      ],
    },
    da: {
      title: 'Hvordan kan jeg betale for CPS?',
      answer:
        'Vælg den foretrukne betalingsmetode for at fortsætte med købet: kortbetaling eller bankoverførsel. Bemærk, at betaling via bankoverførsel kan medføre ekstragebyrer.',
      phrasings: [
        'betalingsmuligheder',
        'betale med kort',
        'betale med bankoverførsel',
        'hvilke betalingsmetoder tager I imod',
        'kan jeg betale med kreditkort',
        'hvordan betaler jeg for mit medlemskab',
        'kort eller bankoverførsel',
        'betalingsmetode',
        'kan jeg betale med MobilePay',
      ],
    },
    sv: {
      title: 'Hur kan jag betala för CPS?',
      answer: 'Välj betalningsmetod för att fortsätta med köpet: kort eller banköverföring. Observera att banköverföring kan medföra lokala tilläggsavgifter.',
      phrasings: [
        'betalningsalternativ',
        'betala med kort',
        'betala med banköverföring',
        'vilka betalningssätt tar ni emot',
        'kan jag betala med kreditkort',
        'hur betalar jag för medlemskapet',
        'kort eller banköverföring',
        'betalningsmetod',
        'kan jag betala med Swish',
      ],
    },
    nl: {
      title: 'Hoe kan ik voor CPS betalen?',
      answer:
        'Kies de gewenste betaalmethode om verder te gaan met de aankoop: creditcard of bankoverschrijving. Let op: bij bankoverschrijving worden mogelijk lokale extra kosten in rekening gebracht.',
      phrasings: [
        'betaalmogelijkheden',
        'betalen met creditcard',
        'betalen per bankoverschrijving',
        'welke betaalmethoden accepteren jullie',
        'kan ik met een creditcard betalen',
        'hoe betaal ik mijn lidmaatschap',
        'creditcard of overschrijving',
        'betaalmethode',
        'kan ik met iDEAL betalen',
      ],
    },
  },
  'payment.bank-fees': {
    en: {
      title: 'Does a bank transfer cost extra?',
      answer: 'Paying by bank transfer may add local extra fees. You can also pay by card.',
      phrasings: [
        'bank transfer fees',
        'extra charges',
        'transfer costs',
        'additional fees for paying by bank',
        'why is there an extra fee',
        'are there charges for a bank transfer',
        'local bank fees',
        'does it cost more to pay by transfer',
        'hidden costs',
      ],
    },
    da: {
      title: 'Koster bankoverførsel ekstra?',
      answer: 'Betaling via bankoverførsel kan medføre lokale ekstragebyrer. Du kan også betale med kort.',
      phrasings: [
        'gebyr for bankoverførsel',
        'ekstragebyrer',
        'omkostninger ved overførsel',
        'ekstra gebyr når jeg betaler via banken',
        'hvorfor er der et ekstra gebyr',
        'koster det noget at betale med bankoverførsel',
        'lokale bankgebyrer',
        'er det dyrere at betale via overførsel',
        'skjulte omkostninger',
      ],
    },
    sv: {
      title: 'Kostar banköverföring extra?',
      answer: 'Banköverföring kan medföra lokala tilläggsavgifter. Du kan också betala med kort.',
      phrasings: [
        'avgift för banköverföring',
        'tilläggsavgifter',
        'kostnad för överföring',
        'extra avgift när jag betalar via banken',
        'varför tillkommer en extra avgift',
        'kostar det något att betala med banköverföring',
        'lokala bankavgifter',
        'är det dyrare att betala via bank',
        'dolda avgifter',
      ],
    },
    nl: {
      title: 'Kost een bankoverschrijving extra?',
      answer: 'Bij betaling per bankoverschrijving worden mogelijk lokale extra kosten in rekening gebracht. Je kunt ook met een creditcard betalen.',
      phrasings: [
        'kosten bankoverschrijving',
        'extra kosten',
        'overboekingskosten',
        'extra kosten als ik via de bank betaal',
        'waarom zijn er extra kosten',
        'kost betalen per overschrijving iets',
        'lokale bankkosten',
        'is overmaken duurder',
        'verborgen kosten',
      ],
    },
  },
  'payment.invoice': {
    en: {
      title: 'When do I get my invoice?',
      answer: 'You receive an invoice within a few hours of your purchase.',
      phrasings: [
        'invoice',
        'where is my invoice',
        'receipt for my membership',
        'I have not received an invoice',
        'how soon is the invoice sent',
        'when will the invoice arrive',
        'bill for CPS',
        'send me the invoice',
        'invoice not received',
      ],
    },
    da: {
      title: 'Hvornår får jeg min faktura?',
      answer: 'Du modtager en faktura inden for få timer efter dit køb.',
      phrasings: [
        'faktura',
        'hvor er min faktura',
        'kvittering for mit medlemskab',
        'jeg har ikke modtaget en faktura',
        'hvor hurtigt bliver fakturaen sendt',
        'hvornår kommer fakturaen',
        'regning for CPS',
        'send mig fakturaen',
        'faktura ikke modtaget',
      ],
    },
    sv: {
      title: 'När får jag min faktura?',
      answer: 'Du får en faktura inom några timmar efter ditt köp.',
      phrasings: [
        'faktura',
        'var är min faktura',
        'kvitto på mitt medlemskap',
        'jag har inte fått någon faktura',
        'hur snabbt skickas fakturan',
        'när kommer fakturan',
        'räkning för CPS',
        'skicka fakturan till mig',
        'faktura inte mottagen',
      ],
    },
    nl: {
      title: 'Wanneer krijg ik mijn factuur?',
      answer: 'Binnen enkele uren na je aankoop ontvang je een factuur.',
      phrasings: [
        'factuur',
        'waar is mijn factuur',
        'betaalbewijs voor mijn lidmaatschap',
        'ik heb geen factuur ontvangen',
        'hoe snel wordt de factuur verstuurd',
        'wanneer komt de factuur',
        'rekening voor CPS',
        'stuur mij de factuur',
        'factuur niet ontvangen',
      ],
    },
  },
  'payment.card-charge': {
    en: {
      title: 'When is my card charged?',
      answer: 'The membership fee is not charged immediately: your card is charged on the due date shown on the invoice, usually within 30 days.',
      phrasings: [
        'card charged',
        'when do you take the money',
        'card payment date',
        'why has my card not been charged yet',
        'is my card debited immediately',
        'when is the fee deducted from my credit card',
        'nothing taken from my card',
        'card payment not charged',
        'when will I be billed on my card',
      ],
    },
    da: {
      title: 'Hvornår bliver mit kort trukket?',
      answer: 'Abonnementsgebyret trækkes ikke med det samme, men på forfaldsdatoen, der står på fakturaen, normalt inden for 30 dage.',
      phrasings: [
        'hvornår trækkes beløbet',
        'hvornår tager I pengene',
        'dato for kortbetaling',
        'hvorfor er mit kort ikke blevet trukket endnu',
        'trækkes beløbet med det samme',
        'hvornår trækkes gebyret fra mit kreditkort',
        'intet trukket på mit kort',
        'kortbetalingen er ikke gennemført',
        'hvornår bliver jeg opkrævet på kortet',
      ],
    },
    sv: {
      title: 'När debiteras mitt kort?',
      answer: 'Prenumerationsavgiften debiteras inte direkt utan på förfallodatumet som framgår på fakturan, vanligtvis inom 30 dagar.',
      phrasings: [
        'när debiteras kortet',
        'när drar ni pengarna',
        'datum för kortbetalning',
        'varför har mitt kort inte debiterats än',
        'dras pengarna direkt',
        'när dras avgiften från mitt kreditkort',
        'inget har dragits från mitt kort',
        'kortbetalningen har inte gått igenom',
        'när belastas mitt kort',
      ],
    },
    nl: {
      title: 'Wanneer wordt mijn creditcard belast?',
      answer:
        'De abonnementskosten worden niet direct in rekening gebracht, maar op de vervaldatum die op de factuur staat, doorgaans binnen 30 dagen.',
      phrasings: [
        'wanneer wordt mijn kaart belast',
        'wanneer wordt het geld afgeschreven',
        'datum creditcardbetaling',
        'waarom is er nog niets van mijn creditcard afgeschreven',
        'wordt het bedrag direct afgeschreven',
        'wanneer worden de kosten van mijn creditcard afgeschreven',
        'niets afgeschreven van mijn kaart',
        'creditcardbetaling nog niet verwerkt',
        'wanneer wordt er geïncasseerd',
      ],
    },
  },
  'payment.bank-due': {
    en: {
      title: 'When do I have to pay by bank transfer?',
      answer: 'If you chose bank transfer, make the payment by the due date shown on the invoice.',
      phrasings: [
        'bank transfer deadline',
        'due date',
        'when do I have to pay the invoice',
        'payment deadline',
        'how long do I have to pay',
        'last day to pay by transfer',
        'when must the transfer be made',
        'payment terms',
        'pay the invoice by bank',
      ],
    },
    da: {
      title: 'Hvornår skal jeg betale med bankoverførsel?',
      answer: 'Har du valgt bankoverførsel, skal du betale senest på forfaldsdatoen, der står på fakturaen.',
      phrasings: [
        'frist for bankoverførsel',
        'forfaldsdato',
        'hvornår skal fakturaen betales',
        'betalingsfrist',
        'hvor lang tid har jeg til at betale',
        'sidste dag for overførsel',
        'hvornår skal overførslen ske',
        'betalingsbetingelser',
        'betale fakturaen via banken',
      ],
    },
    sv: {
      title: 'När ska jag betala med banköverföring?',
      answer: 'Om du har valt att betala via bank behöver du betala senast på förfallodatumet som framgår på fakturan.',
      phrasings: [
        'sista dag för banköverföring',
        'förfallodatum',
        'när ska fakturan betalas',
        'betalningsfrist',
        'hur lång tid har jag på mig att betala',
        'senaste dag att betala via bank',
        'när måste överföringen göras',
        'betalningsvillkor',
        'betala fakturan via bank',
      ],
    },
    nl: {
      title: 'Wanneer moet ik betalen per bankoverschrijving?',
      answer: 'Als je voor overschrijving hebt gekozen, moet je de betaling vóór de vervaldatum op de factuur uitvoeren.',
      phrasings: [
        'deadline bankoverschrijving',
        'vervaldatum',
        'wanneer moet de factuur betaald zijn',
        'betalingstermijn',
        'hoeveel tijd heb ik om te betalen',
        'laatste dag om over te maken',
        'wanneer moet ik het bedrag overmaken',
        'betaaltermijn van de factuur',
        'factuur via de bank betalen',
      ],
    },
  },
  'membership.start': {
    en: {
      title: 'When can I start using my CPS membership?',
      answer: 'Right away: you can use your CPS membership immediately.',
      phrasings: [
        'membership active',
        'start using CPS',
        'when does membership start',
        'can I use CPS right away',
        'is my membership valid now',
        'do I have to wait until I have paid',
        'when can I use the CPS services',
        'CPS benefits from when',
        'membership activation',
      ],
    },
    da: {
      title: 'Hvornår kan jeg begynde at bruge mit CPS-medlemskab?',
      answer: 'Med det samme: dit CPS-medlemskab kan bruges, så snart du har købt det.',
      phrasings: [
        'medlemskab aktivt',
        'begynde at bruge CPS',
        'hvornår starter medlemskabet',
        'kan jeg bruge CPS med det samme',
        'er mit medlemskab gyldigt nu',
        'skal jeg vente til jeg har betalt',
        'hvornår kan jeg bruge CPS-services',
        'fordele fra hvornår',
        'aktivering af medlemskab',
      ],
    },
    sv: {
      title: 'När kan jag börja använda mitt CPS-medlemskap?',
      answer: 'Direkt: du kan börja använda ditt CPS-medlemskap så snart du har köpt det.',
      phrasings: [
        'medlemskap aktivt',
        'börja använda CPS',
        'när börjar medlemskapet',
        'kan jag använda CPS direkt',
        'gäller mitt medlemskap nu',
        'måste jag vänta tills jag har betalat',
        'när kan jag använda CPS-tjänsterna',
        'förmåner från när',
        'aktivering av medlemskap',
      ],
    },
    nl: {
      title: 'Wanneer kan ik mijn CPS-lidmaatschap gebruiken?',
      answer: 'Meteen: je kunt je CPS-lidmaatschap direct gebruiken zodra je het hebt gekocht.',
      phrasings: [
        'lidmaatschap actief',
        'CPS gaan gebruiken',
        'wanneer gaat het lidmaatschap in',
        'kan ik CPS meteen gebruiken',
        'is mijn lidmaatschap nu geldig',
        'moet ik wachten tot ik betaald heb',
        'wanneer kan ik de CPS-diensten gebruiken',
        'voordelen vanaf wanneer',
        'activering lidmaatschap',
      ],
    },
  },
  'membership.number': {
    en: {
      title: 'Will my CPS membership number change?',
      answer: 'Yes: if you had a CPS membership number before, it changes with your new membership.',
      phrasings: [
        'membership number',
        'new CPS number',
        'old membership number',
        'my number has changed',
        'can I keep my CPS number',
        'different membership number',
        'CPS member ID',
        'why did my CPS number change',
      ],
    },
    da: {
      title: 'Ændres mit CPS-medlemsnummer?',
      answer: 'Ja: dit CPS-medlemsnummer ændres, hvis du tidligere har haft et.',
      phrasings: [
        'medlemsnummer',
        'nyt CPS-nummer',
        'gammelt medlemsnummer',
        'mit nummer er ændret',
        'kan jeg beholde mit CPS-nummer',
        'andet medlemsnummer',
        'CPS-medlems-id',
        'hvorfor har jeg fået et nyt medlemsnummer',
      ],
    },
    sv: {
      title: 'Ändras mitt CPS-medlemsnummer?',
      answer: 'Ja: ditt CPS-medlemsnummer ändras om du hade ett sedan tidigare.',
      phrasings: [
        'medlemsnummer',
        'nytt CPS-nummer',
        'gammalt medlemsnummer',
        'mitt nummer har ändrats',
        'kan jag behålla mitt CPS-nummer',
        'annat medlemsnummer',
        'CPS-medlems-id',
        'varför har jag fått ett nytt medlemsnummer',
      ],
    },
    nl: {
      title: 'Verandert mijn CPS-lidmaatschapsnummer?',
      answer: 'Ja: als je eerder een lidmaatschap had, verandert je CPS-lidmaatschapsnummer.',
      phrasings: [
        'lidmaatschapsnummer',
        'nieuw CPS-nummer',
        'oud lidnummer',
        'mijn nummer is veranderd',
        'kan ik mijn CPS-nummer houden',
        'ander lidmaatschapsnummer',
        'CPS-lidnummer',
        'waarom heb ik een nieuw lidmaatschapsnummer',
      ],
    },
  },
  'support.priority': {
    en: {
      title: 'How do I reach CPS Priority Support?',
      answer:
        'Ask for a person here in the chat at any time: choose “Talk to CPS Priority Support” in the menu. A CPS Priority Support agent takes over the conversation during support hours.',
      phrasings: [
        'talk to a human',
        'contact support',
        'speak to an agent',
        'customer service',
        'I need help from a person',
        'phone number for CPS support',
        'chat with an employee',
        'contact Canon',
        'can someone call me',
      ],
    },
    da: {
      title: 'Hvordan kontakter jeg CPS Priority-support?',
      answer:
        'Du kan når som helst bede om en medarbejder her i chatten: vælg “Kontakt CPS Priority-support” i menuen. En medarbejder fra CPS Priority-support overtager samtalen inden for supportens åbningstider.',
      phrasings: [
        'tale med et menneske',
        'kontakte support',
        'tale med en medarbejder',
        'kundeservice',
        'jeg har brug for hjælp fra en person',
        'telefonnummer til CPS-support',
        'chatte med en medarbejder',
        'kontakte Canon',
        'kan nogen ringe til mig',
      ],
    },
    sv: {
      title: 'Hur når jag CPS Priority Support?',
      answer:
        'Du kan när som helst be om en person här i chatten: välj ”Kontakta CPS Priority Support” i menyn. En handläggare på CPS Priority Support tar över samtalet under supportens öppettider.',
      phrasings: [
        'prata med en människa',
        'kontakta support',
        'prata med en handläggare',
        'kundtjänst',
        'jag behöver hjälp av en person',
        'telefonnummer till CPS-support',
        'chatta med en medarbetare',
        'kontakta Canon',
        'kan någon ringa mig',
      ],
    },
    nl: {
      title: 'Hoe bereik ik CPS Priority support?',
      answer:
        'Vraag hier in de chat op elk moment naar een medewerker: kies ‘Contact met CPS Priority support’ in het menu. Een medewerker van CPS Priority support neemt het gesprek over tijdens de openingstijden van de support.',
      phrasings: [
        'met een mens praten',
        'contact opnemen met support',
        'een medewerker spreken',
        'klantenservice',
        'ik heb hulp nodig van een persoon',
        'telefoonnummer van CPS-support',
        'chatten met een medewerker',
        'contact met Canon',
        'kan iemand mij bellen',
      ],
    },
  },
};

const SEED_LANGUAGES: readonly Language[] = ['en', 'da', 'sv', 'nl'];

/** FAQ content, one entry per topic and language. */
export const faqSeed: readonly FaqSeedEntry[] = FAQ_TOPIC_IDS.flatMap((topicId) =>
  SEED_LANGUAGES.map((language) => ({ topicId, language, ...content[topicId][language] })),
);

/**
 * The fingerprint `faq_content_hash()` (migration 0001) computes in the database for the same
 * content; the seed stores it as `seed_hash`, so a later start can tell an editor's change apart.
 */
export function faqContentHash(entry: Pick<FaqSeedEntry, 'title' | 'answer' | 'phrasings'>): string {
  return createHash('md5').update(`${entry.title}\n\n${entry.answer}\n\n${entry.phrasings.join('\n')}`, 'utf8').digest('hex');
}

/**
 * Writes the FAQ in one statement. A missing (topic, language) row is inserted. An existing row
 * takes the seed's new content only while nobody has edited it (its content still hashes to what
 * the seed last wrote, or it predates the hash) and only when the seed changed: an editor's change
 * in the database survives every later start and deploy. Unchanged rows are not touched at all.
 */
export async function seedFaq(db: Db): Promise<void> {
  await db
    .insert(faqEntries)
    .values(faqSeed.map((entry) => ({ ...entry, phrasings: [...entry.phrasings], seedHash: faqContentHash(entry) })))
    .onConflictDoUpdate({
      target: [faqEntries.topicId, faqEntries.language],
      set: {
        title: sql`excluded.title`,
        answer: sql`excluded.answer`,
        phrasings: sql`excluded.phrasings`,
        seedHash: sql`excluded.seed_hash`,
        updatedAt: sql`now()`,
      },
      setWhere: sql`(${faqEntries.seedHash} is null or ${faqEntries.seedHash} = ${faqEntries.contentHash})
        and ${faqEntries.seedHash} is distinct from excluded.seed_hash`,
    });
}
