/** One proactive chat message about an invoice to one member (handled by the membership journey's jobs). */
export const MEMBERSHIP_NOTIFY_JOB = 'membership.notify';

/** What a `membership.notify` job tells the member. */
export const INVOICE_NOTICES = ['invoice', 'reminder', 'overdue', 'charged', 'chargeFailed', 'cardMissing', 'received'] as const;
export type InvoiceNotice = (typeof INVOICE_NOTICES)[number];

/** Once per notice, invoice and member (`round` tells repeated notices apart, e.g. a second decline). */
export function notifyDedupeKey(notice: InvoiceNotice, invoiceId: string, memberId: string, round = ''): string {
  return `${MEMBERSHIP_NOTIFY_JOB}:${notice}:${invoiceId}:${memberId}${round}`;
}
