import type { IntentExamples } from './types';

/** How members ask for each action and make small talk in Swedish (see en.ts). */
export const examplesSv = {
  'account.apply': [
    'vi är en liten fotofirma och vill öppna ett företagskonto hos er', 'mitt företag behöver ett konto hos canon, kan vi börja nu',
    'ansök om företagskonto', 'jag vill ansöka', 'öppna ett företagskonto åt mig', 'skapa mitt företagskonto',
    'starta min ansökan', 'registrera mitt företag', 'anmäl mitt företag', 'jag behöver ett foretagskonto', 'nytt företagskonto tack',
    'kan vi börja ansökan nu', 'jag vill registrera min fotofirma hos canon', 'ansok om konto', 'vi gör ansökan',
    'skapa ett företagskonto för min studio', 'gör ett canon företagskonto åt mig', 'börja registreringen', 'fyll i ansökan',
    'jag skulle vilja ha ett företags konto',
  ],
  'account.status': [
    'sökte förra veckan, är den godkänd', 'något nytt om min ansökan',
    'sökte för en vecka sedan, något nytt', 'vad händer med kontot jag sökte', 'någon uppdatering om min ansökan',
    'något nytt om min ansökan', 'hur går det med min ansökan', 'jag ansökte för några dagar sen, vad är status', 'är mitt företagskonto godkänt nu', 'har det hänt något med kontot jag sökt',
    'status på min ansökan', 'ansökningsstatus', 'var är min ansökan', 'är min ansökan godkänd', 'nytt om min ansökan',
    'är mitt konto godkänt än', 'hur långt har min ansokan kommit', 'kolla min ansökan', 'har canon godkänt min registrering',
    'vad har hänt med min ansökan', 'väntar fortfarande på godkännande av kontot', 'är mitt företagskonto klart',
    'följ min ansökan', 'ansökan godkänd?', 'hur lång tid innan min ansökan är klar',
  ],
  'product.add': [
    'kan ni lägga till mitt nya objektiv', 'lägg till kameran jag köpte förra veckan', 'ni får gärna lägga till min nya blixt',
    'köpte ett ef 70-200 igår, lägg till det', 'har precis fått en ny r6 och vill registrera den', 'registrera objektivet jag köpte idag', 'lägg till min nya blixt', 'nytt kamerahus, ska in på mitt konto',
    'registrera en produkt', 'lägg till en produkt', 'lägg till min nya kamera', 'registrera mitt objektiv', 'jag har köpt ett nytt hus och vill registrera det',
    'registrera utrustning', 'lägg till pryl', 'ny produktregistrering', 'kan jag lägga till min r5', 'registrera serienummer',
    'jag vill registrera mitt nya canon objektiv', 'lagg till en kamera till', 'registrera produkt', 'sätt mitt nya objektiv på kontot',
    'lägg till utrustning på mitt konto', 'ny kamera ska registreras',
    'registrera min eos r8', 'lägg till ett rf 100-500 objektiv på mitt konto', 'har fått r5 mark ii, lägg till den',
  ],
  'products.list': [
    'visa produkterna jag har registrerat',
    'mina produkter', 'visa mina produkter', 'visa min utrustning', 'vad har jag registrerat', 'min utrustning', 'visa registrerade kameror',
    'vilka produkter har jag', 'se mina produkter', 'se mina objektiv', 'mina poäng', 'hur många poäng har jag',
    'visa mitt poängsaldo', 'produktöversikt', 'mina registrerade saker', 'öppna mina produkter', 'se produktdetaljer',
    'översikt över mina produkter', 'lista med min utrustning',
  ],
  'products.migrate': [
    'migrera mina produkter', 'flytta mina produkter från gamla cps', 'för över min utrustning från gamla sajten',
    'hämta över mina gamla produkter', 'migrera utrustning', 'importera mina produkter från det gamla systemet', 'kopiera mina prylar från gamla cps',
    'migrering', 'överför produkter', 'flytta mina registrerade kameror till det nya kontot', 'jag hade produkter i gamla portalen, flytta dem',
    'migrera mina gamla registreringar', 'migrer produkter', 'hämta mina gamla cps produkter', 'produkter från gammalt konto',
  ],
  'cps.join': [
    'jag vill vara med i cps', 'skriv in mig i cps',
    'gå med i cps', 'jag vill gå med i canon professional services', 'bli cps medlem', 'skriv in mig i cps', 'visa nivåerna',
    'gå med', 'cps medlemskap', 'jag vill bli medlem', 'uppgradera mitt medlemskap', 'välj en nivå',
    'välj medlemsnivå', 'anmäl mig till cps', 'ga med i cps tack', 'jag skulle vilja bli medlem i cps', 'mitt medlemskap',
  ],
  'payment.pay': [
    'betala', 'jag vill betala', 'betala mitt medlemskap', 'betala avgiften', 'betala nu', 'ta min betalning',
    'betala med kort', 'betala med banköverföring', 'jag vill betala abonnemanget', 'betala min faktura', 'betala för cps',
    'gör en betalning', 'betala min medlemsavgift nu', 'betalning för nivån', 'gå till kassan',
  ],
  'support.handoff': [
    'prata med en person', 'jag vill prata med en människa', 'koppla mig till support', 'handläggare tack', 'människa', 'riktig person',
    'kan jag prata med någon', 'ge mig en supportagent', 'kontakta support', 'jag måste prata med någon från canon',
    'koppla mig vidare till en handläggare', 'prata med kundtjänst', 'låt mig chatta med en människa', 'sätt mig i kontakt med support',
    'support tack', 'skaffa mig en person',
  ],
  'command.language': [
    'jag vill hellre ha danska', 'helst på engelska',
    'språk', 'byt språk', 'ändra språk', 'kan vi prata engelska', 'skriv på danska', 'på holländska tack', 'byt språket till svenska',
    'annat språk', 'jag vill ha ett annat språk', 'kan du skriva på engelska', 'byt till danska', 'svenska tack', 'välj språk',
    'prata svenska', 'språkinställningar',
  ],
  'command.menu': [
    'meny', 'huvudmeny', 'visa menyn', 'tillbaka till menyn', 'börja om', 'visa alternativ', 'vad kan jag välja', 'startsidan',
    'öppna menyn', 'tillbaka till start', 'visa mig huvudmenyn', 'alternativ', 'starta om', 'meny tack', 'tillbaka till början',
  ],
  'command.help': [
    'hjälp', 'hjälp mig', 'jag behöver hjälp', 'vad kan du göra', 'hur funkar det här', 'vad kan jag fråga om', 'jag är vilse',
    'hur använder jag den här boten', 'hjälp tack', 'vad gör du', 'instruktioner', 'jag förstår inte vad jag ska göra',
    'hur fungerar chatten', 'hjalp', 'vad nu',
  ],
  'command.cancel': [
    'avbryt', 'stopp', 'sluta med det här', 'avbryt det', 'strunt samma', 'avsluta', 'glöm det', 'sluta', 'jag vill inte fortsätta',
    'avbryt ansökan', 'stoppa registreringen', 'skit samma', 'släpp det', 'avsluta nu', 'avbryta',
  ],
  'smalltalk.greeting': [
    'god eftermiddag på dig', 'hej och god kväll', 'godmorgon',
    'hej', 'hejsan', 'god morgon', 'god eftermiddag', 'hej på dig', 'tjena', 'tjenare', 'hallå', 'hej bot',
    'hejhej', 'morsning', 'hej igen', 'hälsningar', 'hallå där', 'hej cps',
    'hej och god morgon', 'god eftermiddag på dig',
  ],
  'smalltalk.thanks': [
    'tack för det, du är bäst', 'du hjälpte mig verkligen, tack',
    'tack för hjälpen idag', 'tack för din hjälp', 'tack för allt', 'vad bra, tack', 'tack för att du hjälpte mig',
    'tack', 'tack så mycket', 'stort tack', 'tusen tack', 'tack för hjälpen', 'supertack', 'tackar', 'tack för det',
    'tusen tack för hjälpen', 'det hjälpte tack', 'tack tack', 'perfekt tack', 'grymt tack', 'tack det var det jag ville veta', 'tak',
    'tack så hemskt mycket', 'tack ska du ha för hjälpen',
  ],
  'smalltalk.goodbye': [
    'hej då och tack', 'ha det gott',
    'hej då', 'hejdå', 'vi ses', 'ha en bra dag', 'ha det bra', 'det var allt', 'det var det hela', 'god natt', 'vi hörs',
    'jag är klar', 'inget mer', 'sköt om dig', 'ses', 'adjö',
    'ha en trevlig kväll', 'trevlig helg på dig', 'det var allt för nu',
    'det var allt för nu', 'tack för idag',
  ],
  'smalltalk.yes': [
    'ja det stämmer', 'precis', 'stämmer',
    'ja', 'japp', 'jo', 'ja tack', 'ok', 'okej', 'korrekt', 'rätt', 'självklart', 'det låter bra', 'visst', 'ja gärna',
    'absolut', 'ok kör', 'yes',
    'okidoki', 'ja det är rätt', 'ja absolut', 'visst stämmer det',
  ],
  'smalltalk.no': [
    'nej det stämmer inte alls', 'nej tack inte nu',
    'nej', 'nej tack', 'inte riktigt', 'nä', 'nope', 'inte nu', 'behövs inte', 'fel', 'det stämmer inte', 'nej inte det',
    'inte alls', 'absolut inte', 'inte än', 'nej nej', 'nix',
    'nä tack', 'nej inte för tillfället', 'nej inte i dag',
  ],
} as const satisfies IntentExamples;
