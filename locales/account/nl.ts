import type { AccountMessages } from './en';

export const accountNl = {
  'account.form.title': 'Een zakelijke account bij Canon aanvragen',
  'account.form.intro': 'Vertel ons over je bedrijf. Daarna vraag ik je om één document als bewijsstuk.',
  'account.form.fixErrors': 'Controleer de rood gemarkeerde velden. Al het andere dat je hebt ingevuld, staat er nog.',
  'account.form.country': 'Land van het bedrijf',
  'account.form.countryPlaceholder': 'Kies een land',
  'account.form.companyName': 'Bedrijfsnaam',
  'account.form.address': 'Adres van het bedrijf',
  'account.form.vatRegistered': 'Is het bedrijf btw-geregistreerd?',
  'account.form.vatYes': 'Ja, het bedrijf is btw-geregistreerd',
  'account.form.vatNo': 'Nee, het bedrijf is niet btw-geregistreerd',
  'account.form.vatNumber': 'Btw-nummer (alleen als het bedrijf btw-geregistreerd is)',
  'account.form.vatNumberPlaceholder': 'Bijvoorbeeld NL123456789B01',
  'account.form.documentType': 'Welk document ga je uploaden?',
  'account.form.documentHint':
    'Btw-geregistreerd: je btw-registratiebewijs of een bedrijfsfactuur waarop het btw-nummer en de bedrijfsnaam duidelijk zichtbaar zijn. Niet btw-geregistreerd: ÉÉN van deze documenten waarop de bedrijfsnaam en het adres staan: een bedrijfsfactuur, een bedrijfs- of beroepsvergunning of de statuten.',
  'account.form.authorised': 'Ik bevestig dat ik bevoegd ben om deze gegevens namens het bedrijf te verstrekken.',
  'account.form.contactEmail': 'E-mailadres voor contact',
  'account.form.oldCpsEmail': 'Je oude CPS-e-mailadres (optioneel)',
  'account.form.oldCpsEmailHint':
    'Had je eerder een CPS-account? Vul het e-mailadres daarvan in: alleen dan kun je je eerder geregistreerde producten later migreren.',
  'account.form.required': 'Dit veld is verplicht.',
  'account.form.continue': 'Doorgaan',
  'account.form.waiting': 'Vul het formulier hierboven in en klik op ‘Doorgaan’. Typ **annuleren** als je voorlopig wilt stoppen.',

  'account.documentType.vat-certificate': 'Btw-registratiebewijs',
  'account.documentType.company-invoice': 'Bedrijfsfactuur',
  'account.documentType.business-licence': 'Bedrijfs- of beroepsvergunning',
  'account.documentType.articles-of-association': 'Statuten',
  'account.yourDocument.vat-certificate': 'je btw-registratiebewijs',
  'account.yourDocument.company-invoice': 'je bedrijfsfactuur',
  'account.yourDocument.business-licence': 'je bedrijfs- of beroepsvergunning',
  'account.yourDocument.articles-of-association': 'de statuten',

  'account.error.countryRequired': 'Kies het land waar het bedrijf gevestigd is.',
  'account.error.countryNotParticipating': 'CPS wordt in dat land niet aangeboden. Kies een van de landen in de lijst.',
  'account.error.companyNameRequired': 'Vul de bedrijfsnaam in.',
  'account.error.addressRequired': 'Vul het adres van het bedrijf in.',
  'account.error.tooLong': 'Dit is te lang: maximaal {max, number} tekens.',
  'account.error.vatRegisteredRequired': 'Geef aan of het bedrijf btw-geregistreerd is.',
  'account.error.vatNumberRequired': 'Vul het btw-nummer van het bedrijf in, of kies ‘niet btw-geregistreerd’.',
  'account.error.vatFormat': 'Dit lijkt geen btw-nummer uit {country}. Controleer het nummer.',
  'account.error.vatChecksum': 'Dit btw-nummer klopt niet: de controlecijfers zijn onjuist. Controleer het op een typefout.',
  'account.error.vatOtherCountry':
    'Dit btw-nummer is uit {otherCountry}, maar het bedrijf is gevestigd in {country}. Pas het nummer of het land aan.',
  'account.error.documentTypeRequired': 'Kies welk document je gaat uploaden.',
  'account.error.documentNotForVat':
    'Een btw-geregistreerd bedrijf uploadt zijn btw-registratiebewijs of een bedrijfsfactuur waarop het btw-nummer en de bedrijfsnaam staan.',
  'account.error.documentNotForNoVat':
    'Zonder btw-registratie upload je een bedrijfsfactuur, een bedrijfs- of beroepsvergunning of de statuten.',
  'account.error.authorised': 'Bevestig dat je bevoegd bent om deze gegevens namens het bedrijf te verstrekken.',
  'account.error.contactEmailRequired': 'Vul een e-mailadres in waarop we je kunnen bereiken.',
  'account.error.email': 'Vul een geldig e-mailadres in, zoals naam@bedrijf.nl.',

  'account.document.askVat':
    'Dank je! Stuur nu {yourDocument} als bestand in deze chat (gebruik de paperclip): pdf, jpeg of png, maximaal 10 MB. Het btw-nummer en de bedrijfsnaam moeten er duidelijk op staan.',
  'account.document.askNoVat':
    'Dank je! Stuur nu {yourDocument} als bestand in deze chat (gebruik de paperclip): pdf, jpeg of png, maximaal 10 MB. De bedrijfsnaam en het adres moeten er duidelijk op staan.',
  'account.document.received': 'Dank je, ik heb {fileName} ({size}) ontvangen.',
  'account.document.receivedCompleteForm': 'Dank je, ik heb {fileName} ({size}) ontvangen. Vul nu de rest van het formulier in en klik op ‘Doorgaan’.',
  'account.document.chooseTypeFirst':
    'Bedankt voor het bestand. Voordat ik het kan bewaren, kies je in het formulier welk document het is, klik je op ‘Doorgaan’ en stuur je het bestand opnieuw.',
  'account.document.tooLarge':
    'Dit bestand is groter dan 10 MB, dus ik kan het niet aannemen. Stuur een kleiner pdf-, jpeg- of png-bestand, bijvoorbeeld een scan met een lagere resolutie. De rest van je aanvraag blijft bewaard.',
  'account.document.unsupportedType':
    'Ik kan alleen pdf-, jpeg- of png-bestanden aannemen, en dit bestand is geen van drieën (wat de naam ook zegt). Stuur je document als pdf, jpeg of png van maximaal 10 MB. De rest van je aanvraag blijft bewaard.',
  'account.document.empty': 'Dit bestand is leeg. Stuur je document opnieuw als pdf, jpeg of png van maximaal 10 MB.',
  'account.document.unreachable':
    'Ik kon dit bestand niet downloaden. Probeer het opnieuw te sturen als pdf, jpeg of png van maximaal 10 MB. De rest van je aanvraag blijft bewaard.',
  'account.document.waiting':
    'Ik wacht op {yourDocument} als bestand: pdf, jpeg of png, maximaal 10 MB. Stuur het met de paperclip, of typ **annuleren** om voorlopig te stoppen; je gegevens zijn bewaard.',
  'account.documentCheck.differentVat': 'Op je document staat btw-nummer {found}, maar je hebt {typed} ingevuld. Welke is juist?',
  'account.documentCheck.useDocument': 'Nummer van het document gebruiken',
  'account.documentCheck.keepTyped': 'Mijn nummer houden',
  'account.documentCheck.nameMissing': 'Ik kan je bedrijfsnaam, {company}, niet vinden op het document dat je hebt gestuurd. Stuur een document waarop de bedrijfsnaam duidelijk te zien is. Je kunt je aanvraag ook zo versturen: ons team controleert het document dan.',
  'account.documentCheck.unreadable': 'Ik kon het document dat je hebt gestuurd niet lezen. Stuur een scherpere foto of een pdf. Je kunt je aanvraag ook zo versturen: ons team bekijkt het document dan.',
  'account.documentCheck.vatUpdated': 'Klaar: je aanvraag heeft nu btw-nummer {vatNumber}.',
  'account.documentCheck.kept': 'Prima, ik houd {typed} aan. Is het document niet het juiste, stuur dan gewoon een ander bestand in deze chat.',
  'account.documentCheck.stale': 'Deze keuze kan niet meer: je aanvraag of het document is inmiddels gewijzigd.',

  'account.summary.title': 'Controleer je aanvraag',
  'account.summary.intro': 'Klopt alles? Wil je het document vervangen, stuur dan gewoon een nieuw bestand.',
  'account.summary.country': 'Land',
  'account.summary.companyName': 'Bedrijf',
  'account.summary.address': 'Adres',
  'account.summary.vatRegistered': 'Btw-geregistreerd',
  'account.summary.vatNumber': 'Btw-nummer',
  'account.summary.document': 'Document',
  'account.summary.documentValue': '{documentType}: {fileName} ({size})',
  'account.summary.authorised': 'Bevoegd om aan te vragen',
  'account.summary.contactEmail': 'E-mailadres voor contact',
  'account.summary.oldCpsEmail': 'Oud CPS-e-mailadres',
  'account.summary.noOldCpsEmail': 'Niet opgegeven: producten van een oud CPS-account kunnen later niet worden gemigreerd',
  'account.summary.yes': 'Ja',
  'account.summary.no': 'Nee',
  'account.summary.send': 'Aanvraag versturen',
  'account.summary.edit': 'Wijzigen',
  'account.summary.waiting': 'Controleer het overzicht hierboven en klik op ‘Aanvraag versturen’, of op ‘Wijzigen’ als je iets wilt aanpassen.',
  'account.file.unnamed': 'je bestand',

  'account.submitted':
    'Je aanvraag {reference} is verstuurd en wordt nu beoordeeld. Het valideren en aanmaken van je zakelijke account duurt maximaal twee werkdagen: je kunt onze beslissing uiterlijk {date} verwachten.\n\nZodra je account klaar is, ontvang je een automatische e-mail van donotreply@canon-europe.com om je nieuwe wachtwoord in te stellen. Probeer je wachtwoord niet opnieuw in te stellen voordat je die e-mail hebt ontvangen.',
  'account.status.title': 'Je aanvraag voor een zakelijke account',
  'account.status.reference': 'Referentie',
  'account.status.state': 'Status',
  'account.status.expected': 'Beslissing verwacht uiterlijk op',
  'account.state.draft': 'Nog niet verstuurd',
  'account.state.under-review': 'In behandeling',
  'account.state.approved': 'Goedgekeurd',
  'account.state.rejected': 'Niet goedgekeurd',
  'account.status.none': 'Je hebt nog geen zakelijke account bij Canon aangevraagd. Dat kost maar een paar minuten.',
  'account.status.draft': 'Je bent begonnen aan aanvraag {reference}, maar hebt die nog niet verstuurd. Ga verder waar je gebleven was: wat je hebt ingevuld, is bewaard.',
  'account.status.underReview':
    'Je aanvraag {reference} wordt beoordeeld. Je kunt onze beslissing uiterlijk {date} verwachten. Zodra je account klaar is, ontvang je een automatische e-mail van donotreply@canon-europe.com om je nieuwe wachtwoord in te stellen; stel je wachtwoord niet eerder opnieuw in.',
  'account.status.approved':
    'Je zakelijke account bij Canon voor {company} is klaar. Stel je wachtwoord in via de link in de e-mail van donotreply@canon-europe.com, meld je aan en registreer daarna je producten om punten te verzamelen.',
  'account.status.rejected':
    'Je aanvraag {reference} is niet goedgekeurd. Reden: {reason}\n\nJe kunt de aanvraag verbeteren en opnieuw versturen; ik heb bewaard wat je had ingevuld.',
  'account.action.apply': 'Zakelijke account aanvragen',
  'account.action.continue': 'Verder met mijn aanvraag',
  'account.action.fix': 'Verbeteren en opnieuw versturen',
  'account.action.registerProduct': 'Product registreren',

  'account.password.noApplication':
    'Je stelt je wachtwoord in zodra je zakelijke account is aangemaakt. Nadat je de account hebt aangevraagd, valideren en maken we die binnen twee werkdagen aan, en ontvang je een automatische e-mail van donotreply@canon-europe.com om je nieuwe wachtwoord in te stellen. Probeer geen wachtwoord opnieuw in te stellen voordat je die e-mail hebt ontvangen.',
  'account.password.beforeApproval':
    'Wacht nog even met je wachtwoord: je zakelijke account wordt gevalideerd en aangemaakt, wat maximaal twee werkdagen duurt (uiterlijk {date}). Je ontvangt een automatische e-mail van donotreply@canon-europe.com om je nieuwe wachtwoord in te stellen. Probeer je wachtwoord niet opnieuw in te stellen voordat je die e-mail hebt ontvangen.',
  'account.password.afterApproval':
    'Je zakelijke account is actief, dus je kunt je wachtwoord op elk gewenst moment hier opnieuw instellen: {resetLink}\n\nAanmelden bij je zakelijke account doe je hier: {loginLink}',

  'account.approved.notice':
    'Goed nieuws: je zakelijke account bij Canon voor {company} is aangemaakt (aanvraag {reference}). We hebben een e-mail van donotreply@canon-europe.com naar {email} gestuurd: gebruik die om je nieuwe wachtwoord in te stellen. Volgende stap: registreer je producten om punten te verzamelen.',
  'account.rejected.notice':
    'Je aanvraag {reference} voor een zakelijke account is niet goedgekeurd. Reden: {reason}\n\nVerbeter wat nodig is en verstuur de aanvraag opnieuw; ik heb je gegevens bewaard.',
  'account.rejection.document-unreadable':
    'We konden het document dat je stuurde niet lezen. Stuur een duidelijke en volledige kopie (pdf of foto).',
  'account.rejection.document-mismatch':
    'De bedrijfsnaam of het btw-nummer in het document komt niet overeen met wat je in de aanvraag hebt ingevuld.',
  'account.rejection.vat-invalid':
    'Het btw-nummer is niet geldig in jouw land. Controleer het en verstuur de aanvraag opnieuw.',
  'account.rejection.document-type':
    'Het document laat niet zien dat het bedrijf geregistreerd is. Stuur een van de documenten waar de aanvraag om vraagt.',
  'account.email.subject': 'Je zakelijke account bij Canon is klaar: stel je nieuwe wachtwoord in',
  'account.email.body':
    'Hallo,\n\nJe zakelijke account bij Canon voor {company} is aangemaakt (aanvraag {reference}).\n\nStel je nieuwe wachtwoord in en meld je hier aan:\n{loginLink}\n\nJe kunt je wachtwoord later op elk gewenst moment hier opnieuw instellen:\n{resetLink}\n\nDit is een automatisch bericht; je kunt er niet op reageren.\n\nCanon Professional Services',
} as const satisfies AccountMessages;
