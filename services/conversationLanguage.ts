import { resolveLanguage, type SupportedLanguage } from '../domain/language';

export interface ConversationLanguageInput {
  /** The member's explicit choice (stored on the member), or null. */
  readonly chosen: SupportedLanguage | null;
  /** The language this conversation's messages were earlier found to be written in, if any. */
  readonly remembered: SupportedLanguage | undefined;
  /** `activity.locale`: the channel's guess (the Playground always sends en-US). */
  readonly activityLocale: string | undefined;
  /** The Teams `clientInfo` entity's locale. */
  readonly clientInfoLocale: string | undefined;
  /** What the member typed this turn (messages only). */
  readonly text: string | undefined;
}

export interface ConversationLanguage {
  /** The language to answer in this turn. */
  readonly language: SupportedLanguage;
  /** The language to remember for the conversation from now on: what the member's text decided this turn. */
  readonly remember?: SupportedLanguage;
}

/**
 * The channel locale is only the first guess. The member's explicit choice wins; a language their
 * own words decided (by `resolveLanguage`'s rules for text against locale) is remembered for the
 * conversation and from then on stands where the channel locale stood, so a short "ok", a card
 * action or the next activity's `locale` does not switch the conversation back.
 */
export function conversationLanguage(input: ConversationLanguageInput): ConversationLanguage {
  const guess = input.remembered
    ? { chosen: input.chosen, activityLocale: input.remembered }
    : { chosen: input.chosen, activityLocale: input.activityLocale, clientInfoLocale: input.clientInfoLocale };
  const language = resolveLanguage({ ...guess, text: input.text });
  if (input.chosen || !input.text) return { language };
  // The text moved the answer away from what the locale (or the remembered language) alone gives.
  return language !== resolveLanguage(guess) ? { language, remember: language } : { language };
}
