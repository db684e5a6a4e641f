import type { Messages } from './en';
import { accountDa } from './account/da';
import { productsDa } from './products/da';
import { membershipDa } from './membership/da';
import { paymentsDa } from './payments/da';
import { faqDa } from './faq/da';
import { understandingDa } from './understanding/messages/da';
import { supportDa } from './support/da';
import { webDa } from './web/da';
import { legalDa } from './legal/da';
import { memberDa } from './member/da';

export const da = {
  ...accountDa,
  ...productsDa,
  ...membershipDa,
  ...paymentsDa,
  ...faqDa,
  ...understandingDa,
  ...supportDa,
  ...webDa,
  ...legalDa,
  ...memberDa,
  'language.name': 'Dansk',
  'welcome.title': 'Velkommen til Canon Professional Services',
  'welcome.body':
    'Jeg hjælper din virksomhed hele vejen fra en ny Canon-virksomhedskonto til et betalt CPS-medlemskab: ansøgning om kontoen, registrering af dine produkter, optjening af point og valg af CPS-niveau. Spørg mig om hvad som helst, eller vælg et trin herunder.',
  'welcome.back': 'Velkommen tilbage! Fortsæt, hvor du slap, eller vælg noget andet herunder.',
  'menu.title': 'Hvad vil du gerne gøre?',
  'menu.account': 'Ansøg om en virksomhedskonto',
  'menu.accountStatus': 'Status for min ansøgning',
  'menu.products': 'Registrér et produkt',
  'menu.myProducts': 'Mine produkter og point',
  'menu.join': 'Tilmeld dig CPS',
  'menu.faq': 'Stil et spørgsmål',
  'menu.support': 'Kontakt CPS Priority-support',
  'menu.language': 'Sprog',
  'faq.ask': 'Skriv bare dit spørgsmål, f.eks. “Hvor lang tid tager valideringen af min virksomhedskonto?”',
  'help.text':
    'Jeg kan guide dig gennem ansøgningen om en Canon-virksomhedskonto, registrering af produkter, dine point og tilmelding til CPS.\n\nSkriv **menu** for at se alle muligheder, **annuller** for at stoppe det, du er i gang med, **sprog** for at skifte sprog, eller stil bare et spørgsmål.',
  'cancel.done': 'Okay, det har jeg stoppet. Intet af det, du allerede har gemt, går tabt.',
  'cancel.nothing': 'Der er ikke noget at annullere. Her er menuen.',
  'language.title': 'Vælg dit sprog',
  'language.changed': 'Jeg taler dansk med dig fra nu af.',
  'language.invalid': 'Vælg et af sprogene: dansk, svenska, Nederlands eller English.',
  'input.unknownAction': 'Den knap er ikke længere tilgængelig. Her er menuen igen.',
  'input.notUnderstood': 'Det forstod jeg ikke helt. Vælg en mulighed herunder, eller skriv **hjælp**.',
  'dialog.restarted': 'Jeg er blevet opdateret, siden vi sidst talte sammen, så lad os tage dette trin forfra. Intet af det, du allerede har gemt, går tabt.',
  'group.personalOnly': 'Jeg hjælper med jeres Canon-virksomhedskonto og jeres CPS-medlemskab i en personlig chat, hvor virksomhedens oplysninger bliver mellem os. Åbn en chat med mig for at komme i gang.',
  'file.checking': 'Jeg tjekker dit dokument – et øjeblik.',
  'error.slowDown': 'Du sender beskeder hurtigere, end jeg kan følge med. Vent {seconds, plural, one {# sekund} other {# sekunder}}, og prøv igen – intet af det, du har indtastet, går tabt.',
  'error.apology': 'Beklager, der gik noget galt hos os. Prøv igen om et øjeblik – det, du allerede har indtastet, er gemt.',
  'error.busy': 'Jeg er stadig i gang med din forrige besked. Prøv igen om et øjeblik.',
} as const satisfies Messages;
