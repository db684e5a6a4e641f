import type { MemberMessages } from './en';

export const memberDa = {
  'home.invited': 'Velkommen tilbage, {company}! Med {points, number} point er du inviteret til at tilmelde dig CPS: vælg dit niveau under "Tilmeld dig CPS" herunder.',
  'home.member':
    'Velkommen tilbage, {company}!\n\nCPS-medlemskab **{number}** · {tier} · fornyes {renewal} · {points, number} point · {invoices, plural, =0 {ingen ubetalte fakturaer} one {# ubetalt faktura} other {# ubetalte fakturaer}}',
  'menu.membership': 'Mit medlemskab',
  'self.title': 'Mit CPS-medlemskab',
  'self.number': 'Medlemsnummer',
  'self.tier': 'Niveau',
  'self.renewal': 'Fornyes',
  'self.ends': 'Ophører',
  'self.contactEmail': 'Kontakt-e-mail til fakturaer og meddelelser',
  'self.saveEmail': 'Gem e-mail',
  'self.cancel': 'Opsig medlemskab',
  'self.contact.changed': 'Gemt: fakturaer og meddelelser sendes nu til {email}.',
  'self.contact.invalid': '“{typed}” er ikke en e-mailadresse, jeg kan bruge. Tjek den, og prøv igen – kortet herunder har beholdt det, du skrev.',
  'self.cancel.title': 'Vil du opsige dit CPS-medlemskab?',
  'self.cancel.body': 'Dit medlemskab er aktivt og kan bruges indtil {date}, slutningen af den periode, du har betalt for. Derefter ophører det og fornyes ikke, og vi trækker ikke flere beløb.',
  'self.cancel.yes': 'Ja, opsig ved periodens udløb',
  'self.cancel.no': 'Behold mit medlemskab',
  'self.cancel.done': 'Dit medlemskab er opsagt. Det er aktivt indtil {date}, og vi trækker ikke flere beløb.',
  'self.cancel.already': 'Dit medlemskab er allerede opsagt og ophører {date}.',
  'self.notMember': 'Du har ikke et aktivt CPS-medlemskab. Vælg “Tilmeld dig CPS” i menuen, når du er inviteret.',
  'menu.privacy': 'Mine data',
  'privacy.title': 'Dine data',
  'privacy.body': 'Du kan hente alt, hvad vi gemmer om dig, eller bede os om at slette det.',
  'privacy.export': 'Hent mine data',
  'privacy.erase': 'Slet mine data',
  'privacy.exportReady':
    'Her er alt, hvad vi gemmer om dig, som JSON-fil: [hent mine data]({link})\n\nLinket virker i 24 timer, indtil {expires}. Filen indeholder dine kontooplysninger, {applications, plural, =0 {ingen ansøgninger} one {# ansøgning} other {# ansøgninger}} med {documents, plural, =0 {ingen dokumenter} one {# dokument} other {# dokumenter}}, {products, plural, =0 {ingen produkter} one {# produkt} other {# produkter}}, {invoices, plural, =0 {ingen fakturaer} one {# faktura} other {# fakturaer}}, {cases, plural, =0 {ingen supportsager} one {# supportsag} other {# supportsager}} med {messages, plural, =0 {ingen beskeder} one {# besked} other {# beskeder}}, {emails, plural, =0 {ingen e-mails} one {# e-mail} other {# e-mails}} og de samtykker, du har givet.',
  'privacy.eraseConfirm.title': 'Vil du slette dine data?',
  'privacy.eraseConfirm.body':
    'Vi sletter eller anonymiserer dine konto- og virksomhedsoplysninger, dine ansøgninger og dokumenter, dine produkter, dine samtaler med support og de e-mails, vi har sendt dig. Dit CPS-medlemskab ophører med det samme. Det kan ikke fortrydes.',
  'privacy.eraseConfirm.kept':
    'Det beholder vi: dine fakturaer og betalinger (nummer, dato, beløb og moms) uden dit navn og dine kontaktoplysninger i {years} år, fordi bogføringsreglerne i {country} kræver det (indtil {until}).',
  'privacy.eraseConfirm.yes': 'Ja, slet mine data',
  'privacy.eraseConfirm.no': 'Behold mine data',
  'privacy.erased':
    'Dine personoplysninger er slettet. Vi beholder {invoices, plural, =0 {ingen fakturaer} one {# faktura og dens betalinger} other {# fakturaer og deres betalinger}} uden dit navn og dine kontaktoplysninger indtil {until}, fordi bogføringsreglerne i {country} kræver {years} år. Hvis du skriver til mig igen, starter du som ny besøgende.',
  'privacy.erasedAll': 'Dine personoplysninger er slettet, og vi gemmer intet, der kan knyttes til dig. Hvis du skriver til mig igen, starter du som ny besøgende.',
  'privacy.nothing': 'Vi gemmer ingen data om dig.',
} as const satisfies MemberMessages;
