/**
 * The privacy statement (`/privacy`) and the terms of use (`/terms`) the bot serves and the Teams
 * manifest links (English is the key source for this area). A value with several lines is shown
 * as a list, one item a line.
 */
export const legalEn = {
  'legal.updated': 'Last updated: 4 December 2026',
  'legal.back': 'Back to the chat',
  'legal.otherPage.privacy': 'Privacy statement',
  'legal.otherPage.terms': 'Terms of use',

  'legal.privacy.title': 'Privacy statement of the CPS onboarding assistant',
  'legal.privacy.intro':
    'The CPS onboarding assistant helps your business apply for a Canon business account, register products and join Canon Professional Services (CPS), in Microsoft Teams and on the web. This statement explains which personal data it stores, why, for how long, and how you can get a copy or have it erased.',
  'legal.privacy.controller.heading': 'Who is responsible',
  'legal.privacy.controller.body':
    'Canon Europa N.V., Bovenkerkerweg 59, 1185 XB Amstelveen, the Netherlands, is responsible (data controller) for the data the assistant stores.',
  'legal.privacy.stored.heading': 'What we store',
  'legal.privacy.stored.items':
    'Your chat identity (the Teams or web chat user id), your language and the state of the conversation, so the assistant can pick up where you left off.\nYour business account application: country, company name, address, VAT number, contact e-mail, an earlier CPS e-mail if you give one, and the document you upload.\nThe products you register: model, serial number, date and country of purchase and dealer, and the points they earn.\nYour CPS membership, invoices and payments (for card payments only what the payment provider reports, such as the card brand and last four digits, never the full card number).\nYour conversations with CPS Priority Support, your ratings, and whether an FAQ answer helped.',
  'legal.privacy.why.heading': 'Why',
  'legal.privacy.why.body':
    'To check and decide your application, to allocate points for your products, to run your CPS membership and invoice it, to answer your questions and to improve the answers. The legal basis is the contract with your business (GDPR article 6(1)(b)), the bookkeeping obligations for invoices (article 6(1)(c)) and our legitimate interest in a working, secure service (article 6(1)(f)). We do not sell your data and do not use it for advertising.',
  'legal.privacy.howLong.heading': 'How long',
  'legal.privacy.howLong.items':
    'Account, products and membership: as long as your business account or CPS membership exists, and up to 12 months after it ends.\nThe uploaded document: until your application is decided, then at most 12 months.\nInvoices and payments: as long as bookkeeping law requires (up to 7 years in the Netherlands and Sweden, 5 years in Denmark).\nSupport conversations and ratings: 24 months.\nServer logs contain no personal data (no names, e-mail addresses, numbers or documents).',
  'legal.privacy.rights.heading': 'Get a copy, correct or erase your data',
  'legal.privacy.rights.body':
    'You can ask for a copy of your data, have it corrected or erased, or object to its use. In the chat, choose “{menu}” and say what you would like, or write to the address above, marked “Data protection – CPS assistant”. We answer within one month. Invoices we must keep by law are kept until their period ends. You may also complain to your data protection authority.',
  'legal.privacy.contact.heading': 'Contact',
  'legal.privacy.contact.body':
    'Questions about this statement: CPS Priority Support in the chat, or Canon Europa N.V., attn. Data Protection Officer, Bovenkerkerweg 59, 1185 XB Amstelveen, the Netherlands.',

  'legal.terms.title': 'Terms of use of the CPS onboarding assistant',
  'legal.terms.intro':
    'These terms apply when you use the CPS onboarding assistant in Microsoft Teams or on the web. The CPS programme itself, its tiers and its fees are governed by the CPS terms and conditions you accept when you join.',
  'legal.terms.who.heading': 'Who may use it',
  'legal.terms.who.body':
    'The assistant is for businesses in the countries taking part in CPS. You use it on behalf of your business and confirm that you are allowed to give its details.',
  'legal.terms.use.heading': 'Using the assistant',
  'legal.terms.use.items':
    'Give correct and complete details, and upload only documents that belong to your business.\nDo not try to disturb the service, get at other members’ data or send harmful files.\nAnswers from the assistant and the FAQ are guidance; the decision on your application, your points and your membership is made by Canon.',
  'legal.terms.membership.heading': 'Points, membership and payment',
  'legal.terms.membership.body':
    'Points are allocated once a registered product is complete (green tick). The CPS tier you can choose, its fee and VAT are shown before you pay; your membership and invoice follow the CPS terms and conditions.',
  'legal.terms.availability.heading': 'Availability and changes',
  'legal.terms.availability.body':
    'We aim to keep the assistant available but do not promise that it always is. We may change the assistant and these terms; the date at the top shows the current version.',
  'legal.terms.liability.heading': 'Liability and law',
  'legal.terms.liability.body':
    'Canon is liable according to the law that applies to your contract; nothing in these terms limits liability that cannot be limited by law. Dutch law applies unless the law of your country says otherwise.',
  'legal.terms.contact.heading': 'Contact',
  'legal.terms.contact.body':
    'Questions about these terms: CPS Priority Support in the chat, or Canon Europa N.V., Bovenkerkerweg 59, 1185 XB Amstelveen, the Netherlands.',
} as const;

export type LegalMessages = { readonly [K in keyof typeof legalEn]: string };
