import type { ActionData } from '../cards/adaptive';
import { didYouMeanCard } from '../cards/didYouMean';
import type { Verb } from '../cards/verbs';
import type { ActionIntent, Candidate, SmallTalkIntent } from '../domain/understanding';
import type { Command } from '../locales/commands';
import type { MessageKey, Translate } from '../locales';
import { nextStepOf, prepareUnderstander } from '../services/understanding';
import type { Journey } from './journey';
import { sendCard, sendMenu, sendText } from './replies';
import type { Step } from './step';

/** What a recognised action does: the verb of the button that does the same, or the typed command. */
type ActionTarget = { readonly verb: Verb; readonly data?: ActionData } | { readonly command: Command };

const ACTION_TARGETS: Readonly<Record<ActionIntent, ActionTarget>> = {
  'account.apply': { verb: 'account.apply' },
  'account.status': { verb: 'account.status' },
  'product.add': { verb: 'product.add' },
  'products.list': { verb: 'products.list' },
  'products.migrate': { verb: 'products.migrate' },
  'cps.join': { verb: 'cps.join' },
  // Paying starts where the Join button starts: the tiers, then the payment method.
  'payment.pay': { verb: 'cps.join' },
  // Typed, it is the member's own request (the case's reason, as when support's phrases matched).
  'support.handoff': { verb: 'handoff.request', data: { reason: 'member-request' } },
  'command.language': { command: 'language' },
  'command.menu': { command: 'menu' },
  'command.help': { command: 'help' },
  'command.cancel': { command: 'cancel' },
};

/** The button for an action (commands that have one: language and menu open from the menu's verb). */
export function buttonOf(intent: ActionIntent): { verb: Verb; data?: ActionData } {
  const target = ACTION_TARGETS[intent];
  if ('verb' in target) return target;
  if (target.command === 'language') return { verb: 'menu.open', data: { topic: 'language' } };
  return { verb: 'menu.open' };
}

const ACTION_TITLES: Readonly<Record<ActionIntent, MessageKey>> = {
  'account.apply': 'understanding.intent.account.apply',
  'account.status': 'understanding.intent.account.status',
  'product.add': 'understanding.intent.product.add',
  'products.list': 'understanding.intent.products.list',
  'products.migrate': 'understanding.intent.products.migrate',
  'cps.join': 'understanding.intent.cps.join',
  'payment.pay': 'understanding.intent.payment.pay',
  'support.handoff': 'understanding.intent.support.handoff',
  'command.language': 'understanding.intent.command.language',
  'command.menu': 'understanding.intent.command.menu',
  'command.help': 'understanding.intent.command.help',
  'command.cancel': 'understanding.intent.command.cancel',
};

/** FAQ answers whose next step is a self-service card rather than an action. */
const TOPIC_BUTTONS: Readonly<Record<string, { readonly title: MessageKey; readonly verb: Verb }>> = {
  'membership.cancel': { title: 'menu.membership', verb: 'membership.view' },
  'membership.find-number': { title: 'menu.membership', verb: 'membership.view' },
};

/** The button an FAQ answer about `topicId` carries: the action a member takes after reading it. */
export function nextStepButton(topicId: string, t: Translate): { title: string; verb: Verb; data?: ActionData } | undefined {
  const intent = nextStepOf(topicId);
  if (intent) return { title: t(ACTION_TITLES[intent]), ...buttonOf(intent) };
  const button = TOPIC_BUTTONS[topicId];
  return button ? { title: t(button.title), verb: button.verb } : undefined;
}

const SMALL_TALK_REPLIES: Readonly<Record<SmallTalkIntent, MessageKey>> = {
  'smalltalk.greeting': 'understanding.smalltalk.greeting',
  'smalltalk.thanks': 'understanding.smalltalk.thanks',
  'smalltalk.goodbye': 'understanding.smalltalk.goodbye',
  'smalltalk.yes': 'understanding.smalltalk.yes',
  'smalltalk.no': 'understanding.smalltalk.no',
};

export interface UnderstandingHandlers {
  /** Runs a verb exactly as if its button had been pressed. */
  readonly verb: (step: Step, verb: Verb, data: ActionData) => Promise<unknown>;
  readonly command: (step: Step, command: Command) => Promise<unknown>;
  readonly journeys: readonly Journey[];
}

/**
 * The understanding step for free text that no waiting dialog or typed command took: a confident
 * action does what its button does (the same verb through the same handler, so the same state
 * rules apply), small talk gets a short reply, a confident FAQ topic is answered; when unsure,
 * “Did you mean …” with the two or three best guesses as buttons. False when it does not know:
 * the journeys' own matchers and the FAQ search then have their turn, and say honestly that
 * they don't know.
 */
export async function understandText(step: Step, text: string, handlers: UnderstandingHandlers): Promise<boolean> {
  const { turn } = step;
  const understood = (await prepareUnderstander()).understand({ text, language: turn.language });
  turn.log.debug({ kind: understood.kind, id: understood.id, confidence: Number(understood.confidence.toFixed(3)), level: understood.level }, 'understood');
  const best = understood.candidates[0];
  // The password topics depend on where the member stands (waiting for the set-password e-mail,
  // or resetting): the account journey answers them from the application's state, never a guess between the two.
  if (best?.kind === 'faq' && best.id.startsWith('account.password') && understood.level !== 'unknown') return false;
  if (understood.level === 'confident' && understood.id) {
    if (best?.kind === 'action') {
      const target = ACTION_TARGETS[best.id];
      if ('command' in target) await handlers.command(step, target.command);
      else await handlers.verb(step, target.verb, target.data ?? {});
      return true;
    }
    if (best?.kind === 'smalltalk') {
      const key = SMALL_TALK_REPLIES[best.id];
      if (best.id === 'smalltalk.greeting') await sendMenu(step, turn.t(key));
      else await sendText(step, turn.t(key));
      return true;
    }
    if (best?.kind === 'faq') {
      for (const journey of handlers.journeys) if (await journey.answerTopic?.(step, best.id, text)) return true;
      return false;
    }
  }
  if (understood.level === 'unsure') {
    const choices = await choicesOf(step, understood.candidates, handlers.journeys, text);
    if (choices.length >= 2) {
      await sendCard(step, didYouMeanCard({ choices, question: text }, turn.t));
      return true;
    }
  }
  return false;
}

async function choicesOf(step: Step, candidates: readonly Candidate[], journeys: readonly Journey[], question: string) {
  const { turn } = step;
  const choices: { title: string; verb: Verb; data?: ActionData }[] = [];
  for (const candidate of candidates) {
    if (candidate.kind === 'action') {
      choices.push({ title: turn.t(ACTION_TITLES[candidate.id]), ...buttonOf(candidate.id) });
    } else if (candidate.kind === 'faq') {
      let title: string | undefined;
      for (const journey of journeys) title ??= await journey.topicTitle?.(candidate.id, turn.language);
      if (title) choices.push({ title, verb: 'faq.topic', data: { faqId: candidate.id, question: question.slice(0, 200) } });
    }
  }
  return choices.slice(0, 3);
}

/** What a member may ask for while a form waits, without answering it: a way out or a person (not the language: the language dialog waits for one). */
const WHILE_WAITING: ReadonlySet<ActionIntent> = new Set(['support.handoff', 'command.menu', 'command.cancel', 'command.help']);

/**
 * Typed text while a form or card waits (an application, a product, a payment): a confident
 * request for a person, the menu, help or to stop does what its button or command
 * does (the dialogs keep their drafts, so nothing typed is lost); anything else is the waiting
 * dialog's. True when it acted.
 */
export async function understandWhileWaiting(step: Step, text: string, handlers: UnderstandingHandlers): Promise<boolean> {
  const { turn } = step;
  const understood = (await prepareUnderstander()).understand({ text, language: turn.language });
  const best = understood.candidates[0];
  if (understood.level !== 'confident' || best?.kind !== 'action' || !WHILE_WAITING.has(best.id)) return false;
  turn.log.debug({ id: best.id, confidence: Number(understood.confidence.toFixed(3)) }, 'understood while a dialog waits');
  const target = ACTION_TARGETS[best.id];
  if ('command' in target) await handlers.command(step, target.command);
  else await handlers.verb(step, target.verb, target.data ?? {});
  return true;
}
