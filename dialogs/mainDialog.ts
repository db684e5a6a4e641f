import type { DialogContext, DialogTurnResult } from 'botbuilder-dialogs';
import { Dialog } from './dialogKit';
import { privacyCard } from '../cards/privacy';
import { isLanguage } from '../domain/language';
import { matchCommand, type Command } from '../locales/commands';
import type { ActionData } from '../cards/adaptive';
import type { Verb } from '../cards/verbs';
import type { CardActionInput } from './cardAction';
import type { Journey } from './journey';
import { homeGreeting } from './home';
import { LANGUAGE_DIALOG, LanguageDialog } from './languageDialog';
import { sendCard, sendMenu, sendText } from './replies';
import { stepOf, type Step } from './step';
import { understandText, understandWhileWaiting } from './understanding';
import { VersionedDialog } from './versionedDialog';

export const MAIN_DIALOG = 'main';

export interface MainOptions {
  /** Started by a conversationUpdate (greeting only) rather than by a message. */
  readonly greetOnly?: boolean;
}

/**
 * The bottom of every conversation's stack; it never ends. It greets, then on every turn handles
 * what may interrupt anything (card verbs, help/cancel/menu/language in any language) before
 * handing the turn to the journey dialog that is waiting for an answer.
 */
export class MainDialog extends VersionedDialog<MainOptions> {
  readonly version = 1;

  constructor(private readonly journeys: readonly Journey[] = []) {
    super(MAIN_DIALOG);
    this.addDialog(new LanguageDialog());
    for (const journey of journeys) for (const dialog of journey.dialogs ?? []) this.addDialog(dialog);
  }

  protected override async onBeginDialog(dc: DialogContext, options?: MainOptions): Promise<DialogTurnResult> {
    const step = stepOf(dc);
    const { turn } = step;
    await sendText(
      step,
      turn.newMember ? `**${turn.t('welcome.title')}**\n\n${turn.t('welcome.body')}` : homeGreeting(await turn.home(), turn.t, turn.language),
    );
    if (!turn.newMember) for (const journey of this.journeys) await journey.onReturn?.(step);
    if (options?.greetOnly || !this.hasInput(dc)) {
      await sendMenu(step);
      return Dialog.EndOfTurn;
    }
    return this.onTurn(step);
  }

  protected override async onContinueDialog(dc: DialogContext): Promise<DialogTurnResult> {
    return this.onTurn(stepOf(dc));
  }

  /** One turn, with the step built where botbuilder handed us the dialog context. */
  private async onTurn(step: Step): Promise<DialogTurnResult> {
    const { dc, turn } = step;
    for (const journey of this.journeys) if (await journey.intercept?.(step)) return Dialog.EndOfTurn;
    // Said once per conversation, before the answer: Norwegian is answered in Danish, other languages in English.
    if (turn.languageNotice) await sendText(step, turn.t(turn.languageNotice === 'norwegian' ? 'language.notice.norwegian' : 'language.notice.unsupported'));
    const parsed = turn.cardAction;
    if (parsed.kind === 'unknown-verb') {
      await dc.cancelAllDialogs();
      await sendMenu(step, turn.t('input.unknownAction'));
      return Dialog.EndOfTurn;
    }
    if (parsed.kind === 'action') return this.onVerb(step, parsed.action);

    const command = matchCommand(dc.context.activity.text);
    if (command) return this.onCommand(step, command);

    const text = dc.context.activity.text?.trim();
    const handlers = {
      verb: (inner: Step, verb: Verb, data: ActionData) => this.onVerb(inner, { verb, data, viaInvoke: false }),
      command: (inner: Step, command: Command) => this.onCommand(inner, command),
      journeys: this.journeys,
    };
    if (dc.activeDialog) {
      // "Connect me with support" or "menu" typed while a form waits is acted on; anything else is the form's.
      if (text && !turn.file && (await understandWhileWaiting(step, text, handlers))) return Dialog.EndOfTurn;
      await dc.continueDialog();
      return Dialog.EndOfTurn;
    }
    if (text) {
      if (await understandText(step, text, handlers)) return Dialog.EndOfTurn;
      for (const journey of this.journeys) if (await journey.onText?.(step, text)) return Dialog.EndOfTurn;
    }
    if (this.hasInput(dc)) await sendMenu(step, turn.t('input.notUnderstood'));
    return Dialog.EndOfTurn;
  }

  private hasInput(dc: DialogContext): boolean {
    const activity = dc.context.activity;
    return activity.type === 'message' || activity.type === 'invoke';
  }

  private async onCommand(step: Step, command: Command): Promise<DialogTurnResult> {
    const { dc, turn } = step;
    const { t } = turn;
    switch (command) {
      case 'help':
        await sendText(step, t('help.text'));
        if (dc.activeDialog) await dc.repromptDialog();
        return Dialog.EndOfTurn;
      case 'cancel': {
        const hadDialog = dc.activeDialog !== undefined;
        await dc.cancelAllDialogs();
        await sendMenu(step, t(hadDialog ? 'cancel.done' : 'cancel.nothing'));
        return Dialog.EndOfTurn;
      }
      case 'menu':
        await dc.cancelAllDialogs();
        await sendMenu(step);
        return Dialog.EndOfTurn;
      case 'language':
        await dc.cancelAllDialogs();
        await dc.beginDialog(LANGUAGE_DIALOG);
        return Dialog.EndOfTurn;
    }
  }

  private async onVerb(step: Step, action: CardActionInput): Promise<DialogTurnResult> {
    const { dc, turn } = step;
    switch (action.verb) {
      case 'language.set': {
        const language = action.data['language'];
        if (!isLanguage(language)) {
          await sendText(step, turn.t('language.invalid'));
          return Dialog.EndOfTurn;
        }
        await turn.chooseLanguage(language);
        // A language dialog waiting for an answer has its answer; anything else goes on in the new language.
        if (dc.activeDialog?.id === LANGUAGE_DIALOG) await dc.cancelAllDialogs();
        await sendMenu(step, turn.t('language.changed'));
        if (dc.activeDialog) await dc.repromptDialog();
        return Dialog.EndOfTurn;
      }
      case 'menu.open': {
        const topic = action.data['topic'];
        await dc.cancelAllDialogs();
        if (topic === 'language') await dc.beginDialog(LANGUAGE_DIALOG);
        else if (topic === 'faq') await sendText(step, turn.t('faq.ask'));
        else if (topic === 'privacy') await sendCard(step, privacyCard(turn.t));
        else await sendMenu(step);
        return Dialog.EndOfTurn;
      }
      default: {
        const handler = this.journeys.map((j) => j.verbs?.[action.verb]).find((h) => h !== undefined);
        // Every verb has a handler (test/dialogs/journeys.test.ts): a missing one is a programming error.
        if (!handler) throw new Error(`no journey handles the card verb '${action.verb}'`);
        await handler(step, action);
        return Dialog.EndOfTurn;
      }
    }
  }
}
