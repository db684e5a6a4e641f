import type { MembershipMessages } from './en';

export const membershipDa = {
  'membership.needsAccount':
    'For at tilmelde dig CPS skal din virksomhed først have en Canon-virksomhedskonto. Ansøg om en her i chatten – valideringen tager op til to hverdage.',
  'membership.applicationPending':
    'Din ansøgning om en virksomhedskonto er ved at blive valideret (det tager op til to hverdage). Så snart den er godkendt, kan du registrere dine produkter og tilmelde dig CPS her.',
  'membership.accountInactive': 'Din virksomhedskonto er ikke aktiv i øjeblikket, så den kan ikke tilmeldes CPS. Kontakt CPS Priority-support.',

  'membership.notInvited.title': 'Du har {points, number} point indtil videre',
  'membership.notInvited.body':
    'Så snart der er minimum {threshold, number} point på din konto, bliver du inviteret til at tilmelde dig CPS: Du mangler {toGo, plural, one {# point} other {# point}}. Alle produkter med et grønt flueben under Mine produkter tæller med.',
  'membership.notInvited.incomplete':
    '{count, plural, one {# af dine produkter har} other {# af dine produkter har}} endnu ikke et grønt flueben: Tilføj de manglende oplysninger via “Vis produkt” for at få pointene.',

  'membership.tiers.title': 'Tilgængelige CPS-niveauer',
  'membership.tiers.points': 'Du har {points, number} point. Jo flere point, du har, jo flere CPS-niveauer er der åbne for dig.',
  'membership.tiers.toggle': 'Corporate-niveauer',
  'membership.tiers.toggleHint':
    'Med mere end {points, number} point kan du vælge mellem Corporate og Silver/Gold/Platinum: Slå “Corporate-niveauer” til eller fra, og tryk på “Opdatér listen”.',
  'membership.tiers.update': 'Opdatér listen',
  'membership.tiers.showingCorporate': 'Viser: Corporate-niveauer',
  'membership.tiers.showingIndividual': 'Viser: Silver/Gold/Platinum',
  'membership.tiers.toggleInvalid': 'Slå “Corporate-niveauer” til eller fra, og tryk derefter på “Opdatér listen”.',
  'membership.tier.name.silver': 'Silver',
  'membership.tier.name.gold': 'Gold',
  'membership.tier.name.platinum': 'Platinum',
  'membership.tier.name.corporate': 'Corporate',
  'membership.tier.needs': '{points, number} point eller mere',
  'membership.tier.needsMoreThan': 'Mere end {points, number} point',
  'membership.draft.kept': 'Du valgte {tier} sidst, og det har jeg gemt. Vælg herunder, hvordan du vil betale, eller gå tilbage og vælg et andet niveau.',
  'membership.tier.open': '✅ Åben for dig',
  'membership.tier.locked': '🔒 Du mangler {toGo, plural, one {# point} other {# point}}',
  'membership.tier.fee': '{fee} om året + moms',
  'membership.tier.choose': 'Vælg {tier}',
  'membership.tier.unknown': 'Det CPS-niveau kender jeg ikke. Vælg et af niveauerne herunder.',
  'membership.tier.lockedError': 'CPS {tier} kræver {needs}, og din virksomhed har {points, number} point. Vælg et af de åbne niveauer.',

  'membership.payment.title': 'Betal for CPS {tier}',
  'membership.payment.annualFee': 'Årligt abonnementsgebyr',
  'membership.payment.vat': 'Moms ({rate})',
  'membership.payment.total': 'I alt pr. år',
  'membership.payment.method': 'Betalingsmetode',
  'membership.payment.card': 'Kortbetaling',
  'membership.payment.bankTransfer': 'Bankoverførsel',
  'membership.payment.cardInfo':
    'Kortbetaling: Vi trækker ikke abonnementsgebyret med det samme, men på forfaldsdatoen, der står på fakturaen, normalt inden for 30 dage. Du angiver dit kort på vores sikre betalingsside – aldrig i chatten.',
  'membership.payment.bankInfo':
    'Bankoverførsel: Betal senest på forfaldsdatoen, der står på fakturaen. Bemærk, at betaling via bankoverførsel kan medføre lokale ekstragebyrer.',
  'membership.payment.invoiceInfo': 'Inden for få timer modtager du en faktura her i chatten og på e-mail. Dit CPS-medlemskab kan bruges med det samme.',
  'membership.payment.confirm': 'Køb CPS {tier}',
  'membership.payment.back': 'Tilbage til niveauerne',
  'membership.payment.methodRequired': 'Vælg kortbetaling eller bankoverførsel.',
  'membership.payment.chooseTierFirst': 'Vælg først et CPS-niveau.',
  'membership.error.noPrice': 'CPS {tier} kan ikke købes i chatten lige nu. Kontakt CPS Priority-support.',

  'membership.welcome.title': 'Velkommen til CPS {tier}!',
  'membership.welcome.active': 'Dit CPS-medlemskab er aktivt og kan bruges med det samme.',
  'membership.already': 'Din virksomhed er allerede CPS-medlem. Her er dit medlemskab.',
  'membership.card.title': 'Dit CPS-medlemskab',
  'membership.card.tier': 'Niveau',
  'membership.card.number': 'CPS-medlemsnummer',
  'membership.card.validUntil': 'Gyldigt til',
  'membership.card.payment': 'Betaling',
  'membership.card.numberChanged': 'Bemærk, at dit CPS-medlemsnummer er ændret. Gammelt nummer: {oldNumber}. Nyt nummer: {newNumber}.',
  'membership.card.cardNext':
    'Angiv dit kort på vores sikre betalingsside. Vi trækker beløbet på forfaldsdatoen, der står på fakturaen, normalt inden for 30 dage – ikke i dag.',
  'membership.card.cardSaved': 'Gemt kort: {card}. Vi trækker beløbet på fakturaens forfaldsdato.',
  'membership.card.bankNext':
    'Inden for få timer modtager du en faktura med vores bankoplysninger og en betalingsreference. Betal senest på forfaldsdatoen på fakturaen; der kan være lokale ekstragebyrer.',
  'membership.card.addCard': 'Angiv dit kort',
  'membership.card.cardLabel': '{brand} der ender på {last4}',

  'membership.invoice.title': 'Faktura {number}',
  'membership.invoice.intro': 'Her er fakturaen for dit CPS-medlemskab.',
  'membership.invoice.issueDate': 'Fakturadato',
  'membership.invoice.dueDate': 'Forfaldsdato',
  'membership.invoice.billedTo': 'Faktureret til',
  'membership.invoice.vatNumber': 'Momsnummer',
  'membership.invoice.line': 'CPS {tier}-medlemskab, {start} – {end}',
  'membership.invoice.net': 'Beløb ekskl. moms',
  'membership.invoice.vat': 'Moms {rate}',
  'membership.invoice.total': 'I alt',
  'membership.invoice.bankTitle': 'Bankoplysninger',
  'membership.invoice.holder': 'Kontohaver',
  'membership.invoice.bank': 'Bank',
  'membership.invoice.iban': 'IBAN',
  'membership.invoice.bic': 'BIC/SWIFT',
  'membership.invoice.reference': 'Betalingsreference',
  'membership.invoice.bankDue':
    'Betal {total} senest den {due}, og angiv betalingsreferencen. Bemærk, at betaling via bankoverførsel kan medføre lokale ekstragebyrer.',
  'membership.invoice.cardDue': 'Vi trækker {total} på dit kort {card} på forfaldsdatoen, den {due}, og ikke før.',
  'membership.invoice.cardMissing': 'Angiv dit kort på vores sikre betalingsside inden den {due}; vi trækker {total} på forfaldsdatoen.',
  'membership.invoice.paid': '✅ Betalt den {date}. Tak!',

  'membership.notify.invoice': 'Her er din faktura {number} for CPS.',
  'membership.notify.reminder':
    'Påmindelse: Faktura {number} ({total}) forfalder den {due}. Har du allerede betalt, så tak – du kan se bort fra denne besked.',
  'membership.notify.charged': 'Tak! Vi har trukket {total} på dit kort {card} til faktura {number}.',
  'membership.notify.chargeFailed': 'Vi kunne ikke trække beløbet for faktura {number} ({total}) på dit kort. Angiv et andet kort på vores sikre betalingsside.',
  'membership.notify.cardMissing':
    'Faktura {number} ({total}) forfalder i dag, men der er endnu ikke angivet et kort. Angiv dit kort på vores sikre betalingsside.',
  'membership.notify.received': 'Betaling modtaget – tak! Vi har modtaget {total} for faktura {number}.',
  'membership.notify.overdue':
    'Faktura {number} ({total}) forfaldt den {due}, og vi har endnu ikke modtaget betalingen. Betal den venligst med oplysningerne på fakturaen. Har du allerede betalt, så tak – du kan se bort fra denne besked. Dit CPS-medlemskab er stadig aktivt.',
  'membership.email.overdue.subject':
    'Påmindelse: CPS-faktura {number} forfaldt den {due}',
  'membership.email.overdue.intro':
    'Vi har endnu ikke modtaget betalingen for fakturaen nedenfor, som forfaldt den {due}. Betal den venligst med oplysningerne nedenfor. Har du allerede betalt, så tak – du kan se bort fra denne e-mail. Dit CPS-medlemskab er stadig aktivt.',
  'membership.email.declined.subject':
    'Vi kunne ikke trække betalingen for CPS-faktura {number} på dit kort',
  'membership.email.declined.intro':
    'Vi forsøgte at trække {total} på dit kort for faktura {number}, men betalingen blev afvist. Dit CPS-medlemskab er stadig aktivt.',
  'membership.email.declined.newCard':
    'Angiv et andet kort på vores sikre betalingsside, så trækker vi beløbet med det samme:',
  'membership.email.declined.bankOffer':
    'Eller betal via bankoverførsel:',
  'membership.invoice.download': 'Hent fakturaen (PDF)',
  'membership.invoice.viewLink': 'Her er faktura {number} som PDF. Linket virker i 24 timer.',
  'membership.invoice.viewUnknown': 'Jeg kan ikke finde den faktura blandt din virksomheds fakturaer.',

  'membership.email.greeting': 'Kære {company}',
  'membership.email.invoice.subject': 'Din CPS-faktura {number}',
  'membership.email.invoice.intro': 'Tak, fordi du har tilmeldt dig Canon Professional Services. Her er fakturaen for dit CPS-medlemskab.',
  'membership.email.reminder.subject': 'Påmindelse: CPS-faktura {number} forfalder den {due}',
  'membership.email.reminder.intro':
    'Vi minder dig venligst om, at fakturaen herunder forfalder den {due}. Har du allerede betalt, så tak – du kan se bort fra denne e-mail.',
  'membership.email.closing': 'Med venlig hilsen\nCanon Professional Services',
  'membership.email.noReply': 'Denne e-mail er sendt fra en adresse, der ikke kan modtage svar. Har du spørgsmål, så kontakt CPS Priority-support i chatten.',

  'membership.pay.title': 'Sikker CPS-betaling',
  'membership.pay.intro':
    'Angiv kortet til CPS-medlemskab {number} ({company}). Vi trækker ikke noget nu – først på forfaldsdatoen, der står på fakturaen.',
  'membership.pay.cardNumber': 'Kortnummer',
  'membership.pay.expiry': 'Udløbsdato (MM/ÅÅ)',
  'membership.pay.cvc': 'Kontrolcifre (CVC)',
  'membership.pay.holder': 'Navn på kortet',
  'membership.pay.submit': 'Gem kort',
  'membership.pay.sandbox': 'Testtilstand: Vi trækker ikke noget på et rigtigt kort. Brug 4242 4242 4242 4242 med en vilkårlig fremtidig udløbsdato og tre vilkårlige cifre.',
  'membership.pay.saved': 'Kortet er gemt: {card}. Vi trækker beløbet på fakturaens forfaldsdato. Du kan lukke denne side og gå tilbage til chatten.',
  'membership.pay.fixErrors': 'Kontrollér felterne herunder. Af sikkerhedshensyn gemmer vi ikke kortnummer og kontrolcifre, så indtast dem igen.',
  'membership.pay.invalidNumber': 'Kortnummeret er ikke gyldigt. Kontrollér det, og prøv igen.',
  'membership.pay.unsupportedBrand': 'Vi tager imod Visa, Mastercard og American Express.',
  'membership.pay.invalidExpiry': 'Skriv udløbsdatoen som MM/ÅÅ.',
  'membership.pay.expired': 'Kortet er udløbet.',
  'membership.pay.invalidCvc': 'Skriv de 3 eller 4 kontrolcifre.',
  'membership.pay.holderRequired': 'Skriv navnet på kortet.',
  'membership.pay.declined': 'Kortet blev afvist. Brug et andet kort.',
  'membership.pay.notFound': 'Dette betalingslink er ikke gyldigt. Bed om et nyt link i chatten: Vælg “Tilmeld dig CPS” dér.',
  'membership.pay.used': 'Der er allerede gemt et kort med dette link. Vil du bruge et andet kort, så bed om et nyt link i chatten.',
  'membership.pay.expiredLink': 'Dette betalingslink er udløbet. Bed om et nyt link i chatten: Vælg “Tilmeld dig CPS” dér.',
} as const satisfies MembershipMessages;
