/** Messages of the account journey (English is the key source for this area). */
export const accountEn = {
  // The application form (rules A1–A4)
  'account.form.title': 'Apply for a Canon business account',
  'account.form.intro': 'Tell us about your company. After this I will ask you for one supporting document.',
  'account.form.fixErrors': 'Please check the fields marked in red. Everything else you entered is still here.',
  'account.form.country': 'Country of the business',
  'account.form.countryPlaceholder': 'Choose a country',
  'account.form.companyName': 'Company name',
  'account.form.address': 'Company address',
  'account.form.vatRegistered': 'Is the company VAT-registered?',
  'account.form.vatYes': 'Yes, the company is VAT-registered',
  'account.form.vatNo': 'No, the company is not VAT-registered',
  'account.form.vatNumber': 'VAT number (only if VAT-registered)',
  'account.form.vatNumberPlaceholder': 'For example DK12345678',
  'account.form.documentType': 'Which document will you upload?',
  'account.form.documentHint':
    'VAT-registered: your VAT registration certificate, or a company invoice on which the VAT number and the company name are clearly visible. Not VAT-registered: ONE of a company invoice, a business or professional licence, or the articles of association, showing the company name and address.',
  'account.form.authorised': 'I confirm that I am authorised to give these details on behalf of the company.',
  'account.form.contactEmail': 'Contact e-mail',
  'account.form.oldCpsEmail': 'Your old CPS e-mail address (optional)',
  'account.form.oldCpsEmailHint':
    'Had a CPS account before? Enter its e-mail address: only then can your previously registered products be migrated later.',
  'account.form.required': 'This field is required.',
  'account.form.continue': 'Continue',
  'account.form.waiting':
    'Please fill in the card above and press “Continue”. Type **cancel** if you want to stop for now.',

  'account.documentType.vat-certificate': 'VAT registration certificate',
  'account.documentType.company-invoice': 'Company invoice',
  'account.documentType.business-licence': 'Business or professional licence',
  'account.documentType.articles-of-association': 'Articles of association',
  'account.yourDocument.vat-certificate': 'your VAT registration certificate',
  'account.yourDocument.company-invoice': 'your company invoice',
  'account.yourDocument.business-licence': 'your business or professional licence',
  'account.yourDocument.articles-of-association': 'your articles of association',

  // Field errors
  'account.error.countryRequired': 'Please choose the country where the business is based.',
  'account.error.countryNotParticipating': 'CPS is not offered in that country. Please choose one of the countries in the list.',
  'account.error.companyNameRequired': 'Please enter the company name.',
  'account.error.addressRequired': 'Please enter the company address.',
  'account.error.tooLong': 'This is too long: at most {max, number} characters.',
  'account.error.vatRegisteredRequired': 'Please tell us whether the company is VAT-registered.',
  'account.error.vatNumberRequired': 'Please enter the company’s VAT number, or choose “not VAT-registered”.',
  'account.error.vatFormat': 'This does not look like a VAT number from {country}. Please check it.',
  'account.error.vatChecksum': 'This VAT number does not add up: its check digits are wrong. Please check it for a typo.',
  'account.error.vatOtherCountry':
    'This VAT number is from {otherCountry}, but the business is in {country}. Please correct the number or the country.',
  'account.error.documentTypeRequired': 'Please choose which document you will upload.',
  'account.error.documentNotForVat':
    'A VAT-registered company uploads its VAT registration certificate or a company invoice showing the VAT number and company name.',
  'account.error.documentNotForNoVat':
    'Without VAT registration, please upload a company invoice, a business or professional licence, or the articles of association.',
  'account.error.authorised': 'Please confirm that you are authorised to give these details on behalf of the company.',
  'account.error.contactEmailRequired': 'Please enter an e-mail address where we can reach you.',
  'account.error.email': 'Please enter a valid e-mail address, such as name@company.com.',

  // The supporting document
  'account.document.askVat':
    'Thank you! Now please send {yourDocument} as a file in this chat (use the paperclip): PDF, JPEG or PNG, at most 10 MB. The VAT number and the company name must be clearly visible on it.',
  'account.document.askNoVat':
    'Thank you! Now please send {yourDocument} as a file in this chat (use the paperclip): PDF, JPEG or PNG, at most 10 MB. The company name and address must be clearly visible on it.',
  'account.document.received': 'Thank you, I have received {fileName} ({size}).',
  'account.document.receivedCompleteForm': 'Thank you, I have received {fileName} ({size}). Now please complete the card and press “Continue”.',
  'account.document.chooseTypeFirst':
    'Thank you for the file. Before I can keep it, please choose on the card which document it is, press “Continue”, and then send the file again.',
  'account.document.tooLarge':
    'This file is larger than 10 MB, so I cannot accept it. Please send a smaller PDF, JPEG or PNG, for example a scan at a lower resolution. The rest of your application is kept.',
  'account.document.unsupportedType':
    'I can only accept PDF, JPEG or PNG files, and this file is none of these (whatever its name says). Please send your document as a PDF, JPEG or PNG of at most 10 MB. The rest of your application is kept.',
  'account.document.empty': 'This file is empty. Please send your document again as a PDF, JPEG or PNG of at most 10 MB.',
  'account.document.unreachable':
    'I could not download this file. Please try sending it again as a PDF, JPEG or PNG of at most 10 MB. The rest of your application is kept.',
  'account.document.waiting':
    'I am waiting for {yourDocument} as a file: PDF, JPEG or PNG, at most 10 MB. Send it with the paperclip, or type **cancel** to stop for now; your details are saved.',

  // What the bot read in the document (a proactive message, only when something needs the member)
  'account.documentCheck.differentVat': 'Your document shows VAT number {found}, but you typed {typed}. Which is right?',
  'account.documentCheck.useDocument': 'Use the document’s number',
  'account.documentCheck.keepTyped': 'Keep mine',
  'account.documentCheck.nameMissing': 'I could not find your company name, {company}, on the document you sent. Please send a document on which the company name is clearly visible. You can also send your application as it is: our team will check the document.',
  'account.documentCheck.unreadable': 'I could not read the document you sent. Please send a sharper picture or a PDF. You can also send your application as it is: our team will look at the document.',
  'account.documentCheck.vatUpdated': 'Done: your application now has VAT number {vatNumber}.',
  'account.documentCheck.kept': 'Fine, I keep {typed}. If the document is not the right one, just send another file here in the chat.',
  'account.documentCheck.stale': 'This choice is no longer possible: your application or its document has changed in the meantime.',

  // The summary before sending
  'account.summary.title': 'Please check your application',
  'account.summary.intro': 'Is everything correct? To replace the document, just send another file.',
  'account.summary.country': 'Country',
  'account.summary.companyName': 'Company',
  'account.summary.address': 'Address',
  'account.summary.vatRegistered': 'VAT-registered',
  'account.summary.vatNumber': 'VAT number',
  'account.summary.document': 'Document',
  'account.summary.documentValue': '{documentType}: {fileName} ({size})',
  'account.summary.authorised': 'Authorised to apply',
  'account.summary.contactEmail': 'Contact e-mail',
  'account.summary.oldCpsEmail': 'Old CPS e-mail',
  'account.summary.noOldCpsEmail': 'Not given: products from an old CPS account cannot be migrated later',
  'account.summary.yes': 'Yes',
  'account.summary.no': 'No',
  'account.summary.send': 'Send application',
  'account.summary.edit': 'Edit',
  'account.summary.waiting': 'Please check the summary above and press “Send application”, or “Edit” to change something.',
  'account.file.unnamed': 'your file',

  // Submission and status (rule A5)
  'account.submitted':
    'Your application {reference} has been sent and is now being reviewed. Validating and creating your business account takes up to two business days: you can expect our decision by {date}.\n\nWhen your account is ready, you will get an automatic e-mail from donotreply@canon-europe.com to set your new password. Please do not try to reset your password before that e-mail arrives.',
  'account.status.title': 'Your business account application',
  'account.status.reference': 'Reference',
  'account.status.state': 'Status',
  'account.status.expected': 'Decision expected by',
  'account.state.draft': 'Not sent yet',
  'account.state.under-review': 'Being reviewed',
  'account.state.approved': 'Approved',
  'account.state.rejected': 'Not approved',
  'account.status.none': 'You have not applied for a Canon business account yet. It only takes a few minutes.',
  'account.status.draft': 'You have started application {reference} but have not sent it yet. Pick up where you left off: what you entered is saved.',
  'account.status.underReview':
    'Your application {reference} is being reviewed. You can expect our decision by {date}. When your account is ready, you will get an automatic e-mail from donotreply@canon-europe.com to set your new password; please do not reset your password before then.',
  'account.status.approved':
    'Your Canon business account for {company} is ready. Set your password with the link in the e-mail from donotreply@canon-europe.com, log in, and then register your products to collect points.',
  'account.status.rejected':
    'Your application {reference} was not approved. Reason: {reason}\n\nYou can fix it and send it again; I have kept what you entered.',
  'account.action.apply': 'Apply for a business account',
  'account.action.continue': 'Continue my application',
  'account.action.fix': 'Fix and send again',
  'account.action.registerProduct': 'Register a product',

  // Password questions (rule A5)
  'account.password.noApplication':
    'You set your password once your business account has been created. After you apply, we validate and create the account within two business days, and you get an automatic e-mail from donotreply@canon-europe.com to set your new password. Please do not try to reset a password before that e-mail arrives.',
  'account.password.beforeApproval':
    'Please wait with the password: your business account is still being validated and created, which takes up to two business days (expected by {date}). You will get an automatic e-mail from donotreply@canon-europe.com to set your new password. Do not try to reset your password before that e-mail arrives.',
  'account.password.afterApproval':
    'Your business account is active, so you can reset your password at any time here: {resetLink}\n\nTo log in to your business account: {loginLink}',

  // Back-office decision, told to the member (proactively) and by e-mail
  'account.approved.notice':
    'Good news: your Canon business account for {company} has been created (application {reference}). We have sent an e-mail from donotreply@canon-europe.com to {email}: use it to set your new password. Next step: register your products to collect points.',
  'account.rejected.notice':
    'Your application {reference} for a business account was not approved. Reason: {reason}\n\nFix what is needed and send it again; I have kept your details.',
  // Reasons a reviewer can choose in the operations console, sent inside account.rejected.notice
  'account.rejection.document-unreadable':
    'We could not read the document you sent. Please send a clear and complete copy (PDF or photo).',
  'account.rejection.document-mismatch':
    'The company name or VAT number in the document does not match what you typed in the application.',
  'account.rejection.vat-invalid':
    'The VAT number is not valid in your country. Please check it and send the application again.',
  'account.rejection.document-type':
    'The document does not show that the business is registered. Please send one of the documents the application asks for.',
  'account.email.subject': 'Your Canon business account is ready: set your new password',
  'account.email.body':
    'Hello,\n\nYour Canon business account for {company} has been created (application {reference}).\n\nSet your new password and log in here:\n{loginLink}\n\nYou can reset your password at any time later here:\n{resetLink}\n\nThis is an automatic message; please do not reply to it.\n\nCanon Professional Services',
} as const;

export type AccountMessages = { readonly [K in keyof typeof accountEn]: string };
