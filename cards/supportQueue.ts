import { isKnownHandoffReason } from '../domain/support';
import type { Language, Translate } from '../locales';
import { adaptiveCard, heading, submit, text, type AdaptiveCard, type CardElement, type Fact } from './adaptive';
import { formatOpening, formatSupportHours, type SupportHoursView } from './supportFormat';

export interface SupportQueueView {
  readonly language: Language;
  /** The request was just made (otherwise the member was already waiting). */
  readonly created: boolean;
  readonly position: number;
  /** Shown while support is open. */
  readonly waitMinutes: number;
  /** Set when support is closed in the member's country right now. */
  readonly outOfHours?: { readonly hours: SupportHoursView; readonly opening: Date | undefined };
  readonly reason?: string | null;
}

/** Where the member is in the CPS Priority Support queue, with a button to cancel the request. */
export function supportQueueCard(view: SupportQueueView, t: Translate): AdaptiveCard {
  const facts: Fact[] = [{ title: t('support.queue.placeLabel'), value: String(view.position) }];
  const closed = view.outOfHours;
  if (!closed) facts.push({ title: t('support.queue.waitLabel'), value: t('support.queue.wait', { minutes: view.waitMinutes }) });
  else if (closed.opening) facts.push({ title: t('support.queue.opensLabel'), value: formatOpening(closed.opening, closed.hours.timeZone, view.language) });
  if (isKnownHandoffReason(view.reason)) facts.push({ title: t('support.queue.topicLabel'), value: t(`support.reason.${view.reason}`) });

  const body: CardElement[] = [heading(t('support.queue.heading')), text(t(view.created ? 'support.queue.joined' : 'support.queue.already'))];
  if (closed) {
    body.push(
      text(
        closed.opening
          ? t('support.queue.outOfHours', { hours: formatSupportHours(closed.hours, view.language, t), opening: formatOpening(closed.opening, closed.hours.timeZone, view.language) })
          : t('support.queue.noHours'),
        { weight: 'bolder' },
      ),
    );
  }
  body.push({ type: 'FactSet', facts }, text(t('support.queue.keepWriting'), { isSubtle: true }));
  return adaptiveCard(body, [submit(t('support.queue.cancel'), 'handoff.cancel', {}, 'destructive')]);
}
