import { createAgentRepository, type AgentRepository } from '../../data/repositories/agents';
import { createAuditLog, type AuditLog } from '../../data/repositories/audit';
import { createSupportRepository, type QueuedCase, type SupportRepository } from '../../data/repositories/support';
import type { SupportCase } from '../../data/schema/support';
import {
  COUNTRY_OF_LANGUAGE,
  DEFAULT_IDLE_LIMITS,
  expectedWaitMinutes,
  idleDeadline,
  positionChanges,
  queuePositions,
  supportAvailability,
  waitingOn,
  type IdleLimits,
  type SupportHours,
} from '../../domain/support';
import type { Language } from '../../locales';
import type { Services } from '../index';
import type { NoticePayload, SupportNotice } from './notices';
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

export interface SupportDeskOptions {
  readonly idleLimits?: IdleLimits;
}

/** What every part of the support desk works with: the repositories, the audit log and the idle limits. */
export interface DeskParts {
  readonly services: Services;
  readonly cases: SupportRepository;
  readonly agents: AgentRepository;
  readonly audit: AuditLog;
  readonly limits: IdleLimits;
}

export function createDeskParts(services: Services, options: SupportDeskOptions = {}): DeskParts {
  return {
    services,
    cases: createSupportRepository(services.db),
    agents: createAgentRepository(services.db),
    audit: createAuditLog(services.db),
    limits: options.idleLimits ?? DEFAULT_IDLE_LIMITS,
  };
}

const FALLBACK_HOURS: SupportHours = { timeZone: 'Europe/Copenhagen', opensAt: '09:00', closesAt: '17:00', weekdays: [1, 2, 3, 4, 5] };

/** Every message to the member leaves through a durable `support.notify` job. */
export async function notify(parts: DeskParts, supportCase: Pick<SupportCase, 'id' | 'memberId' | 'language'>, notice: SupportNotice): Promise<void> {
  const payload: NoticePayload = { memberId: supportCase.memberId, caseId: supportCase.id, language: supportCase.language, notice };
  await parts.services.jobs.enqueue({ kind: SUPPORT_NOTIFY_JOB, payload: { ...payload }, maxAttempts: 6 });
}

export async function hoursFor(parts: DeskParts, memberId: string, language: Language): Promise<{ country: string; hours: SupportHours }> {
  const country = (await parts.cases.countryOf(memberId)) ?? COUNTRY_OF_LANGUAGE[language];
  const hours = await parts.cases.supportHours(country);
  return { country, hours: hours ?? FALLBACK_HOURS };
}

async function statusIn(parts: DeskParts, queued: readonly QueuedCase[], supportCase: Pick<SupportCase, 'id' | 'memberId' | 'language'>, now: Date): Promise<QueueStatus> {
  const position = queuePositions(queued).get(supportCase.id) ?? 1;
  const [average, signedIn] = await Promise.all([parts.cases.averageHandleMinutes(), parts.agents.signedInCount(now)]);
  const waitMinutes = expectedWaitMinutes(position, { averageHandleMinutes: average ?? Number.NaN, agentsAvailable: signedIn });
  const { hours } = await hoursFor(parts, supportCase.memberId, supportCase.language);
  const availability = supportAvailability(now, hours);
  return availability.open ? { position, waitMinutes } : { position, waitMinutes, outOfHours: { hours, opening: availability.nextOpening } };
}

/** Tells every waiting member whose place moved between `before` and now. Call with the queue locked. */
export async function announceMoves(parts: DeskParts, before: readonly QueuedCase[], now: Date): Promise<void> {
  const after = await parts.cases.queued();
  const byId = new Map(after.map((entry) => [entry.caseId, entry]));
  for (const change of positionChanges(before, after)) {
    const entry = byId.get(change.caseId);
    if (!entry) continue;
    const target = { id: entry.caseId, memberId: entry.memberId, language: entry.language };
    const status = await statusIn(parts, after, target, now);
    await notify(parts, target, {
      kind: 'position',
      position: status.position,
      waitMinutes: status.waitMinutes,
      ...(status.outOfHours?.opening ? { opening: status.outOfHours.opening.toISOString(), timeZone: status.outOfHours.hours.timeZone } : {}),
    });
  }
}

export async function scheduleIdleCheck(parts: DeskParts, supportCase: SupportCase): Promise<void> {
  const waiting = waitingOn(supportCase);
  if (!waiting) return;
  const deadline = idleDeadline(waiting, parts.limits);
  // Due times follow the real clock (the job table's); the handler judges with services.clock.
  const delay = Math.max(0, deadline.getTime() - waiting.since.getTime());
  await parts.services.jobs.enqueue({
    kind: SUPPORT_IDLE_JOB,
    payload: { caseId: supportCase.id },
    runAt: new Date(Date.now() + delay),
    dedupeKey: `${SUPPORT_IDLE_JOB}:${supportCase.id}:${waiting.side}:${waiting.since.getTime()}`,
  });
}

export async function endOpenCase(
  parts: DeskParts,
  supportCase: SupportCase,
  change: { status: 'closed' | 'cancelled'; resolution: string; actor: string; action: string; systemText: string; agentId?: string },
  now: Date,
): Promise<SupportCase | undefined> {
  const { cases, audit } = parts;
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
  if (supportCase.status === 'queued') await announceMoves(parts, before, now);
  return ended;
}

export interface SupportRequest {
  readonly memberId: string;
  readonly language: Language;
  readonly reason: string | null;
  readonly dialogStep: string | null;
  readonly recentInputs: readonly RecentInput[];
  readonly now: Date;
}

/** Opens a case for the member (or finds the open one) and says where they stand. Inside the member's turn. */
export async function request(
  parts: DeskParts,
  input: SupportRequest,
): Promise<{ supportCase: SupportCase; created: boolean; status: QueueStatus | undefined; agentName: string | null }> {
  const { cases, audit } = parts;
  await cases.lockQueue();
  const existing = await cases.openCaseOf(input.memberId);
  if (existing) {
    const detail = await cases.detail(existing.id);
    const status = existing.status === 'queued' ? await statusIn(parts, await cases.queued(), existing, input.now) : undefined;
    return { supportCase: existing, created: false, status, agentName: detail?.agentName ?? null };
  }
  const before = await cases.queued();
  const { country } = await hoursFor(parts, input.memberId, input.language);
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
    await announceMoves(parts, before, input.now);
  }
  const status = supportCase.status === 'queued' ? await statusIn(parts, await cases.queued(), supportCase, input.now) : undefined;
  return { supportCase, created, status, agentName: null };
}

/** Stores what the member wrote on their open case. True when it is their first message while waiting. */
export async function memberMessage(parts: DeskParts, supportCase: SupportCase, text: string, now: Date): Promise<{ firstWhileQueued: boolean }> {
  const { cases } = parts;
  await cases.addMessage({ caseId: supportCase.id, sender: 'member', text, at: now });
  if (supportCase.status === 'active') {
    const updated = await cases.byId(supportCase.id);
    if (updated) await scheduleIdleCheck(parts, updated);
    return { firstWhileQueued: false };
  }
  return { firstWhileQueued: (await cases.countMessages(supportCase.id, 'member')) === 1 };
}

/** The member cancels a waiting request or ends an active chat. Undefined when nothing was open. */
export async function memberCancel(parts: DeskParts, memberId: string, now: Date): Promise<SupportCase | undefined> {
  const open = await parts.cases.openCaseOf(memberId);
  if (!open) return undefined;
  const wasActive = open.status === 'active';
  return endOpenCase(
    parts,
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
}

/** The case a CSAT answer is about: the given one if it is the member's and closed, else their last closed case. */
export async function caseToRate(parts: DeskParts, memberId: string, caseId: string | undefined): Promise<SupportCase | undefined> {
  if (caseId) {
    const named = await parts.cases.byId(caseId);
    if (named && named.memberId === memberId && named.status === 'closed') return named;
    if (named) return undefined;
  }
  return parts.cases.lastClosedOf(memberId);
}

export async function rate(parts: DeskParts, memberId: string, supportCase: SupportCase, rating: number, now: Date): Promise<'rated' | 'already'> {
  if (!(await parts.cases.rate(supportCase.id, memberId, rating))) return 'already';
  await parts.audit.record({ actor: `member:${memberId}`, action: 'support.csat', subject: `support-case:${supportCase.id}`, details: { rating }, at: now });
  return 'rated';
}

/** A hub's `handoff.status` event (accepted / failed / completed): noted on the open case, never an error. */
export async function hubStatus(parts: DeskParts, memberId: string, state: string, message: string | undefined, now: Date): Promise<void> {
  const open = await parts.cases.openCaseOf(memberId);
  if (!open) return;
  await parts.cases.addMessage({ caseId: open.id, sender: 'system', text: `Hub hand-off status: ${state}${message ? ` (${message})` : ''}.`, at: now });
}
