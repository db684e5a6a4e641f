import type { Translate } from '../locales';
import { adaptiveCard, submit, text, type ActionData, type AdaptiveCard } from './adaptive';
import type { Verb } from './verbs';

export interface DidYouMeanView {
  /** The two or three best guesses, best first, each a button doing what that guess does. */
  readonly choices: readonly { readonly title: string; readonly verb: Verb; readonly data?: ActionData }[];
  /** The member's message, sent back with “None of these” so it is kept for the editors. */
  readonly question: string;
}

/**
 * “Did you mean …”: the understanding step's close candidates as buttons, and “None of these”
 * (`faq.topic` without a topic), which says so honestly and points to a person.
 */
export function didYouMeanCard(view: DidYouMeanView, t: Translate): AdaptiveCard {
  return adaptiveCard(
    [text(t('understanding.didYouMean'))],
    [...view.choices.map((choice) => submit(choice.title, choice.verb, choice.data ?? {})), submit(t('understanding.noneOfThese'), 'faq.topic', { faqId: '', question: view.question.slice(0, 200) })],
  );
}
