/** Messages of the membership journey (English is the key source for this area). */
export const membershipEn = {
  'membership.needsAccount':
    'To join CPS, your business first needs a Canon business account. Apply for one here in the chat; validation takes up to two business days.',
  'membership.applicationPending':
    'Your business account application is being validated (this can take up to two business days). Once it is approved, register your products and join CPS here.',
  'membership.accountInactive': 'Your business account is not active at the moment, so it cannot join CPS. Please contact CPS Priority Support.',

  'membership.notInvited.title': 'You have {points, number} points so far',
  'membership.notInvited.body':
    'From {threshold, number} points you are invited to join CPS: {toGo, plural, one {# more point} other {# more points}} to go. Every product with a green tick in My products counts.',
  'membership.notInvited.incomplete':
    '{count, plural, one {# of your products has} other {# of your products have}} no green tick yet: add the missing details through “View product” to get the points.',

  'membership.tiers.title': 'Available CPS tiers',
  'membership.tiers.points': 'You have {points, number} points. The more points you have, the more CPS tiers are open to you.',
  'membership.tiers.toggle': 'Corporate tiers',
  'membership.tiers.toggleHint':
    'With more than {points, number} points you can choose between Corporate and Silver/Gold/Platinum: switch Corporate tiers ON or OFF and press “Update list”.',
  'membership.tiers.update': 'Update list',
  'membership.tiers.showingCorporate': 'Showing: Corporate tiers',
  'membership.tiers.showingIndividual': 'Showing: Silver/Gold/Platinum',
  'membership.tiers.toggleInvalid': 'Please switch Corporate tiers ON or OFF, then press “Update list”.',
  'membership.tier.name.silver': 'Silver',
  'membership.tier.name.gold': 'Gold',
  'membership.tier.name.platinum': 'Platinum',
  'membership.tier.name.corporate': 'Corporate',
  'membership.tier.needs': '{points, number} points or more',
  'membership.tier.needsMoreThan': 'More than {points, number} points',
  'membership.draft.kept': 'You chose {tier} last time, and I kept it. Choose how to pay below, or go back to pick another tier.',
  'membership.tier.open': '✅ Open to you',
  'membership.tier.locked': '🔒 {toGo, plural, one {# more point needed} other {# more points needed}}',
  'membership.tier.fee': '{fee} a year + VAT',
  'membership.tier.choose': 'Choose {tier}',
  'membership.tier.unknown': 'I do not know that CPS tier. Please choose one of the tiers on the card.',
  'membership.tier.lockedError': 'CPS {tier} needs {needs}; your business has {points, number} points. Please choose one of the open tiers.',

  'membership.payment.title': 'Pay for CPS {tier}',
  'membership.payment.annualFee': 'Annual fee',
  'membership.payment.vat': 'VAT ({rate})',
  'membership.payment.total': 'Total per year',
  'membership.payment.method': 'Payment method',
  'membership.payment.card': 'Card',
  'membership.payment.bankTransfer': 'Bank transfer',
  'membership.payment.cardInfo':
    'Card: the fee is not charged immediately, but on the due date shown on the invoice, usually within 30 days. You enter your card on our secure payment page, never in the chat.',
  'membership.payment.bankInfo':
    'Bank transfer: pay by the due date shown on the invoice. Please note that paying by bank transfer may add local extra fees.',
  'membership.payment.invoiceInfo': 'You receive an invoice within a few hours, here in the chat and by e-mail. Your CPS membership can be used immediately.',
  'membership.payment.confirm': 'Buy CPS {tier}',
  'membership.payment.back': 'Back to the tiers',
  'membership.payment.methodRequired': 'Please choose card or bank transfer.',
  'membership.payment.chooseTierFirst': 'Please choose a CPS tier first.',
  'membership.error.noPrice': 'CPS {tier} cannot be bought in the chat at the moment. Please contact CPS Priority Support.',

  'membership.welcome.title': 'Welcome to CPS {tier}!',
  'membership.welcome.active': 'Your CPS membership is active and can be used immediately.',
  'membership.already': 'Your business is already a CPS member. Here is your membership.',
  'membership.card.title': 'Your CPS membership',
  'membership.card.tier': 'Tier',
  'membership.card.number': 'Membership number',
  'membership.card.validUntil': 'Valid until',
  'membership.card.payment': 'Payment',
  'membership.card.numberChanged': 'Please note: your CPS membership number has changed. Old number: {oldNumber}. New number: {newNumber}.',
  'membership.card.cardNext':
    'Add your card on our secure payment page. It is charged on the invoice due date, usually within 30 days — not today.',
  'membership.card.cardSaved': 'Card on file: {card}. It is charged on the invoice due date.',
  'membership.card.bankNext':
    'You receive an invoice within a few hours with our bank details and a payment reference. Pay by the due date on the invoice; local extra fees may apply.',
  'membership.card.addCard': 'Add your card',
  'membership.card.cardLabel': '{brand} ending in {last4}',

  'membership.invoice.title': 'Invoice {number}',
  'membership.invoice.intro': 'Here is the invoice for your CPS membership.',
  'membership.invoice.issueDate': 'Invoice date',
  'membership.invoice.dueDate': 'Due date',
  'membership.invoice.billedTo': 'Billed to',
  'membership.invoice.vatNumber': 'VAT number',
  'membership.invoice.line': 'CPS {tier} membership, {start} – {end}',
  'membership.invoice.net': 'Amount excl. VAT',
  'membership.invoice.vat': 'VAT {rate}',
  'membership.invoice.total': 'Total',
  'membership.invoice.bankTitle': 'Bank details',
  'membership.invoice.holder': 'Account holder',
  'membership.invoice.bank': 'Bank',
  'membership.invoice.iban': 'IBAN',
  'membership.invoice.bic': 'BIC/SWIFT',
  'membership.invoice.reference': 'Payment reference',
  'membership.invoice.bankDue': 'Please pay {total} by {due} and quote the payment reference. Paying by bank transfer may add local extra fees.',
  'membership.invoice.cardDue': 'Your card {card} is charged {total} on the due date, {due}. Nothing is charged before then.',
  'membership.invoice.cardMissing': 'Add your card on our secure payment page before {due}; it is charged {total} on the due date.',
  'membership.invoice.paid': '✅ Paid on {date}. Thank you!',

  'membership.notify.invoice': 'Your invoice {number} for CPS is here.',
  'membership.notify.reminder':
    'Reminder: invoice {number} ({total}) is due on {due}. If you have already paid, thank you — you can ignore this message.',
  'membership.notify.charged': 'Thank you! We charged {total} to your card {card} for invoice {number}.',
  'membership.notify.chargeFailed': 'We could not charge your card for invoice {number} ({total}). Please add a card on our secure payment page.',
  'membership.notify.cardMissing':
    'Invoice {number} ({total}) is due today, but no card has been added yet. Please add your card on our secure payment page.',
  'membership.notify.received': 'Payment received — thank you! We have received {total} for invoice {number}.',
  'membership.notify.overdue':
    'Invoice {number} ({total}) was due on {due}, and we have not received the payment yet. Please pay it with the details on the invoice. If you have already paid, thank you — you can ignore this message. Your CPS membership stays active.',
  'membership.email.overdue.subject':
    'Reminder: CPS invoice {number} was due on {due}',
  'membership.email.overdue.intro':
    'We have not yet received the payment for the invoice below, which was due on {due}. Please pay it with the details below. If you have already paid, thank you — you can ignore this e-mail. Your CPS membership stays active.',
  'membership.email.declined.subject':
    'We could not charge your card for CPS invoice {number}',
  'membership.email.declined.intro':
    'We tried to charge {total} to your card for invoice {number}, but the payment was declined. Your CPS membership stays active.',
  'membership.email.declined.newCard':
    'Add another card on our secure payment page; it is charged right away:',
  'membership.email.declined.bankOffer':
    'Or pay by bank transfer:',
  'membership.invoice.download': 'Download the invoice (PDF)',
  'membership.invoice.viewLink': 'Here is invoice {number} as a PDF. The link works for 24 hours.',
  'membership.invoice.viewUnknown': 'I can’t find that invoice among your business’s invoices.',

  'membership.email.greeting': 'Hello {company},',
  'membership.email.invoice.subject': 'Your CPS invoice {number}',
  'membership.email.invoice.intro': 'Thank you for joining Canon Professional Services. Here is the invoice for your CPS membership.',
  'membership.email.reminder.subject': 'Reminder: CPS invoice {number} is due on {due}',
  'membership.email.reminder.intro': 'This is a friendly reminder that the invoice below is due on {due}. If you have already paid, thank you — you can ignore this e-mail.',
  'membership.email.closing': 'Kind regards,\nCanon Professional Services',
  'membership.email.noReply': 'This e-mail was sent from an address that cannot receive replies. For questions, contact CPS Priority Support in the chat.',

  'membership.pay.title': 'CPS secure payment',
  'membership.pay.intro': 'Add the card for CPS membership {number} ({company}). Nothing is charged now: your card is charged on the invoice due date.',
  'membership.pay.cardNumber': 'Card number',
  'membership.pay.expiry': 'Expiry date (MM/YY)',
  'membership.pay.cvc': 'Security code (CVC)',
  'membership.pay.holder': 'Name on card',
  'membership.pay.submit': 'Save card',
  'membership.pay.sandbox': 'Test mode: no real card is charged. Use 4242 4242 4242 4242 with any future expiry date and any three-digit code.',
  'membership.pay.saved': 'Card saved: {card}. It is charged on the invoice due date. You can close this page and go back to the chat.',
  'membership.pay.fixErrors': 'Please check the fields below. For your security the card number and code are not kept; please enter them again.',
  'membership.pay.invalidNumber': 'This card number is not valid. Please check it.',
  'membership.pay.unsupportedBrand': 'We accept Visa, Mastercard and American Express.',
  'membership.pay.invalidExpiry': 'Please enter the expiry date as MM/YY.',
  'membership.pay.expired': 'This card has expired.',
  'membership.pay.invalidCvc': 'Please enter the 3- or 4-digit security code.',
  'membership.pay.holderRequired': 'Please enter the name on the card.',
  'membership.pay.declined': 'The card was declined. Please use another card.',
  'membership.pay.notFound': 'This payment link is not valid. Ask for a new link in the chat: choose “Join CPS” there.',
  'membership.pay.used': 'A card has already been saved with this link. If you want to use another card, ask for a new link in the chat.',
  'membership.pay.expiredLink': 'This payment link has expired. Ask for a new link in the chat: choose “Join CPS” there.',
} as const;

export type MembershipMessages = { readonly [K in keyof typeof membershipEn]: string };
