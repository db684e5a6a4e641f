import type { Language } from '../schema';

interface Content {
  readonly title: string;
  readonly answer: string;
  readonly phrasings: readonly string[];
}

/**
 * Topics members ask about that the source guides do not cover. The facts that exist as data
 * (each tier's points and fee in the member's currency, a model's points from the catalogue) are
 * added to the answer when it is given (dialogs/faq/fromData.ts); what the programme does not
 * promise (repair times, loan equipment) is said honestly, with CPS Priority Support as the way on.
 */
export const moreContent: Readonly<Record<
  'cps.benefits' | 'cps.fees' | 'products.points' | 'support.repair' | 'membership.cancel' | 'membership.find-number',
  Readonly<Record<Language, Content>>
>> = {
  'cps.benefits': {
    en: {
      title: 'What does each CPS tier give me?',
      answer:
        'Your tier follows the points of your registered products: the more points, the higher the tiers open to you. Below are the tiers with the points each needs and its annual fee. What a tier includes in detail is explained by CPS Priority Support: ask for a person here in the chat.',
      phrasings: ['what do I get as a Gold member', 'difference between the tiers', 'is CPS worth the money', 'perks of the membership', 'what do I gain from a higher tier', 'CPS benefits', 'what is included in Platinum', 'advantages of CPS membership', 'why should I join CPS', 'what does Silver include', 'benefits per tier', 'Gold versus Platinum', 'what do members get', 'is a higher tier better', 'what comes with my tier'],
    },
    da: {
      title: 'Hvad giver de enkelte CPS-niveauer mig?',
      answer:
        'Dit niveau følger pointene for dine registrerede produkter: jo flere point, jo højere niveauer kan du vælge. Herunder står niveauerne med de point, hvert kræver, og årsgebyret. Hvad et niveau indeholder i detaljer, forklarer CPS Priority-support: bed om en person her i chatten.',
      phrasings: ['hvad får jeg som Gold medlem', 'forskel på niveauerne', 'er CPS pengene værd', 'fordelene ved medlemskabet', 'hvad vinder jeg ved et højere niveau', 'CPS fordele', 'hvad er med i Platinum', 'fordele ved CPS medlemskab', 'hvorfor skal jeg være med i CPS', 'hvad indeholder Silver', 'fordele pr. niveau', 'Gold eller Platinum', 'hvad får medlemmer', 'er et højere niveau bedre', 'hvad følger med mit niveau'],
    },
    sv: {
      title: 'Vad ger de olika CPS-nivåerna mig?',
      answer:
        'Din nivå följer poängen för dina registrerade produkter: ju fler poäng, desto högre nivåer kan du välja. Nedan ser du nivåerna med poängen som var och en kräver och årsavgiften. Vad en nivå innehåller i detalj förklarar CPS Priority Support: be om en person här i chatten.',
      phrasings: ['vad får jag som Gold medlem', 'skillnad mellan nivåerna', 'är CPS värt pengarna', 'fördelarna med medlemskapet', 'vad vinner jag på en högre nivå', 'CPS förmåner', 'vad ingår i Platinum', 'fördelar med CPS medlemskap', 'varför ska jag gå med i CPS', 'vad ingår i Silver', 'förmåner per nivå', 'Gold eller Platinum', 'vad får medlemmar', 'är en högre nivå bättre', 'vad ingår i min nivå'],
    },
    nl: {
      title: 'Wat levert elk CPS-niveau me op?',
      answer:
        'Je niveau volgt de punten van je geregistreerde producten: hoe meer punten, hoe hogere niveaus je kunt kiezen. Hieronder staan de niveaus met de punten die elk nodig heeft en de jaarlijkse bijdrage. Wat een niveau precies inhoudt, legt CPS Priority support uit: vraag hier in de chat naar een medewerker.',
      phrasings: ['wat krijg ik als Gold lid', 'verschil tussen de niveaus', 'is CPS het geld waard', 'de voordelen van het lidmaatschap', 'wat win ik met een hoger niveau', 'CPS voordelen', 'wat zit er in Platinum', 'voordelen van CPS lidmaatschap', 'waarom zou ik lid worden van CPS', 'wat houdt Silver in', 'voordelen per niveau', 'Gold of Platinum', 'wat krijgen leden', 'is een hoger niveau beter', 'wat hoort bij mijn niveau'],
    },
  },
  'cps.fees': {
    en: {
      title: 'What does a CPS tier cost?',
      answer: 'Each tier has an annual fee, in your country’s currency where the tier is priced in it (otherwise in euros), before VAT; the invoice adds the VAT that applies to you.',
      phrasings: ['annual price of Platinum', 'how much per year for a tier', 'CPS price', 'membership fee', 'how much does CPS cost', 'cost of Gold', 'price of the Corporate tier', 'yearly fee', 'what do I pay for Silver', 'subscription price', 'membership cost per year', 'fee per tier'],
    },
    da: {
      title: 'Hvad koster et CPS-niveau?',
      answer: 'Hvert niveau har et årsgebyr i dit lands valuta, hvis niveauet er prissat i den (ellers i euro), uden moms; fakturaen lægger den moms til, der gælder for dig.',
      phrasings: ['årspris for Platinum', 'hvor meget koster et niveau om året', 'årsgebyr', 'CPS pris', 'medlemsgebyr', 'hvad koster CPS', 'pris for Gold', 'pris på Corporate', 'årligt gebyr', 'hvad betaler jeg for Silver', 'abonnementspris', 'medlemskab pris pr år', 'gebyr pr. niveau'],
    },
    sv: {
      title: 'Vad kostar en CPS-nivå?',
      answer: 'Varje nivå har en årsavgift i ditt lands valuta om nivån är prissatt i den (annars i euro), exklusive moms; fakturan lägger till den moms som gäller för dig.',
      phrasings: ['årspris för Platinum', 'hur mycket kostar en nivå per år', 'årsavgift', 'CPS pris', 'medlemsavgift', 'vad kostar CPS', 'kostnad för Gold', 'pris för Corporate', 'årlig avgift', 'vad betalar jag för Silver', 'abonnemangspris', 'medlemskap kostnad per år', 'avgift per nivå'],
    },
    nl: {
      title: 'Wat kost een CPS-niveau?',
      answer: 'Elk niveau heeft een jaarlijkse bijdrage in de valuta van je land als het niveau daarin geprijsd is (anders in euro), exclusief btw; op de factuur komt de btw die voor jou geldt erbij.',
      phrasings: ['jaarprijs van Platinum', 'hoeveel kost een niveau per jaar', 'prijzen van de niveaus', 'CPS prijs', 'contributie', 'wat kost CPS', 'kosten van Gold', 'prijs van Corporate', 'jaarbijdrage', 'wat betaal ik voor Silver', 'abonnementsprijs', 'lidmaatschap kosten per jaar', 'bijdrage per niveau'],
    },
  },
  'products.points': {
    en: {
      title: 'How many points does a model give?',
      answer: 'Every model in the product catalogue gives a fixed number of points once its registration is complete (green tick). Name the model in your question and I will look it up.',
      phrasings: ['points per camera', 'how many points for this lens', 'points of a model', 'what is my camera worth in points', 'points for a printer', 'how many points does a cinema camera give', 'which products give the most points', 'point value of my lens', 'does this model give points', 'points for an RF lens'],
    },
    da: {
      title: 'Hvor mange point giver en model?',
      answer: 'Hver model i produktkataloget giver et fast antal point, når registreringen er komplet (grønt flueben). Skriv modellen i dit spørgsmål, så slår jeg den op.',
      phrasings: ['point pr kamera', 'hvor mange point for dette objektiv', 'point for en model', 'hvad er mit kamera værd i point', 'point for en printer', 'hvor mange point giver et cinema kamera', 'hvilke produkter giver flest point', 'pointværdi for mit objektiv', 'giver denne model point', 'point for et RF objektiv'],
    },
    sv: {
      title: 'Hur många poäng ger en modell?',
      answer: 'Varje modell i produktkatalogen ger ett fast antal poäng när registreringen är komplett (grön bock). Skriv modellen i din fråga så slår jag upp den.',
      phrasings: ['poäng per kamera', 'hur många poäng för det här objektivet', 'poäng för en modell', 'vad är min kamera värd i poäng', 'poäng för en skrivare', 'hur många poäng ger en cinemakamera', 'vilka produkter ger mest poäng', 'poängvärde för mitt objektiv', 'ger den här modellen poäng', 'poäng för ett RF objektiv'],
    },
    nl: {
      title: 'Hoeveel punten levert een model op?',
      answer: 'Elk model in de productcatalogus levert een vast aantal punten op zodra de registratie volledig is (groen vinkje). Noem het model in je vraag, dan zoek ik het op.',
      phrasings: ['punten per camera', 'hoeveel punten voor dit objectief', 'punten van een model', 'wat is mijn camera waard in punten', 'punten voor een printer', 'hoeveel punten geeft een cinema camera', 'welke producten leveren de meeste punten op', 'puntenwaarde van mijn objectief', 'levert dit model punten op', 'punten voor een RF objectief'],
    },
  },
  'support.repair': {
    en: {
      title: 'How fast are repairs, and can I borrow equipment meanwhile?',
      answer:
        'This assistant cannot promise repair times or loan equipment: they are not part of what I can arrange or look up. CPS Priority Support can tell you what applies to your equipment and membership, so ask for a person here in the chat.',
      phrasings: ['how long does service take', 'can I borrow a camera', 'lend me a body while mine is fixed', 'my camera is broken how long to fix', 'repair time', 'service turnaround', 'loan equipment', 'backup camera during repair', 'how quickly is my camera repaired', 'send my lens for service', 'replacement body while in repair', 'repair of broken gear', 'do members get loaners', 'how long is my camera away for service'],
    },
    da: {
      title: 'Hvor hurtigt går en reparation, og kan jeg låne udstyr imens?',
      answer:
        'Jeg kan ikke love reparationstider eller låneudstyr: det er ikke noget, jeg kan ordne eller slå op. CPS Priority-support kan fortælle dig, hvad der gælder for dit udstyr og dit medlemskab, så bed om en person her i chatten.',
      phrasings: ['hvor lang tid tager det at reparere', 'kan jeg låne et kamera', 'udlån af udstyr', 'mit kamera er i stykker hvor længe tager det', 'reparationstid', 'hvor lang tid tager service', 'låneudstyr', 'lånekamera under reparation', 'hvor hurtigt bliver mit kamera repareret', 'sende mit objektiv til service', 'erstatningshus mens det er til reparation', 'reparation af ødelagt udstyr', 'får medlemmer låneudstyr', 'hvor længe er mit kamera væk til service'],
    },
    sv: {
      title: 'Hur snabbt går en reparation, och kan jag låna utrustning under tiden?',
      answer:
        'Jag kan inte lova reparationstider eller lånutrustning: det är inget jag kan ordna eller slå upp. CPS Priority Support kan berätta vad som gäller för din utrustning och ditt medlemskap, så be om en person här i chatten.',
      phrasings: ['hur lång tid tar det att reparera', 'kan jag låna en kamera', 'utlåning av utrustning', 'min kamera är trasig hur lång tid tar det', 'reparationstid', 'hur lång tid tar service', 'lånutrustning', 'lånekamera under reparation', 'hur snabbt repareras min kamera', 'skicka mitt objektiv på service', 'ersättningshus under reparationen', 'reparation av trasig utrustning', 'får medlemmar låna utrustning', 'hur länge är min kamera borta på service'],
    },
    nl: {
      title: 'Hoe snel gaat een reparatie, en kan ik intussen apparatuur lenen?',
      answer:
        'Ik kan geen reparatietijden of leenapparatuur beloven: dat kan ik niet regelen of opzoeken. CPS Priority support kan je vertellen wat er voor jouw apparatuur en lidmaatschap geldt, dus vraag hier in de chat naar een medewerker.',
      phrasings: ['hoe lang duurt het repareren', 'kan ik een camera lenen', 'uitlenen van apparatuur', 'mijn camera is kapot hoe lang duurt het', 'reparatietijd', 'hoe lang duurt service', 'leenapparatuur', 'leencamera tijdens reparatie', 'hoe snel wordt mijn camera gerepareerd', 'mijn objectief opsturen voor service', 'vervangende body tijdens reparatie', 'reparatie van kapotte apparatuur', 'krijgen leden een leenexemplaar', 'hoe lang is mijn camera weg voor service'],
    },
  },
  'membership.cancel': {
    en: {
      title: 'How do I cancel my CPS membership?',
      answer:
        'Open “My membership” in the menu and choose “Cancel membership”. Your membership stays active until the end of the period you have paid for; then it ends, is not renewed, and nothing more is charged.',
      phrasings: ['unsubscribe', 'cancel my subscription before renewal', 'cancel membership', 'cancel CPS', 'stop my membership', 'end my CPS subscription', 'I do not want to renew', 'quit CPS', 'terminate membership', 'stop the renewal', 'leave CPS', 'how to end CPS'],
    },
    da: {
      title: 'Hvordan opsiger jeg mit CPS-medlemskab?',
      answer:
        'Åbn “Mit medlemskab” i menuen, og vælg “Opsig medlemskab”. Dit medlemskab er aktivt til slutningen af den periode, du har betalt for; derefter ophører det og fornyes ikke, og vi trækker ikke flere beløb.',
      phrasings: ['melde mig ud', 'udmelding', 'opsig mit abonnement', 'opsig medlemskab', 'opsige CPS', 'stop mit medlemskab', 'afslut mit CPS abonnement', 'jeg vil ikke forny', 'udmeldelse af CPS', 'opsigelse af medlemskab', 'stop fornyelsen', 'forlade CPS', 'hvordan stopper jeg CPS'],
    },
    sv: {
      title: 'Hur säger jag upp mitt CPS-medlemskap?',
      answer:
        'Öppna ”Mitt medlemskap” i menyn och välj ”Säg upp medlemskapet”. Ditt medlemskap är aktivt till slutet av perioden du har betalat för; sedan upphör det och förnyas inte, och vi debiterar inget mer.',
      phrasings: ['gå ur CPS', 'säga upp abonnemanget', 'avsluta medlemskapet', 'säga upp medlemskap', 'säga upp CPS', 'stoppa mitt medlemskap', 'avsluta mitt CPS abonnemang', 'jag vill inte förnya', 'utträde ur CPS', 'uppsägning av medlemskap', 'stoppa förnyelsen', 'lämna CPS', 'hur slutar jag med CPS'],
    },
    nl: {
      title: 'Hoe zeg ik mijn CPS-lidmaatschap op?',
      answer:
        'Open “Mijn lidmaatschap” in het menu en kies “Lidmaatschap opzeggen”. Je lidmaatschap blijft actief tot het einde van de periode waarvoor je hebt betaald; daarna stopt het, wordt het niet verlengd en schrijven we niets meer af.',
      phrasings: ['afmelden bij CPS', 'uitschrijven', 'abonnement opzeggen', 'lidmaatschap opzeggen', 'CPS opzeggen', 'stop mijn lidmaatschap', 'mijn CPS abonnement beëindigen', 'ik wil niet verlengen', 'uitschrijven bij CPS', 'opzegging lidmaatschap', 'verlenging stoppen', 'CPS verlaten', 'hoe stop ik met CPS'],
    },
  },
  'membership.find-number': {
    en: {
      title: 'Where do I find my CPS membership number?',
      answer:
        'Your CPS membership number is in the welcome message when you open the chat, and in “My membership” in the menu, under “Membership number”. Without a membership you get one when you join CPS.',
      phrasings: ['find membership number', 'where is my member number', 'show my CPS number', 'look up my membership number', 'what is my CPS member number', 'membership number location', 'I forgot my CPS number', 'member ID where', 'see my CPS ID', 'which number am I'],
    },
    da: {
      title: 'Hvor finder jeg mit CPS-medlemsnummer?',
      answer:
        'Dit CPS-medlemsnummer står i velkomstbeskeden, når du åbner chatten, og under “Medlemsnummer” i “Mit medlemskab” i menuen. Uden medlemskab får du et, når du bliver medlem af CPS.',
      phrasings: ['find medlemsnummer', 'hvor står mit medlemsnummer', 'vis mit CPS nummer', 'slå mit medlemsnummer op', 'hvad er mit CPS medlemsnummer', 'hvor ser man medlemsnummeret', 'jeg har glemt mit CPS nummer', 'medlems id hvor', 'se mit CPS id', 'hvilket nummer har jeg'],
    },
    sv: {
      title: 'Var hittar jag mitt CPS-medlemsnummer?',
      answer:
        'Ditt CPS-medlemsnummer står i välkomstmeddelandet när du öppnar chatten och under ”Medlemsnummer” i ”Mitt medlemskap” i menyn. Utan medlemskap får du ett när du går med i CPS.',
      phrasings: ['hitta medlemsnummer', 'var står mitt medlemsnummer', 'visa mitt CPS nummer', 'slå upp mitt medlemsnummer', 'vad är mitt CPS medlemsnummer', 'var syns medlemsnumret', 'jag har glömt mitt CPS nummer', 'medlems id var', 'se mitt CPS id', 'vilket nummer har jag'],
    },
    nl: {
      title: 'Waar vind ik mijn CPS-lidmaatschapsnummer?',
      answer:
        'Je CPS-lidmaatschapsnummer staat in het welkomstbericht als je de chat opent, en onder “Lidmaatschapsnummer” in “Mijn lidmaatschap” in het menu. Zonder lidmaatschap krijg je er een zodra je lid wordt van CPS.',
      phrasings: ['lidmaatschapsnummer vinden', 'waar staat mijn lidnummer', 'toon mijn CPS nummer', 'mijn lidmaatschapsnummer opzoeken', 'wat is mijn CPS lidnummer', 'waar zie je het lidmaatschapsnummer', 'ik ben mijn CPS nummer vergeten', 'lid id waar', 'mijn CPS id zien', 'welk nummer heb ik'],
    },
  },
};
