import { tierChangeCard, tierChangeConfirmCard } from '../../cards/membershipTierChange';
import { createTierRepository } from '../../data/repositories/tiers';
import { createTierChange, type TierChangePlan, type UpgradeInvoice } from '../../services/member/tierChange';
import { formatDate } from '../account/format';
import type { CardActionInput } from '../cardAction';
import { formatterFor } from '../../services/membership/context';
import { INVOICE_ISSUE_JOB } from '../../services/membership/jobs';
import { trueInput } from '../products/input';
import { sendCard, sendMenu, sendText } from '../replies';
import type { Services } from '../../services';
import type { Turn } from '../turn';
import type { Step } from '../step';

/** `tier.change` (`tier`, `confirm`): see services/member/tierChange.ts for the rules. */
export function createTierChangeVerb(services: Services) {
  const change = createTierChange(services.db);
  const tiers = createTierRepository(services.db);

  async function offerTiers(step: Step): Promise<void> {
    const { turn } = step;
    const home = await turn.home();
    if (home.kind !== 'member') return void (await sendMenu(step, turn.t('self.notMember')));
    const catalogue = await tiers.catalogue();
    const buttons = catalogue.filter((tier) => tier.code !== home.tierCode).map((tier) => ({ code: tier.code, name: tier.name, locked: home.points < tier.minPoints }));
    await sendCard(step, tierChangeCard({ currentName: home.tierName, renewal: formatDate(turn.language, home.renewalDate), tiers: buttons }, turn.t));
  }

  /** What a plan that needs no confirmation says; undefined for an upgrade or a downgrade. */
  function refusal(plan: TierChangePlan, turn: Turn): string | undefined {
    switch (plan.kind) {
      case 'not-member':
        return turn.t('self.notMember');
      case 'unknown':
        return turn.t('self.tier.unknown');
      case 'unpriced':
        return turn.t('self.tier.unpriced');
      case 'same':
        return turn.t('self.tier.same', { tier: plan.tierName });
      case 'upgraded-this-year':
        return turn.t('self.tier.upgradedThisYear', { tier: plan.tierName });
      case 'locked':
        return turn.t('self.tier.locked', { tier: plan.tierName, min: plan.shownPoints, moreThan: String(plan.moreThan), points: plan.points, needed: plan.needed });
      default:
        return undefined;
    }
  }

  function confirmation(plan: TierChangePlan, turn: Turn) {
    const date = (value: string) => formatDate(turn.language, value);
    if (plan.kind === 'upgrade') {
      const net = formatterFor(turn.language).money(plan.invoice.netMinor, plan.invoice.currency);
      const args = { tier: plan.tierName, current: plan.currentName, date: date(plan.validUntil), net };
      return { title: turn.t('self.tier.upgrade.title', args), body: turn.t('self.tier.upgrade.body', args), yes: turn.t('self.tier.upgrade.yes'), done: turn.t('self.tier.upgrade.done', args) };
    }
    if (plan.kind !== 'downgrade') return undefined;
    const args = { tier: plan.tierName, current: plan.currentName, end: date(plan.validUntil), date: date(plan.from) };
    return { title: turn.t('self.tier.downgrade.title', args), body: turn.t('self.tier.downgrade.body', args), yes: turn.t('self.tier.downgrade.yes'), done: turn.t('self.tier.downgrade.done', args) };
  }

  return async function changeTier(step: Step, action: CardActionInput): Promise<void> {
    const { turn } = step;
    const code = action.data['tier'];
    if (code === undefined || code === '') return offerTiers(step);
    const confirm = trueInput(action.data, 'confirm');
    const now = services.clock();
    const issue = async (invoice: UpgradeInvoice) => {
      const { dedupeKey, ...rest } = invoice;
      await services.jobs.enqueue({ kind: INVOICE_ISSUE_JOB, payload: { ...rest, memberId: turn.memberId, language: turn.language }, dedupeKey });
    };
    const plan = confirm ? await change.apply(turn.memberId, code, now, issue) : await change.plan(turn.memberId, code, now);
    const refused = refusal(plan, turn);
    if (refused) return void (await sendText(step, refused));
    const text = confirmation(plan, turn);
    if (!text || (plan.kind !== 'upgrade' && plan.kind !== 'downgrade')) return;
    if (confirm) await sendText(step, text.done);
    else await sendCard(step, tierChangeConfirmCard({ tierCode: plan.tierCode, title: text.title, body: text.body, yes: text.yes }, turn.t));
  };
}
