import type { MemberMessages } from './en';

export const memberNl = {
  'home.invited': 'Welkom terug, {company}! Met {points, number} punten ben je uitgenodigd om lid te worden van CPS: kies je niveau via "Lid worden van CPS" hieronder.',
  'home.member':
    'Welkom terug, {company}!\n\nCPS-lidmaatschap **{number}** · {tier} · wordt verlengd op {renewal} · {points, number} punten · {invoices, plural, =0 {geen openstaande facturen} one {# openstaande factuur} other {# openstaande facturen}}',
  'menu.membership': 'Mijn lidmaatschap',
  'self.title': 'Mijn CPS-lidmaatschap',
  'self.number': 'Lidmaatschapsnummer',
  'self.tier': 'Niveau',
  'self.renewal': 'Wordt verlengd op',
  'self.ends': 'Stopt op',
  'self.contactEmail': 'Contactadres voor facturen en berichten',
  'self.saveEmail': 'E-mailadres opslaan',
  'self.cancel': 'Lidmaatschap opzeggen',
  'self.contact.changed': 'Opgeslagen: facturen en berichten gaan nu naar {email}.',
  'self.contact.invalid': '"{typed}" is geen e-mailadres dat ik kan gebruiken. Controleer het en probeer het opnieuw; de kaart hieronder bewaart wat je hebt getypt.',
  'self.cancel.title': 'Je CPS-lidmaatschap opzeggen?',
  'self.cancel.body': 'Je lidmaatschap blijft actief en bruikbaar tot en met {date}, het einde van de periode waarvoor je hebt betaald. Daarna stopt het en wordt het niet verlengd; er wordt niets meer afgeschreven.',
  'self.cancel.yes': 'Ja, opzeggen aan het einde van de periode',
  'self.cancel.no': 'Lidmaatschap behouden',
  'self.cancel.done': 'Je lidmaatschap is opgezegd. Het blijft actief tot en met {date} en er wordt niets meer afgeschreven.',
  'self.cancel.already': 'Je lidmaatschap is al opgezegd en stopt op {date}.',
  'self.notMember': 'Je hebt geen actief CPS-lidmaatschap. Kies "Lid worden van CPS" in het menu zodra je bent uitgenodigd.',
  'menu.privacy': 'Mijn gegevens',
  'privacy.title': 'Je gegevens',
  'privacy.body': 'Je kunt alles downloaden wat we over je bewaren, of ons vragen het te wissen.',
  'privacy.export': 'Mijn gegevens downloaden',
  'privacy.erase': 'Mijn gegevens wissen',
  'privacy.exportReady':
    'Hier is alles wat we over je bewaren, als JSON-bestand: [mijn gegevens downloaden]({link})\n\nDe link werkt 24 uur, tot {expires}. Het bestand bevat je accountgegevens, {applications, plural, =0 {geen aanvragen} one {# aanvraag} other {# aanvragen}} met {documents, plural, =0 {geen documenten} one {# document} other {# documenten}}, {products, plural, =0 {geen producten} one {# product} other {# producten}}, {invoices, plural, =0 {geen facturen} one {# factuur} other {# facturen}}, {cases, plural, =0 {geen supportvragen} one {# supportvraag} other {# supportvragen}} met {messages, plural, =0 {geen berichten} one {# bericht} other {# berichten}}, {emails, plural, =0 {geen e-mails} one {# e-mail} other {# e-mails}} en de toestemmingen die je hebt gegeven.',
  'privacy.eraseConfirm.title': 'Je gegevens wissen?',
  'privacy.eraseConfirm.body':
    'We verwijderen of anonimiseren je account- en bedrijfsgegevens, je aanvragen en documenten, je producten, je gesprekken met support en de e-mails die we je hebben gestuurd. Je CPS-lidmaatschap stopt meteen. Dit kan niet ongedaan worden gemaakt.',
  'privacy.eraseConfirm.kept':
    'Wat we bewaren: je facturen en betalingen (nummer, datum, bedragen en btw), zonder je naam of contactgegevens, {years} jaar lang, omdat de boekhoudregels in {country} dat vereisen (tot en met {until}).',
  'privacy.eraseConfirm.yes': 'Ja, wis mijn gegevens',
  'privacy.eraseConfirm.no': 'Mijn gegevens bewaren',
  'privacy.erased':
    'Je persoonsgegevens zijn gewist. We bewaren {invoices, plural, =0 {geen facturen} one {# factuur en de betalingen ervan} other {# facturen en de betalingen ervan}} zonder je naam of contactgegevens tot en met {until}, omdat de boekhoudregels in {country} {years} jaar vereisen. Als je me opnieuw schrijft, begin je als nieuwe bezoeker.',
  'privacy.erasedAll': 'Je persoonsgegevens zijn gewist en we bewaren niets meer dat naar jou verwijst. Als je me opnieuw schrijft, begin je als nieuwe bezoeker.',
  'privacy.nothing': 'We bewaren geen gegevens over je.',
} as const satisfies MemberMessages;
