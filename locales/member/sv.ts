import type { MemberMessages } from './en';

export const memberSv = {
  'home.invited': 'Välkommen tillbaka, {company}! Med {points, number} poäng är du inbjuden att gå med i CPS: välj nivå under ”Gå med i CPS” nedan.',
  'home.member':
    'Välkommen tillbaka, {company}!\n\nCPS-medlemskap **{number}** · {tier} · förnyas {renewal} · {points, number} poäng · {invoices, plural, =0 {inga obetalda fakturor} one {# obetald faktura} other {# obetalda fakturor}}',
  'menu.membership': 'Mitt medlemskap',
  'self.title': 'Mitt CPS-medlemskap',
  'self.number': 'Medlemsnummer',
  'self.tier': 'Nivå',
  'self.renewal': 'Förnyas',
  'self.ends': 'Upphör',
  'self.contactEmail': 'Kontaktadress för fakturor och meddelanden',
  'self.saveEmail': 'Spara e-postadress',
  'self.cancel': 'Säg upp medlemskapet',
  'self.contact.changed': 'Sparat: fakturor och meddelanden skickas nu till {email}.',
  'self.contact.invalid': '”{typed}” är inte en e-postadress som jag kan använda. Kontrollera den och försök igen – kortet nedan har kvar det du skrev.',
  'self.cancel.title': 'Vill du säga upp ditt CPS-medlemskap?',
  'self.cancel.body': 'Ditt medlemskap är aktivt och kan användas till och med {date}, slutet på perioden du har betalat för. Sedan upphör det och förnyas inte, och inget mer debiteras.',
  'self.cancel.yes': 'Ja, säg upp vid periodens slut',
  'self.cancel.no': 'Behåll mitt medlemskap',
  'self.cancel.done': 'Ditt medlemskap är uppsagt. Det är aktivt till och med {date}, och inget mer debiteras.',
  'self.cancel.already': 'Ditt medlemskap är redan uppsagt och upphör {date}.',
  'self.notMember': 'Du har inget aktivt CPS-medlemskap. Välj ”Gå med i CPS” i menyn när du har fått en inbjudan.',
  'menu.privacy': 'Mina uppgifter',
  'privacy.title': 'Dina uppgifter',
  'privacy.body': 'Du kan ladda ned allt vi sparar om dig eller be oss radera det.',
  'privacy.export': 'Ladda ned mina uppgifter',
  'privacy.erase': 'Radera mina uppgifter',
  'privacy.exportReady':
    'Här är allt vi sparar om dig, som JSON-fil: [ladda ned mina uppgifter]({link})\n\nLänken fungerar i 24 timmar, till {expires}. Filen innehåller dina kontouppgifter, {applications, plural, =0 {inga ansökningar} one {# ansökan} other {# ansökningar}} med {documents, plural, =0 {inga dokument} one {# dokument} other {# dokument}}, {products, plural, =0 {inga produkter} one {# produkt} other {# produkter}}, {invoices, plural, =0 {inga fakturor} one {# faktura} other {# fakturor}}, {cases, plural, =0 {inga supportärenden} one {# supportärende} other {# supportärenden}} med {messages, plural, =0 {inga meddelanden} one {# meddelande} other {# meddelanden}}, {emails, plural, =0 {inga e-postmeddelanden} one {# e-postmeddelande} other {# e-postmeddelanden}} och de samtycken du har gett.',
  'privacy.eraseConfirm.title': 'Vill du radera dina uppgifter?',
  'privacy.eraseConfirm.body':
    'Vi raderar eller anonymiserar dina konto- och företagsuppgifter, dina ansökningar och dokument, dina produkter, dina samtal med supporten och de e-postmeddelanden vi har skickat till dig. Ditt CPS-medlemskap upphör direkt. Det går inte att ångra.',
  'privacy.eraseConfirm.kept':
    'Det här sparar vi: dina fakturor och betalningar (nummer, datum, belopp och moms) utan ditt namn och dina kontaktuppgifter i {years} år, eftersom bokföringsreglerna i {country} kräver det (till och med {until}).',
  'privacy.eraseConfirm.yes': 'Ja, radera mina uppgifter',
  'privacy.eraseConfirm.no': 'Behåll mina uppgifter',
  'privacy.erased':
    'Dina personuppgifter är raderade. Vi sparar {invoices, plural, =0 {inga fakturor} one {# faktura och dess betalningar} other {# fakturor och deras betalningar}} utan ditt namn och dina kontaktuppgifter till och med {until}, eftersom bokföringsreglerna i {country} kräver {years} år. Om du skriver till mig igen börjar du som ny besökare.',
  'privacy.erasedAll': 'Dina personuppgifter är raderade och vi sparar inget som kan kopplas till dig. Om du skriver till mig igen börjar du som ny besökare.',
  'privacy.nothing': 'Vi sparar inga uppgifter om dig.',
} as const satisfies MemberMessages;
