import type { AccountMessages } from './en';

export const accountDa = {
  'account.form.title': 'Ansøg om en Canon-virksomhedskonto',
  'account.form.intro': 'Fortæl os om din virksomhed. Bagefter beder jeg dig om ét dokument som dokumentation.',
  'account.form.fixErrors': 'Kontrollér felterne, der er markeret med rødt. Alt det andet, du har udfyldt, er der stadig.',
  'account.form.country': 'Virksomhedens land',
  'account.form.countryPlaceholder': 'Vælg et land',
  'account.form.companyName': 'Virksomhedens navn',
  'account.form.address': 'Virksomhedens adresse',
  'account.form.vatRegistered': 'Er virksomheden momsregistreret?',
  'account.form.vatYes': 'Ja, virksomheden er momsregistreret',
  'account.form.vatNo': 'Nej, virksomheden er ikke momsregistreret',
  'account.form.vatNumber': 'Momsnummer (kun hvis momsregistreret)',
  'account.form.vatNumberPlaceholder': 'F.eks. DK12345678',
  'account.form.documentType': 'Hvilket dokument vil du uploade?',
  'account.form.documentHint':
    'Momsregistreret: dit momsregistreringsbevis eller en firmafaktura, hvor momsnummeret og virksomhedens navn tydeligt fremgår. Ikke momsregistreret: ÉT af følgende dokumenter, hvor virksomhedens navn og adresse fremgår: en firmafaktura, en virksomheds- eller erhvervstilladelse eller vedtægter.',
  'account.form.authorised': 'Jeg bekræfter, at jeg har tilladelse til at give disse oplysninger på virksomhedens vegne.',
  'account.form.contactEmail': 'Kontakt-e-mail',
  'account.form.oldCpsEmail': 'Din gamle CPS-e-mail (valgfri)',
  'account.form.oldCpsEmailHint':
    'Har du tidligere haft en CPS-konto? Angiv dens e-mail: kun så kan du senere overføre dine tidligere registrerede produkter.',
  'account.form.required': 'Dette felt skal udfyldes.',
  'account.form.continue': 'Fortsæt',
  'account.form.waiting': 'Udfyld formularen ovenfor, og tryk på “Fortsæt”. Skriv **annuller**, hvis du vil stoppe for nu.',

  'account.documentType.vat-certificate': 'Momsregistreringsbevis',
  'account.documentType.company-invoice': 'Firmafaktura',
  'account.documentType.business-licence': 'Virksomheds- eller erhvervstilladelse',
  'account.documentType.articles-of-association': 'Vedtægter',
  'account.yourDocument.vat-certificate': 'dit momsregistreringsbevis',
  'account.yourDocument.company-invoice': 'din firmafaktura',
  'account.yourDocument.business-licence': 'din virksomheds- eller erhvervstilladelse',
  'account.yourDocument.articles-of-association': 'dine vedtægter',

  'account.error.countryRequired': 'Vælg det land, hvor virksomheden har hjemsted.',
  'account.error.countryNotParticipating': 'CPS tilbydes ikke i det land. Vælg et af landene på listen.',
  'account.error.companyNameRequired': 'Angiv virksomhedens navn.',
  'account.error.addressRequired': 'Angiv virksomhedens adresse.',
  'account.error.tooLong': 'Det er for langt: højst {max, number} tegn.',
  'account.error.vatRegisteredRequired': 'Angiv, om virksomheden er momsregistreret.',
  'account.error.vatNumberRequired': 'Angiv virksomhedens momsnummer, eller vælg “ikke momsregistreret”.',
  'account.error.vatFormat': 'Det ligner ikke et momsnummer fra {country}. Kontrollér nummeret.',
  'account.error.vatChecksum': 'Momsnummeret er ikke gyldigt: kontrolcifrene passer ikke. Kontrollér, om der er en tastefejl.',
  'account.error.vatOtherCountry':
    'Momsnummeret er fra {otherCountry}, men virksomheden ligger i {country}. Ret nummeret eller landet.',
  'account.error.documentTypeRequired': 'Vælg, hvilket dokument du vil uploade.',
  'account.error.documentNotForVat':
    'En momsregistreret virksomhed uploader sit momsregistreringsbevis eller en firmafaktura, hvor momsnummeret og virksomhedens navn fremgår.',
  'account.error.documentNotForNoVat':
    'Uden momsregistrering skal du uploade en firmafaktura, en virksomheds- eller erhvervstilladelse eller vedtægter.',
  'account.error.authorised': 'Bekræft, at du har tilladelse til at give disse oplysninger på virksomhedens vegne.',
  'account.error.contactEmailRequired': 'Angiv en e-mailadresse, hvor vi kan kontakte dig.',
  'account.error.email': 'Angiv en gyldig e-mailadresse, f.eks. navn@virksomhed.dk.',

  'account.document.askVat':
    'Tak! Send nu {yourDocument} som en fil her i chatten (brug papirclipsen): PDF, JPEG eller PNG, højst 10 MB. Momsnummeret og virksomhedens navn skal fremgå tydeligt.',
  'account.document.askNoVat':
    'Tak! Send nu {yourDocument} som en fil her i chatten (brug papirclipsen): PDF, JPEG eller PNG, højst 10 MB. Virksomhedens navn og adresse skal fremgå tydeligt.',
  'account.document.received': 'Tak, jeg har modtaget {fileName} ({size}).',
  'account.document.receivedCompleteForm': 'Tak, jeg har modtaget {fileName} ({size}). Udfyld nu resten af formularen, og tryk på “Fortsæt”.',
  'account.document.chooseTypeFirst':
    'Tak for filen. Før jeg kan gemme den, skal du vælge i formularen, hvilket dokument det er, trykke på “Fortsæt” og derefter sende filen igen.',
  'account.document.tooLarge':
    'Filen er større end 10 MB, så jeg kan ikke modtage den. Send en mindre PDF, JPEG eller PNG, f.eks. en scanning i lavere opløsning. Resten af din ansøgning er gemt.',
  'account.document.unsupportedType':
    'Jeg kan kun modtage PDF-, JPEG- eller PNG-filer, og denne fil er ingen af dem (uanset hvad den hedder). Send dit dokument som PDF, JPEG eller PNG på højst 10 MB. Resten af din ansøgning er gemt.',
  'account.document.empty': 'Filen er tom. Send dit dokument igen som PDF, JPEG eller PNG på højst 10 MB.',
  'account.document.unreachable':
    'Jeg kunne ikke hente filen. Prøv at sende den igen som PDF, JPEG eller PNG på højst 10 MB. Resten af din ansøgning er gemt.',
  'account.document.waiting':
    'Jeg venter på {yourDocument} som en fil: PDF, JPEG eller PNG, højst 10 MB. Send filen med papirclipsen, eller skriv **annuller** for at stoppe for nu; dine oplysninger er gemt.',
  'account.documentCheck.differentVat': 'Dit dokument viser momsnummeret {found}, men du har skrevet {typed}. Hvilket er det rigtige?',
  'account.documentCheck.useDocument': 'Brug dokumentets nummer',
  'account.documentCheck.keepTyped': 'Behold mit nummer',
  'account.documentCheck.nameMissing': 'Jeg kan ikke finde virksomhedens navn, {company}, på det dokument, du har sendt. Send gerne et dokument, hvor virksomhedens navn står tydeligt. Du kan også sende ansøgningen, som den er: så tjekker vores team dokumentet.',
  'account.documentCheck.unreadable': 'Jeg kunne ikke læse det dokument, du har sendt. Send gerne et skarpere billede eller en PDF. Du kan også sende ansøgningen, som den er: så ser vores team på dokumentet.',
  'account.documentCheck.vatUpdated': 'Så er det rettet: din ansøgning har nu momsnummeret {vatNumber}.',
  'account.documentCheck.kept': 'Fint, jeg beholder {typed}. Hvis dokumentet ikke er det rigtige, kan du bare sende et andet her i chatten.',
  'account.documentCheck.stale': 'Det valg er ikke længere muligt, fordi din ansøgning eller dokumentet er blevet ændret i mellemtiden.',

  'account.summary.title': 'Kontrollér din ansøgning',
  'account.summary.intro': 'Er alt korrekt? Vil du udskifte dokumentet, så send bare en ny fil.',
  'account.summary.country': 'Land',
  'account.summary.companyName': 'Virksomhed',
  'account.summary.address': 'Adresse',
  'account.summary.vatRegistered': 'Momsregistreret',
  'account.summary.vatNumber': 'Momsnummer',
  'account.summary.document': 'Dokument',
  'account.summary.documentValue': '{documentType}: {fileName} ({size})',
  'account.summary.authorised': 'Har tilladelse til at ansøge',
  'account.summary.contactEmail': 'Kontakt-e-mail',
  'account.summary.oldCpsEmail': 'Gammel CPS-e-mail',
  'account.summary.noOldCpsEmail': 'Ikke angivet: produkter fra en gammel CPS-konto kan ikke overføres senere',
  'account.summary.yes': 'Ja',
  'account.summary.no': 'Nej',
  'account.summary.send': 'Send ansøgning',
  'account.summary.edit': 'Redigér',
  'account.summary.waiting': 'Kontrollér oversigten ovenfor, og tryk på “Send ansøgning” – eller på “Redigér”, hvis du vil ændre noget.',
  'account.file.unnamed': 'din fil',

  'account.submitted':
    'Din ansøgning {reference} er sendt og bliver nu behandlet. Det tager op til to hverdage at validere og oprette din virksomhedskonto: du kan forvente vores afgørelse senest {date}.\n\nNår kontoen er klar, modtager du en automatisk e-mail fra donotreply@canon-europe.com, så du kan angive din nye adgangskode. Prøv ikke at nulstille din adgangskode, før du har modtaget den e-mail.',
  'account.status.title': 'Din ansøgning om virksomhedskonto',
  'account.status.reference': 'Reference',
  'account.status.state': 'Status',
  'account.status.expected': 'Afgørelse forventes senest',
  'account.state.draft': 'Ikke sendt endnu',
  'account.state.under-review': 'Under behandling',
  'account.state.approved': 'Godkendt',
  'account.state.rejected': 'Ikke godkendt',
  'account.status.none': 'Du har endnu ikke ansøgt om en Canon-virksomhedskonto. Det tager kun få minutter.',
  'account.status.draft': 'Du er begyndt på ansøgning {reference}, men har ikke sendt den endnu. Fortsæt, hvor du slap: det, du har udfyldt, er gemt.',
  'account.status.underReview':
    'Din ansøgning {reference} er under behandling. Du kan forvente vores afgørelse senest {date}. Når kontoen er klar, modtager du en automatisk e-mail fra donotreply@canon-europe.com, så du kan angive din nye adgangskode. Nulstil ikke din adgangskode inden da.',
  'account.status.approved':
    'Din Canon-virksomhedskonto for {company} er klar. Angiv din adgangskode via linket i e-mailen fra donotreply@canon-europe.com, log på, og registrér derefter dine produkter for at optjene point.',
  'account.status.rejected':
    'Din ansøgning {reference} blev ikke godkendt. Begrundelse: {reason}\n\nDu kan rette den og sende den igen; jeg har gemt det, du har udfyldt.',
  'account.action.apply': 'Ansøg om en virksomhedskonto',
  'account.action.continue': 'Fortsæt min ansøgning',
  'account.action.fix': 'Ret og send igen',
  'account.action.registerProduct': 'Registrér et produkt',

  'account.password.noApplication':
    'Du angiver din adgangskode, når din virksomhedskonto er oprettet. Når du har ansøgt, validerer og opretter vi kontoen inden for to hverdage, og du modtager en automatisk e-mail fra donotreply@canon-europe.com, så du kan angive din nye adgangskode. Prøv ikke at nulstille en adgangskode, før du har modtaget den e-mail.',
  'account.password.beforeApproval':
    'Vent med adgangskoden: din virksomhedskonto er ved at blive valideret og oprettet, hvilket tager op til to hverdage (vi forventer at være færdige senest {date}). Du modtager en automatisk e-mail fra donotreply@canon-europe.com, så du kan angive din nye adgangskode. Prøv ikke at nulstille din adgangskode, før du har modtaget den e-mail.',
  'account.password.afterApproval':
    'Din virksomhedskonto er aktiv, så du kan når som helst nulstille din adgangskode her: {resetLink}\n\nLog på din virksomhedskonto her: {loginLink}',

  'account.approved.notice':
    'Godt nyt: din Canon-virksomhedskonto for {company} er oprettet (ansøgning {reference}). Vi har sendt en e-mail fra donotreply@canon-europe.com til {email}: brug den til at angive din nye adgangskode. Næste trin: registrér dine produkter for at optjene point.',
  'account.rejected.notice':
    'Din ansøgning {reference} om en virksomhedskonto blev ikke godkendt. Begrundelse: {reason}\n\nRet det nødvendige, og send den igen; jeg har gemt dine oplysninger.',
  'account.rejection.document-unreadable':
    'Vi kunne ikke læse det dokument, du sendte. Send en tydelig og komplet kopi (PDF eller billede).',
  'account.rejection.document-mismatch':
    'Virksomhedens navn eller momsnummeret i dokumentet stemmer ikke med det, du skrev i ansøgningen.',
  'account.rejection.vat-invalid':
    'Momsnummeret er ikke gyldigt i dit land. Kontrollér det, og send ansøgningen igen.',
  'account.rejection.document-type':
    'Dokumentet viser ikke, at virksomheden er registreret. Send et af de dokumenter, ansøgningen beder om.',
  'account.email.subject': 'Din Canon-virksomhedskonto er klar: angiv din nye adgangskode',
  'account.email.body':
    'Hej\n\nDin Canon-virksomhedskonto for {company} er oprettet (ansøgning {reference}).\n\nAngiv din nye adgangskode, og log på her:\n{loginLink}\n\nDu kan når som helst nulstille din adgangskode senere her:\n{resetLink}\n\nDette er en automatisk besked, som du ikke kan svare på.\n\nCanon Professional Services',
} as const satisfies AccountMessages;
