import type { ProductsMessages } from './en';

export const productsNl = {
  'products.needsAccount':
    'Producten worden geregistreerd onder je zakelijke account bij Canon, dus je hebt eerst een goedgekeurde zakelijke account nodig. Vraag er hier in de chat een aan – dat duurt maar een paar minuten.',
  'products.applicationPending':
    'Je aanvraag voor een zakelijke account wordt nog gevalideerd (dat duurt maximaal twee werkdagen). Zodra die is goedgekeurd, kun je hier je producten registreren.',
  'products.accountInactive':
    'Je zakelijke account is op dit moment niet actief, dus er kunnen geen producten worden geregistreerd. Neem contact op met CPS Priority support.',

  'products.entry.titleNew': 'Product registreren',
  'products.entry.titleEdit': 'Product bekijken: {model}',
  'products.entry.intro':
    'Vul in wat je weet. Weet je de exacte gegevens niet meer, geef dan gewoon je beste schatting; je kunt een veld ook leeg laten en later invullen. Alleen volledige registraties (serienummer, aankoopdatum, land van aankoop en dealer) krijgen een groen vinkje en leveren punten op.',
  'products.entry.statusComplete':
    '✅ Volledig: {points, plural, one {# punt toegewezen} other {# punten toegewezen}}.',
  'products.entry.statusCompleteNoPoints':
    '✅ Volledig en geregistreerd (dit model levert geen punten op).',
  'products.entry.statusIncomplete': 'Nog geen groen vinkje. Ontbreekt: {fields}.',
  'products.entry.fixErrors': 'Controleer de velden die hieronder zijn gemarkeerd. Al het andere dat je hebt ingevuld, staat er nog.',
  'products.entry.serialHintModel':
    'Het serienummer van een {model} ziet er zo uit: {example}. Je vindt het op het product zelf (onder de camera, op het objectief) of op de doos.',
  'products.entry.serialHintGeneral':
    'Je vindt het serienummer op het product zelf (onder de camera, op het objectief) of op de doos. Voorbeelden: {examples}.',
  'products.entry.serialExample': '{category} {example}',
  'products.entry.dealerSuggestions': 'Dealers in {country}: {dealers}. Een andere dealer is ook goed.',
  'products.field.model': 'Model',
  'products.field.model.placeholder': 'Typ om te zoeken, bijv. EOS R5',
  'products.field.serialNumber': 'Serienummer',
  'products.field.serialNumber.placeholder': 'bijv. {example}',
  'products.field.purchaseDate': 'Aankoopdatum',
  'products.field.purchaseCountry': 'Land van aankoop',
  'products.field.purchaseCountry.placeholder': 'Typ om te zoeken',
  'products.field.dealer': 'Dealer',
  'products.field.dealer.placeholder': 'Waar je het hebt gekocht',
  'products.choice.notRegistrable': '{model} (kan niet worden geregistreerd)',
  'products.missingField.serialNumber': 'serienummer',
  'products.missingField.purchaseDate': 'aankoopdatum',
  'products.missingField.purchaseCountry': 'land van aankoop',
  'products.missingField.dealer': 'dealer',

  'products.error.model.required': 'Kies het model uit de lijst.',
  'products.error.model.unknown': 'Dat model staat niet in onze catalogus. Kies het uit de lijst.',
  'products.error.model.notRegistrable': '{model} kan niet worden geregistreerd: {reason}',
  'products.notRegistrable.consumable': 'papier, inkt en andere verbruiksartikelen worden niet geregistreerd en leveren geen CPS-punten op.',
  'products.notRegistrable.accessory':
    'riemen, accu’s en andere kleine accessoires worden niet geregistreerd. Registreer in plaats daarvan de camera, het objectief, de printer of de projector.',
  'products.notRegistrable.generic': 'dit artikel wordt niet geregistreerd voor CPS.',
  'products.error.serialNumber.example': '{example} is het voorbeeld uit het formulier, niet jouw serienummer. Typ het serienummer van je product – je vindt het op het etiket, meestal aan de onderkant.',
  'products.tierOpened': '🎉 Nieuw niveau open: met {points, number} punten kun je nu {tier} kiezen.',
  'products.draft.kept': 'Ik heb bewaard wat je de vorige keer hebt ingevuld{model, select, none {} other {: {model}}}{serial, select, none {} other {, serienummer {serial}}}. Controleer het in het formulier hieronder en registreer het product, of pas eerst iets aan.',
  'products.error.serialNumber.pattern': 'Dit lijkt geen serienummer van dit model. Het ziet er zo uit: {example}.',
  'products.error.purchaseDate.format': 'Vul de datum in als JJJJ-MM-DD, bijvoorbeeld 2024-03-15.',
  'products.error.purchaseDate.future': 'De aankoopdatum kan niet in de toekomst liggen.',
  'products.error.purchaseDate.beforeRelease': 'Dit model is op {date} uitgekomen, dus de aankoopdatum kan niet eerder zijn.',
  'products.error.purchaseCountry.unknown': 'Kies het land uit de lijst.',
  'products.error.dealer.tooLong': 'De naam van de dealer mag maximaal {max} tekens zijn.',
  'products.error.duplicateOwn': 'Je hebt dit serienummer al geregistreerd onder Mijn producten ({model}).',
  'products.notFound': 'Ik kan dat product niet vinden onder Mijn producten. Hier is je lijst.',

  'products.saved.complete':
    '✅ {model} is geregistreerd en heeft een groen vinkje: {points, plural, one {# punt toegewezen} other {# punten toegewezen}}.',
  'products.saved.completeNoPoints':
    '✅ {model} is geregistreerd en heeft een groen vinkje. Dit model levert geen punten op, maar is wel geregistreerd.',
  'products.saved.incomplete':
    '{model} is opgeslagen, maar heeft nog geen groen vinkje: {fields} ontbreekt. Vul de gegevens aan via ‘Product bekijken’ om de punten te krijgen.',
  'products.saved.alreadyRegistered':
    'Deze {model} (serienummer {serial}) staat al onder Mijn producten, dus er is niets dubbel geregistreerd. Open het product met ‘Product bekijken’ om de gegevens te wijzigen.',
  'products.saved.total': 'Je punten nu: {points, number}.',
  'products.conflict':
    'De {model} met serienummer {serial} is al geregistreerd door een ander bedrijf, dus ik kan hem niet voor je registreren. Is hij van jou (tweedehands gekocht of overgenomen van een ander bedrijf)? Dan kan CPS Priority support dit voor je uitzoeken.',

  'products.button.save': 'Product opslaan',
  'products.button.view': 'Product bekijken',
  'products.button.addAnother': 'Nog een product registreren',
  'products.button.register': 'Product registreren',
  'products.button.registerModel': 'Een {model} registreren',
  'products.button.support': 'Contact opnemen met CPS Priority support',
  'products.button.list': 'Mijn producten',
  'products.button.more': 'Meer tonen',
  'products.button.migrate': 'Producten migreren',

  'products.list.title': 'Mijn producten',
  'products.list.empty':
    'Je hebt nog geen producten geregistreerd. Registreer je Canon-camera’s, objectieven, printers en projectors om punten te verzamelen.',
  'products.list.complete':
    '✅ {points, plural, one {# punt} other {# punten}}',
  'products.list.completeNoPoints':
    '✅ Geregistreerd (geen punten voor dit model)',
  'products.list.incomplete': 'Geen groen vinkje: {fields} ontbreekt',
  'products.list.serial': 'Serienummer {serial}',
  'products.list.noSerial': 'Nog geen serienummer',
  'products.list.summary':
    'Volledige registraties: {complete} van {total}',
  'products.list.page': '{from}–{to} van {total}.',
  'products.points.total': 'Je punten: {points, number}',
  'products.meter.bar': '{bar} {points, number} / {target, number}',
  'products.meter.milestone': '{name}: {points, number} punten',
  'products.meter.milestoneMoreThan': '{name}: meer dan {points, number} punten',
  'products.meter.reached': '✅ bereikt',
  'products.meter.toGo': 'nog {toGo, number}',
  'products.meter.invited': 'Je hebt genoeg punten om lid te worden van CPS.',
  'products.meter.toInvitation': 'Nog {toGo, plural, one {# punt} other {# punten}} en je wordt uitgenodigd om lid te worden van CPS.',
  'products.whatIf.complete': 'Als je de ontbrekende gegevens van je {model} aanvult, kom je op {points, number} punten ({tier}).',
  'products.whatIf.register': 'Als je een {model} registreert, kom je op {points, number} punten ({tier}).',
  'products.whatIf.closer': 'Als je een {model} registreert, krijg je er {add, number} punten bij; daarna heb je er nog {toGo, number} nodig voor {tier}.',
  'products.migrate.missingHint':
    'Zie je geen knop ‘Producten migreren’? Dan is je oude e-mailadres niet opgegeven tijdens de registratie van je zakelijke account. Registreer je producten opnieuw of neem contact op met CPS Priority support.',
  'products.migrate.migratedOn': 'De producten van je oude CPS-account ({email}) zijn gemigreerd.',
  'products.migrate.notFoundHint': 'We hebben nog geen oude CPS-account voor {email}, dus er is niets te migreren. CPS Priority support kan het voor je nagaan.',

  'products.migrate.noEmail':
    'Er is geen ‘Producten migreren’ voor je bedrijf, omdat er bij de aanvraag van de zakelijke account geen oud CPS-e-mailadres is opgegeven. Registreer je producten hier opnieuw of neem contact op met CPS Priority support.',
  'products.migrate.noAccount':
    'Ik heb geen oude CPS-account gevonden voor {email}, dus er is niets te migreren. Registreer je producten hier opnieuw of neem contact op met CPS Priority support.',
  'products.migrate.preview.title': 'Producten migreren van je oude CPS-account',
  'products.migrate.preview.account': 'Oude CPS-account: {email}',
  'products.migrate.preview.found': 'Gevonden producten',
  'products.migrate.preview.alreadyRegistered': 'Al onder Mijn producten',
  'products.migrate.preview.elsewhere': 'Geregistreerd door een ander bedrijf',
  'products.migrate.preview.toMigrate': 'Worden gemigreerd',
  'products.migrate.preview.incomplete': 'Waarvan zonder groen vinkje (gegevens ontbreken)',
  'products.migrate.preview.points': 'Levert in totaal op',
  'products.migrate.preview.pointsValue': '{points, plural, one {# punt} other {# punten}}',
  'products.migrate.preview.confirmHint': 'Er is nog niets gemigreerd. Klik op ‘Producten migreren’ om ze naar Mijn producten te verplaatsen.',
  'products.migrate.preview.nothing': 'Alles van je oude CPS-account staat al onder Mijn producten. Er valt niets meer te migreren.',
  'products.migrate.preview.elsewhereHint':
    'Producten die door een ander bedrijf zijn geregistreerd, blijven waar ze zijn. Zijn ze van jou, dan kan CPS Priority support helpen.',
  'products.migrate.result':
    '{count, plural, one {# product is gemigreerd naar Mijn producten.} other {# producten zijn gemigreerd naar Mijn producten.}}',
  'products.migrate.resultNothing':
    'Niets nieuws te migreren: Mijn producten is bijgewerkt.',
  'products.migrate.resultIncomplete':
    '{count, plural, one {# daarvan heeft} other {# daarvan hebben}} nog geen groen vinkje: open het product onder Mijn producten met ‘Product bekijken’ en vul de ontbrekende gegevens aan.',

  'products.invitation.title': 'Je hebt {points, number} punten: je bent uitgenodigd om lid te worden van CPS!',
  'products.invitation.body':
    'Met {threshold, number} punten of meer kun je lid worden van Canon Professional Services. Je ziet alle beschikbare lidmaatschapsniveaus; hoe meer punten je hebt, hoe meer niveaus in aanmerking komen.',

  'products.return.points': 'Je hebt {points, number} punten onder Mijn producten.',
  'products.return.toGo': 'Je hebt {points, number} punten onder Mijn producten: nog {toGo, number} en je wordt uitgenodigd om lid te worden van CPS.',

  'products.category.camera-body': 'Camerabody',
  'products.category.lens-rf': 'RF-objectief',
  'products.category.lens-ef': 'EF-objectief',
  'products.category.cinema': 'Cinema EOS',
  'products.category.compact': 'PowerShot',
  'products.category.printer': 'imagePROGRAF-printer',
  'products.category.projector': 'Projector',
  'products.category.accessory': 'Accessoires en verbruiksartikelen',
} as const satisfies ProductsMessages;
