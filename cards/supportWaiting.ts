import type { Language, Translate } from '../locales';
import { adaptiveCard, heading, submit, text, type AdaptiveCard, type Fact } from './adaptive';
import { formatOpening, type SupportHoursView } from './supportFormat';

export interface SupportWaitingView {
  readonly language: Language;
  /** What the member's message was taken as: kept for the agent, or a request for the menu (not relayed). */
  readonly answer: 'saved' | 'menu';
  readonly position: number;
  readonly waitMinutes: number;
  readonly outOfHours?: { readonly hours: SupportHoursView; readonly opening: Date | undefined };
}

/**
 * The answer to every message while the member waits for CPS Priority Support: where they stand
 * and the options (keep waiting: `handoff.request` shows the place again; leave a message: write
 * it here; the menu: `handoff.cancel` ends the request and goes back to where they were).
 */
export function supportWaitingCard(view: SupportWaitingView, t: Translate): AdaptiveCard {
  const facts: Fact[] = [{ title: t('support.queue.placeLabel'), value: String(view.position) }];
  const closed = view.outOfHours;
  if (!closed) facts.push({ title: t('support.queue.waitLabel'), value: t('support.queue.wait', { minutes: view.waitMinutes }) });
  else if (closed.opening) facts.push({ title: t('support.queue.opensLabel'), value: formatOpening(closed.opening, closed.hours.timeZone, view.language) });
  return adaptiveCard(
    [heading(t('support.queue.heading')), text(t(view.answer === 'saved' ? 'support.queue.received' : 'support.waiting.menu')), { type: 'FactSet', facts }, text(t('support.waiting.options'))],
    [submit(t('support.waiting.keep'), 'handoff.request'), submit(t('support.waiting.toMenu'), 'handoff.cancel')],
  );
}
