import type { WaterfallStepContext } from 'botbuilder-dialogs';
import { Dialog, WaterfallDialog } from './dialogKit';
import { languageCard } from '../cards/language';
import { matchLanguageName } from '../locales/commands';
import { sendCard, sendMenu, sendText } from './replies';
import { replyTargetOf } from './step';
import { VersionedDialog } from './versionedDialog';

export const LANGUAGE_DIALOG = 'language';

/**
 * Asks which language to speak. The card's buttons send `language.set` (handled globally by the
 * main dialog, at any time); this dialog also accepts a typed language name ("dansk", "Dutch").
 */
export class LanguageDialog extends VersionedDialog {
  readonly version = 1;

  constructor() {
    super(LANGUAGE_DIALOG);
    this.addDialog(new WaterfallDialog(`${LANGUAGE_DIALOG}.steps`, [this.ask.bind(this), this.apply.bind(this)]));
  }

  private async ask(wf: WaterfallStepContext) {
    const to = replyTargetOf(wf.context);
    await sendCard(to, languageCard(to.turn.t));
    return Dialog.EndOfTurn;
  }

  private async apply(wf: WaterfallStepContext) {
    const to = replyTargetOf(wf.context);
    const { turn } = to;
    const language = matchLanguageName(wf.context.activity.text);
    if (!language) {
      await sendText(to, turn.t('language.invalid'));
      return wf.replaceDialog(`${LANGUAGE_DIALOG}.steps`);
    }
    await turn.chooseLanguage(language);
    await sendMenu(to, turn.t('language.changed'));
    return wf.endDialog();
  }
}
