import type { Messages } from './en';
import { accountNl } from './account/nl';
import { productsNl } from './products/nl';
import { membershipNl } from './membership/nl';
import { paymentsNl } from './payments/nl';
import { faqNl } from './faq/nl';
import { understandingNl } from './understanding/messages/nl';
import { supportNl } from './support/nl';
import { webNl } from './web/nl';
import { legalNl } from './legal/nl';
import { memberNl } from './member/nl';

export const nl = {
  ...accountNl,
  ...productsNl,
  ...membershipNl,
  ...paymentsNl,
  ...faqNl,
  ...understandingNl,
  ...supportNl,
  ...webNl,
  ...legalNl,
  ...memberNl,
  'language.name': 'Nederlands',
  'welcome.title': 'Welkom bij Canon Professional Services',
  'welcome.body':
    'Ik help je bedrijf van een nieuwe zakelijke account bij Canon tot een betaald CPS-lidmaatschap: de account aanvragen, je producten registreren, punten verzamelen en je CPS-niveau kiezen. Stel gerust een vraag, of kies hieronder een stap.',
  'welcome.back': 'Welkom terug! Ga verder waar je gebleven was, of kies hieronder iets anders.',
  'menu.title': 'Wat wil je doen?',
  'menu.account': 'Een zakelijke account aanvragen',
  'menu.accountStatus': 'Status van mijn aanvraag',
  'menu.products': 'Een product registreren',
  'menu.myProducts': 'Mijn producten en punten',
  'menu.join': 'Lid worden van CPS',
  'menu.faq': 'Een vraag stellen',
  'menu.support': 'Contact opnemen met CPS Priority support',
  'menu.language': 'Taal',
  'faq.ask': 'Typ gewoon je vraag, bijvoorbeeld ‘Hoe lang duurt de validatie van mijn zakelijke account?’',
  'help.text':
    'Ik help je met het aanvragen van een zakelijke account bij Canon, het registreren van producten, je punten en het aanmelden bij CPS.\n\nTyp **menu** voor alle opties, **annuleren** om te stoppen met waar je mee bezig bent, **taal** om van taal te wisselen, of stel gewoon een vraag.',
  'cancel.done': 'Oké, dat heb ik gestopt. Wat je al hebt opgeslagen, blijft bewaard.',
  'cancel.nothing': 'Er is niets om te annuleren. Hier is het menu.',
  'language.title': 'Kies je taal',
  'language.changed': 'Vanaf nu praat ik Nederlands met je.',
  'language.invalid': 'Kies een van de talen: dansk, svenska, Nederlands of English.',
  'input.unknownAction': 'Die knop is niet meer beschikbaar. Hier is het menu weer.',
  'input.notUnderstood': 'Dat begreep ik niet helemaal. Kies hieronder een optie of typ **help**.',
  'dialog.restarted': 'Ik ben bijgewerkt sinds ons laatste gesprek, dus we beginnen deze stap opnieuw. Wat je al hebt opgeslagen, blijft bewaard.',
  'group.personalOnly': 'Ik help je met je zakelijke account bij Canon en je CPS-lidmaatschap in een persoonlijke chat, waar de gegevens van je bedrijf tussen ons blijven. Open een chat met mij om te beginnen.',
  'file.checking': 'Ik controleer je document – een ogenblik.',
  'error.slowDown': 'Je stuurt sneller berichten dan ik kan bijhouden. Wacht {seconds, plural, one {# seconde} other {# seconden}} en probeer het opnieuw; wat je hebt ingevuld, gaat niet verloren.',
  'error.apology': 'Sorry, er ging bij ons iets mis. Probeer het zo nog eens; wat je al hebt ingevuld, blijft bewaard.',
  'error.busy': 'Ik ben nog bezig met je vorige bericht. Probeer het zo nog eens.',
} as const satisfies Messages;
