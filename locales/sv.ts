import type { Messages } from './en';
import { accountSv } from './account/sv';
import { productsSv } from './products/sv';
import { membershipSv } from './membership/sv';
import { paymentsSv } from './payments/sv';
import { faqSv } from './faq/sv';
import { understandingSv } from './understanding/messages/sv';
import { supportSv } from './support/sv';
import { webSv } from './web/sv';
import { legalSv } from './legal/sv';
import { memberSv } from './member/sv';

export const sv = {
  ...accountSv,
  ...productsSv,
  ...membershipSv,
  ...paymentsSv,
  ...faqSv,
  ...understandingSv,
  ...supportSv,
  ...webSv,
  ...legalSv,
  ...memberSv,
  'language.name': 'Svenska',
  'welcome.title': 'Välkommen till Canon Professional Services',
  'welcome.body':
    'Jag hjälper ditt företag hela vägen från ett nytt företagskonto hos Canon till ett betalt CPS-medlemskap: ansökan om kontot, registrering av dina produkter, poäng och val av CPS-nivå. Fråga mig vad du vill, eller välj ett steg nedan.',
  'welcome.back': 'Välkommen tillbaka! Fortsätt där du slutade, eller välj något annat nedan.',
  'menu.title': 'Vad vill du göra?',
  'menu.account': 'Ansök om ett företagskonto',
  'menu.accountStatus': 'Status för min ansökan',
  'menu.products': 'Registrera en produkt',
  'menu.myProducts': 'Mina produkter och poäng',
  'menu.join': 'Gå med i CPS',
  'menu.faq': 'Ställ en fråga',
  'menu.support': 'Kontakta CPS Priority Support',
  'menu.language': 'Språk',
  'faq.ask': 'Skriv bara din fråga, till exempel ”Hur lång tid tar valideringen av mitt företagskonto?”',
  'help.text':
    'Jag kan guida dig genom ansökan om ett företagskonto hos Canon, produktregistrering, dina poäng och registreringen för CPS.\n\nSkriv **meny** för att se alla alternativ, **avbryt** för att avsluta det du håller på med, **språk** för att byta språk, eller ställ bara en fråga.',
  'cancel.done': 'Okej, det har jag avbrutit. Inget av det du redan har sparat går förlorat.',
  'cancel.nothing': 'Det finns inget att avbryta. Här är menyn.',
  'language.title': 'Välj språk',
  'language.changed': 'Från och med nu pratar jag svenska med dig.',
  'language.invalid': 'Välj ett av språken: dansk, svenska, Nederlands eller English.',
  'input.unknownAction': 'Den knappen är inte längre tillgänglig. Här är menyn igen.',
  'input.notUnderstood': 'Det förstod jag inte riktigt. Välj ett alternativ nedan eller skriv **hjälp**.',
  'dialog.restarted': 'Jag har uppdaterats sedan vi sist hördes, så vi tar det här steget från början igen. Inget av det du redan har sparat går förlorat.',
  'group.personalOnly': 'Jag hjälper till med ert Canon-företagskonto och ert CPS-medlemskap i en personlig chatt, där företagets uppgifter stannar mellan oss. Öppna en chatt med mig för att komma igång.',
  'file.checking': 'Jag kontrollerar ditt dokument – ett ögonblick.',
  'error.slowDown': 'Du skickar meddelanden snabbare än jag hinner med. Vänta {seconds, plural, one {# sekund} other {# sekunder}} och försök igen – inget av det du har angett går förlorat.',
  'error.apology': 'Tyvärr gick något fel hos oss. Försök igen om en liten stund – det du redan har angett finns kvar.',
  'error.busy': 'Jag håller fortfarande på med ditt förra meddelande. Försök igen om en liten stund.',
} as const satisfies Messages;
