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
import { createTierChangeVerb } from './tierChange';
import { renewalReminderJobs } from './renewalReminders';
import { createTierChange, TIER_DOWNGRADE_JOB } from '../../services/member/tierChange';
import type { Step } from '../step';

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

  async function removeProduct(step: Step, action: CardActionInput): Promise<void> {
    const { turn } = step;
    const productId = uuidInput(action.data, 'productId');
    const preview = productId ? await removal.preview(turn.memberId, productId) : undefined;
    if (!productId || !preview) {
      await sendMenu(step, turn.t('products.notFound'));
      return;
    }
    if (trueInput(action.data, 'confirm')) {
      const points = await removal.remove(turn.memberId, productId);
      await sendText(step, points === undefined ? turn.t('products.notFound') : turn.t('self.product.removed', { points }));
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
    await sendCard(step, productRemovalCard({ productId, modelName: preview.modelName, lines }, turn.t));
  }

  async function showMembership(step: Step, typed?: { readonly contactEmail: string; readonly error: string }): Promise<void> {
    const { turn } = step;
    const home = await turn.home();
    if (home.kind !== 'member') {
      await sendMenu(step, turn.t('self.notMember'));
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
    await sendCard(step, membershipManageCard(view, turn.t));
  }

  async function changeContact(step: Step, action: CardActionInput): Promise<void> {
    const { turn } = step;
    const result = await self.changeContactEmail(turn.memberId, action.data['contactEmail']);
    if (result.kind === 'changed') await sendText(step, turn.t('self.contact.changed', { email: result.contactEmail }));
    else if (result.kind === 'invalid') {
      const error = turn.t('self.contact.invalid', { typed: result.typed });
      await sendText(step, error);
      await showMembership(step, { contactEmail: result.typed, error });
    } else await sendMenu(step, turn.t('self.notMember'));
  }

  async function cancel(step: Step, action: CardActionInput): Promise<void> {
    const { turn } = step;
    const home = await turn.home();
    if (home.kind !== 'member') {
      await sendMenu(step, turn.t('self.notMember'));
      return;
    }
    if (!trueInput(action.data, 'confirm')) {
      const endsOn = await self.scheduledEnd(turn.memberId);
      if (endsOn) await sendText(step, turn.t('self.cancel.already', { date: formatDate(turn.language, endsOn) }));
      else await sendCard(step, membershipCancelCard({ validUntil: formatDate(turn.language, home.renewalDate) }, turn.t));
      return;
    }
    const result = await self.cancelMembership(turn.memberId);
    if (result.kind === 'no-membership') await sendMenu(step, turn.t('self.notMember'));
    else await sendText(step, turn.t(result.kind === 'scheduled' ? 'self.cancel.done' : 'self.cancel.already', { date: formatDate(turn.language, result.endsOn) }));
  }

  async function changePayment(step: Step, action: CardActionInput): Promise<void> {
    const { turn } = step;
    const method = action.data['method'];
    if (method !== 'card' && method !== 'bank-transfer') {
      await sendText(step, turn.t('self.payment.invalid'));
      return;
    }
    const membershipId = await self.activeMembershipId(turn.memberId);
    if (!membershipId) {
      await sendMenu(step, turn.t('self.notMember'));
      return;
    }
    if (method === 'bank-transfer') {
      const result = await self.useBankTransfer(turn.memberId);
      await sendText(step, turn.t(result?.changed ? 'self.payment.bankDone' : 'self.payment.bankAlready'));
      return;
    }
    // The card itself never passes through the chat: the hosted page stores it, and its completion
    // switches the membership to card (bot/routes/payments.ts).
    const link = await openPaymentLink(membershipContext, membershipId, turn.language);
    await sendText(step, turn.t('self.payment.cardLink', { link }));
  }

  return {
    name: 'member',
    verbs: {
      'membership.view': (step) => showMembership(step),
      'contact.change': (step, action) => changeContact(step, action),
      'membership.cancel': (step, action) => cancel(step, action),
      'product.remove': (step, action) => removeProduct(step, action),
      'payment.change': (step, action) => changePayment(step, action),
      'tier.change': (step, action) => changeTier(step, action),
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
