import type { LegalMessages } from './en';

export const legalSv = {
  'legal.updated': 'Senast uppdaterad: 4 december 2026',
  'legal.back': 'Tillbaka till chatten',
  'legal.otherPage.privacy': 'Integritetspolicy',
  'legal.otherPage.terms': 'Användarvillkor',

  'legal.privacy.title': 'Integritetspolicy för CPS-assistenten',
  'legal.privacy.intro':
    'CPS-assistenten hjälper ditt företag att ansöka om ett företagskonto hos Canon, registrera produkter och gå med i Canon Professional Services (CPS) – i Microsoft Teams och på webben. Här beskriver vi vilka personuppgifter assistenten sparar, varför, hur länge och hur du får en kopia eller får dem raderade.',
  'legal.privacy.controller.heading': 'Vem som ansvarar',
  'legal.privacy.controller.body':
    'Canon Europa N.V., Bovenkerkerweg 59, 1185 XB Amstelveen, Nederländerna, är personuppgiftsansvarig för de uppgifter som assistenten sparar.',
  'legal.privacy.stored.heading': 'Vad vi sparar',
  'legal.privacy.stored.items':
    'Din chattidentitet (ditt användar-id i Teams eller webbchatten), ditt språk och var i samtalet du är, så att assistenten kan fortsätta där du slutade.\nDin ansökan om företagskonto: land, företagsnamn, adress, momsregistreringsnummer, kontaktadress för e-post, en tidigare CPS-e-postadress om du anger en och dokumentet du laddar upp.\nProdukterna du registrerar: modell, serienummer, inköpsdatum och inköpsland, återförsäljare och poängen de ger.\nDitt CPS-medlemskap, dina fakturor och betalningar (vid kortbetalning bara det som betalningsleverantören rapporterar, till exempel korttyp och de fyra sista siffrorna – aldrig hela kortnumret).\nDina samtal med CPS Priority Support, dina betyg och om ett svar i vanliga frågor hjälpte.',
  'legal.privacy.why.heading': 'Varför',
  'legal.privacy.why.body':
    'För att granska och besluta om din ansökan, ge poäng för dina produkter, administrera och fakturera ditt CPS-medlemskap, svara på dina frågor och förbättra svaren. Den rättsliga grunden är avtalet med ditt företag (artikel 6.1 b i dataskyddsförordningen), bokföringsskyldigheten för fakturor (artikel 6.1 c) och vårt berättigade intresse av en säker tjänst som fungerar (artikel 6.1 f). Vi säljer inte dina uppgifter och använder dem inte för reklam.',
  'legal.privacy.howLong.heading': 'Hur länge',
  'legal.privacy.howLong.items':
    'Konto, produkter och medlemskap: så länge ditt företagskonto eller CPS-medlemskap finns och upp till 12 månader efter att det har upphört.\nDet uppladdade dokumentet: tills beslut om din ansökan har fattats, därefter högst 12 månader.\nFakturor och betalningar: så länge bokföringslagen kräver (7 år i Sverige och Nederländerna, 5 år i Danmark).\nSupportsamtal och betyg: 24 månader.\nServerloggarna innehåller inga personuppgifter (inga namn, e-postadresser, nummer eller dokument).',
  'legal.privacy.rights.heading': 'Få en kopia, rätta eller radera dina uppgifter',
  'legal.privacy.rights.body':
    'Du kan begära en kopia av dina uppgifter, få dem rättade eller raderade eller invända mot hur de används. Välj ”{menu}” i chatten och skriv vad du vill – eller skriv till adressen ovan, märkt ”Dataskydd – CPS-assistenten”. Vi svarar inom en månad. Fakturor som vi enligt lag måste spara sparas tills tiden har gått ut. Du kan också lämna klagomål till Integritetsskyddsmyndigheten (IMY).',
  'legal.privacy.contact.heading': 'Kontakt',
  'legal.privacy.contact.body':
    'Frågor om denna policy: CPS Priority Support i chatten eller Canon Europa N.V., att. dataskyddsombudet, Bovenkerkerweg 59, 1185 XB Amstelveen, Nederländerna.',

  'legal.terms.title': 'Användarvillkor för CPS-assistenten',
  'legal.terms.intro':
    'Dessa villkor gäller när du använder CPS-assistenten i Microsoft Teams eller på webben. Själva CPS-programmet, dess nivåer och avgifter regleras av de CPS-villkor som du godkänner när du går med.',
  'legal.terms.who.heading': 'Vem som får använda den',
  'legal.terms.who.body':
    'Assistenten är till för företag i de länder som deltar i CPS. Du använder den för ditt företags räkning och bekräftar att du har rätt att lämna dess uppgifter.',
  'legal.terms.use.heading': 'Så använder du assistenten',
  'legal.terms.use.items':
    'Lämna korrekta och fullständiga uppgifter och ladda bara upp dokument som tillhör ditt företag.\nFörsök inte störa tjänsten, komma åt andra medlemmars uppgifter eller skicka skadliga filer.\nSvar från assistenten och i vanliga frågor är vägledning; beslutet om din ansökan, dina poäng och ditt medlemskap fattas av Canon.',
  'legal.terms.membership.heading': 'Poäng, medlemskap och betalning',
  'legal.terms.membership.body':
    'Poäng ges när en registrerad produkt är komplett (grön bock). Den CPS-nivå du kan välja, avgiften och momsen visas innan du betalar; ditt medlemskap och din faktura följer CPS-villkoren.',
  'legal.terms.availability.heading': 'Tillgänglighet och ändringar',
  'legal.terms.availability.body':
    'Vi strävar efter att assistenten ska vara tillgänglig men kan inte lova att den alltid är det. Vi kan ändra assistenten och dessa villkor; datumet högst upp visar den gällande versionen.',
  'legal.terms.liability.heading': 'Ansvar och tillämplig lag',
  'legal.terms.liability.body':
    'Canon ansvarar enligt den lag som gäller för ditt avtal; inget i dessa villkor begränsar ett ansvar som inte får begränsas enligt lag. Nederländsk lag gäller om inte lagen i ditt land säger något annat.',
  'legal.terms.contact.heading': 'Kontakt',
  'legal.terms.contact.body':
    'Frågor om dessa villkor: CPS Priority Support i chatten eller Canon Europa N.V., Bovenkerkerweg 59, 1185 XB Amstelveen, Nederländerna.',
} as const satisfies LegalMessages;
