import { paymentCard } from '../../cards/membershipPayment';
import { tierLabel, tierNeeds } from '../../cards/membershipTiers';
import type { MembershipBusiness, MembershipRow } from '../../data/repositories/memberships';
import { membershipPeriod, parsePaymentMethod, type PaymentMethod } from '../../domain/billing';
import { localDate } from '../../domain/businessDays';
import { generateMembershipNumber } from '../../domain/membershipNumber';
import { checkTierSelection, type TierOption } from '../../domain/tiers';
import type { CardActionInput } from '../cardAction';
import { sendCard, sendText } from '../replies';
import { formatterFor, pointsOf, quoteFor, type MembershipContext } from '../../services/membership/context';
import { requireBusiness } from './context';
import { invoiceIssueDedupeKey, INVOICE_ISSUE_JOB, type InvoiceIssuePayload } from '../../services/membership/jobs';
import { sendTierChoice } from './join';
import { sendExistingMembership, sendMembership } from './views';
import type { Step, ReplyTarget } from '../step';

/** Attempts at a free membership number before giving up (a clash is a one-in-billions event). */
const NUMBER_ATTEMPTS = 5;

/** The business already in CPS sees its membership instead of buying a second one. */
/** The payment choice for an open tier, with the fee, VAT and total in the business's currency. */
export async function sendPaymentChoice(
  step: ReplyTarget,
  ctx: MembershipContext,
  business: MembershipBusiness,
  tier: TierOption,
  options: { readonly method?: PaymentMethod; readonly error?: string } = {},
): Promise<void> {
  const { turn } = step;
  const priced = quoteFor(business, await ctx.tiers.pricesOf(tier.code), tier.code);
  if (!priced) {
    turn.log.error({ tier: tier.code, currency: business.currency }, 'tier has no price in the business currency nor in EUR');
    await sendText(step, turn.t('membership.error.noPrice', { tier: tierLabel(tier, turn.t) }));
    return;
  }
  const format = formatterFor(turn.language);
  await sendCard(
    step,
    paymentCard(
      {
        tier: { code: tier.code, name: tier.name },
        fee: format.money(priced.netMinor, priced.currency),
        vatRate: format.rate(priced.vatRateBp),
        vat: format.money(priced.vatMinor, priced.currency),
        total: format.money(priced.grossMinor, priced.currency),
        ...(options.method ? { method: options.method } : {}),
        ...(options.error ? { error: options.error } : {}),
      },
      turn.t,
    ),
  );
}

/**
 * Re-checks a tier code against the business's current points. On failure the member gets the
 * tier card again with the reason on top, and undefined is returned.
 */
async function checkedTier(step: ReplyTarget, ctx: MembershipContext, business: MembershipBusiness, code: unknown): Promise<TierOption | undefined> {
  const { turn } = step;
  const total = await pointsOf(ctx, business.businessId);
  const selection = checkTierSelection(code, total, await ctx.tiers.catalogue());
  if (selection.ok) return selection.tier;
  if (selection.reason === 'unknown') {
    await sendTierChoice(step, ctx, business, { error: turn.t('membership.tier.unknown') });
    return undefined;
  }
  const error = turn.t('membership.tier.lockedError', { tier: tierLabel(selection.tier, turn.t), needs: tierNeeds(selection.tier, turn.t), points: total });
  await sendTierChoice(step, ctx, business, { corporate: selection.tier.kind === 'corporate', error });
  return undefined;
}

/** `tier.select` (`tier`): re-checked against the current points, then the payment choice. */
export async function selectTier(step: Step, ctx: MembershipContext, action: CardActionInput): Promise<void> {
  const { turn } = step;
  const business = await requireBusiness(step, ctx);
  if (!business) return;
  if (business.active) return sendExistingMembership(step, ctx, business.active);
  const tier = await checkedTier(step, ctx, business, action.data['tier']);
  if (!tier) return;
  await ctx.memberships.rememberSelection(turn.memberId, tier.code, ctx.services.clock());
  await sendPaymentChoice(step, ctx, business, tier);
}

/**
 * `payment.submit` (`method`; the card also sends `tier`): the membership starts at once (rule M5)
 * with a new number (M6), and the invoice is scheduled `INVOICE_DELAY_SECONDS` later (M2).
 * Idempotent: a second submit — double tap, another device, another member of the business — finds
 * the active membership and shows it; nothing is bought twice.
 */
export async function submitPayment(step: Step, ctx: MembershipContext, action: CardActionInput): Promise<void> {
  const { turn } = step;
  const business = await requireBusiness(step, ctx);
  if (!business) return;
  if (business.active) return sendExistingMembership(step, ctx, business.active);

  const sentTier = action.data['tier'];
  const tierCode = typeof sentTier === 'string' && sentTier.trim() !== '' ? sentTier : (await ctx.memberships.recallSelection(turn.memberId))?.tierCode;
  if (tierCode === undefined) {
    await sendTierChoice(step, ctx, business, { error: turn.t('membership.payment.chooseTierFirst') });
    return;
  }
  const tier = await checkedTier(step, ctx, business, tierCode);
  if (!tier) return;
  const method = parsePaymentMethod(action.data['method']);
  if (!method) {
    await sendPaymentChoice(step, ctx, business, tier, { error: turn.t('membership.payment.methodRequired') });
    return;
  }
  const priced = quoteFor(business, await ctx.tiers.pricesOf(tier.code), tier.code);
  if (!priced) {
    await sendPaymentChoice(step, ctx, business, tier);
    return;
  }

  const now = ctx.services.clock();
  const period = membershipPeriod(localDate(now, business.timeZone));
  const previousNumber = await ctx.memberships.previousNumber(business.businessId);
  let membership: MembershipRow | undefined;
  for (let attempt = 0; attempt < NUMBER_ATTEMPTS && !membership; attempt++) {
    const outcome = await ctx.memberships.create({
      businessId: business.businessId,
      tierCode: tier.code,
      membershipNumber: generateMembershipNumber(business.countryCode),
      previousMembershipNumber: previousNumber,
      paymentMethod: method,
      startedAt: now,
      validUntil: period.end,
    });
    if (outcome.kind === 'existing') return sendExistingMembership(step, ctx, outcome.membership);
    if (outcome.kind === 'created') membership = outcome.membership;
  }
  if (!membership) throw new Error(`no free membership number after ${NUMBER_ATTEMPTS} attempts`);

  const payload: InvoiceIssuePayload = {
    membershipId: membership.id,
    memberId: turn.memberId,
    language: turn.language,
    currency: priced.currency,
    netMinor: priced.netMinor,
    vatRateBp: priced.vatRateBp,
  };
  await ctx.services.jobs.enqueue({
    kind: INVOICE_ISSUE_JOB,
    payload: { ...payload },
    runAt: new Date(now.getTime() + ctx.services.settings.invoiceDelaySeconds * 1000),
    dedupeKey: invoiceIssueDedupeKey(membership.id),
  });
  await ctx.memberships.forgetSelection(turn.memberId);
  turn.log.info(
    { businessId: business.businessId, membershipId: membership.id, tier: tier.code, method, numberChanged: previousNumber !== null },
    'CPS membership purchased',
  );
  await sendMembership(step, ctx, membership, 'welcome', turn.language);
}
