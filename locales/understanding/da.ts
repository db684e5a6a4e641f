import type { IntentExamples } from './types';

/** How members ask for each action and make small talk in Danish (see en.ts). */
export const examplesDa = {
  'account.apply': [
    'vi er et lille fotofirma og vil gerne oprette en virksomhedskonto hos jer', 'mit firma skal have en konto hos canon, kan vi starte nu',
    'ansøg om virksomhedskonto', 'jeg vil ansøge', 'opret en virksomhedskonto til mig', 'opret min firmakonto',
    'start min ansøgning', 'registrer min virksomhed', 'tilmeld mit firma', 'jeg skal bruge en erhvervskonto', 'ny virksomhedskonto tak',
    'kan vi starte ansøgningen nu', 'jeg vil registrere mit fotofirma hos canon', 'ansog om konto', 'lad os lave ansøgningen',
    'opret en firmakonto til mit studie', 'lav en canon virksomhedskonto til mig', 'begynd registreringen', 'udfyld ansøgningen',
    'jeg vil gerne have en virksomheds konto',
  ],
  'account.status': [
    'søgte i sidste uge, er den godkendt',
    'søgte for en uge siden, noget nyt', 'hvad sker der med kontoen jeg søgte om', 'er der nyt om min virksomhedskonto',
    'noget nyt om min ansøgning', 'hvordan går det med min ansøgning', 'jeg søgte for nogle dage siden, hvad er status', 'er min virksomhedskonto godkendt nu', 'er der sket noget med kontoen jeg har søgt om',
    'status på min ansøgning', 'ansøgningsstatus', 'hvor er min ansøgning', 'er min ansøgning godkendt', 'nyt om min ansøgning',
    'er min konto godkendt endnu', 'hvor langt er min ansogning', 'tjek min ansøgning', 'har canon godkendt min registrering',
    'hvad er der sket med min ansøgning', 'venter stadig på godkendelse af kontoen', 'er min virksomhedskonto klar',
    'følg min ansøgning', 'ansøgning godkendt?', 'hvor lang tid før min ansøgning er behandlet',
  ],
  'product.add': [
    'købte et ef 70-200 i går, tilføj det', 'har lige fået et nyt r6 og vil registrere det', 'registrer objektivet jeg købte i dag', 'tilføj min nye blitz', 'nyt kamerahus, skal på min konto',
    'registrer et produkt', 'tilføj et produkt', 'tilføj mit nye kamera', 'registrer mit objektiv', 'jeg har købt et nyt hus og vil registrere det',
    'registrer udstyr', 'tilføj grej', 'ny produktregistrering', 'kan jeg tilføje mit r5', 'registrer serienummer',
    'jeg vil registrere mit nye canon objektiv', 'tilfoj et kamera mere', 'registrere produkt', 'sæt mit nye objektiv på kontoen',
    'tilføj udstyr til min konto', 'nyt kamera skal registreres',
    'registrer mit eos r8', 'tilføj et rf 100-500 objektiv til min konto', 'har fået r5 mark ii, tilføj det',
  ],
  'products.list': [
    'vis de produkter jeg har registreret',
    'mine produkter', 'vis mine produkter', 'vis mit grej', 'hvad har jeg registreret', 'mit udstyr', 'vis registrerede kameraer',
    'hvilke produkter har jeg', 'se mine produkter', 'se mine objektiver', 'mine point', 'hvor mange point har jeg',
    'vis min pointsaldo', 'produktoversigt', 'mine registrerede ting', 'åbn mine produkter', 'se produktdetaljer',
    'oversigt over mine produkter', 'liste med mit udstyr',
  ],
  'products.migrate': [
    'migrer mine produkter', 'flyt mine produkter fra det gamle cps', 'overfør mit udstyr fra det gamle site',
    'hent mine gamle produkter over', 'migrer udstyr', 'importer mine produkter fra det gamle system', 'kopier mit grej fra gamle cps',
    'migrering', 'overfør produkter', 'flyt mine registrerede kameraer til den nye konto', 'jeg havde produkter i den gamle portal, flyt dem',
    'migrer mine gamle registreringer', 'migrere produkter', 'hent mine gamle cps produkter', 'produkter fra gammel konto',
  ],
  'cps.join': [
    'jeg vil gerne med i cps', 'meld mig ind i cps', 'vil være med i cps', 'jeg vil være medlem',
    'tilmeld cps', 'jeg vil være med i canon professional services', 'bliv cps medlem', 'meld mig ind i cps', 'vis niveauerne',
    'meld mig ind', 'cps medlemskab', 'jeg vil være medlem', 'opgrader mit medlemskab', 'vælg et niveau',
    'vælg medlemsniveau', 'indmeld mig i cps', 'tilmeld mig cps tak', 'jeg vil gerne være medlem af cps', 'mit medlemskab',
    'jeg vil med i canon professional services', 'skriv mig op som medlem',
  ],
  'payment.pay': [
    'betal', 'jeg vil betale', 'betal mit medlemskab', 'betal gebyret', 'betal nu', 'tag min betaling',
    'betal med kort', 'betal med bankoverførsel', 'jeg vil betale abonnementet', 'betal min faktura', 'betale for cps',
    'foretag en betaling', 'betal mit medlemsgebyr nu', 'betaling for niveauet', 'gå til betaling',
  ],
  'support.handoff': [
    'tal med en person', 'jeg vil tale med et menneske', 'forbind mig med support', 'medarbejder tak', 'menneske', 'rigtig person',
    'kan jeg tale med nogen', 'giv mig en supportmedarbejder', 'kontakt support', 'jeg skal tale med en fra canon',
    'viderestil mig til en medarbejder', 'tale med kundeservice', 'lad mig chatte med et menneske', 'sæt mig over til support',
    'support tak', 'skaf mig en person',
    'stil mig videre til en medarbejder', 'stil om til en person',
  ],
  'command.language': [
    'jeg vil hellere have svensk', 'helst på engelsk',
    'sprog', 'skift sprog', 'ændre sprog', 'kan vi tale engelsk', 'skriv på svensk', 'på hollandsk tak', 'skift sproget til dansk',
    'andet sprog', 'jeg vil have et andet sprog', 'kan du skrive på engelsk', 'skift til svensk', 'dansk tak', 'vælg sprog',
    'tal dansk', 'sprogindstillinger',
  ],
  'command.menu': [
    'menu', 'hovedmenu', 'vis menuen', 'tilbage til menuen', 'start forfra', 'vis muligheder', 'hvad kan jeg vælge', 'forside',
    'åbn menuen', 'tilbage til start', 'vis mig hovedmenuen', 'muligheder', 'genstart', 'menu tak', 'tilbage til begyndelsen',
  ],
  'command.help': [
    'hjælp', 'hjælp mig', 'jeg har brug for hjælp', 'hvad kan du', 'hvordan virker det her', 'hvad kan jeg spørge om', 'jeg er faret vild',
    'hvordan bruger jeg denne bot', 'hjælp tak', 'hvad laver du', 'vejledning', 'jeg forstår ikke hvad jeg skal gøre',
    'hvordan fungerer chatten', 'hjaelp', 'hvad nu',
  ],
  'command.cancel': [
    'annuller', 'stop', 'stop det her', 'annuller det', 'glem det', 'afbryd', 'lad være', 'hold op', 'jeg vil ikke fortsætte',
    'annuller ansøgningen', 'stop registreringen', 'glem det bare', 'drop det', 'afslut', 'anuller',
  ],
  'smalltalk.greeting': [
    'hej', 'hejsa', 'goddag', 'godmorgen', 'god eftermiddag', 'godaften', 'hej med dig', 'davs', 'hallo', 'hej bot',
    'hey', 'morn', 'hej igen', 'hilsner', 'halløj', 'hej cps',
    'hej og god morgen', 'god eftermiddag til dig',
  ],
  'smalltalk.thanks': [
    'tusind tak skal du ha for det', 'mange tak for al hjælpen', 'tak for din hjælp i dag', 'det er jeg rigtig glad for', 'glad for hjælpen, tak', 'tak, det var en god hjælp', 'tak for hurtig hjælp',
    'tak for hjælpen idag', 'tak for din hjælp', 'dejligt, tak', 'det var godt, tak', 'tak for i går',
    'tak', 'tak skal du have', 'mange tak', 'tusind tak', 'tak for hjælpen', 'super tak', 'takker', 'tak for det',
    'tusinde tak for hjælpen', 'det hjalp tak', 'tak tak', 'perfekt tak', 'fedt tak', 'tak det var det jeg ville vide', 'takk',
    'tak for det, det er dejligt', 'tak skal du have for hjælpen',
  ],
  'smalltalk.goodbye': [
    'farvel så længe', 'hej hej, ha det godt',
    'farvel og tak', 'hav det godt', 'hej hej og tak',
    'farvel', 'vi ses', 'hej hej', 'ha en god dag', 'hav en god dag', 'det var alt', 'det var det hele', 'godnat', 'snakkes',
    'jeg er færdig', 'ikke mere', 'pas på dig selv', 'vi tales ved', 'ses',
    'hav en god weekend', 'det var det hele for nu',
    'det var det for nu', 'tak for i dag',
  ],
  'smalltalk.yes': [
    'det passer', 'ja det passer', 'ja ja',
    'ja', 'jep', 'jo', 'ja tak', 'ok', 'okay', 'korrekt', 'rigtigt', 'selvfølgelig', 'det lyder godt', 'fint', 'ja gerne',
    'helt sikkert', 'ok kør', 'jaja', 'yes',
    'oki', 'okay da', 'ja det er korrekt', 'ja bestemt',
  ],
  'smalltalk.no': [
    'nej tak, det er fint',
    'nej tak ikke nu', 'nej ellers tak',
    'nej', 'nej tak', 'ikke rigtigt', 'næ', 'nope', 'ikke nu', 'ikke nødvendigt', 'forkert', 'det er ikke rigtigt', 'nej ikke det',
    'slet ikke', 'på ingen måde', 'ikke endnu', 'nej nej', 'nix',
    'næ nej', 'nej da', 'nej ikke i øjeblikket',
  ],
} as const satisfies IntentExamples;
