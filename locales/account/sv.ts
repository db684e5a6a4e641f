import type { AccountMessages } from './en';

export const accountSv = {
  'account.form.title': 'Ansök om ett företagskonto hos Canon',
  'account.form.intro': 'Berätta om ditt företag. Sedan ber jag dig om ett dokument som styrker uppgifterna.',
  'account.form.fixErrors': 'Kontrollera fälten som är markerade med rött. Allt annat du har fyllt i finns kvar.',
  'account.form.country': 'Företagets land',
  'account.form.countryPlaceholder': 'Välj ett land',
  'account.form.companyName': 'Företagsnamn',
  'account.form.address': 'Företagets adress',
  'account.form.vatRegistered': 'Är företaget momsregistrerat?',
  'account.form.vatYes': 'Ja, företaget är momsregistrerat',
  'account.form.vatNo': 'Nej, företaget är inte momsregistrerat',
  'account.form.vatNumber': 'Momsregistreringsnummer (endast om momsregistrerat)',
  'account.form.vatNumberPlaceholder': 'Till exempel SE556677889901',
  'account.form.documentType': 'Vilket dokument laddar du upp?',
  'account.form.documentHint':
    'Momsregistrerat: ditt momsregistreringscertifikat eller en företagsfaktura där momsregistreringsnumret och företagsnamnet syns tydligt. Inte momsregistrerat: ETT av dessa dokument där företagsnamn och adress framgår: en företagsfaktura, en företags- eller yrkeslicens eller bolagsordningen.',
  'account.form.authorised': 'Jag bekräftar att jag är behörig att lämna dessa uppgifter för företagets räkning.',
  'account.form.contactEmail': 'E-postadress för kontakt',
  'account.form.oldCpsEmail': 'Din gamla CPS-e-postadress (valfritt)',
  'account.form.oldCpsEmailHint':
    'Hade du ett CPS-konto tidigare? Ange dess e-postadress: bara då kan dina tidigare registrerade produkter migreras senare.',
  'account.form.required': 'Det här fältet måste fyllas i.',
  'account.form.continue': 'Fortsätt',
  'account.form.waiting': 'Fyll i formuläret ovan och tryck på ”Fortsätt”. Skriv **avbryt** om du vill sluta för tillfället.',

  'account.documentType.vat-certificate': 'Momsregistreringscertifikat',
  'account.documentType.company-invoice': 'Företagsfaktura',
  'account.documentType.business-licence': 'Företags- eller yrkeslicens',
  'account.documentType.articles-of-association': 'Bolagsordning',
  'account.yourDocument.vat-certificate': 'ditt momsregistreringscertifikat',
  'account.yourDocument.company-invoice': 'din företagsfaktura',
  'account.yourDocument.business-licence': 'din företags- eller yrkeslicens',
  'account.yourDocument.articles-of-association': 'bolagsordningen',

  'account.error.countryRequired': 'Välj det land där företaget har sitt säte.',
  'account.error.countryNotParticipating': 'CPS erbjuds inte i det landet. Välj ett av länderna i listan.',
  'account.error.companyNameRequired': 'Ange företagsnamnet.',
  'account.error.addressRequired': 'Ange företagets adress.',
  'account.error.tooLong': 'Det här är för långt: högst {max, number} tecken.',
  'account.error.vatRegisteredRequired': 'Ange om företaget är momsregistrerat.',
  'account.error.vatNumberRequired': 'Ange företagets momsregistreringsnummer, eller välj ”inte momsregistrerat”.',
  'account.error.vatFormat': 'Det här ser inte ut som ett momsregistreringsnummer från {country}. Kontrollera numret.',
  'account.error.vatChecksum':
    'Momsregistreringsnumret stämmer inte: kontrollsiffrorna är fel. Kontrollera om du har skrivit fel.',
  'account.error.vatOtherCountry':
    'Momsregistreringsnumret är från {otherCountry}, men företaget finns i {country}. Rätta numret eller landet.',
  'account.error.documentTypeRequired': 'Välj vilket dokument du laddar upp.',
  'account.error.documentNotForVat':
    'Ett momsregistrerat företag laddar upp sitt momsregistreringscertifikat eller en företagsfaktura där momsregistreringsnumret och företagsnamnet syns.',
  'account.error.documentNotForNoVat':
    'Utan momsregistrering laddar du upp en företagsfaktura, en företags- eller yrkeslicens eller bolagsordningen.',
  'account.error.authorised': 'Bekräfta att du är behörig att lämna dessa uppgifter för företagets räkning.',
  'account.error.contactEmailRequired': 'Ange en e-postadress där vi kan nå dig.',
  'account.error.email': 'Ange en giltig e-postadress, till exempel namn@foretag.se.',

  'account.document.askVat':
    'Tack! Skicka nu {yourDocument} som en fil här i chatten (använd gemet): PDF, JPEG eller PNG, högst 10 MB. Momsregistreringsnumret och företagsnamnet måste synas tydligt.',
  'account.document.askNoVat':
    'Tack! Skicka nu {yourDocument} som en fil här i chatten (använd gemet): PDF, JPEG eller PNG, högst 10 MB. Företagsnamn och adress måste framgå tydligt.',
  'account.document.received': 'Tack, jag har tagit emot {fileName} ({size}).',
  'account.document.receivedCompleteForm': 'Tack, jag har tagit emot {fileName} ({size}). Fyll nu i resten av formuläret och tryck på ”Fortsätt”.',
  'account.document.chooseTypeFirst':
    'Tack för filen. Innan jag kan spara den behöver du välja i formuläret vilket dokument det är, trycka på ”Fortsätt” och sedan skicka filen igen.',
  'account.document.tooLarge':
    'Filen är större än 10 MB, så jag kan inte ta emot den. Skicka en mindre PDF, JPEG eller PNG, till exempel en skanning med lägre upplösning. Resten av din ansökan finns kvar.',
  'account.document.unsupportedType':
    'Jag kan bara ta emot PDF-, JPEG- eller PNG-filer, och den här filen är ingen av dem (oavsett vad den heter). Skicka ditt dokument som PDF, JPEG eller PNG på högst 10 MB. Resten av din ansökan finns kvar.',
  'account.document.empty': 'Filen är tom. Skicka ditt dokument igen som PDF, JPEG eller PNG på högst 10 MB.',
  'account.document.unreachable':
    'Jag kunde inte hämta filen. Försök skicka den igen som PDF, JPEG eller PNG på högst 10 MB. Resten av din ansökan finns kvar.',
  'account.document.waiting':
    'Jag väntar på {yourDocument} som en fil: PDF, JPEG eller PNG, högst 10 MB. Skicka filen med gemet, eller skriv **avbryt** för att sluta för tillfället; dina uppgifter är sparade.',
  'account.documentCheck.differentVat': 'Ditt dokument visar momsregistreringsnumret {found}, men du skrev {typed}. Vilket är rätt?',
  'account.documentCheck.useDocument': 'Använd dokumentets nummer',
  'account.documentCheck.keepTyped': 'Behåll mitt nummer',
  'account.documentCheck.nameMissing': 'Jag hittar inte företagsnamnet {company} i dokumentet du skickade. Skicka gärna ett dokument där företagsnamnet syns tydligt. Du kan också skicka in ansökan som den är, så kontrollerar vårt team dokumentet.',
  'account.documentCheck.unreadable': 'Jag kunde inte läsa dokumentet du skickade. Skicka gärna en skarpare bild eller en PDF. Du kan också skicka in ansökan som den är, så tittar vårt team på dokumentet.',
  'account.documentCheck.vatUpdated': 'Klart: din ansökan har nu momsregistreringsnumret {vatNumber}.',
  'account.documentCheck.kept': 'Okej, jag behåller {typed}. Om dokumentet inte är rätt kan du skicka ett annat här i chatten.',
  'account.documentCheck.stale': 'Det valet går inte längre att göra, eftersom din ansökan eller dokumentet har ändrats under tiden.',

  'account.summary.title': 'Kontrollera din ansökan',
  'account.summary.intro': 'Stämmer allt? Om du vill byta dokument skickar du bara en ny fil.',
  'account.summary.country': 'Land',
  'account.summary.companyName': 'Företag',
  'account.summary.address': 'Adress',
  'account.summary.vatRegistered': 'Momsregistrerat',
  'account.summary.vatNumber': 'Momsregistreringsnummer',
  'account.summary.document': 'Dokument',
  'account.summary.documentValue': '{documentType}: {fileName} ({size})',
  'account.summary.authorised': 'Behörig att ansöka',
  'account.summary.contactEmail': 'E-post för kontakt',
  'account.summary.oldCpsEmail': 'Gammal CPS-e-postadress',
  'account.summary.noOldCpsEmail': 'Inte angiven: produkter från ett gammalt CPS-konto kan inte migreras senare',
  'account.summary.yes': 'Ja',
  'account.summary.no': 'Nej',
  'account.summary.send': 'Skicka ansökan',
  'account.summary.edit': 'Ändra',
  'account.summary.waiting': 'Kontrollera sammanfattningen ovan och tryck på ”Skicka ansökan”, eller på ”Ändra” om du vill ändra något.',
  'account.file.unnamed': 'din fil',

  'account.submitted':
    'Din ansökan {reference} har skickats och granskas nu. Det kan ta upp till två arbetsdagar att validera och skapa ditt företagskonto: du kan räkna med vårt beslut senast {date}.\n\nNär kontot är klart får du ett automatiskt e-postmeddelande från donotreply@canon-europe.com där du anger ditt nya lösenord. Försök inte att återställa lösenordet innan dess.',
  'account.status.title': 'Din ansökan om företagskonto',
  'account.status.reference': 'Referens',
  'account.status.state': 'Status',
  'account.status.expected': 'Beslut väntas senast',
  'account.state.draft': 'Inte skickad än',
  'account.state.under-review': 'Granskas',
  'account.state.approved': 'Godkänd',
  'account.state.rejected': 'Inte godkänd',
  'account.status.none': 'Du har inte ansökt om något företagskonto hos Canon än. Det tar bara några minuter.',
  'account.status.draft': 'Du har påbörjat ansökan {reference} men inte skickat den än. Fortsätt där du slutade: det du har fyllt i är sparat.',
  'account.status.underReview':
    'Din ansökan {reference} granskas. Du kan räkna med vårt beslut senast {date}. När kontot är klart får du ett automatiskt e-postmeddelande från donotreply@canon-europe.com där du anger ditt nya lösenord. Återställ inte lösenordet innan dess.',
  'account.status.approved':
    'Ditt företagskonto hos Canon för {company} är klart. Ange ditt lösenord via länken i e-postmeddelandet från donotreply@canon-europe.com, logga in och registrera sedan dina produkter för att samla poäng.',
  'account.status.rejected':
    'Din ansökan {reference} godkändes inte. Skäl: {reason}\n\nDu kan rätta den och skicka den igen; jag har sparat det du fyllde i.',
  'account.action.apply': 'Ansök om ett företagskonto',
  'account.action.continue': 'Fortsätt med min ansökan',
  'account.action.fix': 'Rätta och skicka igen',
  'account.action.registerProduct': 'Registrera en produkt',

  'account.password.noApplication':
    'Du anger ditt lösenord när ditt företagskonto har skapats. När du har ansökt validerar och skapar vi kontot inom två arbetsdagar, och du får ett automatiskt e-postmeddelande från donotreply@canon-europe.com där du anger ditt nya lösenord. Försök inte att återställa något lösenord innan dess.',
  'account.password.beforeApproval':
    'Vänta med lösenordet: ditt företagskonto håller på att valideras och skapas, vilket kan ta upp till två arbetsdagar (klart senast {date}). Du får ett automatiskt e-postmeddelande från donotreply@canon-europe.com där du anger ditt nya lösenord. Försök inte att återställa lösenordet innan dess.',
  'account.password.afterApproval':
    'Ditt företagskonto är aktivt, så du kan återställa lösenordet när som helst här: {resetLink}\n\nLogga in på ditt företagskonto här: {loginLink}',

  'account.approved.notice':
    'Goda nyheter: ditt företagskonto hos Canon för {company} har skapats (ansökan {reference}). Vi har skickat ett e-postmeddelande från donotreply@canon-europe.com till {email}: använd det för att ange ditt nya lösenord. Nästa steg: registrera dina produkter för att samla poäng.',
  'account.rejected.notice':
    'Din ansökan {reference} om ett företagskonto godkändes inte. Skäl: {reason}\n\nRätta det som behövs och skicka den igen; jag har sparat dina uppgifter.',
  'account.rejection.document-unreadable':
    'Vi kunde inte läsa dokumentet du skickade. Skicka en tydlig och fullständig kopia (PDF eller foto).',
  'account.rejection.document-mismatch':
    'Företagsnamnet eller momsregistreringsnumret i dokumentet stämmer inte med det du skrev i ansökan.',
  'account.rejection.vat-invalid':
    'Momsregistreringsnumret är inte giltigt i ditt land. Kontrollera det och skicka ansökan igen.',
  'account.rejection.document-type':
    'Dokumentet visar inte att företaget är registrerat. Skicka ett av de dokument som ansökan ber om.',
  'account.email.subject': 'Ditt företagskonto hos Canon är klart: ange ditt nya lösenord',
  'account.email.body':
    'Hej!\n\nDitt företagskonto hos Canon för {company} har skapats (ansökan {reference}).\n\nAnge ditt nya lösenord och logga in här:\n{loginLink}\n\nDu kan återställa lösenordet när som helst senare här:\n{resetLink}\n\nDet här är ett automatiskt meddelande som inte går att svara på.\n\nCanon Professional Services',
} as const satisfies AccountMessages;
