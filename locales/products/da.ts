import type { ProductsMessages } from './en';

export const productsDa = {
  'products.needsAccount':
    'Produkter registreres under din Canon-virksomhedskonto, så du skal først have en godkendt virksomhedskonto. Ansøg om en her i chatten – det tager kun få minutter.',
  'products.applicationPending':
    'Din ansøgning om en virksomhedskonto er ved at blive valideret (det tager op til to hverdage). Så snart den er godkendt, kan du registrere dine produkter her.',
  'products.accountInactive':
    'Din virksomhedskonto er ikke aktiv i øjeblikket, så der kan ikke registreres produkter. Kontakt CPS Priority-support.',

  'products.entry.titleNew': 'Registrér et produkt',
  'products.entry.titleEdit': 'Vis produkt: {model}',
  'products.entry.intro':
    'Udfyld det, du ved. Kan du ikke huske de nøjagtige detaljer, er dit bedste bud fint, og du kan lade et felt stå tomt og udfylde det senere. Kun komplette registreringer (serienummer, købsdato, købsland og forhandler) får et grønt flueben og giver point.',
  'products.entry.statusComplete':
    '✅ Komplet: {points, plural, one {# point tildelt} other {# point tildelt}}.',
  'products.entry.statusCompleteNoPoints':
    '✅ Komplet og registreret (denne model giver ingen point).',
  'products.entry.statusIncomplete': 'Intet grønt flueben endnu. Mangler: {fields}.',
  'products.entry.fixErrors': 'Kontrollér de felter, der er markeret herunder. Alt det andet, du har indtastet, er der stadig.',
  'products.entry.serialHintModel':
    'Serienummeret på en {model} ser sådan ud: {example}. Du finder det på selve produktet (under kameraet, på objektivet) eller på æsken.',
  'products.entry.serialHintGeneral':
    'Du finder serienummeret på selve produktet (under kameraet, på objektivet) eller på æsken. Eksempler: {examples}.',
  'products.entry.serialExample': '{category} {example}',
  'products.entry.dealerSuggestions': 'Forhandlere i {country}: {dealers}. En anden forhandler er også fint.',
  'products.field.model': 'Model',
  'products.field.model.placeholder': 'Skriv for at søge, f.eks. EOS R5',
  'products.field.serialNumber': 'Serienummer',
  'products.field.serialNumber.placeholder': 'f.eks. {example}',
  'products.field.purchaseDate': 'Købsdato',
  'products.field.purchaseCountry': 'Købsland',
  'products.field.purchaseCountry.placeholder': 'Skriv for at søge',
  'products.field.dealer': 'Forhandler',
  'products.field.dealer.placeholder': 'Hvor du købte det',
  'products.choice.notRegistrable': '{model} (kan ikke registreres)',
  'products.missingField.serialNumber': 'serienummer',
  'products.missingField.purchaseDate': 'købsdato',
  'products.missingField.purchaseCountry': 'købsland',
  'products.missingField.dealer': 'forhandler',

  'products.error.model.required': 'Vælg modellen på listen.',
  'products.error.model.unknown': 'Den model findes ikke i vores katalog. Vælg den på listen.',
  'products.error.model.notRegistrable': '{model} kan ikke registreres: {reason}',
  'products.notRegistrable.consumable': 'papir, blæk og andre forbrugsvarer registreres ikke og giver ikke CPS-point.',
  'products.notRegistrable.accessory':
    'remme, batterier og andet småtilbehør registreres ikke. Registrér i stedet kameraet, objektivet, printeren eller projektoren.',
  'products.notRegistrable.generic': 'denne vare registreres ikke i CPS.',
  'products.error.serialNumber.example': '{example} er eksemplet fra formularen, ikke dit serienummer. Skriv serienummeret på dit produkt – du finder det på mærkaten, som regel i bunden.',
  'products.tierOpened': '🎉 Nyt niveau åbent: med {points, number} point kan du nu vælge {tier}.',
  'products.draft.kept': 'Jeg har gemt det, du skrev sidst{model, select, none {} other {: {model}}}{serial, select, none {} other {, serienummer {serial}}}. Tjek det i formularen herunder, og registrér produktet, eller ret det først.',
  'products.error.serialNumber.pattern': 'Det ligner ikke et serienummer for denne model. Det skal se sådan ud: {example}.',
  'products.error.purchaseDate.format': 'Skriv datoen som ÅÅÅÅ-MM-DD, f.eks. 2024-03-15.',
  'products.error.purchaseDate.future': 'Købsdatoen kan ikke ligge i fremtiden.',
  'products.error.purchaseDate.beforeRelease': 'Denne model kom på markedet den {date}, så købsdatoen kan ikke være tidligere.',
  'products.error.purchaseCountry.unknown': 'Vælg landet på listen.',
  'products.error.dealer.tooLong': 'Forhandlerens navn må højst være {max} tegn.',
  'products.error.duplicateOwn': 'Du har allerede registreret dette serienummer under Mine produkter ({model}).',
  'products.notFound': 'Jeg kunne ikke finde det produkt under Mine produkter. Her er din liste.',

  'products.saved.complete':
    '✅ {model} er registreret og har et grønt flueben: {points, plural, one {# point tildelt} other {# point tildelt}}.',
  'products.saved.completeNoPoints':
    '✅ {model} er registreret og har et grønt flueben. Denne model giver ingen point, men den er registreret.',
  'products.saved.incomplete':
    '{model} er gemt, men har endnu ikke et grønt flueben: {fields} mangler. Tilføj oplysningerne via “Vis produkt” for at få pointene.',
  'products.saved.alreadyRegistered':
    'Denne {model} (serienummer {serial}) er allerede under Mine produkter, så intet er registreret to gange. Åbn den med “Vis produkt” for at ændre oplysningerne.',
  'products.saved.total': 'Dine point nu: {points, number}.',
  'products.conflict':
    '{model} med serienummer {serial} er allerede registreret af en anden virksomhed, så jeg kan ikke registrere den for dig. Hvis den er din (købt brugt eller flyttet fra en anden virksomhed), kan CPS Priority-support hjælpe med at løse det.',

  'products.button.save': 'Gem produkt',
  'products.button.view': 'Vis produkt',
  'products.button.addAnother': 'Registrér et produkt mere',
  'products.button.register': 'Registrér et produkt',
  'products.button.registerModel': 'Registrér en {model}',
  'products.button.support': 'Kontakt CPS Priority-support',
  'products.button.list': 'Mine produkter',
  'products.button.more': 'Vis flere',
  'products.button.migrate': 'Overfør produkter',

  'products.list.title': 'Mine produkter',
  'products.list.empty':
    'Du har ikke registreret nogen produkter endnu. Registrér dine Canon-kameraer, objektiver, printere og projektorer for at optjene point.',
  'products.list.complete':
    '✅ {points, plural, one {# point} other {# point}}',
  'products.list.completeNoPoints':
    '✅ Registreret (ingen point for denne model)',
  'products.list.incomplete': 'Intet grønt flueben: {fields} mangler',
  'products.list.serial': 'Serienummer {serial}',
  'products.list.noSerial': 'Intet serienummer endnu',
  'products.list.summary':
    'Komplette registreringer: {complete} af {total}',
  'products.list.page': 'Viser {from}–{to} af {total}.',
  'products.points.total': 'Dine point: {points, number}',
  'products.meter.bar': '{bar} {points, number} / {target, number}',
  'products.meter.milestone': '{name}: {points, number} point',
  'products.meter.milestoneMoreThan': '{name}: mere end {points, number} point',
  'products.meter.reached': '✅ nået',
  'products.meter.toGo': '{toGo, number} mangler',
  'products.meter.invited': 'Du har point nok til at tilmelde dig CPS.',
  'products.meter.toInvitation': '{toGo, plural, one {# point mere} other {# point mere}}, så bliver du inviteret til at tilmelde dig CPS.',
  'products.whatIf.complete': 'Tilføjer du de manglende oplysninger om din {model}, når du op på {points, number} point ({tier}).',
  'products.whatIf.register': 'Registrerer du en {model}, når du op på {points, number} point ({tier}).',
  'products.whatIf.closer': 'Registrerer du en {model}, får du {add, number} point mere; derefter mangler du {toGo, number} for at nå {tier}.',
  'products.migrate.missingHint':
    'Kan du ikke se knappen “Overfør produkter”? Så blev din gamle e-mail ikke angivet i din registrering af virksomhedskontoen. Registrér dine produkter igen, eller kontakt CPS Priority-support.',
  'products.migrate.migratedOn': 'Produkterne fra din gamle CPS-konto ({email}) er overført.',
  'products.migrate.notFoundHint': 'Vi har endnu ingen gammel CPS-konto for {email}, så der er intet at overføre. CPS Priority-support kan undersøge det.',

  'products.migrate.noEmail':
    'Der er ingen “Overfør produkter” for din virksomhed, fordi der ikke blev angivet en gammel CPS-e-mail i registreringen af virksomhedskontoen. Registrér dine produkter igen her, eller kontakt CPS Priority-support.',
  'products.migrate.noAccount':
    'Jeg fandt ingen gammel CPS-konto for {email}, så der er intet at overføre. Registrér dine produkter igen her, eller kontakt CPS Priority-support.',
  'products.migrate.preview.title': 'Overfør produkter fra din gamle CPS-konto',
  'products.migrate.preview.account': 'Gammel CPS-konto: {email}',
  'products.migrate.preview.found': 'Produkter fundet',
  'products.migrate.preview.alreadyRegistered': 'Allerede under Mine produkter',
  'products.migrate.preview.elsewhere': 'Registreret af en anden virksomhed',
  'products.migrate.preview.toMigrate': 'Bliver overført',
  'products.migrate.preview.incomplete': 'Heraf uden grønt flueben (oplysninger mangler)',
  'products.migrate.preview.points': 'Giver i alt',
  'products.migrate.preview.pointsValue': '{points, plural, one {# point} other {# point}}',
  'products.migrate.preview.confirmHint': 'Der er ikke overført noget endnu. Tryk på “Overfør produkter” for at flytte dem til Mine produkter.',
  'products.migrate.preview.nothing': 'Alt fra din gamle CPS-konto er allerede under Mine produkter. Der er intet tilbage at overføre.',
  'products.migrate.preview.elsewhereHint':
    'Produkter, der er registreret af en anden virksomhed, bliver, hvor de er. Hvis de er dine, kan CPS Priority-support hjælpe.',
  'products.migrate.result':
    '{count, plural, one {# produkt er overført til Mine produkter.} other {# produkter er overført til Mine produkter.}}',
  'products.migrate.resultNothing':
    'Intet nyt at overføre: Mine produkter er opdateret.',
  'products.migrate.resultIncomplete':
    '{count, plural, one {# af dem har} other {# af dem har}} endnu ikke et grønt flueben: åbn produktet under Mine produkter med “Vis produkt”, og tilføj de manglende oplysninger.',

  'products.invitation.title': 'Du har {points, number} point: du er inviteret til at tilmelde dig CPS!',
  'products.invitation.body':
    'Med {threshold, number} point eller mere kan du tilmelde dig Canon Professional Services. Du vil kunne se alle tilgængelige medlemskabsniveauer; jo flere point du har, jo flere CPS-niveauer er der åbne for dig.',

  'products.return.points': 'Du har {points, number} point under Mine produkter.',
  'products.return.toGo': 'Du har {points, number} point under Mine produkter: {toGo, number} mere, så bliver du inviteret til at tilmelde dig CPS.',

  'products.category.camera-body': 'Kamerahus',
  'products.category.lens-rf': 'RF-objektiv',
  'products.category.lens-ef': 'EF-objektiv',
  'products.category.cinema': 'Cinema EOS',
  'products.category.compact': 'PowerShot',
  'products.category.printer': 'imagePROGRAF-printer',
  'products.category.projector': 'Projektor',
  'products.category.accessory': 'Tilbehør og forbrugsvarer',
} as const satisfies ProductsMessages;
