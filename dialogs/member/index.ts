import type { DialogContext } from 'botbuilder-dialogs';
import { membershipCancelCard, membershipManageCard, productRemovalCard } from '../../cards/membershipManage';
import { createProductRemoval } from '../../services/member/productRemoval';
import { transactional } from '../../jobs/runner';
import { createSelfService, MEMBERSHIP_END_JOB } from '../../services/member/selfService';
import { formatDate } from '../account/format';
import { createMembershipContext } from '../../services/membership/context';
import { openPaymentLink } from '../../services/membership/paymentLinks';
import type { CardActionInput } from '../cardAction';
import type { Journey } from '../journey';
import { trueInput, uuidInput } from '../products/input';
import { sendCard, sendMenu, sendText } from '../replies';
import type { Services } from '../../services';
import { turnOf } from '../turn';
import { createTierChangeVerb } from './tierChange';
import { renewalReminderJobs } from './renewalReminders';
import { createTierChange, TIER_DOWNGRADE_JOB } from '../../services/member/tierChange';

/**
 * A member's own self-service: "My CPS membership" (`membership.view`), the contact e-mail
 * (`contact.change`) and cancelling at the end of the paid period (`membership.cancel`, which asks
 * first). The rules and the writes are in services/member/selfService.ts.
 */
export function createMemberJourney(services: Services): Journey {
  const self = createSelfService(services.db);
  const removal = createProductRemoval(services.db);
  const membershipContext = createMembershipContext(services);
  const changeTier = createTierChangeVerb(services);
  const tierChange = createTierChange(services.db);

  async function removeProduct(dc: DialogContext, action: CardActionInput): Promise<void> {
    const turn = turnOf(dc.context);
    const productId = uuidInput(action.data, 'productId');
    const preview = productId ? await removal.preview(turn.memberId, productId) : undefined;
    if (!productId || !preview) {
      await sendMenu(dc.context, turn.t('products.notFound'));
      return;
    }
    if (trueInput(action.data, 'confirm')) {
      const points = await removal.remove(turn.memberId, productId);
      await sendText(dc.context, points === undefined ? turn.t('products.notFound') : turn.t('self.product.removed', { points }));
      return;
    }
    const lines = [turn.t('self.product.points', { before: preview.pointsBefore, after: preview.pointsAfter })];
    const tier = preview.tier;
    if (tier) {
      const date = formatDate(turn.language, tier.renewal);
      lines.push(
        tier.kept
          ? turn.t('self.product.tierKept', { tier: tier.name, min: tier.minPoints, date })
          : turn.t('self.product.tierLost', { tier: tier.name, min: tier.minPoints, date, after: preview.pointsAfter, next: tier.openThen ?? 'none' }),
      );
    }
    await sendCard(dc.context, productRemovalCard({ productId, modelName: preview.modelName, lines }, turn.t));
  }

  async function showMembership(dc: DialogContext, typed?: { readonly contactEmail: string; readonly error: string }): Promise<void> {
    const turn = turnOf(dc.context);
    const home = await turn.home();
    if (home.kind !== 'member') {
      await sendMenu(dc.context, turn.t('self.notMember'));
      return;
    }
    const endsOn = await self.scheduledEnd(turn.memberId);
    const view = {
      membershipNumber: home.membershipNumber,
      tierName: home.tierName,
      validUntil: formatDate(turn.language, endsOn ?? home.renewalDate),
      cancelled: endsOn !== undefined,
      paymentMethod: home.paymentMethod,
      contactEmail: typed?.contactEmail ?? (await self.contactEmailOf(turn.memberId)) ?? '',
      ...(typed ? { contactError: typed.error } : {}),
    };
    await sendCard(dc.context, membershipManageCard(view, turn.t));
  }

  async function changeContact(dc: DialogContext, action: CardActionInput): Promise<void> {
    const turn = turnOf(dc.context);
    const result = await self.changeContactEmail(turn.memberId, action.data['contactEmail']);
    if (result.kind === 'changed') await sendText(dc.context, turn.t('self.contact.changed', { email: result.contactEmail }));
    else if (result.kind === 'invalid') {
      const error = turn.t('self.contact.invalid', { typed: result.typed });
      await sendText(dc.context, error);
      await showMembership(dc, { contactEmail: result.typed, error });
    } else await sendMenu(dc.context, turn.t('self.notMember'));
  }

  async function cancel(dc: DialogContext, action: CardActionInput): Promise<void> {
    const turn = turnOf(dc.context);
    const home = await turn.home();
    if (home.kind !== 'member') {
      await sendMenu(dc.context, turn.t('self.notMember'));
      return;
    }
    if (!trueInput(action.data, 'confirm')) {
      const endsOn = await self.scheduledEnd(turn.memberId);
      if (endsOn) await sendText(dc.context, turn.t('self.cancel.already', { date: formatDate(turn.language, endsOn) }));
      else await sendCard(dc.context, membershipCancelCard({ validUntil: formatDate(turn.language, home.renewalDate) }, turn.t));
      return;
    }
    const result = await self.cancelMembership(turn.memberId);
    if (result.kind === 'no-membership') await sendMenu(dc.context, turn.t('self.notMember'));
    else await sendText(dc.context, turn.t(result.kind === 'scheduled' ? 'self.cancel.done' : 'self.cancel.already', { date: formatDate(turn.language, result.endsOn) }));
  }

  async function changePayment(dc: DialogContext, action: CardActionInput): Promise<void> {
    const turn = turnOf(dc.context);
    const method = action.data['method'];
    if (method !== 'card' && method !== 'bank-transfer') {
      await sendText(dc.context, turn.t('self.payment.invalid'));
      return;
    }
    const membershipId = await self.activeMembershipId(turn.memberId);
    if (!membershipId) {
      await sendMenu(dc.context, turn.t('self.notMember'));
      return;
    }
    if (method === 'bank-transfer') {
      const result = await self.useBankTransfer(turn.memberId);
      await sendText(dc.context, turn.t(result?.changed ? 'self.payment.bankDone' : 'self.payment.bankAlready'));
      return;
    }
    // The card itself never passes through the chat: the hosted page stores it, and its completion
    // switches the membership to card (bot/routes/payments.ts).
    const link = await openPaymentLink(membershipContext, membershipId, turn.language);
    await sendText(dc.context, turn.t('self.payment.cardLink', { link }));
  }

  return {
    name: 'member',
    verbs: {
      'membership.view': (dc) => showMembership(dc),
      'contact.change': (dc, action) => changeContact(dc, action),
      'membership.cancel': (dc, action) => cancel(dc, action),
      'product.remove': (dc, action) => removeProduct(dc, action),
      'payment.change': (dc, action) => changePayment(dc, action),
      'tier.change': (dc, action) => changeTier(dc, action),
    },
    jobs: {
      ...renewalReminderJobs(services),
      [MEMBERSHIP_END_JOB]: transactional(async (payload) => {
        const membershipId = payload['membershipId'];
        if (typeof membershipId === 'string') await self.endMembership(membershipId);
      }),
      [TIER_DOWNGRADE_JOB]: transactional(async (payload) => {
        const { membershipId, tierCode } = payload;
        if (typeof membershipId === 'string' && typeof tierCode === 'string') await tierChange.downgrade(membershipId, tierCode);
      }),
    },
  };
}
