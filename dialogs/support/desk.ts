import { createAgentRepository, type AgentProfile } from '../../data/repositories/agents';
import { createAuditLog } from '../../data/repositories/audit';
import { createSupportRepository, type CaseDetail, type QueuedCase } from '../../data/repositories/support';
import type { SupportCase, SupportMessage } from '../../data/schema/support';
import { withTransaction } from '../../data/transaction';
import {
  COUNTRY_OF_LANGUAGE,
  DEFAULT_IDLE_LIMITS,
  expectedWaitMinutes,
  idleDeadline,
  idleSide,
  isKnownHandoffReason,
  orderQueue,
  positionChanges,
  queuePositions,
  supportAvailability,
  waitingOn,
  type IdleLimits,
  type IdleSide,
  type SupportHours,
} from '../../domain/support';
import { transactional, type JobHandler } from '../../jobs/runner';
import { translator, type Language } from '../../locales';
import type { Services } from '../services';
import { parseNoticePayload, renderNotice, type NoticePayload, type SupportNotice } from './notices';
import { buildSnapshot, type RecentInput } from './snapshot';

/** Job kinds of the support journey. */
export const SUPPORT_NOTIFY_JOB = 'support.notify';
export const SUPPORT_IDLE_JOB = 'support.idle';

/** Where a waiting member stands. */
export interface QueueStatus {
  readonly position: number;
  readonly waitMinutes: number;
  /** Set when support is closed in the member's country. */
  readonly outOfHours?: { readonly hours: SupportHours; readonly opening: Date | undefined };
}

export type AccessProblem = 'missing' | 'forbidden';

/** A case as the agent console lists it. */
export interface ConsoleCase {
  readonly id: string;
  readonly status: SupportCase['status'];
  readonly position: number | null;
  readonly memberName: string | null;
  readonly language: Language;
  readonly reason: string | null;
  /** English label of a known reason (agents work in English). */
  readonly reasonLabel: string | null;
  readonly tier: string | null;
  readonly queuedAt: string;
  readonly claimedAt: string | null;
  readonly closedAt: string | null;
  readonly agentId: string | null;
  readonly agentName: string | null;
  readonly resolution: string | null;
  readonly csatRating: number | null;
}

export interface TranscriptLine {
  readonly id: string;
  readonly sender: SupportMessage['sender'];
  readonly text: string;
  readonly at: string;
  readonly agentName: string | null;
}

/** Everything the console shows for one case. */
export interface CaseView {
  readonly case: ConsoleCase;
  readonly snapshot: Record<string, unknown>;
  readonly transcript: readonly TranscriptLine[];
  readonly history: readonly ConsoleCase[];
  /** The viewing agent owns the case and it is active. */
  readonly canReply: boolean;
  /** The case waits for an agent. */
  readonly canClaim: boolean;
}

export interface SupportDeskOptions {
  readonly idleLimits?: IdleLimits;
}

const english = translator('en');
const FALLBACK_HOURS: SupportHours = { timeZone: 'Europe/Copenhagen', opensAt: '09:00', closesAt: '17:00', weekdays: [1, 2, 3, 4, 5] };

function reasonLabel(reason: string | null): string | null {
  return isKnownHandoffReason(reason) ? english(`support.reason.${reason}`) : reason;
}

/**
 * The support desk: opening, relaying, claiming and ending cases for the member's journey and the
 * agent console alike. Every operation joins the caller's transaction or runs in its own; every
 * message to the member leaves through a durable `support.notify` job.
 */
export function createSupportDesk(services: Services, options: SupportDeskOptions = {}) {
  const cases = createSupportRepository(services.db);
  const agents = createAgentRepository(services.db);
  const audit = createAuditLog(services.db);
  const limits = options.idleLimits ?? DEFAULT_IDLE_LIMITS;
  const inTransaction = <T>(work: () => Promise<T>) => withTransaction(services.db, work);

  async function notify(supportCase: Pick<SupportCase, 'id' | 'memberId' | 'language'>, notice: SupportNotice): Promise<void> {
    const payload: NoticePayload = { memberId: supportCase.memberId, caseId: supportCase.id, language: supportCase.language, notice };
    await services.jobs.enqueue({ kind: SUPPORT_NOTIFY_JOB, payload: { ...payload }, maxAttempts: 6 });
  }

  async function hoursFor(memberId: string, language: Language): Promise<{ country: string; hours: SupportHours }> {
    const country = (await cases.countryOf(memberId)) ?? COUNTRY_OF_LANGUAGE[language];
    const hours = await cases.supportHours(country);
    return { country, hours: hours ?? FALLBACK_HOURS };
  }

  async function statusIn(queued: readonly QueuedCase[], supportCase: Pick<SupportCase, 'id' | 'memberId' | 'language'>, now: Date): Promise<QueueStatus> {
    const position = queuePositions(queued).get(supportCase.id) ?? 1;
    const [average, signedIn] = await Promise.all([cases.averageHandleMinutes(), agents.signedInCount(now)]);
    const waitMinutes = expectedWaitMinutes(position, { averageHandleMinutes: average ?? Number.NaN, agentsAvailable: signedIn });
    const { hours } = await hoursFor(supportCase.memberId, supportCase.language);
    const availability = supportAvailability(now, hours);
    return availability.open ? { position, waitMinutes } : { position, waitMinutes, outOfHours: { hours, opening: availability.nextOpening } };
  }

  /** Tells every waiting member whose place moved between `before` and now. Call with the queue locked. */
  async function announceMoves(before: readonly QueuedCase[], now: Date): Promise<void> {
    const after = await cases.queued();
    const byId = new Map(after.map((entry) => [entry.caseId, entry]));
    for (const change of positionChanges(before, after)) {
      const entry = byId.get(change.caseId);
      if (!entry) continue;
      const target = { id: entry.caseId, memberId: entry.memberId, language: entry.language };
      const status = await statusIn(after, target, now);
      await notify(target, {
        kind: 'position',
        position: status.position,
        waitMinutes: status.waitMinutes,
        ...(status.outOfHours?.opening ? { opening: status.outOfHours.opening.toISOString(), timeZone: status.outOfHours.hours.timeZone } : {}),
      });
    }
  }

  async function scheduleIdleCheck(supportCase: SupportCase): Promise<void> {
    const waiting = waitingOn(supportCase);
    if (!waiting) return;
    const deadline = idleDeadline(waiting, limits);
    // Due times follow the real clock (the job table's); the handler judges with services.clock.
    const delay = Math.max(0, deadline.getTime() - waiting.since.getTime());
    await services.jobs.enqueue({
      kind: SUPPORT_IDLE_JOB,
      payload: { caseId: supportCase.id },
      runAt: new Date(Date.now() + delay),
      dedupeKey: `${SUPPORT_IDLE_JOB}:${supportCase.id}:${waiting.side}:${waiting.since.getTime()}`,
    });
  }

  function consoleCase(c: SupportCase & { memberName?: string | null; agentName?: string | null }, position: number | null, tier: string | null): ConsoleCase {
    return {
      id: c.id,
      status: c.status,
      position,
      memberName: c.memberName ?? null,
      language: c.language,
      reason: c.reason,
      reasonLabel: reasonLabel(c.reason),
      tier,
      queuedAt: c.queuedAt.toISOString(),
      claimedAt: c.claimedAt?.toISOString() ?? null,
      closedAt: c.closedAt?.toISOString() ?? null,
      agentId: c.agentId,
      agentName: c.agentName ?? null,
      resolution: c.resolution,
      csatRating: c.csatRating,
    };
  }

  /** Agents may see and act on cases they own and on unclaimed ones. */
  function access(detail: CaseDetail | undefined, agent: AgentProfile): AccessProblem | undefined {
    if (!detail) return 'missing';
    if (detail.agentId !== null && detail.agentId !== agent.id) return 'forbidden';
    return undefined;
  }

  async function refreshedSnapshot(supportCase: SupportCase): Promise<Record<string, unknown>> {
    const previous = supportCase.snapshot;
    const { country } = await hoursFor(supportCase.memberId, supportCase.language);
    return buildSnapshot(await cases.onboardingFacts(supportCase.memberId), {
      language: supportCase.language,
      reason: supportCase.reason,
      dialogStep: typeof previous['dialogStep'] === 'string' ? previous['dialogStep'] : null,
      recentInputs: Array.isArray(previous['recentInputs']) ? (previous['recentInputs'] as RecentInput[]) : [],
      country,
    });
  }

  async function endOpenCase(
    supportCase: SupportCase,
    change: { status: 'closed' | 'cancelled'; resolution: string; actor: string; action: string; systemText: string; agentId?: string },
    now: Date,
  ): Promise<SupportCase | undefined> {
    await cases.lockQueue();
    const before = await cases.queued();
    const ended = await cases.end(supportCase.id, {
      status: change.status,
      resolution: change.resolution,
      now,
      from: ['queued', 'active'],
      ...(change.agentId ? { agentId: change.agentId } : {}),
    });
    if (!ended) return undefined;
    await cases.addMessage({ caseId: ended.id, sender: 'system', text: change.systemText, at: now });
    await audit.record({ actor: change.actor, action: change.action, subject: `support-case:${ended.id}`, details: { resolution: change.resolution, from: supportCase.status }, at: now });
    if (supportCase.status === 'queued') await announceMoves(before, now);
    return ended;
  }

  return {
    limits,

    /** Opens a case for the member (or finds the open one) and says where they stand. Inside the member's turn. */
    async request(input: {
      memberId: string;
      language: Language;
      reason: string | null;
      dialogStep: string | null;
      recentInputs: readonly RecentInput[];
      now: Date;
    }): Promise<{ supportCase: SupportCase; created: boolean; status: QueueStatus | undefined; agentName: string | null }> {
      await cases.lockQueue();
      const existing = await cases.openCaseOf(input.memberId);
      if (existing) {
        const detail = await cases.detail(existing.id);
        const status = existing.status === 'queued' ? await statusIn(await cases.queued(), existing, input.now) : undefined;
        return { supportCase: existing, created: false, status, agentName: detail?.agentName ?? null };
      }
      const before = await cases.queued();
      const { country } = await hoursFor(input.memberId, input.language);
      const snapshot = buildSnapshot(await cases.onboardingFacts(input.memberId), {
        language: input.language,
        reason: input.reason,
        dialogStep: input.dialogStep,
        recentInputs: input.recentInputs,
        country,
      });
      const { supportCase, created } = await cases.open({ memberId: input.memberId, language: input.language, reason: input.reason, snapshot, now: input.now });
      if (created) {
        await cases.addMessage({ caseId: supportCase.id, sender: 'system', text: `Hand-off requested${input.reason ? ` (${input.reason})` : ''}.`, at: input.now });
        await audit.record({ actor: `member:${input.memberId}`, action: 'support.request', subject: `support-case:${supportCase.id}`, details: { reason: input.reason }, at: input.now });
        await announceMoves(before, input.now);
      }
      const status = supportCase.status === 'queued' ? await statusIn(await cases.queued(), supportCase, input.now) : undefined;
      return { supportCase, created, status, agentName: null };
    },

    /** Stores what the member wrote on their open case. True when it is their first message while waiting. */
    async memberMessage(supportCase: SupportCase, text: string, now: Date): Promise<{ firstWhileQueued: boolean }> {
      await cases.addMessage({ caseId: supportCase.id, sender: 'member', text, at: now });
      if (supportCase.status === 'active') {
        const updated = await cases.byId(supportCase.id);
        if (updated) await scheduleIdleCheck(updated);
        return { firstWhileQueued: false };
      }
      return { firstWhileQueued: (await cases.countMessages(supportCase.id, 'member')) === 1 };
    },

    /** The member cancels a waiting request or ends an active chat. Undefined when nothing was open. */
    async memberCancel(memberId: string, now: Date): Promise<SupportCase | undefined> {
      const open = await cases.openCaseOf(memberId);
      if (!open) return undefined;
      const wasActive = open.status === 'active';
      return endOpenCase(
        open,
        {
          status: wasActive ? 'closed' : 'cancelled',
          resolution: wasActive ? 'ended-by-member' : 'cancelled-by-member',
          actor: `member:${memberId}`,
          action: wasActive ? 'support.end' : 'support.cancel',
          systemText: wasActive ? 'The member ended the chat.' : 'The member cancelled the request.',
        },
        now,
      );
    },

    /** The case a CSAT answer is about: the given one if it is the member's and closed, else their last closed case. */
    async caseToRate(memberId: string, caseId: string | undefined): Promise<SupportCase | undefined> {
      if (caseId) {
        const named = await cases.byId(caseId);
        if (named && named.memberId === memberId && named.status === 'closed') return named;
        if (named) return undefined;
      }
      return cases.lastClosedOf(memberId);
    },

    async rate(memberId: string, supportCase: SupportCase, rating: number, now: Date): Promise<'rated' | 'already'> {
      if (!(await cases.rate(supportCase.id, memberId, rating))) return 'already';
      await audit.record({ actor: `member:${memberId}`, action: 'support.csat', subject: `support-case:${supportCase.id}`, details: { rating }, at: now });
      return 'rated';
    },

    /** A hub's `handoff.status` event (accepted / failed / completed): noted on the open case, never an error. */
    async hubStatus(memberId: string, state: string, message: string | undefined, now: Date): Promise<void> {
      const open = await cases.openCaseOf(memberId);
      if (!open) return;
      await cases.addMessage({ caseId: open.id, sender: 'system', text: `Hub hand-off status: ${state}${message ? ` (${message})` : ''}.`, at: now });
    },

    // ---- the agent console ------------------------------------------------------------------

    /** The waiting queue in order, and the agent's own active cases. */
    async consoleQueue(agent: AgentProfile): Promise<{ queued: ConsoleCase[]; mine: ConsoleCase[] }> {
      return inTransaction(async () => {
        const queued = orderQueue(await cases.queued());
        const mine = await cases.activeOf(agent.id);
        const details = await Promise.all(queued.map((q) => cases.detail(q.caseId)));
        return {
          queued: details.flatMap((d, index) => (d ? [consoleCase(d, index + 1, queued[index]?.tierCode ?? null)] : [])),
          mine: mine.map((c) => consoleCase(c, null, null)),
        };
      });
    },

    /** Snapshot, transcript and earlier cases, for the owner or for anyone while unclaimed. */
    async view(caseId: string, agent: AgentProfile): Promise<CaseView | AccessProblem> {
      return inTransaction(async () => {
        const detail = await cases.detail(caseId);
        const problem = access(detail, agent);
        if (problem || !detail) return problem ?? 'missing';
        const [messages, history] = await Promise.all([cases.messages(caseId), cases.historyOf(detail.memberId, caseId)]);
        let position: number | null = null;
        let tier: string | null = null;
        if (detail.status === 'queued') {
          const queued = await cases.queued();
          position = queuePositions(queued).get(caseId) ?? null;
          tier = queued.find((q) => q.caseId === caseId)?.tierCode ?? null;
        }
        await audit.record({ actor: `agent:${agent.id}`, action: 'support.view', subject: `support-case:${caseId}`, at: services.clock() });
        return {
          case: consoleCase(detail, position, tier),
          snapshot: detail.snapshot,
          transcript: await transcriptOf(messages),
          history: history.map((c) => consoleCase(c, null, null)),
          canReply: detail.status === 'active' && detail.agentId === agent.id,
          canClaim: detail.status === 'queued',
        };
      });
    },

    /** Claims a waiting case. Of two agents claiming at once exactly one gets it. */
    async claim(caseId: string, agent: AgentProfile): Promise<{ outcome: 'claimed' | 'already-yours' } | { outcome: 'taken' | 'closed' | 'missing' }> {
      return inTransaction(async () => {
        const now = services.clock();
        await cases.lockQueue();
        const before = await cases.queued();
        const claimed = await cases.claim(caseId, agent.id, now);
        if (!claimed) {
          const current = await cases.byId(caseId);
          if (!current) return { outcome: 'missing' };
          if (current.status === 'active' && current.agentId === agent.id) return { outcome: 'already-yours' };
          await audit.record({ actor: `agent:${agent.id}`, action: 'support.claim-refused', subject: `support-case:${caseId}`, details: { status: current.status }, at: now });
          return { outcome: current.status === 'active' ? 'taken' : 'closed' };
        }
        await cases.setSnapshot(claimed.id, await refreshedSnapshot(claimed));
        await cases.addMessage({ caseId: claimed.id, sender: 'system', text: `${agent.displayName} joined the chat.`, at: now });
        await audit.record({ actor: `agent:${agent.id}`, action: 'support.claim', subject: `support-case:${claimed.id}`, at: now });
        await notify(claimed, { kind: 'connected', agentName: agent.displayName });
        await scheduleIdleCheck(claimed);
        await announceMoves(before, now);
        return { outcome: 'claimed' };
      });
    },

    /** The owner's chat message, relayed to the member's conversation. */
    async agentMessage(caseId: string, agent: AgentProfile, text: string): Promise<'sent' | 'not-active' | AccessProblem> {
      return inTransaction(async () => {
        const now = services.clock();
        const detail = await cases.detail(caseId);
        if (!detail) return 'missing';
        if (detail.agentId !== agent.id) return 'forbidden';
        if (detail.status !== 'active') return 'not-active';
        await cases.addMessage({ caseId, sender: 'agent', agentId: agent.id, text, at: now });
        await audit.record({ actor: `agent:${agent.id}`, action: 'support.message', subject: `support-case:${caseId}`, details: { length: text.length }, at: now });
        await notify(detail, { kind: 'agent-message', agentName: agent.displayName, text });
        const updated = await cases.byId(caseId);
        if (updated) await scheduleIdleCheck(updated);
        return 'sent';
      });
    },

    /** The owner closes the chat with a resolution; the member is thanked and asked for a rating. */
    async close(caseId: string, agent: AgentProfile, resolution: string): Promise<'closed' | 'not-active' | AccessProblem> {
      return inTransaction(async () => {
        const now = services.clock();
        const detail = await cases.detail(caseId);
        if (!detail) return 'missing';
        if (detail.agentId !== agent.id) return 'forbidden';
        if (detail.status !== 'active') return 'not-active';
        const ended = await endOpenCase(
          detail,
          { status: 'closed', resolution, actor: `agent:${agent.id}`, action: 'support.close', systemText: `${agent.displayName} closed the chat.`, agentId: agent.id },
          now,
        );
        if (!ended) return 'not-active';
        await notify(ended, { kind: 'closed', agentName: agent.displayName, caseId: ended.id });
        return 'closed';
      });
    },

    /** For the live stream: the case's status and the messages written since `since` (owner or unclaimed only). */
    async changesSince(caseId: string, agent: AgentProfile, since: Date): Promise<{ status: SupportCase['status']; agentId: string | null; messages: TranscriptLine[] } | AccessProblem> {
      return inTransaction(async () => {
        const detail = await cases.detail(caseId);
        const problem = access(detail, agent);
        if (problem || !detail) return problem ?? 'missing';
        return { status: detail.status, agentId: detail.agentId, messages: await transcriptOf(await cases.messages(caseId, { since })) };
      });
    },

    jobs: {
      [SUPPORT_NOTIFY_JOB]: (async (payload, { log }) => {
        const parsed = parseNoticePayload(payload);
        if (!parsed) {
          log.error({ payload }, 'support notice payload is not readable; dropped');
          return;
        }
        await services.notifier.notify(parsed.memberId, () => renderNotice(parsed));
      }) satisfies JobHandler,

      [SUPPORT_IDLE_JOB]: transactional(async (payload) => {
        const caseId = payload['caseId'];
        if (typeof caseId !== 'string') return;
        const now = services.clock();
        const supportCase = await cases.byId(caseId);
        if (!supportCase) return;
        const side: IdleSide | undefined = idleSide(supportCase, now, limits);
        if (!side) return;
        const ended = await endOpenCase(
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
        if (ended) await notify(ended, { kind: 'timeout', side, caseId: ended.id });
      }),
    },
  };

  async function transcriptOf(messages: readonly SupportMessage[]): Promise<TranscriptLine[]> {
    const names = new Map<string, string>();
    for (const id of new Set(messages.flatMap((m) => (m.agentId ? [m.agentId] : [])))) {
      const agent = await agents.byId(id);
      if (agent) names.set(id, agent.displayName);
    }
    return messages.map((m) => ({
      id: m.id,
      sender: m.sender,
      text: m.text,
      at: m.createdAt.toISOString(),
      agentName: m.agentId ? (names.get(m.agentId) ?? null) : null,
    }));
  }
}

export type SupportDesk = ReturnType<typeof createSupportDesk>;
