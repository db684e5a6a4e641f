import { eraseConfirmCard } from '../../cards/privacy';
import { countryName } from '../../domain/countryNames';
import { dateTimeFormat } from '../../domain/intlFormats';
import { intlLocale, type Language } from '../../locales';
import { accountingKeptUntil, accountingRetentionYears } from '../../domain/retention';
import { applyRetention, nextRetentionRun, RETENTION_JOB } from '../../services/member/retention';
import { transactional } from '../../jobs/runner';
import { formatDate } from '../account/format';
import type { CardActionInput } from '../cardAction';
import type { Journey } from '../journey';
import { trueInput } from '../products/input';
import { sendCard, sendText } from '../replies';
import type { Services } from '../../services';
import type { Step } from '../step';

/** The link's expiry in the member's style; all our countries keep Central European time. */
function dateTime(language: Language, at: Date): string {
  return dateTimeFormat(intlLocale[language], { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Copenhagen' }).format(at);
}

/** The country whose accounting law keeps the invoices: the business's (or, without one, the seller's home for the language). */
function lawCountry(code: string | null, language: Language): string {
  return countryName(code ?? { da: 'DK', sv: 'SE', nl: 'NL', en: 'SE' }[language], language);
}

/**
 * Data rights (GDPR art. 15, 17, 20): `data.export` answers with a link valid 24 hours to a JSON
 * file of everything stored about the member; `data.erase` first shows what is erased and what is
 * kept for accounting and why, and erases only with `confirm: true`. The daily retention job
 * deletes what has outlived its period.
 */
export function createPrivacyJourney(services: Services): Journey {
  async function exportData(step: Step): Promise<void> {
    const { turn } = step;
    const now = services.clock();
    const data = await services.dataRights.exportOf(turn.memberId, now);
    if (!data) {
      await sendText(step, turn.t('privacy.nothing'));
      return;
    }
    const link = services.dataRights.exportLink(turn.memberId, now);
    const s = data.summary;
    await sendText(
      step,
      turn.t('privacy.exportReady', {
        link: link.url,
        expires: dateTime(turn.language, link.expiresAt),
        applications: s['applications'] ?? 0,
        documents: s['documents'] ?? 0,
        products: s['products'] ?? 0,
        invoices: s['invoices'] ?? 0,
        cases: s['supportCases'] ?? 0,
        messages: s['supportMessages'] ?? 0,
        emails: s['emails'] ?? 0,
      }),
    );
  }

  async function eraseData(step: Step, action: CardActionInput): Promise<void> {
    const { turn } = step;
    const now = services.clock();
    if (!trueInput(action.data, 'confirm')) {
      const country = (await services.dataRights.exportOf(turn.memberId, now))?.tables['businesses']?.[0]?.['countryCode'];
      const code = typeof country === 'string' ? country : null;
      const view = {
        years: accountingRetentionYears(code),
        country: lawCountry(code, turn.language),
        until: formatDate(turn.language, accountingKeptUntil(code, now)),
      };
      await sendCard(step, eraseConfirmCard(view, turn.t));
      return;
    }
    // Nothing of the member may wait on the stack: the conversation state is written after this turn.
    await step.dc.cancelAllDialogs();
    const report = await services.dataRights.erase(turn.memberId, now, { currentConversationId: step.context.activity.conversation.id });
    if (!report) {
      await sendText(step, turn.t('privacy.nothing'));
      return;
    }
    turn.log.info({ deleted: report.deleted, pseudonymised: report.pseudonymised }, 'member data erased');
    if (report.invoicesKept === 0) {
      await sendText(step, turn.t('privacy.erasedAll'));
      return;
    }
    const code = report.countryCode;
    await sendText(
      step,
      turn.t('privacy.erased', {
        invoices: report.invoicesKept,
        until: formatDate(turn.language, report.keptUntil),
        years: report.accountingYears,
        country: lawCountry(code, turn.language),
      }),
    );
  }

  return {
    name: 'privacy',
    verbs: {
      'data.export': (step) => exportData(step),
      'data.erase': (step, action) => eraseData(step, action),
    },
    jobs: {
      [RETENTION_JOB]: transactional(async (_payload, context) => {
        const now = services.clock();
        const run = await applyRetention(services.db, services.settings.retention, now);
        context.log.info({ ...run }, 'retention applied');
        await services.jobs.enqueue({ kind: RETENTION_JOB, ...nextRetentionRun(now) });
      }),
    },
  };
}
