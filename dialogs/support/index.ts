import { ActivityTypes, EventFactory, type Activity, type Attachment, type TurnContext } from 'botbuilder';
import type { DialogContext } from 'botbuilder-dialogs';
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
import { turnOf } from '../turn';
import { createSupportDesk, type SupportDesk, type SupportDeskOptions } from '../../services/support/desk';
import { answerWhileQueued } from './waiting';
import { lastDialogStep } from './snapshot';
import { rememberInput, sessionOf } from '../session';
import { isRecord } from '../../domain/records';

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
function inputSummary(dc: DialogContext): string | undefined {
  const turn = turnOf(dc.context);
  if (turn.cardAction.kind === 'action') return `[button: ${turn.cardAction.action.verb}]`;
  const activity = dc.context.activity;
  return activity.type === ActivityTypes.Message ? relayText(activity) : undefined;
}

/** What the support journey's handlers work with. */
interface SupportParts {
  readonly services: Services;
  readonly desk: SupportDesk;
}

/** Back where the member was: the waiting dialog asks again, or the menu. */
async function returnToStep(dc: DialogContext): Promise<void> {
  if (dc.activeDialog) await dc.repromptDialog();
  else await sendMenu(dc.context);
}

async function requestHandoff(parts: SupportParts, dc: DialogContext, reason: string | undefined): Promise<void> {
  const turn = turnOf(dc.context);
  const result = await parts.desk.request({
    memberId: turn.memberId,
    language: turn.language,
    reason: reason ?? null,
    dialogStep: lastDialogStep(dc),
    recentInputs: sessionOf(dc).read().recentInputs,
    now: parts.services.clock(),
  });
  if (result.supportCase.status === 'active') {
    await sendText(dc.context, turn.t('support.connected', { agent: result.agentName ?? '' }));
    return;
  }
  const status = result.status;
  await sendCard(
    dc.context,
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
  if (result.created && !NO_HANDOFF_EVENT_CHANNELS.has(dc.context.activity.channelId)) {
    await dc.context.sendActivity(handoffInitiation(dc, result.supportCase));
  }
}

/** The Bot Framework hand-off protocol for hubs: `handoff.initiate` with the transcript attached. */
function handoffInitiation(dc: DialogContext, supportCase: SupportCase): Partial<Activity> {
  const context: TurnContext = dc.context;
  const event = EventFactory.createHandoffInitiation(context, {
    caseId: supportCase.id,
    reason: supportCase.reason,
    language: supportCase.language,
    skill: 'cps-priority-support',
  });
  const from = context.activity.from;
  const activities = sessionOf(dc).read().recentInputs.map((input) => ({ type: ActivityTypes.Message, from, text: input.text, timestamp: input.at }));
  const transcript: Attachment = { contentType: TRANSCRIPT_CONTENT_TYPE, name: 'Transcript', content: { activities } };
  event.attachments = [transcript];
  return event;
}

async function cancel(parts: SupportParts, dc: DialogContext): Promise<void> {
  const turn = turnOf(dc.context);
  const ended = await parts.desk.memberCancel(turn.memberId, parts.services.clock());
  if (!ended) {
    await sendText(dc.context, turn.t('support.nothingToCancel'));
    await returnToStep(dc);
    return;
  }
  if (ended.status === 'cancelled') {
    await sendText(dc.context, turn.t('support.cancelled'));
    await returnToStep(dc);
    return;
  }
  await sendText(dc.context, turn.t('support.endedByMember'));
  await sendCard(dc.context, supportCsatCard({ language: turn.language, caseId: ended.id }, turn.t));
}

async function rate(parts: SupportParts, dc: DialogContext, action: CardActionInput): Promise<void> {
  const turn = turnOf(dc.context);
  const now = parts.services.clock();
  const named = action.data['caseId'];
  const supportCase = await parts.desk.caseToRate(turn.memberId, typeof named === 'string' && UUID.test(named) ? named : undefined);
  if (!supportCase) {
    await sendText(dc.context, turn.t('support.csat.nothing'));
    await returnToStep(dc);
    return;
  }
  const rating = parseRating(action.data['rating']);
  if (rating === undefined) {
    await sendCard(dc.context, supportCsatCard({ language: turn.language, caseId: supportCase.id, error: turn.t('support.csat.invalid') }, turn.t));
    return;
  }
  const outcome = await parts.desk.rate(turn.memberId, supportCase, rating, now);
  await sendText(dc.context, turn.t(outcome === 'rated' ? 'support.csat.thanks' : 'support.csat.already'));
  await returnToStep(dc);
}

async function onHubStatus(parts: SupportParts, dc: DialogContext): Promise<void> {
  const turn = turnOf(dc.context);
  const value: unknown = dc.context.activity.value;
  const state = isRecord(value) && typeof value['state'] === 'string' ? value['state'].slice(0, 40) : 'unknown';
  const message = isRecord(value) && typeof value['message'] === 'string' ? value['message'].slice(0, 500) : undefined;
  turn.log.info({ state }, 'hub hand-off status');
  await parts.desk.hubStatus(turn.memberId, state, message, parts.services.clock());
}

/** Before any dialog: hub events, the recent-inputs trail, "a person" typed anywhere, and the relay while a case is open. */
async function interceptTurn(parts: SupportParts, dc: DialogContext): Promise<boolean> {
  const activity = dc.context.activity;
  if (activity.type === ActivityTypes.Event && activity.name === 'handoff.status') {
    await onHubStatus(parts, dc);
    return true;
  }
  const turn = turnOf(dc.context);
  const now = parts.services.clock();
  const summary = inputSummary(dc);
  if (summary) rememberInput(sessionOf(dc), summary, now);

  const open = turn.openSupportCase;
  if (!open) {
    // "I want to talk to a person" works at any point, even while another dialog waits for an answer.
    const text = activity.type === ActivityTypes.Message && turn.cardAction.kind === 'none' ? activity.text : undefined;
    if (text && asksForPerson(text)) {
      await requestHandoff(parts, dc, 'member-request');
      return true;
    }
    return false;
  }

  const parsed = turn.cardAction;
  if (parsed.kind === 'action' && OPEN_CASE_VERBS.has(parsed.action.verb)) return false;
  if (activity.type !== ActivityTypes.Message && activity.type !== ActivityTypes.Invoke) return true;
  if (parsed.kind !== 'none') {
    await sendCard(dc.context, supportPausedCard({ language: turn.language }, turn.t));
    return true;
  }
  const text = relayText(activity);
  if (text === '') return true;
  if (open.status === 'queued' && matchCommand(activity.text) === 'cancel') {
    await cancel(parts, dc);
    return true;
  }
  if (open.status === 'queued' && activity.text && asksForPerson(activity.text)) {
    // Asking for a person again while waiting: show where they stand (the agent still sees the words).
    // The queue lock comes before the case row here too, as in every other queue change.
    await requestHandoff(parts, dc, undefined);
    await parts.desk.memberMessage(open, text, now);
    return true;
  }
  if (open.status === 'queued' && matchCommand(activity.text) === 'menu') {
    await answerWhileQueued(dc, parts.desk, now, 'menu');
    return true;
  }
  await parts.desk.memberMessage(open, text, now);
  if (open.status === 'queued') await answerWhileQueued(dc, parts.desk, now, 'saved');
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

    intercept: (dc) => interceptTurn(parts, dc),

    verbs: {
      'handoff.request': (dc, action) => requestHandoff(parts, dc, normaliseHandoffReason(action.data['reason'])),
      'handoff.cancel': (dc) => cancel(parts, dc),
      'csat.submit': (dc, action) => rate(parts, dc, action),
    },

    async onText(dc, text) {
      if (!asksForPerson(text)) return false;
      await requestHandoff(parts, dc, 'member-request');
      return true;
    },

    jobs: parts.desk.jobs,
  };
}
