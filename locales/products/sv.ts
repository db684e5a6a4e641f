import type { ProductsMessages } from './en';

export const productsSv = {
  'products.needsAccount':
    'Produkter registreras på ditt företagskonto hos Canon, så du behöver först ett godkänt företagskonto. Ansök om ett här i chatten – det tar bara några minuter.',
  'products.applicationPending':
    'Din ansökan om företagskonto håller på att valideras (det kan ta upp till två arbetsdagar). Så snart den är godkänd kan du registrera dina produkter här.',
  'products.accountInactive':
    'Ditt företagskonto är inte aktivt just nu, så inga produkter kan registreras. Kontakta CPS Priority Support.',

  'products.entry.titleNew': 'Registrera en produkt',
  'products.entry.titleEdit': 'Visa produkt: {model}',
  'products.entry.intro':
    'Fyll i det du vet. Om du inte kommer ihåg den exakta informationen räcker det att fylla i så noggrant du kan, och du kan lämna ett fält tomt och fylla i det senare. Bara fullständiga registreringar (serienummer, inköpsdatum, inköpsland och återförsäljare) får en grön bock och ger poäng.',
  'products.entry.statusComplete':
    '✅ Fullständig: {points, plural, one {# poäng tilldelad} other {# poäng tilldelade}}.',
  'products.entry.statusCompleteNoPoints':
    '✅ Fullständig och registrerad (den här modellen ger inga poäng).',
  'products.entry.statusIncomplete': 'Ingen grön bock än. Saknas: {fields}.',
  'products.entry.fixErrors': 'Kontrollera fälten som är markerade nedan. Allt annat du har fyllt i finns kvar.',
  'products.entry.serialHintModel':
    'Serienumret på en {model} ser ut så här: {example}. Du hittar det på själva produkten (under kameran, på objektivet) eller på kartongen.',
  'products.entry.serialHintGeneral':
    'Du hittar serienumret på själva produkten (under kameran, på objektivet) eller på kartongen. Exempel: {examples}.',
  'products.entry.serialExample': '{category} {example}',
  'products.entry.dealerSuggestions': 'Återförsäljare i {country}: {dealers}. En annan återförsäljare går också bra.',
  'products.field.model': 'Modell',
  'products.field.model.placeholder': 'Skriv för att söka, t.ex. EOS R5',
  'products.field.serialNumber': 'Serienummer',
  'products.field.serialNumber.placeholder': 't.ex. {example}',
  'products.field.purchaseDate': 'Inköpsdatum',
  'products.field.purchaseCountry': 'Inköpsland',
  'products.field.purchaseCountry.placeholder': 'Skriv för att söka',
  'products.field.dealer': 'Återförsäljare',
  'products.field.dealer.placeholder': 'Där du köpte den',
  'products.choice.notRegistrable': '{model} (kan inte registreras)',
  'products.missingField.serialNumber': 'serienummer',
  'products.missingField.purchaseDate': 'inköpsdatum',
  'products.missingField.purchaseCountry': 'inköpsland',
  'products.missingField.dealer': 'återförsäljare',

  'products.error.model.required': 'Välj modellen i listan.',
  'products.error.model.unknown': 'Den modellen finns inte i vår katalog. Välj den i listan.',
  'products.error.model.notRegistrable': '{model} kan inte registreras: {reason}',
  'products.notRegistrable.consumable': 'papper, bläck och andra förbrukningsartiklar registreras inte och ger inga CPS-poäng.',
  'products.notRegistrable.accessory':
    'remmar, batterier och andra små tillbehör registreras inte. Registrera i stället kameran, objektivet, skrivaren eller projektorn.',
  'products.notRegistrable.generic': 'den här artikeln registreras inte i CPS.',
  'products.error.serialNumber.example': '{example} är exemplet från formuläret, inte ditt serienummer. Skriv serienumret som står på din produkt – du hittar det på etiketten, oftast på undersidan.',
  'products.tierOpened': '🎉 Ny nivå öppen: med {points, number} poäng kan du nu välja {tier}.',
  'products.draft.kept': 'Jag har sparat det du skrev senast{model, select, none {} other {: {model}}}{serial, select, none {} other {, serienummer {serial}}}. Kontrollera det i formuläret nedan och registrera produkten, eller ändra något först.',
  'products.error.serialNumber.pattern': 'Det ser inte ut som ett serienummer för den här modellen. Det ska se ut så här: {example}.',
  'products.error.purchaseDate.format': 'Skriv datumet som ÅÅÅÅ-MM-DD, t.ex. 2024-03-15.',
  'products.error.purchaseDate.future': 'Inköpsdatumet kan inte ligga i framtiden.',
  'products.error.purchaseDate.beforeRelease': 'Den här modellen kom ut den {date}, så inköpsdatumet kan inte vara tidigare.',
  'products.error.purchaseCountry.unknown': 'Välj landet i listan.',
  'products.error.dealer.tooLong': 'Återförsäljarens namn får vara högst {max} tecken.',
  'products.error.duplicateOwn': 'Du har redan registrerat det här serienumret under Mina produkter ({model}).',
  'products.notFound': 'Jag hittade inte den produkten under Mina produkter. Här är din lista.',

  'products.saved.complete':
    '✅ {model} är registrerad och har en grön bock: {points, plural, one {# poäng tilldelad} other {# poäng tilldelade}}.',
  'products.saved.completeNoPoints':
    '✅ {model} är registrerad och har en grön bock. Den här modellen ger inga poäng, men den är registrerad.',
  'products.saved.incomplete':
    '{model} är sparad men har ingen grön bock än: {fields} saknas. Lägg till uppgifterna via ”Visa produkt” för att få poängen.',
  'products.saved.alreadyRegistered':
    'Den här {model} (serienummer {serial}) finns redan under Mina produkter, så inget har registrerats två gånger. Öppna den med ”Visa produkt” om du vill ändra uppgifterna.',
  'products.saved.total': 'Dina poäng nu: {points, number}.',
  'products.conflict':
    '{model} med serienummer {serial} är redan registrerad av ett annat företag, så jag kan inte registrera den åt dig. Om den är din (köpt begagnad eller flyttad från ett annat företag) kan CPS Priority Support hjälpa dig att reda ut det.',

  'products.button.save': 'Spara produkt',
  'products.button.view': 'Visa produkt',
  'products.button.addAnother': 'Registrera en produkt till',
  'products.button.register': 'Registrera en produkt',
  'products.button.registerModel': 'Registrera en {model}',
  'products.button.support': 'Kontakta CPS Priority Support',
  'products.button.list': 'Mina produkter',
  'products.button.more': 'Visa fler',
  'products.button.migrate': 'Migrera produkter',

  'products.list.title': 'Mina produkter',
  'products.list.empty':
    'Du har inte registrerat några produkter än. Registrera dina Canon-kameror, objektiv, skrivare och projektorer för att samla poäng.',
  'products.list.complete':
    '✅ {points, plural, one {# poäng} other {# poäng}}',
  'products.list.completeNoPoints':
    '✅ Registrerad (inga poäng för den här modellen)',
  'products.list.incomplete': 'Ingen grön bock: {fields} saknas',
  'products.list.serial': 'Serienummer {serial}',
  'products.list.noSerial': 'Inget serienummer än',
  'products.list.summary':
    'Fullständiga registreringar: {complete} av {total}',
  'products.list.page': 'Visar {from}–{to} av {total}.',
  'products.points.total': 'Dina poäng: {points, number}',
  'products.meter.bar': '{bar} {points, number} / {target, number}',
  'products.meter.milestone': '{name}: {points, number} poäng',
  'products.meter.milestoneMoreThan': '{name}: mer än {points, number} poäng',
  'products.meter.reached': '✅ uppnått',
  'products.meter.toGo': '{toGo, number} kvar',
  'products.meter.invited': 'Du har tillräckligt med poäng för att gå med i CPS.',
  'products.meter.toInvitation': '{toGo, plural, one {# poäng till} other {# poäng till}}, så får du en inbjudan att gå med i CPS.',
  'products.whatIf.complete': 'Om du lägger till de uppgifter som saknas för din {model} kommer du upp i {points, number} poäng ({tier}).',
  'products.whatIf.register': 'Om du registrerar en {model} kommer du upp i {points, number} poäng ({tier}).',
  'products.whatIf.closer': 'Om du registrerar en {model} får du {add, number} poäng till; sedan saknas {toGo, number} för att nå {tier}.',
  'products.migrate.missingHint':
    'Ser du inte knappen ”Migrera produkter”? Då angavs inte din gamla e-postadress när du ansökte om företagskontot. Registrera dina produkter igen eller kontakta CPS Priority Support.',
  'products.migrate.migratedOn': 'Produkterna från ditt gamla CPS-konto ({email}) har migrerats.',
  'products.migrate.notFoundHint': 'Vi har ännu inget gammalt CPS-konto för {email}, så det finns inget att migrera. CPS Priority Support kan undersöka saken.',

  'products.migrate.noEmail':
    'Det finns ingen ”Migrera produkter” för ditt företag eftersom ingen gammal CPS-e-postadress angavs när du ansökte om företagskontot. Registrera dina produkter igen här eller kontakta CPS Priority Support.',
  'products.migrate.noAccount':
    'Jag hittade inget gammalt CPS-konto för {email}, så det finns inget att migrera. Registrera dina produkter igen här eller kontakta CPS Priority Support.',
  'products.migrate.preview.title': 'Migrera produkter från ditt gamla CPS-konto',
  'products.migrate.preview.account': 'Gammalt CPS-konto: {email}',
  'products.migrate.preview.found': 'Produkter som hittades',
  'products.migrate.preview.alreadyRegistered': 'Finns redan under Mina produkter',
  'products.migrate.preview.elsewhere': 'Registrerade av ett annat företag',
  'products.migrate.preview.toMigrate': 'Kommer att migreras',
  'products.migrate.preview.incomplete': 'Varav utan grön bock (uppgifter saknas)',
  'products.migrate.preview.points': 'Ger totalt',
  'products.migrate.preview.pointsValue': '{points, plural, one {# poäng} other {# poäng}}',
  'products.migrate.preview.confirmHint': 'Inget har migrerats än. Tryck på ”Migrera produkter” för att flytta dem till Mina produkter.',
  'products.migrate.preview.nothing': 'Allt från ditt gamla CPS-konto finns redan under Mina produkter. Det finns inget kvar att migrera.',
  'products.migrate.preview.elsewhereHint':
    'Produkter som är registrerade av ett annat företag stannar där de är. Om de är dina kan CPS Priority Support hjälpa dig.',
  'products.migrate.result':
    '{count, plural, one {# produkt har migrerats till Mina produkter.} other {# produkter har migrerats till Mina produkter.}}',
  'products.migrate.resultNothing':
    'Inget nytt att migrera: Mina produkter är uppdaterad.',
  'products.migrate.resultIncomplete':
    '{count, plural, one {# av dem har} other {# av dem har}} ingen grön bock än: öppna produkten under Mina produkter med ”Visa produkt” och lägg till uppgifterna som saknas.',

  'products.invitation.title': 'Du har {points, number} poäng: du är inbjuden att gå med i CPS!',
  'products.invitation.body':
    'Med {threshold, number} poäng eller mer kan du gå med i Canon Professional Services. Du ser alla tillgängliga medlemsnivåer; ju fler poäng du har, desto fler nivåalternativ är öppna för dig.',

  'products.return.points': 'Du har {points, number} poäng under Mina produkter.',
  'products.return.toGo': 'Du har {points, number} poäng under Mina produkter: {toGo, number} till, så får du en inbjudan att gå med i CPS.',

  'products.category.camera-body': 'Kamerahus',
  'products.category.lens-rf': 'RF-objektiv',
  'products.category.lens-ef': 'EF-objektiv',
  'products.category.cinema': 'Cinema EOS',
  'products.category.compact': 'PowerShot',
  'products.category.printer': 'imagePROGRAF-skrivare',
  'products.category.projector': 'Projektor',
  'products.category.accessory': 'Tillbehör och förbrukningsartiklar',
} as const satisfies ProductsMessages;
