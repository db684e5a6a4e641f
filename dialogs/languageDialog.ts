import type { WaterfallStepContext } from 'botbuilder-dialogs';
import { Dialog, WaterfallDialog } from './dialogKit';
import { languageCard } from '../cards/language';
import { matchLanguageName } from '../locales/commands';
import { sendCard, sendMenu, sendText } from './replies';
import { turnOf } from './turn';
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

  private async ask(step: WaterfallStepContext) {
    const turn = turnOf(step.context);
    await sendCard(step.context, languageCard(turn.t));
    return Dialog.EndOfTurn;
  }

  private async apply(step: WaterfallStepContext) {
    const turn = turnOf(step.context);
    const language = matchLanguageName(step.context.activity.text);
    if (!language) {
      await sendText(step.context, turn.t('language.invalid'));
      return step.replaceDialog(`${LANGUAGE_DIALOG}.steps`);
    }
    await turn.chooseLanguage(language);
    await sendMenu(step.context, turn.t('language.changed'));
    return step.endDialog();
  }
}
