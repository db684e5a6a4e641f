import type { MembershipMessages } from './en';

export const membershipSv = {
  'membership.needsAccount':
    'För att gå med i CPS behöver ditt företag först ett företagskonto hos Canon. Ansök om ett här i chatten – valideringen kan ta upp till två arbetsdagar.',
  'membership.applicationPending':
    'Vi validerar din ansökan om ett företagskonto (det kan ta upp till två arbetsdagar). När den är godkänd kan du registrera dina produkter och gå med i CPS här.',
  'membership.accountInactive': 'Ditt företagskonto är inte aktivt just nu, så det går inte att gå med i CPS. Kontakta CPS Priority Support.',

  'membership.notInvited.title': 'Du har {points, number} poäng hittills',
  'membership.notInvited.body':
    'Så snart du har minst {threshold, number} poäng på ditt konto får du en inbjudan att gå med i CPS: det saknas {toGo, plural, one {# poäng} other {# poäng}}. Alla produkter med en grön bock under Mina produkter räknas.',
  'membership.notInvited.incomplete':
    '{count, plural, one {# av dina produkter saknar} other {# av dina produkter saknar}} fortfarande en grön bock: lägg till de uppgifter som saknas via ”Visa produkt” för att få poängen.',

  'membership.tiers.title': 'Tillgängliga CPS-nivåer',
  'membership.tiers.points': 'Du har {points, number} poäng. Ju fler poäng du har, desto fler CPS-nivåer är öppna för dig.',
  'membership.tiers.toggle': 'Företagsnivåer',
  'membership.tiers.toggleHint':
    'Med mer än {points, number} poäng kan du välja mellan företagsnivåer och Silver/Gold/Platinum: ändra PÅ/AV-knappen för Företagsnivåer och tryck på ”Uppdatera listan”.',
  'membership.tiers.update': 'Uppdatera listan',
  'membership.tiers.showingCorporate': 'Visar: Företagsnivåer',
  'membership.tiers.showingIndividual': 'Visar: Silver/Gold/Platinum',
  'membership.tiers.toggleInvalid': 'Ställ Företagsnivåer på PÅ eller AV och tryck sedan på ”Uppdatera listan”.',
  'membership.tier.name.silver': 'Silver',
  'membership.tier.name.gold': 'Gold',
  'membership.tier.name.platinum': 'Platinum',
  'membership.tier.name.corporate': 'Corporate',
  'membership.tier.needs': '{points, number} poäng eller mer',
  'membership.tier.needsMoreThan': 'Mer än {points, number} poäng',
  'membership.draft.kept': 'Du valde {tier} förra gången, och det har jag sparat. Välj nedan hur du vill betala, eller gå tillbaka och välj en annan nivå.',
  'membership.tier.open': '✅ Öppen för dig',
  'membership.tier.locked': '🔒 Det saknas {toGo, plural, one {# poäng} other {# poäng}}',
  'membership.tier.fee': '{fee} per år + moms',
  'membership.tier.choose': 'Välj {tier}',
  'membership.tier.unknown': 'Den CPS-nivån känner jag inte till. Välj en av nivåerna nedan.',
  'membership.tier.lockedError': 'CPS {tier} kräver {needs}, och ditt företag har {points, number} poäng. Välj en av de öppna nivåerna.',

  'membership.payment.title': 'Betala för CPS {tier}',
  'membership.payment.annualFee': 'Årlig prenumerationsavgift',
  'membership.payment.vat': 'Moms ({rate})',
  'membership.payment.total': 'Totalt per år',
  'membership.payment.method': 'Betalningsmetod',
  'membership.payment.card': 'Kort',
  'membership.payment.bankTransfer': 'Banköverföring',
  'membership.payment.cardInfo':
    'Kort: prenumerationsavgiften debiteras inte direkt, utan på förfallodatumet som framgår på fakturan, vanligtvis inom 30 dagar. Du anger ditt kort på vår säkra betalningssida – aldrig i chatten.',
  'membership.payment.bankInfo':
    'Banköverföring: betala senast på förfallodatumet som framgår på fakturan. Observera att banköverföring kan medföra lokala tilläggsavgifter.',
  'membership.payment.invoiceInfo': 'Du får en faktura inom några timmar, här i chatten och via e-post. Du kan börja använda ditt CPS-medlemskap direkt.',
  'membership.payment.confirm': 'Köp CPS {tier}',
  'membership.payment.back': 'Tillbaka till nivåerna',
  'membership.payment.methodRequired': 'Välj kort eller banköverföring.',
  'membership.payment.chooseTierFirst': 'Välj först en CPS-nivå.',
  'membership.error.noPrice': 'CPS {tier} kan inte köpas i chatten just nu. Kontakta CPS Priority Support.',

  'membership.welcome.title': 'Välkommen till CPS {tier}!',
  'membership.welcome.active': 'Ditt CPS-medlemskap är aktivt och du kan börja använda det direkt.',
  'membership.already': 'Ditt företag är redan medlem i CPS. Här är ditt medlemskap.',
  'membership.card.title': 'Ditt CPS-medlemskap',
  'membership.card.tier': 'Nivå',
  'membership.card.number': 'CPS-medlemsnummer',
  'membership.card.validUntil': 'Giltigt till och med',
  'membership.card.payment': 'Betalning',
  'membership.card.numberChanged': 'Observera att ditt CPS-medlemsnummer har ändrats. Tidigare nummer: {oldNumber}. Nytt nummer: {newNumber}.',
  'membership.card.cardNext':
    'Ange ditt kort på vår säkra betalningssida. Vi debiterar kortet på förfallodatumet som framgår på fakturan, vanligtvis inom 30 dagar – inte i dag.',
  'membership.card.cardSaved': 'Sparat kort: {card}. Vi debiterar kortet på fakturans förfallodatum.',
  'membership.card.bankNext':
    'Du får en faktura inom några timmar med våra bankuppgifter och en betalningsreferens. Betala senast på förfallodatumet på fakturan; lokala tilläggsavgifter kan tillkomma.',
  'membership.card.addCard': 'Ange ditt kort',
  'membership.card.cardLabel': '{brand} som slutar på {last4}',

  'membership.invoice.title': 'Faktura {number}',
  'membership.invoice.intro': 'Här är fakturan för ditt CPS-medlemskap.',
  'membership.invoice.issueDate': 'Fakturadatum',
  'membership.invoice.dueDate': 'Förfallodatum',
  'membership.invoice.billedTo': 'Fakturerat till',
  'membership.invoice.vatNumber': 'Momsregistreringsnummer',
  'membership.invoice.line': 'CPS {tier}-medlemskap, {start} – {end}',
  'membership.invoice.net': 'Belopp exkl. moms',
  'membership.invoice.vat': 'Moms {rate}',
  'membership.invoice.total': 'Totalt',
  'membership.invoice.bankTitle': 'Bankuppgifter',
  'membership.invoice.holder': 'Kontohavare',
  'membership.invoice.bank': 'Bank',
  'membership.invoice.iban': 'IBAN',
  'membership.invoice.bic': 'BIC/SWIFT',
  'membership.invoice.reference': 'Betalningsreferens',
  'membership.invoice.bankDue':
    'Betala {total} senast den {due} och ange betalningsreferensen. Observera att banköverföring kan medföra lokala tilläggsavgifter.',
  'membership.invoice.cardDue': 'Vi debiterar ditt kort {card} med {total} på förfallodatumet den {due} – inte tidigare.',
  'membership.invoice.cardMissing': 'Ange ditt kort på vår säkra betalningssida före den {due}; vi debiterar kortet med {total} på förfallodatumet.',
  'membership.invoice.paid': '✅ Betald den {date}. Tack!',

  'membership.notify.invoice': 'Här är din faktura {number} för CPS.',
  'membership.notify.reminder':
    'Påminnelse: faktura {number} ({total}) förfaller den {due}. Om du redan har betalat – tack, du kan bortse från det här meddelandet.',
  'membership.notify.charged': 'Tack! Vi har debiterat ditt kort {card} med {total} för faktura {number}.',
  'membership.notify.chargeFailed': 'Vi kunde inte debitera ditt kort för faktura {number} ({total}). Ange ett annat kort på vår säkra betalningssida.',
  'membership.notify.cardMissing':
    'Faktura {number} ({total}) förfaller i dag, men inget kort har angetts än. Ange ditt kort på vår säkra betalningssida.',
  'membership.notify.received': 'Betalning mottagen – tack! Vi har tagit emot {total} för faktura {number}.',
  'membership.notify.overdue':
    'Faktura {number} ({total}) förföll den {due}, och vi har ännu inte fått betalningen. Betala den med uppgifterna på fakturan. Om du redan har betalat, tack – du kan bortse från det här meddelandet. Ditt CPS-medlemskap är fortfarande aktivt.',
  'membership.email.overdue.subject':
    'Påminnelse: CPS-faktura {number} förföll den {due}',
  'membership.email.overdue.intro':
    'Vi har ännu inte fått betalningen för fakturan nedan, som förföll den {due}. Betala den med uppgifterna nedan. Om du redan har betalat, tack – du kan bortse från det här mejlet. Ditt CPS-medlemskap är fortfarande aktivt.',
  'membership.email.declined.subject':
    'Vi kunde inte dra betalningen för CPS-faktura {number} från ditt kort',
  'membership.email.declined.intro':
    'Vi försökte dra {total} från ditt kort för faktura {number}, men betalningen nekades. Ditt CPS-medlemskap är fortfarande aktivt.',
  'membership.email.declined.newCard':
    'Ange ett annat kort på vår säkra betalningssida, så debiterar vi kortet direkt:',
  'membership.email.declined.bankOffer':
    'Eller betala via banköverföring:',
  'membership.invoice.download': 'Ladda ner fakturan (PDF)',
  'membership.invoice.viewLink': 'Här är faktura {number} som PDF. Länken fungerar i 24 timmar.',
  'membership.invoice.viewUnknown': 'Jag hittar inte den fakturan bland ditt företags fakturor.',

  'membership.email.greeting': 'Hej {company}!',
  'membership.email.invoice.subject': 'Din CPS-faktura {number}',
  'membership.email.invoice.intro': 'Tack för att du har gått med i Canon Professional Services. Här är fakturan för ditt CPS-medlemskap.',
  'membership.email.reminder.subject': 'Påminnelse: CPS-faktura {number} förfaller den {due}',
  'membership.email.reminder.intro':
    'Vi vill påminna dig om att fakturan nedan förfaller den {due}. Om du redan har betalat – tack, du kan bortse från det här e-postmeddelandet.',
  'membership.email.closing': 'Vänliga hälsningar\nCanon Professional Services',
  'membership.email.noReply':
    'Det här e-postmeddelandet har skickats från en adress som inte tar emot svar. Har du frågor kan du kontakta CPS Priority Support i chatten.',

  'membership.pay.title': 'Säker CPS-betalning',
  'membership.pay.intro':
    'Ange kortet för CPS-medlemskap {number} ({company}). Vi debiterar ingenting nu, utan först på förfallodatumet som framgår på fakturan.',
  'membership.pay.cardNumber': 'Kortnummer',
  'membership.pay.expiry': 'Giltigt till (MM/ÅÅ)',
  'membership.pay.cvc': 'Säkerhetskod (CVC)',
  'membership.pay.holder': 'Namn på kortet',
  'membership.pay.submit': 'Spara kortet',
  'membership.pay.sandbox': 'Testläge: vi debiterar inget riktigt kort. Använd 4242 4242 4242 4242 med valfritt framtida datum och valfri tresiffrig kod.',
  'membership.pay.saved': 'Kortet har sparats: {card}. Vi debiterar kortet på fakturans förfallodatum. Du kan stänga den här sidan och gå tillbaka till chatten.',
  'membership.pay.fixErrors': 'Kontrollera fälten nedan. Av säkerhetsskäl sparas inte kortnummer och säkerhetskod, så ange dem igen.',
  'membership.pay.invalidNumber': 'Kortnumret är inte giltigt. Kontrollera det och försök igen.',
  'membership.pay.unsupportedBrand': 'Vi tar emot Visa, Mastercard och American Express.',
  'membership.pay.invalidExpiry': 'Ange giltighetstiden som MM/ÅÅ.',
  'membership.pay.expired': 'Kortet har gått ut.',
  'membership.pay.invalidCvc': 'Ange den tre- eller fyrsiffriga säkerhetskoden.',
  'membership.pay.holderRequired': 'Ange namnet på kortet.',
  'membership.pay.declined': 'Kortet nekades. Använd ett annat kort.',
  'membership.pay.notFound': 'Den här betalningslänken är inte giltig. Be om en ny länk i chatten: välj ”Gå med i CPS” där.',
  'membership.pay.used': 'Ett kort har redan sparats med den här länken. Vill du använda ett annat kort kan du be om en ny länk i chatten.',
  'membership.pay.expiredLink': 'Den här betalningslänken har gått ut. Be om en ny länk i chatten: välj ”Gå med i CPS” där.',
} as const satisfies MembershipMessages;
