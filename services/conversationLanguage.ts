import { detectLanguage, resolveLanguage, type SupportedLanguage } from '../domain/language';

export interface ConversationLanguageInput {
  /** The member's explicit choice (stored on the member), or null. */
  readonly chosen: SupportedLanguage | null;
  /** The language this conversation's earlier messages were reliably written in, if any. */
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
  /** The language to remember for the conversation from now on (a reliable detection this turn). */
  readonly remember?: SupportedLanguage;
}

/**
 * The channel locale is only the first guess: the member's explicit choice wins, then the language
 * of what they type (once reliably detected, remembered for the conversation so a short "ok" or a
 * card action does not fall back to the channel's locale), and only then the locale.
 */
export function conversationLanguage(input: ConversationLanguageInput): ConversationLanguage {
  if (input.chosen) return { language: input.chosen };
  const detected = input.text ? detectLanguage(input.text) : undefined;
  if (detected?.reliable) return { language: detected.language, ...(detected.language !== input.remembered ? { remember: detected.language } : {}) };
  if (input.remembered) return { language: input.remembered };
  return { language: resolveLanguage({ activityLocale: input.activityLocale, clientInfoLocale: input.clientInfoLocale, text: input.text }) };
}
