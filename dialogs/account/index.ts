import { createApplicationRepository, type ApplicationRepository } from '../../data/repositories/applications';
import { matchAccountIntent } from '../../locales/account/intents';
import type { Journey, VerbHandler } from '../journey';
import { sendCard, sendText } from '../replies';
import type { Services } from '../../services';
import { APPLICATION_DIALOG, ApplicationDialog } from './applicationDialog';
import { ACCOUNT_DECISION_NOTICE_JOB, createAccountDecisions } from '../../services/account/decisions';
import { createDocumentChecks, DOCUMENT_READ_JOB } from './documentCheck';
import { passwordAdvice, statusReply } from './status';
import type { ReplyTarget } from '../step';

export { APPLICATION_DIALOG } from './applicationDialog';
export { ACCOUNT_DECISION_NOTICE_JOB, createAccountDecisions, type AccountDecisions } from '../../services/account/decisions';
export { DOCUMENT_READ_JOB } from './documentCheck';


async function sendStatus(step: ReplyTarget, applications: ApplicationRepository): Promise<void> {
  const { turn } = step;
  const reply = statusReply(await applications.currentFor(turn.memberId), turn.t, turn.language);
  await sendCard(step, reply.card, reply.text);
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
  const toApplication: VerbHandler = async (step) => {
    if (step.dc.activeDialog?.id === APPLICATION_DIALOG) {
      await step.dc.continueDialog();
      return;
    }
    if (step.dc.activeDialog) await step.dc.cancelAllDialogs();
    await step.dc.beginDialog(APPLICATION_DIALOG);
  };

  return {
    name: 'account',
    dialogs: [new ApplicationDialog({ services, applications, documentChecks })],
    verbs: {
      'account.apply': toApplication,
      'account.submit': toApplication,
      'account.confirm': toApplication,
      'account.edit': toApplication,
      'account.status': async (step) => sendStatus(step, applications),
      // The member's answer to what their document shows (a proactive card; it may arrive in any dialog).
      'account.useDocumentVat': async (step, action) => {
        const updated = await documentChecks.useDocumentVat(step, action);
        // A waiting application shows its summary again, with the new number.
        if (updated && step.dc.activeDialog?.id === APPLICATION_DIALOG) {
          await step.dc.cancelAllDialogs();
          await step.dc.beginDialog(APPLICATION_DIALOG);
        }
      },
      'account.keepTypedVat': async (step, action) => documentChecks.keepTypedVat(step, action),
    },
    async onText(step, text) {
      const intent = matchAccountIntent(text);
      if (intent === 'status') {
        await sendStatus(step, applications);
        return true;
      }
      if (intent === 'password') {
        const { turn } = step;
        await sendText(step, passwordAdvice(await applications.currentFor(turn.memberId), turn.t, turn.language));
        return true;
      }
      return false;
    },
    // Visitors, applicants and approved businesses hear where their application stands; an invited
    // business or a member gets the home greeting instead (dialogs/home.ts).
    async onReturn(step) {
      const { turn } = step;
      const kind = (await turn.home()).kind;
      if (kind === 'invited' || kind === 'member') return;
      const application = await applications.currentFor(turn.memberId);
      if (!application) return;
      const reply = statusReply(application, turn.t, turn.language);
      await sendCard(step, reply.card, reply.text);
    },
    jobs: { [ACCOUNT_DECISION_NOTICE_JOB]: decisions.noticeJob, [DOCUMENT_READ_JOB]: documentChecks.readJob },
  };
}
