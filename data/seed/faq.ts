import type { Language } from '../schema';

/** The stable FAQ topic ids (DESIGN §3). */
export const faqTopicIds = [
  'account.apply',
  'account.documents-vat',
  'account.documents-no-vat',
  'account.old-email',
  'account.validation-time',
  'account.password-setup',
  'account.password-reset',
  'products.register',
  'products.migrate',
  'products.migrate-missing',
  'points.allocated',
  'points.missing-tick',
  'points.best-guess',
  'cps.invitation',
  'cps.tiers',
  'cps.corporate',
  'payment.methods',
  'payment.bank-fees',
  'payment.invoice',
  'payment.card-charge',
  'payment.bank-due',
  'membership.start',
  'membership.number',
  'support.priority',
] as const;
export type FaqTopicId = (typeof faqTopicIds)[number];

export interface FaqSeedEntry {
  readonly topicId: FaqTopicId;
  readonly language: Language;
  readonly title: string;
  readonly answer: string;
  /** Other ways members ask the same question, in the same language (helps search). */
  readonly phrasings: readonly string[];
}

/**
 * FAQ content, one entry per topic and language; the seed is the source of truth and existing
 * rows are updated when an entry here changes. Add `da`, `sv` and `nl` entries beside the English
 * ones, worded after the source documents in DESIGN.md.
 */
export const faqSeed: readonly FaqSeedEntry[] = [
  {
    topicId: 'account.apply',
    language: 'en',
    title: 'How do I apply for a Canon business account?',
    answer:
      'You apply for a new Canon business account yourself (self-registration), and I can do it with you here in the chat: give your company details and upload one supporting document. Canon then validates the application and creates the account.',
    phrasings: ['create a business account', 'register my company', 'sign up for a business account', 'new account'],
  },
  {
    topicId: 'account.documents-vat',
    language: 'en',
    title: 'Which document do I need if my company is VAT-registered?',
    answer:
      'Upload your VAT registration certificate, or a company invoice on which the VAT number and the company name are clearly visible. You also confirm that you are authorised to give these details.',
    phrasings: ['VAT certificate', 'proof of VAT registration', 'what to upload with a VAT number'],
  },
  {
    topicId: 'account.documents-no-vat',
    language: 'en',
    title: 'Which document do I need if my company is not VAT-registered?',
    answer:
      'Upload ONE of these, showing the company name and address: a company invoice, a business or professional licence, or the articles of association.',
    phrasings: ['no VAT number', 'not registered for VAT', 'business licence', 'articles of association'],
  },
  {
    topicId: 'account.old-email',
    language: 'en',
    title: 'Why should I give my old CPS e-mail address?',
    answer:
      'If you had a CPS account before, give its e-mail address during registration (step 4 of Company information). Only then can the products you registered before be migrated to your new business account.',
    phrasings: ['old CPS email', 'previous CPS account', 'keep my old products'],
  },
  {
    topicId: 'account.validation-time',
    language: 'en',
    title: 'How long does validation of my business account take?',
    answer:
      'Validating and creating your business account takes up to two business days. You get an e-mail when it is ready.',
    phrasings: ['how long does it take', 'when is my account ready', 'application status', 'approval time'],
  },
  {
    topicId: 'account.password-setup',
    language: 'en',
    title: 'How do I set my password?',
    answer:
      'When your business account is ready, you get an automatic e-mail from donotreply@canon-europe.com. Use it to set your new password, then sign in to your new business account.',
    phrasings: ['set password', 'first login', 'password e-mail', 'donotreply@canon-europe.com'],
  },
  {
    topicId: 'account.password-reset',
    language: 'en',
    title: 'Can I reset my password before the e-mail arrives?',
    answer:
      'Please do not try to reset your password before the automatic e-mail from donotreply@canon-europe.com has arrived. After you have set it, you can reset your password at any time.',
    phrasings: ['reset password', 'forgot password', 'change my password'],
  },
  {
    topicId: 'products.register',
    language: 'en',
    title: 'How do I register my products?',
    answer:
      'Register your Canon products under "My products" in your business account, or here in the chat. For each product give the model, serial number, purchase date, country of purchase and dealer.',
    phrasings: ['add a product', 'register a camera', 'register a lens', 'My products'],
  },
  {
    topicId: 'products.migrate',
    language: 'en',
    title: 'How do I move products from my old CPS account?',
    answer:
      'If you had a CPS account and gave its e-mail address when you applied for the business account, a blue MIGRATE PRODUCTS button appears on the right under "My products". Use it to move your previously registered products.',
    phrasings: ['migrate products', 'transfer products', 'import my old products'],
  },
  {
    topicId: 'products.migrate-missing',
    language: 'en',
    title: 'I do not see the MIGRATE PRODUCTS button',
    answer:
      'Then your old e-mail address was not given when you applied for the business account. Register your products again, or contact CPS Priority Support.',
    phrasings: ['no migrate button', 'migrate products missing', 'cannot migrate'],
  },
  {
    topicId: 'points.allocated',
    language: 'en',
    title: 'When are the points for my products allocated?',
    answer:
      'A product earns its points when its registration is complete: serial number, purchase date, country of purchase and dealer. A complete registration shows a green tick, which means its points are allocated.',
    phrasings: ['how do I get points', 'green tick', 'points not counted'],
  },
  {
    topicId: 'points.missing-tick',
    language: 'en',
    title: 'Why is there no green tick on my product?',
    answer:
      'Some required information is missing. Open "View product" to see what: it can be the serial number, purchase date, country of purchase or dealer. Add it and the points are allocated.',
    phrasings: ['no green tick', 'product incomplete', 'missing points'],
  },
  {
    topicId: 'points.best-guess',
    language: 'en',
    title: 'I do not remember the exact purchase details',
    answer: 'Do not worry: fill in the details as accurately as you can. A best guess is fine.',
    phrasings: ['forgot purchase date', 'do not know the dealer', 'exact date unknown'],
  },
  {
    topicId: 'cps.invitation',
    language: 'en',
    title: 'When can I join CPS?',
    answer: 'As soon as you have at least 500 points on your account, you are invited to join CPS.',
    phrasings: ['join CPS', 'invitation to CPS', 'how many points do I need'],
  },
  {
    topicId: 'cps.tiers',
    language: 'en',
    title: 'Which CPS tiers can I choose?',
    answer:
      'You can see all tiers; the more points you have, the more of them are open to you: Silver from 500 points, Gold from 1,000 and Platinum from 2,000. With 2,000 points you can choose any of Silver, Gold or Platinum.',
    phrasings: ['membership levels', 'Silver Gold Platinum', 'which tier'],
  },
  {
    topicId: 'cps.corporate',
    language: 'en',
    title: 'Can I choose the Corporate tier?',
    answer:
      'With more than 2,500 points you can choose between Corporate and Silver/Gold/Platinum: switch the ON/OFF toggle under "Available CPS tiers".',
    phrasings: ['corporate membership', 'corporate tier toggle', 'more than 2500 points'],
  },
  {
    topicId: 'payment.methods',
    language: 'en',
    title: 'How can I pay for CPS?',
    answer: 'You pay by card or by bank transfer. Note that a bank transfer may add local extra fees.',
    phrasings: ['payment options', 'pay by card', 'pay by bank transfer'],
  },
  {
    topicId: 'payment.bank-fees',
    language: 'en',
    title: 'Does a bank transfer cost extra?',
    answer: 'A bank transfer may add local extra fees. You can also pay by card.',
    phrasings: ['bank transfer fees', 'extra charges', 'transfer costs'],
  },
  {
    topicId: 'payment.invoice',
    language: 'en',
    title: 'When do I get my invoice?',
    answer: 'You get the invoice within a few hours of your purchase.',
    phrasings: ['invoice', 'where is my invoice', 'receipt'],
  },
  {
    topicId: 'payment.card-charge',
    language: 'en',
    title: 'When is my card charged?',
    answer:
      'The fee is not charged immediately: your card is charged on the due date shown on the invoice, usually within 30 days.',
    phrasings: ['card charged', 'when do you take the money', 'card payment date'],
  },
  {
    topicId: 'payment.bank-due',
    language: 'en',
    title: 'When do I have to pay by bank transfer?',
    answer: 'Pay by the due date shown on the invoice.',
    phrasings: ['bank transfer deadline', 'due date', 'when to pay the invoice'],
  },
  {
    topicId: 'membership.start',
    language: 'en',
    title: 'When can I start using my CPS membership?',
    answer: 'Right away: you can use your CPS membership immediately after your purchase.',
    phrasings: ['membership active', 'start using CPS', 'when does membership start'],
  },
  {
    topicId: 'membership.number',
    language: 'en',
    title: 'Will my CPS membership number change?',
    answer: 'Yes, if you had a CPS membership number before, it changes with your new membership.',
    phrasings: ['membership number', 'new CPS number', 'old membership number'],
  },
  {
    topicId: 'support.priority',
    language: 'en',
    title: 'How do I reach CPS Priority Support?',
    answer:
      'Ask for a person here in the chat at any time. A CPS Priority Support agent takes over the conversation during support hours.',
    phrasings: ['talk to a human', 'contact support', 'speak to an agent', 'help'],
  },
];
