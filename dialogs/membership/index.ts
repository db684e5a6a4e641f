import { matchJoinIntent } from '../../locales/membership/intents';
import type { Journey } from '../journey';
import type { Services } from '../../services';
import { createMembershipContext } from '../../services/membership/context';
import { membershipJobs } from '../../services/membership/jobs';
import { joinOrResume } from './resume';
import { viewInvoice } from './invoiceView';
import { joinCps, toggleTiers } from './join';
import { selectTier, submitPayment } from './purchase';

/**
 * Journey 3 (rules E1–E3, M1–M6): the invitation and the tier card with the Corporate toggle, the
 * payment choice, the membership that starts at once with a new number, and the invoice, card
 * charge and reminder jobs.
 *
 * Like the products journey, every step is a card verb answered within its turn; nothing waits on
 * the dialog stack, so a card pressed days later, on another device or after a restart is handled
 * the same, and free text keeps reaching the FAQ. The tier picked with `tier.select` is remembered
 * server-side for a `payment.submit` that carries only `method`.
 */
export function createMembershipJourney(services: Services): Journey {
  const ctx = createMembershipContext(services);
  return {
    name: 'membership',
    verbs: {
      'cps.join': (step, action) => joinOrResume(step, ctx, action),
      'tier.toggle': (step, action) => toggleTiers(step, ctx, action),
      'tier.select': (step, action) => selectTier(step, ctx, action),
      'payment.submit': (step, action) => submitPayment(step, ctx, action),
      'invoice.view': (step, action) => viewInvoice(step, ctx, action),
    },
    async onText(step, text) {
      if (!matchJoinIntent(text)) return false;
      await joinCps(step, ctx);
      return true;
    },
    jobs: membershipJobs(ctx),
  };
}
