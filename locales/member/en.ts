/** Messages of a member's home (greeting and menu per state) and self-service (English is the key source for this area). */
export const memberEn = {
  'home.invited': 'Welcome back, {company}! With {points, number} points you are invited to join CPS: choose your tier with "Join CPS" below.',
  'home.member':
    'Welcome back, {company}!\n\nCPS membership **{number}** · {tier} · renews on {renewal} · {points, number} points · {invoices, plural, =0 {no open invoices} one {# open invoice} other {# open invoices}}',
  'menu.membership': 'My membership',
  'self.title': 'My CPS membership',
  'self.number': 'Membership number',
  'self.tier': 'Tier',
  'self.renewal': 'Renews on',
  'self.ends': 'Ends on',
  'self.contactEmail': 'Contact e-mail for invoices and notices',
  'self.saveEmail': 'Save e-mail',
  'self.cancel': 'Cancel membership',
  'self.contact.changed': 'Saved: invoices and notices now go to {email}.',
  'self.contact.invalid': '“{typed}” is not an e-mail address I can use. Please check it and try again; the card below keeps what you typed.',
  'self.cancel.title': 'Cancel your CPS membership?',
  'self.cancel.body': 'Your membership stays active and can be used until {date}, the end of the period you have paid for. Then it ends and is not renewed, and nothing more is charged.',
  'self.cancel.yes': 'Yes, cancel at the end of the period',
  'self.cancel.no': 'Keep my membership',
  'self.cancel.done': 'Your membership is cancelled. It stays active until {date}, and nothing more will be charged.',
  'self.cancel.already': 'Your membership is already cancelled and ends on {date}.',
  'self.notMember': 'You do not have an active CPS membership. Choose “Join CPS” in the menu when you are invited.',
  'self.product.remove': 'Remove (sold or lost)',
  'self.product.title': 'Remove {model}?',
  'self.product.points': 'Sold or lost? After removing it you have {after, number} points instead of {before, number}.',
  'self.product.tierKept': 'Your {tier} membership needs {min, number} points, so it still renews as {tier} on {date}.',
  'self.product.tierLost': 'Your {tier} membership needs {min, number} points. It stays {tier} until {date}; with {after, number} points it cannot renew as {tier} then, {next, select, none {and no tier would be open} other {but you can renew as {next}}}.',
  'self.product.yes': 'Yes, remove it',
  'self.product.no': 'Keep it',
  'self.product.removed': 'Removed. You now have {points, number} points.',
  'menu.privacy': 'My data',
  'privacy.title': 'Your data',
  'privacy.body': 'You can download everything we store about you, or ask us to erase it.',
  'privacy.export': 'Download my data',
  'privacy.erase': 'Erase my data',
  'privacy.exportReady':
    'Here is everything we store about you, as a JSON file: [download my data]({link})\n\nThe link works for 24 hours, until {expires}. It holds your account details, {applications, plural, =0 {no applications} one {# application} other {# applications}} with {documents, plural, =0 {no documents} one {# document} other {# documents}}, {products, plural, =0 {no products} one {# product} other {# products}}, {invoices, plural, =0 {no invoices} one {# invoice} other {# invoices}}, {cases, plural, =0 {no support cases} one {# support case} other {# support cases}} with {messages, plural, =0 {no messages} one {# message} other {# messages}}, {emails, plural, =0 {no e-mails} one {# e-mail} other {# e-mails}} and the consents you gave.',
  'privacy.eraseConfirm.title': 'Erase your data?',
  'privacy.eraseConfirm.body':
    'We delete or anonymise your account and company details, your applications and documents, your products, your support conversations and the e-mails we sent you. Your CPS membership ends straight away. This cannot be undone.',
  'privacy.eraseConfirm.kept':
    'What we keep: your invoices and payments (number, date, amounts and VAT), without your name or contact details, for {years} years, because the accounting law in {country} requires it (until {until}).',
  'privacy.eraseConfirm.yes': 'Yes, erase my data',
  'privacy.eraseConfirm.no': 'Keep my data',
  'privacy.erased':
    'Your personal data has been erased. We keep {invoices, plural, =0 {no invoices} one {# invoice and its payments} other {# invoices and their payments}} without your name or contact details until {until}, because the accounting law in {country} requires {years} years. If you write to me again, you start as a new visitor.',
  'privacy.erasedAll': 'Your personal data has been erased, and we keep nothing that names you. If you write to me again, you start as a new visitor.',
  'privacy.nothing': 'We store no data about you.',
} as const;

export type MemberMessages = { readonly [K in keyof typeof memberEn]: string };
