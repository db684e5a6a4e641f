/** Messages of the understanding step (English is the key source for this area). */
export const understandingEn = {
  'language.notice.norwegian': 'You are writing in Norwegian: I will answer in Danish, which is close enough to read.',
  'language.notice.unsupported': 'I speak English, Danish (dansk), Swedish (svenska) and Dutch (Nederlands), so I am answering in English. Type **language** to choose another one.',
  'understanding.didYouMean': 'I am not quite sure what you mean. Did you mean one of these?',
  'understanding.noneOfThese': 'None of these',
  'understanding.noneOfThese.reply': 'Sorry about that. Could you say it in other words? To reach a person, choose “{support}” in the menu.',
  'understanding.smalltalk.greeting': 'Hello! What can I do for you?',
  'understanding.smalltalk.thanks': 'You are welcome! Is there anything else I can help with?',
  'understanding.smalltalk.goodbye': 'Goodbye, and thanks for stopping by. Write to me any time.',
  'understanding.smalltalk.yes': 'Good. What would you like to do next?',
  'understanding.smalltalk.no': 'All right. If you need anything, I am here.',
  'understanding.intent.account.apply': 'Apply for a business account',
  'understanding.intent.account.status': 'See my application status',
  'understanding.intent.product.add': 'Register a product',
  'understanding.intent.products.list': 'See my products and points',
  'understanding.intent.products.migrate': 'Move my products from the old CPS',
  'understanding.intent.cps.join': 'Join CPS',
  'understanding.intent.payment.pay': 'Choose a tier and pay',
  'understanding.intent.support.handoff': 'Talk to CPS Priority Support',
  'understanding.intent.command.language': 'Change the language',
  'understanding.intent.command.menu': 'Show the menu',
  'understanding.intent.command.help': 'What can you do?',
  'understanding.intent.command.cancel': 'Cancel what we are doing',
} as const;

export type UnderstandingMessages = { readonly [K in keyof typeof understandingEn]: string };
