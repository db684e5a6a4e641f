import type { LegalMessages } from './en';

export const legalNl = {
  'legal.updated': 'Laatst bijgewerkt: 4 december 2026',
  'legal.back': 'Terug naar de chat',
  'legal.otherPage.privacy': 'Privacyverklaring',
  'legal.otherPage.terms': 'Gebruiksvoorwaarden',

  'legal.privacy.title': 'Privacyverklaring van de CPS-aanmeldassistent',
  'legal.privacy.intro':
    'De CPS-aanmeldassistent helpt je bedrijf een zakelijke account bij Canon aan te vragen, producten te registreren en lid te worden van Canon Professional Services (CPS), in Microsoft Teams en op het web. Hier lees je welke persoonsgegevens de assistent bewaart, waarom, hoe lang, en hoe je een kopie krijgt of ze laat wissen.',
  'legal.privacy.controller.heading': 'Wie is verantwoordelijk',
  'legal.privacy.controller.body':
    'Canon Europa N.V., Bovenkerkerweg 59, 1185 XB Amstelveen, Nederland, is verwerkingsverantwoordelijke voor de gegevens die de assistent bewaart.',
  'legal.privacy.stored.heading': 'Wat we bewaren',
  'legal.privacy.stored.items':
    'Je chatidentiteit (je gebruikers-id in Teams of de webchat), je taal en waar je in het gesprek bent, zodat de assistent verdergaat waar je was gebleven.\nJe aanvraag voor een zakelijke account: land, bedrijfsnaam, adres, btw-nummer, contact-e-mailadres, een eerder CPS-e-mailadres als je dat opgeeft, en het document dat je uploadt.\nDe producten die je registreert: model, serienummer, aankoopdatum en -land, dealer en hoeveel punten ze in totaal opleveren.\nJe CPS-lidmaatschap, facturen en betalingen (bij een kaartbetaling alleen wat de betaalprovider doorgeeft, zoals het kaarttype en de laatste vier cijfers, nooit het volledige kaartnummer).\nJe gesprekken met CPS Priority Support, je beoordelingen en of een antwoord uit de veelgestelde vragen hielp.',
  'legal.privacy.why.heading': 'Waarom',
  'legal.privacy.why.body':
    'Om je aanvraag te controleren en te beoordelen, punten toe te kennen voor je producten, je CPS-lidmaatschap te beheren en te factureren, je vragen te beantwoorden en de antwoorden te verbeteren. De grondslag is de overeenkomst met je bedrijf (artikel 6, lid 1, onder b AVG), de administratieplicht voor facturen (onder c) en ons gerechtvaardigd belang bij een veilige dienst die werkt (onder f). We verkopen je gegevens niet en gebruiken ze niet voor reclame.',
  'legal.privacy.howLong.heading': 'Hoe lang',
  'legal.privacy.howLong.items':
    'Account, producten en lidmaatschap: zolang je zakelijke account of CPS-lidmaatschap bestaat, en tot 12 maanden nadat het is beëindigd.\nHet geüploade document: tot er over je aanvraag is beslist, daarna hooguit 12 maanden.\nFacturen en betalingen: zolang de fiscale bewaarplicht dat vereist (7 jaar in Nederland en Zweden, 5 jaar in Denemarken).\nGesprekken met support en beoordelingen: 24 maanden.\nServerlogs bevatten geen persoonsgegevens (geen namen, e-mailadressen, nummers of documenten).',
  'legal.privacy.rights.heading': 'Een kopie krijgen, gegevens corrigeren of wissen',
  'legal.privacy.rights.body':
    'Je kunt een kopie van je gegevens opvragen, ze laten corrigeren of wissen, of bezwaar maken tegen het gebruik ervan. Kies in de chat ‘{menu}’ en zeg wat je wilt, of schrijf naar het adres hierboven, onder vermelding van ‘Gegevensbescherming – CPS-assistent’. We antwoorden binnen een maand. Facturen die we wettelijk moeten bewaren, bewaren we tot die termijn voorbij is. Je kunt ook een klacht indienen bij de Autoriteit Persoonsgegevens.',
  'legal.privacy.contact.heading': 'Contact',
  'legal.privacy.contact.body':
    'Vragen over deze verklaring: CPS Priority Support in de chat, of Canon Europa N.V., t.a.v. de functionaris voor gegevensbescherming, Bovenkerkerweg 59, 1185 XB Amstelveen, Nederland.',

  'legal.terms.title': 'Gebruiksvoorwaarden van de CPS-aanmeldassistent',
  'legal.terms.intro':
    'Deze voorwaarden gelden als je de CPS-aanmeldassistent gebruikt in Microsoft Teams of op het web. Het CPS-programma zelf, de Tiers en de kosten vallen onder de algemene voorwaarden van CPS die je accepteert als je lid wordt.',
  'legal.terms.who.heading': 'Wie mag de assistent gebruiken',
  'legal.terms.who.body':
    'De assistent is bedoeld voor bedrijven in de landen die aan CPS deelnemen. Je gebruikt hem namens je bedrijf en bevestigt dat je de gegevens van het bedrijf mag doorgeven.',
  'legal.terms.use.heading': 'De assistent gebruiken',
  'legal.terms.use.items':
    'Geef juiste en volledige gegevens en upload alleen documenten die bij je bedrijf horen.\nProbeer de dienst niet te verstoren, niet bij gegevens van andere leden te komen en geen schadelijke bestanden te sturen.\nAntwoorden van de assistent en uit de veelgestelde vragen zijn een hulpmiddel; over je aanvraag, je punten en je lidmaatschap beslist Canon.',
  'legal.terms.membership.heading': 'Punten, lidmaatschap en betaling',
  'legal.terms.membership.body':
    'Punten worden toegekend zodra een geregistreerd product compleet is (groen vinkje). Welke CPS Tier je kunt kiezen, de kosten en de btw zie je voordat je betaalt; je lidmaatschap en je factuur volgen de algemene voorwaarden van CPS.',
  'legal.terms.availability.heading': 'Beschikbaarheid en wijzigingen',
  'legal.terms.availability.body':
    'We doen ons best de assistent beschikbaar te houden, maar kunnen niet beloven dat hij altijd werkt. We kunnen de assistent en deze voorwaarden wijzigen; de datum bovenaan geeft de geldende versie aan.',
  'legal.terms.liability.heading': 'Aansprakelijkheid en toepasselijk recht',
  'legal.terms.liability.body':
    'Canon is aansprakelijk volgens het recht dat op je overeenkomst van toepassing is; niets in deze voorwaarden beperkt een aansprakelijkheid die wettelijk niet beperkt mag worden. Nederlands recht is van toepassing, tenzij het recht van je land iets anders bepaalt.',
  'legal.terms.contact.heading': 'Contact',
  'legal.terms.contact.body':
    'Vragen over deze voorwaarden: CPS Priority Support in de chat, of Canon Europa N.V., Bovenkerkerweg 59, 1185 XB Amstelveen, Nederland.',
} as const satisfies LegalMessages;
