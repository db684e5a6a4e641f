/** Messages of the products journey (English is the key source for this area). */
export const productsEn = {
  // Who may register
  'products.needsAccount':
    'Products are registered under your Canon business account, so you need an approved business account first. Apply for one here in the chat — it only takes a few minutes.',
  'products.applicationPending':
    'Your business account application is still being validated (this can take up to two business days). As soon as it is approved, you can register your products here.',
  'products.accountInactive':
    'Your business account is not active at the moment, so products cannot be registered. Please contact CPS Priority Support.',

  // Entry card
  'products.entry.titleNew': 'Register a product',
  'products.entry.titleEdit': 'View product: {model}',
  'products.entry.intro':
    'Fill in what you know. If you do not remember the exact details, a best guess is fine, and you can leave a field empty and add it later. Only complete registrations (serial number, purchase date, country of purchase and dealer) get a green tick and earn points.',
  'products.entry.statusComplete':
    '✅ Complete: {points, plural, one {# point allocated} other {# points allocated}}.',
  'products.entry.statusCompleteNoPoints':
    '✅ Complete and registered (this model earns no points).',
  'products.entry.statusIncomplete': 'No green tick yet. Missing: {fields}.',
  'products.entry.fixErrors': 'Please check the fields marked below. Everything else you entered is still there.',
  'products.entry.serialHintModel': 'The serial number of a {model} looks like {example}. You find it on the product itself (under the camera, on the lens barrel) or on the box.',
  'products.entry.serialHintGeneral': 'You find the serial number on the product itself (under the camera, on the lens barrel) or on the box. Examples: {examples}.',
  'products.entry.serialExample': '{category} {example}',
  'products.entry.dealerSuggestions': 'Dealers in {country}: {dealers}. Any other dealer is fine too.',
  'products.field.model': 'Model',
  'products.field.model.placeholder': 'Type to search, e.g. EOS R5',
  'products.field.serialNumber': 'Serial number',
  'products.field.serialNumber.placeholder': 'e.g. {example}',
  'products.field.purchaseDate': 'Purchase date',
  'products.field.purchaseCountry': 'Country of purchase',
  'products.field.purchaseCountry.placeholder': 'Type to search',
  'products.field.dealer': 'Dealer',
  'products.field.dealer.placeholder': 'Where you bought it',
  'products.choice.notRegistrable': '{model} (cannot be registered)',
  'products.missingField.serialNumber': 'serial number',
  'products.missingField.purchaseDate': 'purchase date',
  'products.missingField.purchaseCountry': 'country of purchase',
  'products.missingField.dealer': 'dealer',

  // Validation
  'products.error.model.required': 'Choose the model from the list.',
  'products.error.model.unknown': 'That model is not in our catalogue. Choose it from the list.',
  'products.error.model.notRegistrable': '{model} cannot be registered: {reason}',
  'products.notRegistrable.consumable': 'paper, ink and other consumables are not registered and do not earn CPS points.',
  'products.notRegistrable.accessory':
    'straps, batteries and other small accessories are not registered. Register the camera, lens, printer or projector instead.',
  'products.notRegistrable.generic': 'this item is not registered for CPS.',
  'products.error.serialNumber.example': '{example} is the example from the form, not your serial number. Please type the serial number on your product – you find it on the label, usually on the bottom.',
  'products.tierOpened': '🎉 New tier open: with {points, number} points you can now choose {tier}.',
  'products.draft.kept': 'I kept what you typed last time{model, select, none {} other {: {model}}}{serial, select, none {} other {, serial number {serial}}}. Check it in the form below and register it, or change anything first.',
  'products.error.serialNumber.pattern': 'This does not look like a serial number of this model. It should look like {example}.',
  'products.error.purchaseDate.format': 'Enter the date as YYYY-MM-DD, for example 2024-03-15.',
  'products.error.purchaseDate.future': 'The purchase date cannot be in the future.',
  'products.error.purchaseDate.beforeRelease': 'This model came out on {date}, so the purchase date cannot be earlier.',
  'products.error.purchaseCountry.unknown': 'Choose the country from the list.',
  'products.error.dealer.tooLong': 'Please keep the dealer name under {max} characters.',
  'products.error.duplicateOwn': 'You have already registered this serial number in My products ({model}).',
  'products.notFound': 'I could not find that product in My products. Here is your list.',

  // Saving
  'products.saved.complete':
    '✅ {model} is registered and has a green tick: {points, plural, one {# point allocated} other {# points allocated}}.',
  'products.saved.completeNoPoints':
    '✅ {model} is registered and has a green tick. This model earns no points, but it is registered.',
  'products.saved.incomplete': '{model} is saved, but has no green tick yet: {fields} missing. Add the details with “View product” to get the points.',
  'products.saved.alreadyRegistered':
    'This {model} (serial number {serial}) is already in My products, so nothing was registered twice. Open it with “View product” to change its details.',
  'products.saved.total': 'Your points now: {points, number}.',
  'products.conflict':
    'The {model} with serial number {serial} is already registered to another business, so I cannot register it for you. If it is yours (bought second-hand, or moved from another company), CPS Priority Support can sort it out.',

  // Buttons
  'products.button.save': 'Save product',
  'products.button.view': 'View product',
  'products.button.addAnother': 'Register another product',
  'products.button.register': 'Register a product',
  'products.button.registerModel': 'Register a {model}',
  'products.button.support': 'Ask CPS Priority Support',
  'products.button.list': 'My products',
  'products.button.more': 'Show more',
  'products.button.migrate': 'Migrate products',

  // My products
  'products.list.title': 'My products',
  'products.list.empty': 'You have not registered any products yet. Register your Canon cameras, lenses, printers and projectors to collect points.',
  'products.list.complete':
    '✅ {points, plural, one {# point} other {# points}}',
  'products.list.completeNoPoints':
    '✅ Registered (no points for this model)',
  'products.list.incomplete': 'No green tick: {fields} missing',
  'products.list.serial': 'Serial number {serial}',
  'products.list.noSerial': 'No serial number yet',
  'products.list.summary':
    'Complete registrations: {complete} of {total}',
  'products.list.page': 'Showing {from}–{to} of {total}.',
  'products.points.total': 'Your points: {points, number}',
  'products.meter.bar': '{bar} {points, number} / {target, number}',
  'products.meter.milestone': '{name}: {points, number} points',
  'products.meter.milestoneMoreThan': '{name}: more than {points, number} points',
  'products.meter.reached': '✅ reached',
  'products.meter.toGo': '{toGo, number} to go',
  'products.meter.invited': 'You have enough points to join CPS.',
  'products.meter.toInvitation': '{toGo, plural, one {# more point} other {# more points}} and you are invited to join CPS.',
  'products.whatIf.complete': 'Adding the missing details of your {model} gets you to {points, number} points ({tier}).',
  'products.whatIf.register': 'Registering a {model} gets you to {points, number} points ({tier}).',
  'products.whatIf.closer': 'Registering a {model} adds {add, number} points; after that, {toGo, number} more to reach {tier}.',
  'products.migrate.missingHint':
    'Do you not see “Migrate products”? Then your old CPS e-mail address was not given when your business account was applied for. Register your products again, or contact CPS Priority Support.',
  'products.migrate.migratedOn': 'Products from your old CPS account ({email}) have been migrated.',
  'products.migrate.notFoundHint': 'We have no old CPS account for {email} yet, so there is nothing to migrate. CPS Priority Support can look into it.',

  // Migration
  'products.migrate.noEmail':
    'There is no “Migrate products” for your business because no old CPS e-mail address was given when the business account was applied for. Register your products again here, or contact CPS Priority Support.',
  'products.migrate.noAccount':
    'I found no old CPS account for {email}, so there is nothing to migrate. Register your products again here, or contact CPS Priority Support.',
  'products.migrate.preview.title': 'Migrate products from your old CPS account',
  'products.migrate.preview.account': 'Old CPS account: {email}',
  'products.migrate.preview.found': 'Products found',
  'products.migrate.preview.alreadyRegistered': 'Already in My products',
  'products.migrate.preview.elsewhere': 'Registered to another business',
  'products.migrate.preview.toMigrate': 'Will be migrated',
  'products.migrate.preview.incomplete': 'Of those, without a green tick (details missing)',
  'products.migrate.preview.points': 'Points they add',
  'products.migrate.preview.pointsValue': '{points, plural, one {# point} other {# points}}',
  'products.migrate.preview.confirmHint': 'Nothing has been migrated yet. Press “Migrate products” to move them into My products.',
  'products.migrate.preview.nothing': 'Everything from your old CPS account is already in My products. There is nothing left to migrate.',
  'products.migrate.preview.elsewhereHint':
    'Products registered to another business stay where they are. If they are yours, CPS Priority Support can help.',
  'products.migrate.result':
    '{count, plural, one {# product has been migrated to My products.} other {# products have been migrated to My products.}}',
  'products.migrate.resultNothing':
    'Nothing new to migrate: My products is up to date.',
  'products.migrate.resultIncomplete':
    '{count, plural, one {# of them has} other {# of them have}} no green tick yet: open it in My products with “View product” and add the missing details.',

  // Invitation (rule E1)
  'products.invitation.title': 'You have {points, number} points: you are invited to join CPS!',
  'products.invitation.body':
    'With {threshold, number} points or more you can join Canon Professional Services. You will see all available CPS tiers; the more points you have, the more tiers are open to you.',

  // Returning member
  'products.return.points': 'You have {points, number} points in My products.',
  'products.return.toGo': 'You have {points, number} points in My products: {toGo, number} more and you are invited to join CPS.',

  // Product lines
  'products.category.camera-body': 'Camera body',
  'products.category.lens-rf': 'RF lens',
  'products.category.lens-ef': 'EF lens',
  'products.category.cinema': 'Cinema EOS',
  'products.category.compact': 'PowerShot',
  'products.category.printer': 'imagePROGRAF printer',
  'products.category.projector': 'Projector',
  'products.category.accessory': 'Accessories and consumables',
} as const;

export type ProductsMessages = { readonly [K in keyof typeof productsEn]: string };
