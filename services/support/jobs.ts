import { idleSide, type IdleSide } from '../../domain/support';
import { transactional, type JobHandler } from '../../jobs/runner';
import { parseNoticePayload, renderNotice } from './notices';
import { endOpenCase, notify, SUPPORT_IDLE_JOB, SUPPORT_NOTIFY_JOB, type DeskParts } from './queue';

export { SUPPORT_IDLE_JOB, SUPPORT_NOTIFY_JOB } from './queue';

/** Sends a support notice to the member's conversation (outside any transaction). */
function notifyHandler(parts: DeskParts): JobHandler {
  return async (payload, { log }) => {
    const parsed = parseNoticePayload(payload);
    if (!parsed) {
      log.error({ payload }, 'support notice payload is not readable; dropped');
      return;
    }
    await parts.services.notifier.notify(parsed.memberId, () => renderNotice(parsed));
  };
}

/** Closes a case whose member or agent stayed silent past the idle limit, and tells the member. */
function idleHandler(parts: DeskParts): JobHandler {
  return transactional(async (payload) => {
    const caseId = payload['caseId'];
    if (typeof caseId !== 'string') return;
    const now = parts.services.clock();
    const supportCase = await parts.cases.byId(caseId);
    if (!supportCase) return;
    const side: IdleSide | undefined = idleSide(supportCase, now, parts.limits);
    if (!side) return;
    const ended = await endOpenCase(
      parts,
      supportCase,
      {
        status: 'closed',
        resolution: `timeout-${side}`,
        actor: `job:${SUPPORT_IDLE_JOB}`,
        action: 'support.timeout',
        systemText: side === 'member' ? 'Closed: the member did not answer in time.' : 'Closed: no agent answer in time.',
      },
      now,
    );
    if (ended) await notify(parts, ended, { kind: 'timeout', side, caseId: ended.id });
  });
}

/** The support journey's job handlers. */
export function supportJobs(parts: DeskParts) {
  return {
    [SUPPORT_NOTIFY_JOB]: notifyHandler(parts),
    [SUPPORT_IDLE_JOB]: idleHandler(parts),
  };
}
