import type { DialogContext, DialogEvent, DialogInstance, DialogReason, DialogTurnResult } from 'botbuilder-dialogs';
import { ComponentDialog, DialogEvents } from './dialogKit';
import type { TurnContext } from 'botbuilder';
import { turnOf } from './turn';

const VERSION_KEY = 'cps.version';
const OPTIONS_KEY = 'cps.options';

/**
 * A ComponentDialog that reports a version. Bump `version` whenever the steps or the shape of the
 * state change: a conversation whose stored stack was started by another version restarts this
 * dialog politely (with the options it was started with) instead of crashing on a stale stack.
 */
export abstract class VersionedDialog<Options extends object = object> extends ComponentDialog<Options> {
  abstract readonly version: number;

  override getVersion(): string {
    return `${this.id}@${this.version}`;
  }

  override async beginDialog(outerDc: DialogContext, options?: Options): Promise<DialogTurnResult> {
    const state = outerDc.activeDialog?.state as Record<string, unknown> | undefined;
    if (state) {
      state[VERSION_KEY] = this.version;
      state[OPTIONS_KEY] = options ?? {};
    }
    return super.beginDialog(outerDc, options);
  }

  override async continueDialog(outerDc: DialogContext): Promise<DialogTurnResult> {
    return (await this.restartIfStale(outerDc)) ?? super.continueDialog(outerDc);
  }

  override async resumeDialog(outerDc: DialogContext, reason: DialogReason, result?: unknown): Promise<DialogTurnResult> {
    return (await this.restartIfStale(outerDc)) ?? super.resumeDialog(outerDc, reason, result);
  }

  override async repromptDialog(context: TurnContext, instance: DialogInstance): Promise<void> {
    if (this.isStale(instance)) return;
    await super.repromptDialog(context, instance);
  }

  /** Our own check replaces botbuilder's child-hash check, which would throw on any change. */
  protected override async onPreBubbleEvent(dc: DialogContext, event: DialogEvent): Promise<boolean> {
    if (event.name === DialogEvents.versionChanged) return true;
    return super.onPreBubbleEvent(dc, event);
  }

  private isStale(instance: DialogInstance | undefined): boolean {
    if (!instance) return false;
    const state = instance.state as Record<string, unknown>;
    if (state[VERSION_KEY] !== this.version) return true;
    const inner = (state['dialogs'] as { dialogStack?: { id: string }[] } | undefined)?.dialogStack ?? [];
    return inner.some((entry) => this.findDialog(entry.id) === undefined);
  }

  private async restartIfStale(outerDc: DialogContext): Promise<DialogTurnResult | undefined> {
    const instance = outerDc.activeDialog;
    if (!this.isStale(instance)) return undefined;
    const turn = turnOf(outerDc.context);
    turn.log.info({ dialog: this.id, stored: (instance?.state as Record<string, unknown>)[VERSION_KEY], current: this.version }, 'restarting a dialog stored by another version');
    await outerDc.context.sendActivity(turn.t('dialog.restarted'));
    const options = (instance?.state as Record<string, unknown>)[OPTIONS_KEY] as Options | undefined;
    return outerDc.replaceDialog(this.id, options);
  }
}
