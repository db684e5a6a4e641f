import { actionSet, adaptiveCard, text } from '../../cards/adaptive';
import type { CardActionInput } from '../cardAction';
import { sendCard, sendText } from '../replies';
import { requireBusiness } from './context';
import type { MembershipContext } from '../../services/membership/context';
import type { Step } from '../step';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * `invoice.view` (`invoiceId`): a link, valid 24 hours, to the invoice as a PDF in the member's
 * language. Only an invoice of the member's own business: any other id (forged, another
 * business's, malformed) gets the same "can't find that invoice".
 */
export async function viewInvoice(step: Step, ctx: MembershipContext, action: CardActionInput): Promise<void> {
  const { turn } = step;
  const business = await requireBusiness(step, ctx);
  if (!business) return;
  const invoiceId = typeof action.data['invoiceId'] === 'string' ? action.data['invoiceId'].trim() : '';
  const invoice = UUID.test(invoiceId) ? (await ctx.invoices.ofBusiness(business.businessId)).find((i) => i.id === invoiceId) : undefined;
  if (!invoice) {
    await sendText(step, turn.t('membership.invoice.viewUnknown'));
    return;
  }
  const url = ctx.services.invoiceLinks.link({ invoiceId: invoice.id, memberId: turn.memberId, language: turn.language }, ctx.services.clock());
  const line = turn.t('membership.invoice.viewLink', { number: invoice.invoiceNumber });
  await sendCard(step, adaptiveCard([text(line), actionSet([{ type: 'Action.OpenUrl', title: turn.t('membership.invoice.download'), url }])]));
}
