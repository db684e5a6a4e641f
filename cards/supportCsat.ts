import type { Language, MessageKey, Translate } from '../locales';
import { adaptiveCard, heading, submit, text, type AdaptiveCard } from './adaptive';

export interface SupportCsatView {
  readonly language: Language;
  /** The case being rated (re-checked against the member on submit). */
  readonly caseId: string;
  /** Shown above the buttons when the last answer was not a valid rating. */
  readonly error?: string;
}

const RATING_LABELS: readonly MessageKey[] = ['support.csat.rating1', 'support.csat.rating2', 'support.csat.rating3', 'support.csat.rating4', 'support.csat.rating5'];

/** "How satisfied are you?" with one `csat.submit` button per rating, 1 to 5. */
export function supportCsatCard(view: SupportCsatView, t: Translate): AdaptiveCard {
  return adaptiveCard(
    [
      heading(t('support.csat.title')),
      text(t('support.csat.hint'), { isSubtle: true }),
      ...(view.error ? [text(view.error, { color: 'attention' as const })] : []),
    ],
    RATING_LABELS.map((key, index) => submit(t(key), 'csat.submit', { rating: index + 1, caseId: view.caseId })),
  );
}
