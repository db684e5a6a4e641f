import type { MembershipMessages } from './en';

export const membershipNl = {
  'membership.needsAccount':
    'Om lid te worden van CPS heeft je bedrijf eerst een zakelijke account bij Canon nodig. Vraag er hier in de chat een aan; de validatie duurt maximaal twee werkdagen.',
  'membership.applicationPending':
    'Je aanvraag voor een zakelijke account wordt gevalideerd (dat duurt maximaal twee werkdagen). Zodra die is goedgekeurd, kun je hier je producten registreren en lid worden van CPS.',
  'membership.accountInactive': 'Je zakelijke account is op dit moment niet actief en kan daarom geen lid worden van CPS. Neem contact op met CPS Priority support.',

  'membership.notInvited.title': 'Je hebt tot nu toe {points, number} punten',
  'membership.notInvited.body':
    'Zodra er minimaal {threshold, number} punten op je account staan, word je uitgenodigd om lid te worden van CPS: je hebt er nog {toGo, plural, one {# punt} other {# punten}} nodig. Elk product met een groen vinkje in Mijn producten telt mee.',
  'membership.notInvited.incomplete':
    '{count, plural, one {# van je producten heeft} other {# van je producten hebben}} nog geen groen vinkje: vul de ontbrekende gegevens aan via ‘Product bekijken’ om de punten te krijgen.',

  'membership.tiers.title': 'Beschikbare CPS-categorieën',
  'membership.tiers.points': 'Je hebt {points, number} punten. Hoe meer punten je hebt, hoe meer niveaus in aanmerking komen.',
  'membership.tiers.toggle': 'Corporate Tier',
  'membership.tiers.toggleHint':
    'Met meer dan {points, number} punten kun je kiezen tussen Corporate Tier en Silver/Gold/Platinum: zet Corporate Tier AAN of UIT en klik op ‘Lijst bijwerken’.',
  'membership.tiers.update': 'Lijst bijwerken',
  'membership.tiers.showingCorporate': 'Je ziet nu: Corporate Tier',
  'membership.tiers.showingIndividual': 'Je ziet nu: Silver/Gold/Platinum',
  'membership.tiers.toggleInvalid': 'Zet Corporate Tier AAN of UIT en klik daarna op ‘Lijst bijwerken’.',
  'membership.tier.name.silver': 'Silver',
  'membership.tier.name.gold': 'Gold',
  'membership.tier.name.platinum': 'Platinum',
  'membership.tier.name.corporate': 'Corporate',
  'membership.tier.needs': '{points, number} punten of meer',
  'membership.tier.needsMoreThan': 'Meer dan {points, number} punten',
  'membership.draft.kept': 'Je koos de vorige keer {tier}, en dat heb ik bewaard. Kies hieronder hoe je wilt betalen, of ga terug om een ander niveau te kiezen.',
  'membership.tier.open': '✅ Beschikbaar voor jou',
  'membership.tier.locked': '🔒 Je hebt nog {toGo, plural, one {# punt} other {# punten}} nodig',
  'membership.tier.fee': '{fee} per jaar + btw',
  'membership.tier.choose': 'Kies {tier}',
  'membership.tier.unknown': 'Dat CPS-niveau ken ik niet. Kies hieronder een van de niveaus.',
  'membership.tier.lockedError': 'Voor CPS {tier} heb je {needs} nodig; je bedrijf heeft {points, number} punten. Kies een van de beschikbare niveaus.',

  'membership.payment.title': 'Betalen voor CPS {tier}',
  'membership.payment.annualFee': 'Jaarlijkse abonnementskosten',
  'membership.payment.vat': 'Btw ({rate})',
  'membership.payment.total': 'Totaal per jaar',
  'membership.payment.method': 'Betaalmethode',
  'membership.payment.card': 'Creditcard',
  'membership.payment.bankTransfer': 'Bankoverschrijving',
  'membership.payment.cardInfo':
    'Creditcard: de abonnementskosten worden niet direct in rekening gebracht, maar op de vervaldatum die op de factuur wordt vermeld, doorgaans binnen 30 dagen. Je voegt je creditcard toe op onze beveiligde betaalpagina, nooit in de chat.',
  'membership.payment.bankInfo':
    'Bankoverschrijving: betaal vóór de vervaldatum op de factuur. Let op: als je bankoverschrijving kiest, worden mogelijk lokale extra kosten in rekening gebracht.',
  'membership.payment.invoiceInfo': 'Binnen enkele uren ontvang je een factuur, hier in de chat en per e-mail. Je kunt je CPS-lidmaatschap direct gebruiken.',
  'membership.payment.confirm': 'CPS {tier} kopen',
  'membership.payment.back': 'Terug naar de niveaus',
  'membership.payment.methodRequired': 'Kies creditcard of bankoverschrijving.',
  'membership.payment.chooseTierFirst': 'Kies eerst een CPS-niveau.',
  'membership.error.noPrice': 'CPS {tier} kan op dit moment niet in de chat worden gekocht. Neem contact op met CPS Priority support.',

  'membership.welcome.title': 'Welkom bij CPS {tier}!',
  'membership.welcome.active': 'Je CPS-lidmaatschap is actief en je kunt het direct gebruiken.',
  'membership.already': 'Je bedrijf is al lid van CPS. Hier is je lidmaatschap.',
  'membership.card.title': 'Je CPS-lidmaatschap',
  'membership.card.tier': 'Niveau',
  'membership.card.number': 'CPS-lidmaatschapsnummer',
  'membership.card.validUntil': 'Geldig tot en met',
  'membership.card.payment': 'Betaling',
  'membership.card.numberChanged': 'Let op: je CPS-lidmaatschapsnummer is veranderd. Oud nummer: {oldNumber}. Nieuw nummer: {newNumber}.',
  'membership.card.cardNext':
    'Voeg je creditcard toe op onze beveiligde betaalpagina. We schrijven het bedrag af op de vervaldatum van de factuur, doorgaans binnen 30 dagen – niet vandaag.',
  'membership.card.cardSaved': 'Opgeslagen creditcard: {card}. We schrijven het bedrag af op de vervaldatum van de factuur.',
  'membership.card.bankNext':
    'Binnen enkele uren ontvang je een factuur met onze bankgegevens en een betalingskenmerk. Betaal vóór de vervaldatum op de factuur; er kunnen lokale extra kosten in rekening worden gebracht.',
  'membership.card.addCard': 'Creditcard toevoegen',
  'membership.card.cardLabel': '{brand} die eindigt op {last4}',

  'membership.invoice.title': 'Factuur {number}',
  'membership.invoice.intro': 'Hier is de factuur voor je CPS-lidmaatschap.',
  'membership.invoice.issueDate': 'Factuurdatum',
  'membership.invoice.dueDate': 'Vervaldatum',
  'membership.invoice.billedTo': 'Gefactureerd aan',
  'membership.invoice.vatNumber': 'Btw-nummer',
  'membership.invoice.line': 'CPS {tier}-lidmaatschap, {start} – {end}',
  'membership.invoice.net': 'Bedrag excl. btw',
  'membership.invoice.vat': 'Btw {rate}',
  'membership.invoice.total': 'Totaal',
  'membership.invoice.bankTitle': 'Bankgegevens',
  'membership.invoice.holder': 'Rekeninghouder',
  'membership.invoice.bank': 'Bank',
  'membership.invoice.iban': 'IBAN',
  'membership.invoice.bic': 'BIC/SWIFT',
  'membership.invoice.reference': 'Betalingskenmerk',
  'membership.invoice.bankDue':
    'Betaal {total} vóór {due} en vermeld het betalingskenmerk. Let op: bij een bankoverschrijving worden mogelijk lokale extra kosten in rekening gebracht.',
  'membership.invoice.cardDue': 'We schrijven {total} van je creditcard {card} af op de vervaldatum, {due}; niet eerder.',
  'membership.invoice.cardMissing': 'Voeg vóór {due} je creditcard toe op onze beveiligde betaalpagina; we schrijven {total} af op de vervaldatum.',
  'membership.invoice.paid': '✅ Betaald op {date}. Bedankt!',

  'membership.notify.invoice': 'Hier is je factuur {number} voor CPS.',
  'membership.notify.reminder':
    'Herinnering: factuur {number} ({total}) vervalt op {due}. Heb je al betaald? Dank je wel, dan kun je dit bericht negeren.',
  'membership.notify.charged': 'Bedankt! We hebben {total} van je creditcard {card} afgeschreven voor factuur {number}.',
  'membership.notify.chargeFailed': 'We konden het bedrag van factuur {number} ({total}) niet van je creditcard afschrijven. Voeg een andere creditcard toe op onze beveiligde betaalpagina.',
  'membership.notify.cardMissing':
    'Factuur {number} ({total}) vervalt vandaag, maar er is nog geen creditcard toegevoegd. Voeg je creditcard toe op onze beveiligde betaalpagina.',
  'membership.notify.received': 'Betaling ontvangen – dank je wel! We hebben {total} ontvangen voor factuur {number}.',
  'membership.notify.overdue':
    'De vervaldatum van factuur {number} ({total}) was {due}, en we hebben de betaling nog niet ontvangen. Betaal de factuur met de gegevens op de factuur. Heb je al betaald, dank je wel – dan kun je dit bericht negeren. Je CPS-lidmaatschap blijft actief.',
  'membership.email.overdue.subject':
    'Herinnering: CPS-factuur {number} (vervaldatum {due}) is nog niet betaald',
  'membership.email.overdue.intro':
    'We hebben de betaling voor de onderstaande factuur nog niet ontvangen; de vervaldatum was {due}. Betaal de factuur met de onderstaande gegevens. Heb je al betaald, dank je wel – dan kun je deze e-mail negeren. Je CPS-lidmaatschap blijft actief.',
  'membership.email.declined.subject':
    'We konden de betaling voor CPS-factuur {number} niet van je creditcard afschrijven',
  'membership.email.declined.intro':
    'We hebben geprobeerd {total} van je creditcard af te schrijven voor factuur {number}, maar de betaling is geweigerd. Je CPS-lidmaatschap blijft actief.',
  'membership.email.declined.newCard':
    'Voeg een andere creditcard toe op onze beveiligde betaalpagina; we schrijven het bedrag er meteen van af:',
  'membership.email.declined.bankOffer':
    'Of betaal via een bankoverschrijving:',
  'membership.invoice.download': 'Factuur downloaden (pdf)',
  'membership.invoice.viewLink': 'Hier is factuur {number} als pdf. De link werkt 24 uur.',
  'membership.invoice.viewUnknown': 'Ik kan die factuur niet vinden bij de facturen van je bedrijf.',

  'membership.email.greeting': 'Beste {company},',
  'membership.email.invoice.subject': 'Je CPS-factuur {number}',
  'membership.email.invoice.intro': 'Bedankt dat je lid bent geworden van Canon Professional Services. Hier is de factuur voor je CPS-lidmaatschap.',
  'membership.email.reminder.subject': 'Herinnering: CPS-factuur {number} vervalt op {due}',
  'membership.email.reminder.intro':
    'We herinneren je er graag aan dat de onderstaande factuur op {due} vervalt. Heb je al betaald? Dank je wel, dan kun je deze e-mail negeren.',
  'membership.email.closing': 'Met vriendelijke groet,\nCanon Professional Services',
  'membership.email.noReply': 'Deze e-mail is verstuurd vanaf een adres dat geen antwoorden ontvangt. Heb je vragen? Neem in de chat contact op met CPS Priority support.',

  'membership.pay.title': 'Veilig betalen voor CPS',
  'membership.pay.intro':
    'Voeg de creditcard toe voor CPS-lidmaatschap {number} ({company}). We schrijven nu niets af, pas op de vervaldatum die op de factuur staat.',
  'membership.pay.cardNumber': 'Kaartnummer',
  'membership.pay.expiry': 'Vervaldatum kaart (MM/JJ)',
  'membership.pay.cvc': 'Beveiligingscode (CVC)',
  'membership.pay.holder': 'Naam op de kaart',
  'membership.pay.submit': 'Creditcard opslaan',
  'membership.pay.sandbox': 'Testmodus: we schrijven niets af van een echte kaart. Gebruik 4242 4242 4242 4242 met een willekeurige datum in de toekomst en een willekeurige code van drie cijfers.',
  'membership.pay.saved': 'Creditcard opgeslagen: {card}. We schrijven het bedrag af op de vervaldatum van de factuur. Je kunt deze pagina sluiten en teruggaan naar de chat.',
  'membership.pay.fixErrors': 'Controleer de velden hieronder. Voor je veiligheid bewaren we het kaartnummer en de code niet; vul ze opnieuw in.',
  'membership.pay.invalidNumber': 'Dit kaartnummer is niet geldig. Controleer het en probeer het opnieuw.',
  'membership.pay.unsupportedBrand': 'We accepteren Visa, Mastercard en American Express.',
  'membership.pay.invalidExpiry': 'Vul de vervaldatum in als MM/JJ.',
  'membership.pay.expired': 'Deze kaart is verlopen.',
  'membership.pay.invalidCvc': 'Vul de beveiligingscode van 3 of 4 cijfers in.',
  'membership.pay.holderRequired': 'Vul de naam op de kaart in.',
  'membership.pay.declined': 'De kaart is geweigerd. Gebruik een andere kaart.',
  'membership.pay.notFound': 'Deze betaallink is niet geldig. Vraag in de chat een nieuwe link aan: kies daar ‘Lid worden van CPS’.',
  'membership.pay.used': 'Met deze link is al een kaart opgeslagen. Wil je een andere kaart gebruiken? Vraag dan in de chat een nieuwe link aan.',
  'membership.pay.expiredLink': 'Deze betaallink is verlopen. Vraag in de chat een nieuwe link aan: kies daar ‘Lid worden van CPS’.',
} as const satisfies MembershipMessages;
