import { ActivityTypes, EventFactory, type Activity, type Attachment, type TurnContext } from 'botbuilder';
import { supportPausedCard } from '../../cards/supportChat';
import { supportCsatCard } from '../../cards/supportCsat';
import { supportQueueCard } from '../../cards/supportQueue';
import type { SupportCase } from '../../data/schema/support';
import { normaliseHandoffReason, parseRating } from '../../domain/support';
import { matchCommand } from '../../locales/commands';
import { asksForPerson } from '../../locales/support/phrases';
import type { CardActionInput } from '../cardAction';
import type { Journey } from '../journey';
import { sendCard, sendMenu, sendText } from '../replies';
import type { Services } from '../../services';
import { createSupportDesk, type SupportDesk, type SupportDeskOptions } from '../../services/support/desk';
import { answerWhileQueued } from './waiting';
import { lastDialogStep } from './snapshot';
import { rememberInput } from '../session';
import { isRecord } from '../../domain/records';
import type { Step } from '../step';

export { SUPPORT_IDLE_JOB, SUPPORT_NOTIFY_JOB } from '../../services/support/desk';

/** The content type hubs expect for the transcript attached to `handoff.initiate`. */
export const TRANSCRIPT_CONTENT_TYPE = 'application/vnd.microsoft.activity.transcript';

/** Verbs that still reach their handlers while a case is open; everything else is paused. */
const OPEN_CASE_VERBS = new Set(['handoff.request', 'handoff.cancel', 'csat.submit']);

/** Channels that do not accept a `handoff.initiate` event from a bot (Teams answers them with an error). */
const NO_HANDOFF_EVENT_CHANNELS = new Set(['msteams']);

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** What a member message says, with attachments named (the agent cannot open channel files). */
function relayText(activity: Partial<Activity>): string {
  const parts = [activity.text?.trim() ?? ''];
  for (const attachment of activity.attachments ?? []) {
    if (attachment.contentType.startsWith('application/vnd.microsoft.card.')) continue;
    parts.push(`[attachment: ${attachment.name ?? attachment.contentType}]`);
  }
  return parts.filter((p) => p !== '').join('\n');
}

/** What the turn's input was, for the recent-inputs trail: the text, or the button's verb (never its values). */
function inputSummary(step: Step): string | undefined {
  const { turn } = step;
  if (turn.cardAction.kind === 'action') return `[button: ${turn.cardAction.action.verb}]`;
  const activity = step.context.activity;
  return activity.type === ActivityTypes.Message ? relayText(activity) : undefined;
}

/** What the support journey's handlers work with. */
interface SupportParts {
  readonly services: Services;
  readonly desk: SupportDesk;
}

/** Back where the member was: the waiting dialog asks again, or the menu. */
async function returnToStep(step: Step): Promise<void> {
  if (step.dc.activeDialog) await step.dc.repromptDialog();
  else await sendMenu(step);
}

async function requestHandoff(parts: SupportParts, step: Step, reason: string | undefined): Promise<void> {
  const { turn } = step;
  const result = await parts.desk.request({
    memberId: turn.memberId,
    language: turn.language,
    reason: reason ?? null,
    dialogStep: lastDialogStep(step.dc),
    recentInputs: step.session.read().recentInputs,
    now: parts.services.clock(),
  });
  if (result.supportCase.status === 'active') {
    await sendText(step, turn.t('support.connected', { agent: result.agentName ?? '' }));
    return;
  }
  const status = result.status;
  await sendCard(
    step,
    supportQueueCard(
      {
        language: turn.language,
        created: result.created,
        position: status?.position ?? 1,
        waitMinutes: status?.waitMinutes ?? 1,
        ...(status?.outOfHours ? { outOfHours: status.outOfHours } : {}),
        reason: result.supportCase.reason,
      },
      turn.t,
    ),
  );
  if (result.created && !NO_HANDOFF_EVENT_CHANNELS.has(step.context.activity.channelId)) {
    await step.context.sendActivity(handoffInitiation(step, result.supportCase));
  }
}

/** The Bot Framework hand-off protocol for hubs: `handoff.initiate` with the transcript attached. */
function handoffInitiation(step: Step, supportCase: SupportCase): Partial<Activity> {
  const context: TurnContext = step.context;
  const event = EventFactory.createHandoffInitiation(context, {
    caseId: supportCase.id,
    reason: supportCase.reason,
    language: supportCase.language,
    skill: 'cps-priority-support',
  });
  const from = context.activity.from;
  const activities = step.session.read().recentInputs.map((input) => ({ type: ActivityTypes.Message, from, text: input.text, timestamp: input.at }));
  const transcript: Attachment = { contentType: TRANSCRIPT_CONTENT_TYPE, name: 'Transcript', content: { activities } };
  event.attachments = [transcript];
  return event;
}

async function cancel(parts: SupportParts, step: Step): Promise<void> {
  const { turn } = step;
  const ended = await parts.desk.memberCancel(turn.memberId, parts.services.clock());
  if (!ended) {
    await sendText(step, turn.t('support.nothingToCancel'));
    await returnToStep(step);
    return;
  }
  if (ended.status === 'cancelled') {
    await sendText(step, turn.t('support.cancelled'));
    await returnToStep(step);
    return;
  }
  await sendText(step, turn.t('support.endedByMember'));
  await sendCard(step, supportCsatCard({ language: turn.language, caseId: ended.id }, turn.t));
}

async function rate(parts: SupportParts, step: Step, action: CardActionInput): Promise<void> {
  const { turn } = step;
  const now = parts.services.clock();
  const named = action.data['caseId'];
  const supportCase = await parts.desk.caseToRate(turn.memberId, typeof named === 'string' && UUID.test(named) ? named : undefined);
  if (!supportCase) {
    await sendText(step, turn.t('support.csat.nothing'));
    await returnToStep(step);
    return;
  }
  const rating = parseRating(action.data['rating']);
  if (rating === undefined) {
    await sendCard(step, supportCsatCard({ language: turn.language, caseId: supportCase.id, error: turn.t('support.csat.invalid') }, turn.t));
    return;
  }
  const outcome = await parts.desk.rate(turn.memberId, supportCase, rating, now);
  await sendText(step, turn.t(outcome === 'rated' ? 'support.csat.thanks' : 'support.csat.already'));
  await returnToStep(step);
}

async function onHubStatus(parts: SupportParts, step: Step): Promise<void> {
  const { turn } = step;
  const value: unknown = step.context.activity.value;
  const state = isRecord(value) && typeof value['state'] === 'string' ? value['state'].slice(0, 40) : 'unknown';
  const message = isRecord(value) && typeof value['message'] === 'string' ? value['message'].slice(0, 500) : undefined;
  turn.log.info({ state }, 'hub hand-off status');
  await parts.desk.hubStatus(turn.memberId, state, message, parts.services.clock());
}

/** Before any dialog: hub events, the recent-inputs trail, "a person" typed anywhere, and the relay while a case is open. */
async function interceptTurn(parts: SupportParts, step: Step): Promise<boolean> {
  const activity = step.context.activity;
  if (activity.type === ActivityTypes.Event && activity.name === 'handoff.status') {
    await onHubStatus(parts, step);
    return true;
  }
  const { turn } = step;
  const now = parts.services.clock();
  const summary = inputSummary(step);
  if (summary) rememberInput(step.session, summary, now);

  const open = turn.openSupportCase;
  if (!open) {
    // "I want to talk to a person" works at any point, even while another dialog waits for an answer.
    const text = activity.type === ActivityTypes.Message && turn.cardAction.kind === 'none' ? activity.text : undefined;
    if (text && asksForPerson(text)) {
      await requestHandoff(parts, step, 'member-request');
      return true;
    }
    return false;
  }

  const parsed = turn.cardAction;
  if (parsed.kind === 'action' && OPEN_CASE_VERBS.has(parsed.action.verb)) return false;
  if (activity.type !== ActivityTypes.Message && activity.type !== ActivityTypes.Invoke) return true;
  if (parsed.kind !== 'none') {
    await sendCard(step, supportPausedCard({ language: turn.language }, turn.t));
    return true;
  }
  const text = relayText(activity);
  if (text === '') return true;
  if (open.status === 'queued' && matchCommand(activity.text) === 'cancel') {
    await cancel(parts, step);
    return true;
  }
  if (open.status === 'queued' && activity.text && asksForPerson(activity.text)) {
    // Asking for a person again while waiting: show where they stand (the agent still sees the words).
    // The queue lock comes before the case row here too, as in every other queue change.
    await requestHandoff(parts, step, undefined);
    await parts.desk.memberMessage(open, text, now);
    return true;
  }
  if (open.status === 'queued' && matchCommand(activity.text) === 'menu') {
    await answerWhileQueued(step, parts.desk, now, 'menu');
    return true;
  }
  await parts.desk.memberMessage(open, text, now);
  if (open.status === 'queued') await answerWhileQueued(step, parts.desk, now, 'saved');
  return true;
}

/**
 * CPS Priority Support: puts the member in the queue for a human agent (from the menu, a
 * `handoff.request` button other journeys show, or "I want to talk to a person" typed at any
 * point), relays the chat while a case is open, and asks for a rating when it ends. The agent side
 * is the console in bot/routes/agent/ over the same desk (services/support/).
 */
export function createSupportJourney(services: Services, options: SupportDeskOptions = {}): Journey {
  const parts: SupportParts = { services, desk: createSupportDesk(services, options) };

  return {
    name: 'support',

    intercept: (step) => interceptTurn(parts, step),

    verbs: {
      'handoff.request': (step, action) => requestHandoff(parts, step, normaliseHandoffReason(action.data['reason'])),
      'handoff.cancel': (step) => cancel(parts, step),
      'csat.submit': (step, action) => rate(parts, step, action),
    },

    async onText(step, text) {
      if (!asksForPerson(text)) return false;
      await requestHandoff(parts, step, 'member-request');
      return true;
    },

    jobs: parts.desk.jobs,
  };
}
