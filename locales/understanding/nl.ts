import type { IntentExamples } from './types';

/** How members ask for each action and make small talk in Dutch (see en.ts). */
export const examplesNl = {
  'account.apply': [
    'wij zijn een klein fotobedrijf en willen een zakelijk account bij jullie openen', 'mijn bedrijf heeft een account bij canon nodig, kunnen we nu beginnen', 'graag vandaag nog een zakelijk account aanmaken',
    'zakelijk account aanvragen', 'ik wil aanvragen', 'open een zakelijk account voor me', 'maak mijn bedrijfsaccount aan',
    'start mijn aanvraag', 'registreer mijn bedrijf', 'meld mijn bedrijf aan', 'ik heb een zakelijke acount nodig', 'nieuw zakelijk account graag',
    'kunnen we nu de aanvraag starten', 'ik wil mijn fotobedrijf bij canon registreren', 'account aanvrage', 'laten we de aanvraag doen',
    'maak een bedrijfsaccount voor mijn studio', 'regel een canon zakelijk account voor mij', 'begin de registratie', 'aanvraag invullen',
    'ik zou graag een zakelijk account willen',
  ],
  'account.status': [
    'al nieuws over mijn aanvraag', 'hoe staat het met mijn aanvraag', 'ik heb een paar dagen geleden aangevraagd, wat is de status', 'is mijn zakelijke account nu goedgekeurd', 'is er al iets gebeurd met mijn aanvraag',
    'status van mijn aanvraag', 'aanvraagstatus', 'waar is mijn aanvraag', 'is mijn aanvraag goedgekeurd', 'nieuws over mijn aanvraag',
    'is mijn account al goedgekeurd', 'hoe ver is mijn aanvraag', 'check mijn aanvraag', 'heeft canon mijn registratie geaccepteerd',
    'wat is er met mijn aanvraag gebeurd', 'wacht nog steeds op goedkeuring van mijn account', 'is mijn zakelijk account klaar',
    'aanvraag volgen', 'aanvraag goedgekeurd?', 'hoe lang duurt het nog voor mijn aanvraag klaar is',
  ],
  'product.add': [
    'gisteren een ef 70-200 gekocht, voeg die toe', 'heb net een nieuwe r6 en wil hem registreren', 'registreer het objectief dat ik vandaag kocht', 'voeg mijn nieuwe flitser toe', 'nieuwe body gekocht, zet hem op mijn account',
    'product registreren', 'product toevoegen', 'mijn nieuwe camera toevoegen', 'mijn objectief registreren', 'ik heb een nieuwe body gekocht en wil die registreren',
    'apparatuur registreren', 'spullen toevoegen', 'nieuwe productregistratie', 'kan ik mijn r5 toevoegen', 'serienummer registreren',
    'ik wil mijn nieuwe canon lens registreren', 'nog een camera toevoege', 'registreer product', 'zet mijn nieuwe lens op mijn account',
    'apparatuur aan mijn account toevoegen', 'nieuwe camera moet geregistreerd worden',
    'mijn eos r8 registreren', 'een rf 100-500 objectief aan mijn account toevoegen', 'heb de r5 mark ii, voeg hem toe',
  ],
  'products.list': [
    'toon de producten die ik heb geregistreerd', 'laat mijn geregistreerde apparatuur zien', 'welke producten staan er op mijn account',
    'mijn producten', 'toon mijn producten', 'laat mijn apparatuur zien', 'wat heb ik geregistreerd', 'mijn apparatuur', 'geregistreerde camera\'s tonen',
    'welke producten heb ik', 'mijn producten bekijken', 'mijn objectieven zien', 'mijn punten', 'hoeveel punten heb ik',
    'puntensaldo tonen', 'productoverzicht', 'mijn geregistreerde spullen', 'open mijn producten', 'productdetails bekijken',
    'overzicht van mijn producten', 'lijst van mijn apparatuur',
  ],
  'products.migrate': [
    'mijn producten migreren', 'verplaats mijn producten van het oude cps', 'zet mijn apparatuur over van de oude site',
    'haal mijn oude producten over', 'apparatuur migreren', 'importeer mijn producten uit het oude systeem', 'kopieer mijn spullen van oud cps',
    'migratie', 'producten overzetten', 'verhuis mijn geregistreerde camera\'s naar het nieuwe account', 'ik had producten in het oude portaal, zet ze over',
    'mijn oude registraties migreren', 'migreer producten', 'mijn oude cps producten ophalen', 'producten van oud account',
  ],
  'cps.join': [
    'lid worden van cps', 'ik wil lid worden van canon professional services', 'cps lid worden', 'schrijf me in voor cps', 'toon de niveaus',
    'aanmelden', 'cps lidmaatschap', 'ik wil lid worden', 'mijn lidmaatschap upgraden', 'kies een niveau',
    'lidmaatschapsniveau kiezen', 'inschrijven bij cps', 'lid worde van cps', 'ik zou graag lid willen worden van cps', 'mijn lidmaatschap',
  ],
  'payment.pay': [
    'betalen', 'ik wil betalen', 'mijn lidmaatschap betalen', 'de bijdrage betalen', 'nu betalen', 'neem mijn betaling',
    'betalen met kaart', 'betalen per overschrijving', 'ik wil het abonnement betalen', 'mijn factuur betalen', 'betalen voor cps',
    'een betaling doen', 'mijn contributie nu betalen', 'betaling voor het niveau', 'afrekenen',
  ],
  'support.handoff': [
    'met een persoon praten', 'ik wil een mens spreken', 'verbind me met support', 'medewerker graag', 'mens', 'echt persoon',
    'kan ik iemand spreken', 'geef me een supportmedewerker', 'contact met support', 'ik moet iemand van canon spreken',
    'doorverbinden met een medewerker', 'klantenservice spreken', 'laat me met een mens chatten', 'zet me door naar support',
    'support graag', 'regel een persoon voor me',
  ],
  'command.language': [
    'ik wil liever zweeds', 'liever in het engels', 'doe maar in het deens',
    'taal', 'taal wijzigen', 'andere taal', 'kunnen we engels praten', 'schrijf in het zweeds', 'in het deens graag', 'zet de taal op nederlands',
    'een andere taal', 'ik wil een andere taal', 'kun je in het engels schrijven', 'overschakelen naar zweeds', 'nederlands graag', 'taal kiezen',
    'praat nederlands', 'taalinstellingen',
  ],
  'command.menu': [
    'menu', 'hoofdmenu', 'toon het menu', 'terug naar het menu', 'opnieuw beginnen', 'toon opties', 'wat kan ik kiezen', 'startpagina',
    'open het menu', 'terug naar start', 'laat me het hoofdmenu zien', 'opties', 'herstart', 'menu graag', 'terug naar het begin',
  ],
  'command.help': [
    'help', 'help me', 'ik heb hulp nodig', 'wat kun je', 'hoe werkt dit', 'wat kan ik vragen', 'ik ben de weg kwijt',
    'hoe gebruik ik deze bot', 'hulp graag', 'wat doe jij', 'uitleg', 'ik snap niet wat ik moet doen', 'hoe werkt de chat', 'hulp', 'wat nu',
  ],
  'command.cancel': [
    'annuleren', 'stop', 'stop hiermee', 'annuleer dat', 'laat maar', 'afbreken', 'vergeet het', 'stoppen', 'ik wil niet verder',
    'annuleer de aanvraag', 'stop de registratie', 'laat maar zitten', 'hou ermee op', 'afsluiten', 'anuleren',
  ],
  'smalltalk.greeting': [
    'hoi daar', 'hoi hoi bot', 'hey hallo',
    'hoi', 'hallo', 'goedemorgen', 'goedemiddag', 'goedenavond', 'hallo daar', 'hey', 'hee', 'dag', 'hoi bot',
    'hoihoi', 'morgen', 'hallo weer', 'gegroet', 'hallootjes', 'hoi cps',
    'hoi en goedemorgen', 'goedenavond allemaal',
    'hallo goedenavond',
  ],
  'smalltalk.thanks': [
    'bedankt voor de uitleg', 'dank voor je hulp', 'fijn, bedankt',
    'bedankt', 'dank je', 'dank je wel', 'dank u wel', 'heel erg bedankt', 'thanks', 'dankjewel', 'bedankt daarvoor',
    'hartelijk dank voor de hulp', 'dat hielp bedankt', 'merci', 'perfect bedankt', 'top bedankt', 'bedankt dat wilde ik weten', 'dankje',
    'super bedankt', 'bedankt voor je hulp hoor',
    'dank je wel voor je hulp', 'bedankt hoor',
  ],
  'smalltalk.goodbye': [
    'met vriendelijke groet', 'groetjes en tot ziens', 'ok tot ziens', 'nou doei',
    'doei', 'dag dag', 'tot ziens', 'tot later', 'fijne dag', 'nog een fijne dag', 'dat was het', 'dat was alles', 'welterusten',
    'ik ben klaar', 'verder niks', 'het beste', 'tot de volgende keer', 'later',
    'prettig weekend', 'nog een fijne avond', 'dat was alles voor nu',
    'dat was alles voor vandaag', 'groetjes', 'tot de volgende keer dan',
  ],
  'smalltalk.yes': [
    'ja', 'jep', 'jazeker', 'ja graag', 'ok', 'oké', 'klopt', 'juist', 'natuurlijk', 'klinkt goed', 'prima', 'ja hoor',
    'zeker', 'ok ga maar', 'jaja', 'yes',
    'oke', 'ja dat is goed', 'ja zeker weten', 'klopt helemaal',
  ],
  'smalltalk.no': [
    'nee bedankt', 'nee verder niks', 'nee hoor bedankt', 'nee dank je, verder niet',
    'nee', 'nee dank je', 'niet echt', 'neuh', 'nope', 'nu niet', 'hoeft niet', 'fout', 'dat klopt niet', 'nee niet dat',
    'helemaal niet', 'echt niet', 'nog niet', 'nee nee', 'nee hoor',
    'nee dank je wel', 'nee, op dit moment niet', 'nee niet nodig',
  ],
} as const satisfies IntentExamples;
