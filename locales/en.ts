import { accountEn } from './account/en';
import { productsEn } from './products/en';
import { membershipEn } from './membership/en';
import { paymentsEn } from './payments/en';
import { faqEn } from './faq/en';
import { understandingEn } from './understanding/messages/en';
import { supportEn } from './support/en';
import { webEn } from './web/en';
import { legalEn } from './legal/en';
import { memberEn } from './member/en';

/**
 * The source of message keys. Every other catalogue `satisfies Messages`, so a missing or misspelled
 * key fails the type check. Values are ICU MessageFormat (plurals, dates, numbers).
 */
export const en = {
  ...accountEn,
  ...productsEn,
  ...membershipEn,
  ...paymentsEn,
  ...faqEn,
  ...understandingEn,
  ...supportEn,
  ...webEn,
  ...legalEn,
  ...memberEn,
  'language.name': 'English',
  'welcome.title': 'Welcome to Canon Professional Services',
  'welcome.body':
    'I help your business get from a new Canon business account to a paying CPS membership: applying for the account, registering your products, collecting points and choosing your CPS tier. Ask me anything, or pick a step below.',
  'welcome.back': 'Welcome back! Pick up where you left off, or choose something else below.',
  'menu.title': 'What would you like to do?',
  'menu.account': 'Apply for a business account',
  'menu.accountStatus': 'My application status',
  'menu.products': 'Register a product',
  'menu.myProducts': 'My products and points',
  'menu.join': 'Join CPS',
  'menu.faq': 'Ask a question',
  'menu.support': 'Talk to CPS Priority Support',
  'menu.language': 'Language',
  'faq.ask': 'Just type your question, for example “How long does validation of my business account take?”',
  'help.text':
    'I can guide you through applying for a Canon business account, registering products, your points and joining CPS.\n\nType **menu** to see all options, **cancel** to stop what you are doing, **language** to change language, or just ask a question.',
  'cancel.done': 'Okay, I have stopped that. Nothing you already saved is lost.',
  'cancel.nothing': 'There is nothing to cancel. Here is the menu.',
  'language.title': 'Choose your language',
  'language.changed': 'I will speak English from now on.',
  'language.invalid': 'Please choose one of the languages on the card: dansk, svenska, Nederlands or English.',
  'input.unknownAction': 'That button is no longer available. Here is the menu again.',
  'input.notUnderstood': 'I did not quite understand that. Choose an option below, or type **help**.',
  'dialog.restarted': 'I have been updated since we last spoke, so let us pick this step up again from the start. Nothing you already saved is lost.',
  'group.personalOnly': 'I help with your Canon business account and your CPS membership in a personal chat, where your company details stay between us. Open a chat with me to get started.',
  'file.checking': "I'm checking your document – one moment.",
  'error.slowDown': 'You are sending messages faster than I can keep up with. Please wait {seconds, plural, one {# second} other {# seconds}} and try again; nothing you entered is lost.',
  'error.apology': 'Sorry, something went wrong on our side. Please try again in a moment; what you already entered is kept.',
  'error.busy': 'I am still working on your previous message. Please try again in a moment.',
} as const;

export type MessageKey = keyof typeof en;

/** What every catalogue must provide: exactly the English keys, each an ICU message string. */
export type Messages = { readonly [K in MessageKey]: string };
