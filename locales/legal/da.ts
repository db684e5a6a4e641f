import type { LegalMessages } from './en';

export const legalDa = {
  'legal.updated': 'Senest opdateret: 4. december 2026',
  'legal.back': 'Tilbage til chatten',
  'legal.otherPage.privacy': 'Privatlivspolitik',
  'legal.otherPage.terms': 'Vilkår for brug',

  'legal.privacy.title': 'Privatlivspolitik for CPS-onboardingassistenten',
  'legal.privacy.intro':
    'CPS-onboardingassistenten hjælper din virksomhed med at ansøge om en virksomhedskonto hos Canon, registrere produkter og blive medlem af Canon Professional Services (CPS) – i Microsoft Teams og på nettet. Her kan du læse, hvilke personoplysninger assistenten gemmer, hvorfor, hvor længe, og hvordan du får en kopi eller får dem slettet.',
  'legal.privacy.controller.heading': 'Hvem er ansvarlig',
  'legal.privacy.controller.body':
    'Canon Europa N.V., Bovenkerkerweg 59, 1185 XB Amstelveen, Holland, er dataansvarlig for de oplysninger, assistenten gemmer.',
  'legal.privacy.stored.heading': 'Hvad vi gemmer',
  'legal.privacy.stored.items':
    'Din chatidentitet (dit bruger-id i Teams eller webchatten), dit sprog og samtalens forløb, så assistenten kan fortsætte, hvor du slap.\nDin ansøgning om en virksomhedskonto: land, virksomhedens navn, adresse, momsnummer, kontakt-e-mail, en tidligere CPS-e-mail, hvis du angiver en, og det dokument, du uploader.\nDe produkter, du registrerer: model, serienummer, købsdato og -land, forhandler og hvor mange point de giver i alt.\nDit CPS-medlemskab, dine fakturaer og betalinger (ved kortbetaling kun det, betalingsudbyderen oplyser, fx korttype og de sidste fire cifre – aldrig hele kortnummeret).\nDine samtaler med CPS Priority-support, dine bedømmelser, og om et svar i FAQ’en hjalp.',
  'legal.privacy.why.heading': 'Hvorfor',
  'legal.privacy.why.body':
    'For at kontrollere og behandle din ansøgning, tildele point for dine produkter, administrere og fakturere dit CPS-medlemskab, besvare dine spørgsmål og gøre svarene bedre. Retsgrundlaget er aftalen med din virksomhed (databeskyttelsesforordningens artikel 6, stk. 1, litra b), bogføringspligten for fakturaer (litra c) og vores legitime interesse i en sikker tjeneste, der virker (litra f). Vi sælger ikke dine oplysninger og bruger dem ikke til reklame.',
  'legal.privacy.howLong.heading': 'Hvor længe',
  'legal.privacy.howLong.items':
    'Konto, produkter og medlemskab: så længe din virksomhedskonto eller dit CPS-medlemskab findes, og op til 12 måneder efter, at det er ophørt.\nDet uploadede dokument: indtil din ansøgning er afgjort, derefter højst 12 måneder.\nFakturaer og betalinger: så længe bogføringsloven kræver det (5 år i Danmark, op til 7 år i Holland og Sverige).\nSupportsamtaler og bedømmelser: 24 måneder.\nServerlogs indeholder ingen personoplysninger (ingen navne, e-mailadresser, numre eller dokumenter).',
  'legal.privacy.rights.heading': 'Få en kopi, ret eller slet dine oplysninger',
  'legal.privacy.rights.body':
    'Du kan bede om en kopi af dine oplysninger, få dem rettet eller slettet eller gøre indsigelse mod brugen af dem. Vælg “{menu}” i chatten, og skriv, hvad du ønsker – eller skriv til adressen ovenfor, mærket “Databeskyttelse – CPS-assistenten”. Vi svarer inden for en måned. Fakturaer, som loven kræver, at vi gemmer, gemmes, indtil fristen udløber. Du kan også klage til Datatilsynet.',
  'legal.privacy.contact.heading': 'Kontakt',
  'legal.privacy.contact.body':
    'Spørgsmål til denne politik: CPS Priority-support i chatten eller Canon Europa N.V., att. databeskyttelsesrådgiveren, Bovenkerkerweg 59, 1185 XB Amstelveen, Holland.',

  'legal.terms.title': 'Vilkår for brug af CPS-onboardingassistenten',
  'legal.terms.intro':
    'Disse vilkår gælder, når du bruger CPS-onboardingassistenten i Microsoft Teams eller på nettet. Selve CPS-programmet, dets niveauer og gebyrer er omfattet af de CPS-vilkår og -betingelser, du accepterer, når du melder dig ind.',
  'legal.terms.who.heading': 'Hvem må bruge den',
  'legal.terms.who.body':
    'Assistenten er for virksomheder i de lande, der deltager i CPS. Du bruger den på vegne af din virksomhed og bekræfter, at du har tilladelse til at give dens oplysninger.',
  'legal.terms.use.heading': 'Sådan bruger du assistenten',
  'legal.terms.use.items':
    'Giv korrekte og fuldstændige oplysninger, og upload kun dokumenter, der tilhører din virksomhed.\nForsøg ikke at forstyrre tjenesten, få adgang til andre medlemmers oplysninger eller sende skadelige filer.\nSvar fra assistenten og FAQ’en er vejledning; det er Canon, der træffer afgørelse om din ansøgning, dine point og dit medlemskab.',
  'legal.terms.membership.heading': 'Point, medlemskab og betaling',
  'legal.terms.membership.body':
    'Point tildeles, når et registreret produkt er komplet (grønt flueben). Det CPS-niveau, du kan vælge, gebyret og momsen vises, før du betaler; dit medlemskab og din faktura følger CPS-vilkårene og -betingelserne.',
  'legal.terms.availability.heading': 'Tilgængelighed og ændringer',
  'legal.terms.availability.body':
    'Vi bestræber os på, at assistenten altid er tilgængelig, men kan ikke love det. Vi kan ændre assistenten og disse vilkår; datoen øverst viser den gældende udgave.',
  'legal.terms.liability.heading': 'Ansvar og lovvalg',
  'legal.terms.liability.body':
    'Canon er ansvarlig efter den lov, der gælder for din aftale; intet i disse vilkår begrænser et ansvar, som ikke kan begrænses efter loven. Hollandsk ret gælder, medmindre loven i dit land bestemmer andet.',
  'legal.terms.contact.heading': 'Kontakt',
  'legal.terms.contact.body':
    'Spørgsmål til disse vilkår: CPS Priority-support i chatten eller Canon Europa N.V., Bovenkerkerweg 59, 1185 XB Amstelveen, Holland.',
} as const satisfies LegalMessages;
