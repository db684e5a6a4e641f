import { performance } from 'node:perf_hooks';
import { ActivityTypes, ConversationState, INVOKE_RESPONSE_KEY, TurnContext, type Activity } from 'botbuilder';
import type { DialogState } from 'botbuilder-dialogs';
import { DialogSet, DialogTurnStatus } from '../dialogs/dialogKit';
import type { Database } from '../data/database';
import { createBotStateStorage } from '../data/repositories/botState';
import { createMemberRepository, type MemberRepository } from '../data/repositories/members';
import { createEventLog } from '../data/repositories/events';
import { createTurnRepository } from '../data/repositories/turns';
import type { SupportCase } from '../data/schema/support';
import { withTransaction } from '../data/transaction';
import {
  detectAnyLanguage,
  nextConversationLanguage,
  parseConversationLanguage,
  resolveLanguage,
  type LanguageNotice,
  type Language,
} from '../domain/language';
import { translator, type Translate } from '../locales';
import { createMemberHomes, type MemberHome, type MemberHomes } from '../services/member/home';
import { ADAPTIVE_CARD_ACTION_INVOKE, parseCardAction, type CardActionParse } from '../dialogs/cardAction';
import { MAIN_DIALOG, type MainDialog, type MainOptions } from '../dialogs/mainDialog';
import { attachTurn, type Turn } from '../dialogs/turn';
import { incomingFiles, type Download, type IncomingFile, type ReceivedFile } from '../dialogs/account/attachments';
import { routeOf } from './activityRouter';
import type { KeyedQueue } from './conversationQueue';
import type { Logger } from './logger';
import type { Metrics } from './metrics';

export interface TurnPipelineDeps {
  readonly database: Database;
  readonly log: Logger;
  readonly metrics: Metrics;
  readonly mainDialog: MainDialog;
  readonly queue: KeyedQueue;
  /** Fetches a member's file (size-capped, address-checked, one timeout); called outside the lock and transaction. */
  readonly fetchFile: (file: IncomingFile) => Promise<Download>;
}

class TurnServices implements Turn {
  #language: Language;
  #chosenLanguage: Language | null;
  #t: Translate;

  constructor(
    readonly memberId: string,
    readonly newMember: boolean,
    chosenLanguage: Language | null,
    language: Language,
    readonly cardAction: CardActionParse,
    readonly openSupportCase: SupportCase | undefined,
    readonly members: MemberRepository,
    readonly log: Logger,
    readonly languageNotice: LanguageNotice | undefined,
    readonly file: ReceivedFile | undefined,
    private readonly homes: MemberHomes,
  ) {
    this.#chosenLanguage = chosenLanguage;
    this.#language = language;
    this.#t = translator(language);
  }

  get chosenLanguage() {
    return this.#chosenLanguage;
  }
  get language() {
    return this.#language;
  }
  get t() {
    return this.#t;
  }

  home(): Promise<MemberHome> {
    return this.homes.of(this.memberId);
  }

  async chooseLanguage(language: Language): Promise<void> {
    await this.members.setLanguage(this.memberId, language);
    this.#chosenLanguage = language;
    this.#language = language;
    this.#t = translator(language);
  }
}

function clientInfoLocale(activity: Activity): string | undefined {
  const entity = activity.entities?.find((e) => e.type === 'clientInfo');
  const locale = (entity as { locale?: unknown } | undefined)?.locale;
  return typeof locale === 'string' ? locale : undefined;
}

/** Conversation state also remembers whether we already saved the conversation reference and greeted. */
interface ConversationFlags {
  referenceSaved?: boolean;
  greeted?: boolean;
}

/**
 * Fetches the message's first file before the turn takes its lock and transaction, so a slow or
 * stalled host delays only this member's own turn. A remote file gets a short "checking" reply
 * first; `data:` URLs (Web Chat uploads) are decoded at once.
 */
async function receiveFile(deps: TurnPipelineDeps, context: TurnContext, log: Logger): Promise<ReceivedFile | undefined> {
  const activity = context.activity;
  if (activity.type !== ActivityTypes.Message) return undefined;
  const [file] = incomingFiles(activity);
  if (!file) return undefined;
  if (!file.url.startsWith('data:')) {
    const language = resolveLanguage({ activityLocale: activity.locale, clientInfoLocale: clientInfoLocale(activity) });
    await context.sendActivity({ type: ActivityTypes.Message, text: translator(language)('file.checking'), locale: language });
  }
  const started = performance.now();
  const download = await deps.fetchFile(file);
  log.info({ ms: Math.round(performance.now() - started), outcome: download.ok ? 'ok' : download.problem }, 'file fetched');
  return { file, download };
}

/**
 * One turn = one database transaction, one conversation at a time:
 * 1. turns of a conversation queue in-process, then take a transaction-scoped advisory lock (other processes);
 * 2. a redelivered activity id is recognised and has no effect (no state change, no replies);
 * 3. dialog state is read once and written once with compare-and-swap;
 * 4. replies are held back until the transaction commits, so a failed turn never shows half its answer.
 */
export function createTurnHandler(deps: TurnPipelineDeps): (context: TurnContext) => Promise<void> {
  const { database, metrics } = deps;
  const db = database.db;
  const turns = createTurnRepository(db);
  const members = createMemberRepository(db);
  const homes = createMemberHomes(db);
  const events = createEventLog(db);

  async function runTurn(context: TurnContext, conversationId: string, route: 'dialog' | 'welcome', log: Logger): Promise<void> {
    const activity = context.activity;
    const file = route === 'dialog' ? await receiveFile(deps, context, log) : undefined;
    const pending: Partial<Activity>[] = [];
    let holding = true;
    // Detected before the transaction: the detector loads on first use, and a turn holds its lock only for database work.
    const text = activity.type === ActivityTypes.Message ? activity.text : undefined;
    const detection = text ? await detectAnyLanguage(text) : undefined;
    context.onSendActivities(async (_ctx, activities, next) => {
      if (!holding) return next();
      pending.push(...activities);
      return activities.map(() => ({ id: '' }));
    });

    try {
      await withTransaction(db, async () => {
        // The lock (and redelivery check) first, in a statement of its own, so the read of member,
        // support case and state that follows sees what the conversation's previous turn committed,
        // in this process or another. (Not sent together: postgres.js sends a statement it has not
        // prepared on a connection yet after one it has, so the read could run before the lock.)
        if (!(await turns.begin(conversationId, activity.id))) {
          log.info('redelivered activity ignored');
          return;
        }
        const storage = createBotStateStorage(db);
        const conversationState = new ConversationState(storage);
        const stateKey = conversationState.getStorageKey(context);
        if (stateKey === undefined) throw new Error('activity without channel or conversation id');
        const known = await turns.context(activity.channelId, activity.from.id, stateKey);
        storage.preload(stateKey, known.state);
        const member = known.member ? { ...known.member, created: false } : await members.create(activity.channelId, activity.from.id, activity.from.name);
        const cardAction = parseCardAction(activity);
        const flags = conversationState.createProperty<ConversationFlags>('flags');
        const currentFlags = await flags.get(context, {});
        const nextFlags = { ...currentFlags };
        const base = resolveLanguage({ chosen: member.language, activityLocale: activity.locale, clientInfoLocale: clientInfoLocale(activity) });
        const languageState = conversationState.createProperty<unknown>('language');
        const previousLanguage = parseConversationLanguage(await languageState.get(context));
        const step = nextConversationLanguage({ chosen: member.language, base, previous: previousLanguage, text, detection });
        if (JSON.stringify(step.state) !== JSON.stringify(previousLanguage)) await languageState.set(context, step.state);
        if (member.created) await events.forMember('started', member.id, undefined, { locale: step.language });
        const turn = new TurnServices(member.id, member.created, member.language, step.language, cardAction, known.openCase, members, log, step.notice, file, homes);
        attachTurn(context, turn);

        const dialogs = new DialogSet(conversationState.createProperty<DialogState>('dialogState')).add(deps.mainDialog);
        const dc = await dialogs.createContext(context);

        if (!currentFlags.referenceSaved) {
          await members.saveConversationReference(member.id, activity.channelId, { ...TurnContext.getConversationReference(activity) });
          nextFlags.referenceSaved = true;
        }

        if (dc.activeDialog && dc.findDialog(dc.activeDialog.id) === undefined) {
          log.warn({ dialog: dc.activeDialog.id }, 'stored dialog no longer exists; starting over');
          await dc.cancelAllDialogs();
        }
        // A conversation that already has a dialog was greeted before the flag existed.
        const greeted = currentFlags.greeted === true || dc.activeDialog !== undefined;
        if (route === 'dialog') {
          const result = dc.activeDialog ? await dc.continueDialog() : await dc.beginDialog(MAIN_DIALOG, {} satisfies MainOptions);
          if (result.status === DialogTurnStatus.complete || result.status === DialogTurnStatus.cancelled) {
            // The main dialog never ends on its own; if it did, the next turn begins it again.
            log.warn({ status: result.status }, 'main dialog ended');
          }
        } else if (!greeted) {
          // One welcome per conversation, whether Teams' installationUpdate or the conversationUpdate comes first.
          await dc.beginDialog(MAIN_DIALOG, { greetOnly: true } satisfies MainOptions);
        }
        nextFlags.greeted = true;
        if (nextFlags.greeted !== currentFlags.greeted || nextFlags.referenceSaved !== currentFlags.referenceSaved) {
          await flags.set(context, nextFlags);
        }
        await conversationState.saveChanges(context);
      });
    } finally {
      holding = false;
    }
    if (pending.length > 0) await context.sendActivities(pending);
  }

  return async (context) => {
    await handleActivity(context);
    // Every card action (Action.Execute) is answered: a handler that gave no invoke response of its
    // own, a redelivered one or one from a group chat would otherwise end as the adapter's 501.
    if (isCardActionInvoke(context.activity) && context.turnState.get(INVOKE_RESPONSE_KEY) === undefined) await context.sendActivity(EMPTY_INVOKE_RESPONSE);
  };

  async function handleActivity(context: TurnContext): Promise<void> {
    const activity = context.activity;
    const conversationId = activity.conversation.id;
    const log = deps.log.child({ conversationId, activityId: activity.id, activityType: activity.type });
    const route = routeOf(activity);
    if (route === 'ignore') {
      // Reactions, typing, read receipts, events …: never answered, and no database work.
      log.debug({ reaction: activity.type === ActivityTypes.MessageReaction ? (activity.reactionsAdded?.[0]?.type ?? 'removed') : undefined }, 'activity ignored');
      return;
    }
    if (route === 'group') {
      // Group chats and channels see each other's messages: the bot's work happens in a personal chat.
      const language = resolveLanguage({ activityLocale: activity.locale, clientInfoLocale: clientInfoLocale(activity) });
      await context.sendActivity({ type: ActivityTypes.Message, text: translator(language)('group.personalOnly'), locale: language });
      return;
    }
    const started = performance.now();
    let outcome = 'ok';
    try {
      await deps.queue.run(conversationId, () => runTurn(context, conversationId, route, log));
    } catch (error) {
      outcome = 'error';
      throw error;
    } finally {
      const seconds = (performance.now() - started) / 1000;
      metrics.turnDuration.observe({ type: activity.type, outcome }, seconds);
      log.info({ ms: Math.round(seconds * 1000), outcome }, 'turn');
    }
  }
}

const EMPTY_INVOKE_RESPONSE: Partial<Activity> = {
  type: ActivityTypes.InvokeResponse,
  value: { status: 200, body: { statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: '' } },
};

function isCardActionInvoke(activity: Activity): boolean {
  return activity.type === ActivityTypes.Invoke && activity.name === ADAPTIVE_CARD_ACTION_INVOKE;
}
