/**
 * The botbuilder-dialogs classes our dialogs use, each from its own file. The package's index also
 * loads every prompt and Microsoft's recognizers-text (about 5 MB of code, a third of a second at
 * every start), and no dialog of ours prompts. Types may still come from 'botbuilder-dialogs'.
 */
export { ComponentDialog } from 'botbuilder-dialogs/lib/componentDialog';
export { Dialog, DialogTurnStatus } from 'botbuilder-dialogs/lib/dialog';
export { DialogEvents } from 'botbuilder-dialogs/lib/dialogEvents';
export { DialogSet } from 'botbuilder-dialogs/lib/dialogSet';
export { WaterfallDialog } from 'botbuilder-dialogs/lib/waterfallDialog';
