/** Messages of invoices and payments: the invoice document and its payment details (English is the key source for this area). */
export const paymentsEn = {
  'payments.invoice.heading': 'Invoice',
  'payments.invoice.seller': 'Seller',
  'payments.invoice.buyer': 'Customer',
  'payments.invoice.number': 'Invoice number',
  'payments.invoice.vatNumber': 'VAT no. {vatNumber}',
  'payments.invoice.description': 'Description',
  'payments.invoice.amount': 'Amount',
  'payments.invoice.period': 'Membership period',
  'payments.invoice.currency': 'All amounts in {currency}.',
  'payments.invoice.reverseChargeRow': 'VAT (reverse charge)',
  'payments.invoice.reverseCharge':
    'Reverse charge: no VAT is charged on this invoice; the customer accounts for the VAT (Article 196 of Council Directive 2006/112/EC).',
  'payments.invoice.paymentTitle': 'How to pay',
  'payments.invoice.payBy': 'Please pay {total} by {due}, quoting the reference below. Paying by bank transfer may add local extra fees.',
  'payments.invoice.paidOn': 'Paid on {date}. Thank you.',
  'payments.invoice.abroad': 'Paying from abroad',
  'payments.invoice.footer': 'Canon Professional Services · your CPS membership can be used from the day you joined.',
  'payments.ocr.bankgiro': 'Bankgiro',
  'payments.ocr.reference': 'OCR reference',
  'payments.ocr.hint': 'Pay to the Bankgiro number and enter the OCR reference exactly; your bank checks it.',
  'payments.fik71.line': 'FI card (type 71)',
  'payments.fik71.paymentId': 'Payment ID',
  'payments.fik71.creditor': 'Creditor number',
  'payments.fik71.hint': 'In your net bank choose “pay FI card” (indbetalingskort) and enter the code line above.',
  'payments.kenmerk.reference': 'Payment reference (betalingskenmerk)',
  'payments.kenmerk.hint': 'Enter it in the payment reference (betalingskenmerk) field of your transfer, not in the description.',
  'payments.rf.reference': 'Creditor reference (RF)',
  'payments.rf.hint': 'Enter it as the structured creditor reference of your transfer, not in the free text.',
} as const;

export type PaymentsMessages = { readonly [K in keyof typeof paymentsEn]: string };
