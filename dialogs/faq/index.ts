import { MessageFactory, type TurnContext } from 'botbuilder';
import type { DialogContext } from 'botbuilder-dialogs';
import type { AdaptiveCard } from '../../cards/adaptive';
import { cardAttachment } from '../../cards/attachment';
import { faqAnswerCard } from '../../cards/faqAnswer';
import { faqSupportOfferCard } from '../../cards/faqSupportOffer';
import { createFaqRepository } from '../../data/repositories/faq';
import { faqLanguages, isSmallTalk, isTopicIdShape, MAX_QUESTION_LENGTH, nextStreak, type FaqStreakStep } from '../../domain/faq';
import { detectLanguage, isLanguage, type Detection, type Language } from '../../domain/language';
import { translator } from '../../locales';
import type { CardActionInput } from '../cardAction';
import type { Journey } from '../journey';
import type { Services } from '../../services';
import { turnOf } from '../turn';
import { nextStepButton } from '../understanding';
import { createFaqFacts } from './fromData';
import { sessionOf } from '../session';

/** A card button's `true`/`false`, as a boolean or a string (Teams and Web Chat send either). */
function parseHelpful(value: unknown): boolean | undefined {
  if (value === true || value === 'true') return true;
  if (value === false || value === 'false') return false;
  return undefined;
}

/** Replies in the language the question was answered in (which may differ from the turn's, see `answerLanguageOf`). */
async function reply(context: TurnContext, language: Language, content: { text?: string; card?: AdaptiveCard }): Promise<void> {
  const activity = content.card ? MessageFactory.attachment(cardAttachment(content.card), content.text) : MessageFactory.text(content.text ?? '');
  activity.locale = language;
  await context.sendActivity(activity);
}

/**
 * The FAQ, last in the journey list: free text that no waiting dialog, command or other journey
 * took is answered from the FAQ in the member's language, with “Did this help? 👍 / 👎”
 * (`faq.feedback`). A question the FAQ cannot answer confidently gets an honest “I don't know
 * that one” and is stored for the editors with its language; after two unanswered or unhelpful
 * questions in a row the member is offered CPS Priority Support (`handoff.request`,
 * reason `faq-unanswered`).
 */
export function createFaqJourney(services: Services): Journey {
  const faq = createFaqRepository(services.db);
  const facts = createFaqFacts(services);

  /**
   * The turn's language (which already follows what the member writes, with hysteresis: see
   * domain/language nextConversationLanguage); a question reliably written in another of our
   * languages is also searched in that language's phrasings.
   */
  async function answerLanguageOf(dc: DialogContext, question: string): Promise<{ language: Language; detected: Detection | undefined }> {
    return { language: turnOf(dc.context).language, detected: await detectLanguage(question) };
  }

  /** Sends one topic's answer (with its next step's button) and notes it as answered. */
  async function answer(dc: DialogContext, language: Language, topicId: string, question: string, entry: { title: string; answer: string }): Promise<void> {
    const t = translator(language);
    sessionOf(dc).write({ faqStreak: nextStreak(sessionOf(dc).read().faqStreak, { kind: 'answered', topicId, question }).streak });
    const nextStep = nextStepButton(topicId, t);
    const added = await facts.factsOf(topicId, question, language, turnOf(dc.context).memberId);
    const text = added ? `${entry.answer}\n\n${added}` : entry.answer;
    await reply(dc.context, language, { card: faqAnswerCard({ language, faqId: topicId, title: entry.title, answer: text, ...(nextStep ? { nextStep } : {}) }, t) });
  }

  /** A “Did you mean …” button: the chosen topic's answer, or (without a topic) “None of these”. */
  async function onTopic(dc: DialogContext, action: CardActionInput): Promise<void> {
    const turn = turnOf(dc.context);
    const question = typeof action.data['question'] === 'string' ? action.data['question'].slice(0, MAX_QUESTION_LENGTH) : '';
    const faqId = action.data['faqId'];
    const entry = isTopicIdShape(faqId) ? await faq.entry(faqId, turn.language) : undefined;
    if (isTopicIdShape(faqId) && entry) {
      await answer(dc, turn.language, faqId, question, entry);
      return;
    }
    if (faqId !== '') {
      await reply(dc.context, turn.language, { text: turn.t('faq.feedback.invalid') });
      return;
    }
    if (question.trim() !== '') await faq.recordUnanswered(question, turn.language);
    await reply(dc.context, turn.language, { text: turn.t('understanding.noneOfThese.reply', { support: turn.t('menu.support') }) });
    await afterMiss(dc, turn.language, nextStreak(sessionOf(dc).read().faqStreak, { kind: 'unanswered' }));
  }

  async function afterMiss(dc: DialogContext, language: Language, step: FaqStreakStep): Promise<void> {
    sessionOf(dc).write({ faqStreak: step.streak });
    if (step.offerSupport) await reply(dc.context, language, { card: faqSupportOfferCard(translator(language)) });
  }

  async function onFeedback(dc: DialogContext, action: CardActionInput): Promise<void> {
    const turn = turnOf(dc.context);
    const language = isLanguage(action.data['language']) ? action.data['language'] : turn.language;
    const t = translator(language);
    const faqId = action.data['faqId'];
    const helpful = parseHelpful(action.data['helpful']);
    if (!isTopicIdShape(faqId) || helpful === undefined) {
      await reply(dc.context, language, { text: t('faq.feedback.invalid') });
      return;
    }
    const step = nextStreak(sessionOf(dc).read().faqStreak, { kind: 'feedback', topicId: faqId, helpful });
    if (step.duplicate) {
      await reply(dc.context, language, { text: t('faq.feedback.already') });
      return;
    }
    const stored = await faq.recordFeedback({ topicId: faqId, language, memberId: turn.memberId, helpful, question: step.question });
    if (!stored) {
      await reply(dc.context, language, { text: t('faq.feedback.invalid') });
      return;
    }
    await reply(dc.context, language, { text: t(helpful ? 'faq.feedback.thanks' : 'faq.feedback.sorry') });
    await afterMiss(dc, language, step);
  }

  return {
    name: 'faq',

    verbs: { 'faq.feedback': onFeedback, 'faq.topic': onTopic },

    async answerTopic(dc, topicId, text) {
      const language = turnOf(dc.context).language;
      const entry = await faq.entry(topicId, language);
      if (!entry) return false;
      await answer(dc, language, topicId, text.slice(0, MAX_QUESTION_LENGTH), entry);
      return true;
    },

    async topicTitle(topicId, language) {
      return (await faq.entry(topicId, language))?.title;
    },

    async onText(dc, text) {
      if (isSmallTalk(text)) return false;
      const question = text.slice(0, MAX_QUESTION_LENGTH);
      const { language, detected } = await answerLanguageOf(dc, question);
      const t = translator(language);
      const [best] = await faq.findAnswers({ question, ...faqLanguages(language, detected) });
      const streak = sessionOf(dc).read().faqStreak;
      if (best) {
        await answer(dc, language, best.topicId, question, best);
        return true;
      }
      await faq.recordUnanswered(text, language);
      await reply(dc.context, language, { text: t('faq.unanswered', { support: t('menu.support') }) });
      await afterMiss(dc, language, nextStreak(streak, { kind: 'unanswered' }));
      return true;
    },
  };
}
