import type { Language } from '../domain/language';
import type { Translate } from '../locales';

/** A message for the member's chat, written in their language when it is sent. */
export interface ChatMessage {
  readonly text?: string;
  /** Adaptive Card JSON. */
  readonly card?: unknown;
}

/**
 * Sends proactive chat messages to a member through their stored conversation references
 * (implemented in bot/ with the adapter; jobs and dialogs only see this interface).
 */
export interface MemberNotifier {
  /** Returns how many conversations it reached. Throws if none could be reached, so a job retries. */
  notify(memberId: string, render: (t: Translate, language: Language) => ChatMessage | readonly ChatMessage[]): Promise<number>;
}
