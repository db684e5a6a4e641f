import type { IntentExamples } from './types';

/**
 * How members ask for each action and make small talk in English, as they type it (typos, lower
 * case, short and long). Training data for the understanding step; the evaluation set in
 * test/understanding/evaluation/ holds different sentences, so keep the two apart.
 */
export const examplesEn = {
  'account.apply': [
    'apply for a business account', 'i want to apply', 'open a business account for me', 'create my company account',
    'start my application', 'register my business', 'sign up my company', 'i need a business acount', 'new business account please',
    'can we start the application now', 'i want to register my photography company with canon', 'aply for account',
    'lets do the application', 'set up a company account for my studio', 'make me a canon business account',
    'begin registration', 'i would like to create a business account', 'fill in the application',
  ],
  'account.status': [
    'applied last week, has anything happened', 'i applied last week, is it approved yet',
    'heard nothing since i applied, any news', 'applied a few days ago, whats happening with it', 'update on my account request?', 'what happened to the account i asked for', 'any progress on my application', 'still waiting on my application, any update',
    'any news about my business account yet', 'update on my application please', 'i applied a few days ago, whats the status', 'did my registration go through', 'is the company account approved now',
    'application status', 'status of my application', 'where is my application', 'has my application been approved',
    'any news on my application', 'is my account approved yet', 'how far is my aplication', 'check my application',
    'did canon accept my registration', 'what happened to my application', 'still waiting for my account approval',
    'is my business account ready', 'track my application', 'application approved?', 'how long until my application is done',
  ],
  'product.add': [
    'could you guys add my new lens', 'put the camera i bought last week on my account',
    'bought an ef 70-200 yesterday, please add it', 'just picked up a new r6 want it registered', 'register the lens i bought today', 'add my new speedlite', 'got a new camera body, add to my account',
    'register a product', 'add a product', 'add my new camera', 'register my lens', 'i bought a new body and want to register it',
    'register equipment', 'add gear', 'new product registration', 'can i add my r5', 'register serial number',
    'i want to register my new canon lens', 'add another camera', 'registr product', 'put my new lens on my account',
    'log a new purchase', 'add equipment to my account',
    'register my eos r8', 'add an rf 100-500 lens to my account', 'i got the r5 mark ii, add it',
  ],
  'products.list': [
    'list everything i registered', 'all my registered gear please', 'what is on my account so far', 'overview of the stuff i registered',
    'show me the products i registered', 'list my registered gear',
    'my products', 'show my products', 'list my gear', 'what have i registered', 'my equipment', 'show registered cameras',
    'which products do i have', 'view my products', 'see my lenses', 'my points', 'how many points do i have',
    'show my points balance', 'products overview', 'my registered items', 'open my products', 'view product details',
    'list of my products', 'overview of my gear',
  ],
  'products.migrate': [
    'migrate my products', 'move my products from the old cps', 'transfer my equipment from the old site',
    'bring my old products over', 'migrate equipment', 'import my products from the old system', 'copy my gear from old cps',
    'migrate', 'transfer products', 'move my registered cameras to the new account', 'i had products in the old portal, move them',
    'migrate my old registrations', 'migrat products', 'get my old cps products', 'products from old account',
  ],
  'cps.join': [
    'i wanna be in cps', 'get me into cps', 'sign up for the membership',
    'join cps', 'i want to join canon professional services', 'become a cps member', 'sign me up for cps', 'show the tiers',
    'join', 'cps membership', 'i want to be a member', 'upgrade my membership', 'choose a tier',
    'pick a membership level', 'enrol in cps', 'jion cps', 'i would like to become a member of cps', 'my membership',
  ],
  'payment.pay': [
    'pay', 'i want to pay', 'pay my membership', 'pay the fee', 'pay now', 'take my payment',
    'pay by card', 'pay with bank transfer', 'i want to pay the subscription', 'settle my invoice', 'pay for cps',
    'make a payment', 'pay my membership fee now', 'paying for the tier', 'checkout',
  ],
  'support.handoff': [
    'talk to a person', 'i want to speak to a human', 'connect me to support', 'agent please', 'human', 'real person',
    'can i talk to someone', 'get me a support agent', 'contact support', 'i need to speak with somebody from canon',
    'transfer me to an operator', 'speak to customer service', 'let me chat with a human', 'put me through to support',
    'support please', 'call me a person',
  ],
  'command.language': [
    'swedish would be better for me', 'rather in danish', 'can we switch to dutch',
    'language', 'change language', 'switch language', 'can we speak danish', 'speak swedish please', 'in dutch please',
    'change the language to english', 'other language', 'i want another language', 'can you write in dutch',
    'switch to swedish', 'english please', 'set language', 'talk danish', 'language settings',
  ],
  'command.menu': [
    'menu', 'main menu', 'show menu', 'back to the menu', 'start over', 'show options', 'what are my options', 'home',
    'open the menu', 'go back to start', 'show me the main menu', 'options', 'restart', 'menu please', 'back to start',
  ],
  'command.help': [
    'help', 'help me', 'i need help', 'what can you do', 'how does this work', 'what can i ask', 'i am lost', 'how do i use this bot',
    'help please', 'what do you do', 'instructions', 'i dont understand what to do', 'how does this chat work', 'hlep', 'what now',
  ],
  'command.cancel': [
    'cancel', 'stop', 'stop this', 'cancel that', 'never mind', 'abort', 'forget it', 'quit', 'i dont want to continue',
    'cancel the application', 'stop the registration', 'nevermind', 'leave it', 'exit', 'cancle',
  ],
  'smalltalk.greeting': [
    'hi', 'hello', 'hey', 'hey there', 'good morning', 'good afternoon', 'good evening', 'hi there', 'hello bot', 'yo',
    'hiya', 'morning', 'hello again', 'greetings', 'helo', 'hi cps',
    'hey good morning', 'hi, good evening',
  ],
  'smalltalk.thanks': [
    'you really helped me, thanks', 'thanks, you were a big help', 'thx for helping',
    'thanks for the help today', 'appreciate the help', 'that was helpful thanks',
    'thanks', 'thank you', 'thx', 'ty', 'thanks a lot', 'many thanks', 'cheers', 'great thanks', 'thank you very much',
    'thanks for your help', 'appreciate it', 'thnx', 'perfect thanks', 'that helped thanks', 'awesome, thank you',
    'thanx', 'tks', 'thank ya',
  ],
  'smalltalk.goodbye': [
    'ok see ya soon',
    'alright then, bye', 'okay see you', 'seeya', 'ciao', 'catch you later',
    'see you', 'cya', 'bye for now', 'later then', 'take care, bye',
    'bye', 'goodbye', 'see you', 'bye bye', 'see you later', 'have a nice day', 'thats all', 'that is all for now', 'cya',
    'good night', 'talk later', 'im done', 'nothing else', 'bye for now', 'take care',
    'have a nice weekend', 'enjoy your evening',
    'have a good day', 'all done for today',
  ],
  'smalltalk.yes': [
    'yes', 'yeah', 'yep', 'sure', 'ok', 'okay', 'yes please', 'correct', 'right', 'of course', 'sounds good', 'alright',
    'yup', 'definitely', 'ok go ahead', 'k',
    'yes yes', 'ok then', 'sure thing',
    'ya', 'yah', 'certainly', 'ok cool', 'yes thats it',
  ],
  'smalltalk.no': [
    'no thank u', 'nope, thanks anyway',
    'no thanks', 'nah thanks', 'no thank you not now', 'nope not today',
    'no', 'nope', 'no thanks', 'not really', 'nah', 'no thank you', 'not now', 'no need', 'wrong', 'that is not right',
    'no not that', 'negative', 'not at all', 'no way', 'not yet',
    'no thanks mate', 'no not at the moment',
  ],
} as const satisfies IntentExamples;
