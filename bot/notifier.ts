import { MessageFactory, type Activity, type CloudAdapter, type ConversationReference } from 'botbuilder';
import type { Logger } from 'pino';
import type { MemberRepository } from '../data/repositories/members';
import { isLanguage, languageFromLocale, type Language } from '../domain/language';
import type { ChatMessage, MemberNotifier } from '../jobs/notifier';
import { translator } from '../locales';
import { cardAttachment } from '../cards/attachment';
import type { AdaptiveCard } from '../cards/adaptive';

/**
 * Proactive messages through the adapter, to every conversation reference stored for the member,
 * each written in the member's chosen language — or, if they never chose one, the locale that
 * conversation uses.
 */
export function createNotifier(adapter: CloudAdapter, appId: string | undefined, members: MemberRepository, log: Logger): MemberNotifier {
  return {
    async notify(memberId, render) {
      const member = await members.byId(memberId);
      if (!member) throw new Error(`no member ${memberId}`);
      const references = await members.conversationReferences(memberId);
      let reached = 0;
      for (const { reference } of references) {
        const conversationLocale = typeof reference['locale'] === 'string' ? reference['locale'] : undefined;
        const language: Language = isLanguage(member.language) ? member.language : (languageFromLocale(conversationLocale) ?? 'en');
        const rendered = render(translator(language), language);
        const messages: readonly ChatMessage[] = Array.isArray(rendered) ? rendered : [rendered as ChatMessage];
        const activities: Partial<Activity>[] = messages.map((m) => {
          const activity = m.card ? MessageFactory.attachment(cardAttachment(m.card as AdaptiveCard), m.text) : MessageFactory.text(m.text ?? '');
          activity.locale = language;
          return activity;
        });
        try {
          // The adapter's onTurnError catches whatever the callback throws (and would apologise into
          // the conversation): so the outcome of the send is carried out of the callback, and a
          // message counts as delivered only when the channel accepted every activity.
          let delivered = false;
          let failure: unknown;
          await adapter.continueConversationAsync(appId ?? '', reference as Partial<ConversationReference>, async (context) => {
            try {
              await context.sendActivities(activities);
              delivered = true;
            } catch (error) {
              failure = error;
            }
          });
          if (!delivered) throw failure ?? new Error('the channel did not accept the message');
          reached++;
        } catch (error) {
          log.warn({ err: error, memberId, channelId: reference['channelId'] }, 'proactive message not delivered');
        }
      }
      if (reached === 0) throw new Error(`member ${memberId} could not be reached in chat`);
      return reached;
    },
  };
}
