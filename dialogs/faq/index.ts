import { MessageFactory } from 'botbuilder';
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
import { nextStepButton } from '../understanding';
import { createFaqFacts } from './fromData';
import type { Step } from '../step';

/** A card button's `true`/`false`, as a boolean or a string (Teams and Web Chat send either). */
function parseHelpful(value: unknown): boolean | undefined {
  if (value === true || value === 'true') return true;
  if (value === false || value === 'false') return false;
  return undefined;
}

/** Replies in the language the question was answered in (which may differ from the turn's, see `answerLanguageOf`). */
async function reply(step: Step, language: Language, content: { text?: string; card?: AdaptiveCard }): Promise<void> {
  const activity = content.card ? MessageFactory.attachment(cardAttachment(content.card), content.text) : MessageFactory.text(content.text ?? '');
  activity.locale = language;
  await step.context.sendActivity(activity);
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
  async function answerLanguageOf(step: Step, question: string): Promise<{ language: Language; detected: Detection | undefined }> {
    return { language: step.turn.language, detected: await detectLanguage(question) };
  }

  /** Sends one topic's answer (with its next step's button) and notes it as answered. */
  async function answer(step: Step, language: Language, topicId: string, question: string, entry: { title: string; answer: string }): Promise<void> {
    const t = translator(language);
    step.session.write({ faqStreak: nextStreak(step.session.read().faqStreak, { kind: 'answered', topicId, question }).streak });
    const nextStep = nextStepButton(topicId, t);
    const added = await facts.factsOf(topicId, question, language, step.turn.memberId);
    const text = added ? `${entry.answer}\n\n${added}` : entry.answer;
    await reply(step, language, { card: faqAnswerCard({ language, faqId: topicId, title: entry.title, answer: text, ...(nextStep ? { nextStep } : {}) }, t) });
  }

  /** A “Did you mean …” button: the chosen topic's answer, or (without a topic) “None of these”. */
  async function onTopic(step: Step, action: CardActionInput): Promise<void> {
    const { turn } = step;
    const question = typeof action.data['question'] === 'string' ? action.data['question'].slice(0, MAX_QUESTION_LENGTH) : '';
    const faqId = action.data['faqId'];
    const entry = isTopicIdShape(faqId) ? await faq.entry(faqId, turn.language) : undefined;
    if (isTopicIdShape(faqId) && entry) {
      await answer(step, turn.language, faqId, question, entry);
      return;
    }
    if (faqId !== '') {
      await reply(step, turn.language, { text: turn.t('faq.feedback.invalid') });
      return;
    }
    if (question.trim() !== '') await faq.recordUnanswered(question, turn.language);
    await reply(step, turn.language, { text: turn.t('understanding.noneOfThese.reply', { support: turn.t('menu.support') }) });
    await afterMiss(step, turn.language, nextStreak(step.session.read().faqStreak, { kind: 'unanswered' }));
  }

  async function afterMiss(step: Step, language: Language, next: FaqStreakStep): Promise<void> {
    step.session.write({ faqStreak: next.streak });
    if (next.offerSupport) await reply(step, language, { card: faqSupportOfferCard(translator(language)) });
  }

  async function onFeedback(step: Step, action: CardActionInput): Promise<void> {
    const { turn } = step;
    const language = isLanguage(action.data['language']) ? action.data['language'] : turn.language;
    const t = translator(language);
    const faqId = action.data['faqId'];
    const helpful = parseHelpful(action.data['helpful']);
    if (!isTopicIdShape(faqId) || helpful === undefined) {
      await reply(step, language, { text: t('faq.feedback.invalid') });
      return;
    }
    const next = nextStreak(step.session.read().faqStreak, { kind: 'feedback', topicId: faqId, helpful });
    if (next.duplicate) {
      await reply(step, language, { text: t('faq.feedback.already') });
      return;
    }
    const stored = await faq.recordFeedback({ topicId: faqId, language, memberId: turn.memberId, helpful, question: next.question });
    if (!stored) {
      await reply(step, language, { text: t('faq.feedback.invalid') });
      return;
    }
    await reply(step, language, { text: t(helpful ? 'faq.feedback.thanks' : 'faq.feedback.sorry') });
    await afterMiss(step, language, next);
  }

  return {
    name: 'faq',

    verbs: { 'faq.feedback': onFeedback, 'faq.topic': onTopic },

    async answerTopic(step, topicId, text) {
      const language = step.turn.language;
      const entry = await faq.entry(topicId, language);
      if (!entry) return false;
      await answer(step, language, topicId, text.slice(0, MAX_QUESTION_LENGTH), entry);
      return true;
    },

    async topicTitle(topicId, language) {
      return (await faq.entry(topicId, language))?.title;
    },

    async onText(step, text) {
      if (isSmallTalk(text)) return false;
      const question = text.slice(0, MAX_QUESTION_LENGTH);
      const { language, detected } = await answerLanguageOf(step, question);
      const t = translator(language);
      const [best] = await faq.findAnswers({ question, ...faqLanguages(language, detected) });
      const streak = step.session.read().faqStreak;
      if (best) {
        await answer(step, language, best.topicId, question, best);
        return true;
      }
      await faq.recordUnanswered(text, language);
      await reply(step, language, { text: t('faq.unanswered', { support: t('menu.support') }) });
      await afterMiss(step, language, nextStreak(streak, { kind: 'unanswered' }));
      return true;
    },
  };
}
