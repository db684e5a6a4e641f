import type { TurnContext } from 'botbuilder';
import { createApplicationRepository, type ApplicationRepository } from '../../data/repositories/applications';
import { matchAccountIntent } from '../../locales/account/intents';
import type { Journey, VerbHandler } from '../journey';
import { sendCard, sendText } from '../replies';
import type { Services } from '../../services';
import { turnOf } from '../turn';
import { APPLICATION_DIALOG, ApplicationDialog } from './applicationDialog';
import { ACCOUNT_DECISION_NOTICE_JOB, createAccountDecisions } from '../../services/account/decisions';
import { createDocumentChecks, DOCUMENT_READ_JOB } from './documentCheck';
import { passwordAdvice, statusReply } from './status';

export { APPLICATION_DIALOG } from './applicationDialog';
export { ACCOUNT_DECISION_NOTICE_JOB, createAccountDecisions, type AccountDecisions } from '../../services/account/decisions';
export { DOCUMENT_READ_JOB } from './documentCheck';


async function sendStatus(context: TurnContext, applications: ApplicationRepository): Promise<void> {
  const turn = turnOf(context);
  const reply = statusReply(await applications.currentFor(turn.memberId), turn.t, turn.language);
  await sendCard(context, reply.card, reply.text);
}

/**
 * Journey 1: applying for a business account (rules A1–A5). Verbs `account.apply`, `account.submit`,
 * `account.confirm`, `account.edit` drive the application dialog; `account.status`, "where is my
 * application?" and password questions are answered at any time; a returning member is told where
 * their application stands.
 */
export function createAccountJourney(services: Services): Journey {
  const applications = createApplicationRepository(services.db);
  const decisions = createAccountDecisions(services);
  const documentChecks = createDocumentChecks(services);

  // Any application verb goes to the application dialog: it continues a waiting one, or begins a
  // new one that picks up the member's stored draft (the card may come from an earlier conversation).
  const toApplication: VerbHandler = async (dc) => {
    if (dc.activeDialog?.id === APPLICATION_DIALOG) {
      await dc.continueDialog();
      return;
    }
    if (dc.activeDialog) await dc.cancelAllDialogs();
    await dc.beginDialog(APPLICATION_DIALOG);
  };

  return {
    name: 'account',
    dialogs: [new ApplicationDialog({ services, applications, documentChecks })],
    verbs: {
      'account.apply': toApplication,
      'account.submit': toApplication,
      'account.confirm': toApplication,
      'account.edit': toApplication,
      'account.status': async (dc) => sendStatus(dc.context, applications),
      // The member's answer to what their document shows (a proactive card; it may arrive in any dialog).
      'account.useDocumentVat': async (dc, action) => {
        const updated = await documentChecks.useDocumentVat(dc, action);
        // A waiting application shows its summary again, with the new number.
        if (updated && dc.activeDialog?.id === APPLICATION_DIALOG) {
          await dc.cancelAllDialogs();
          await dc.beginDialog(APPLICATION_DIALOG);
        }
      },
      'account.keepTypedVat': async (dc, action) => documentChecks.keepTypedVat(dc, action),
    },
    async onText(dc, text) {
      const intent = matchAccountIntent(text);
      if (intent === 'status') {
        await sendStatus(dc.context, applications);
        return true;
      }
      if (intent === 'password') {
        const turn = turnOf(dc.context);
        await sendText(dc.context, passwordAdvice(await applications.currentFor(turn.memberId), turn.t, turn.language));
        return true;
      }
      return false;
    },
    // Visitors, applicants and approved businesses hear where their application stands; an invited
    // business or a member gets the home greeting instead (dialogs/home.ts).
    async onReturn(dc) {
      const turn = turnOf(dc.context);
      const kind = (await turn.home()).kind;
      if (kind === 'invited' || kind === 'member') return;
      const application = await applications.currentFor(turn.memberId);
      if (!application) return;
      const reply = statusReply(application, turn.t, turn.language);
      await sendCard(dc.context, reply.card, reply.text);
    },
    jobs: { [ACCOUNT_DECISION_NOTICE_JOB]: decisions.noticeJob, [DOCUMENT_READ_JOB]: documentChecks.readJob },
  };
}
