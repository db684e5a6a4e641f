import type { AgentProfile } from '../../data/repositories/agents';
import type { CaseDetail } from '../../data/repositories/support';
import type { SupportCase, SupportMessage } from '../../data/schema/support';
import { withTransaction } from '../../data/transaction';
import { isKnownHandoffReason, orderQueue, queuePositions } from '../../domain/support';
import { translator, type Language } from '../../locales';
import { announceMoves, endOpenCase, hoursFor, notify, scheduleIdleCheck, type DeskParts } from './queue';
import { buildSnapshot, type RecentInput } from './snapshot';

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

const english = translator('en');

function reasonLabel(reason: string | null): string | null {
  return isKnownHandoffReason(reason) ? english(`support.reason.${reason}`) : reason;
}

function inTransaction<T>(parts: DeskParts, work: () => Promise<T>): Promise<T> {
  return withTransaction(parts.services.db, work);
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

async function refreshedSnapshot(parts: DeskParts, supportCase: SupportCase): Promise<Record<string, unknown>> {
  const previous = supportCase.snapshot;
  const { country } = await hoursFor(parts, supportCase.memberId, supportCase.language);
  return buildSnapshot(await parts.cases.onboardingFacts(supportCase.memberId), {
    language: supportCase.language,
    reason: supportCase.reason,
    dialogStep: typeof previous['dialogStep'] === 'string' ? previous['dialogStep'] : null,
    recentInputs: Array.isArray(previous['recentInputs']) ? (previous['recentInputs'] as RecentInput[]) : [],
    country,
  });
}

async function transcriptOf(parts: DeskParts, messages: readonly SupportMessage[]): Promise<TranscriptLine[]> {
  const names = new Map<string, string>();
  for (const id of new Set(messages.flatMap((m) => (m.agentId ? [m.agentId] : [])))) {
    const agent = await parts.agents.byId(id);
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

/** The waiting queue in order, and the agent's own active cases. */
export async function consoleQueue(parts: DeskParts, agent: AgentProfile): Promise<{ queued: ConsoleCase[]; mine: ConsoleCase[] }> {
  const { cases } = parts;
  return inTransaction(parts, async () => {
    const queued = orderQueue(await cases.queued());
    const mine = await cases.activeOf(agent.id);
    const details = await Promise.all(queued.map((q) => cases.detail(q.caseId)));
    return {
      queued: details.flatMap((d, index) => (d ? [consoleCase(d, index + 1, queued[index]?.tierCode ?? null)] : [])),
      mine: mine.map((c) => consoleCase(c, null, null)),
    };
  });
}

/** Snapshot, transcript and earlier cases, for the owner or for anyone while unclaimed. */
export async function view(parts: DeskParts, caseId: string, agent: AgentProfile): Promise<CaseView | AccessProblem> {
  const { cases } = parts;
  return inTransaction(parts, async () => {
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
    await parts.audit.record({ actor: `agent:${agent.id}`, action: 'support.view', subject: `support-case:${caseId}`, at: parts.services.clock() });
    return {
      case: consoleCase(detail, position, tier),
      snapshot: detail.snapshot,
      transcript: await transcriptOf(parts, messages),
      history: history.map((c) => consoleCase(c, null, null)),
      canReply: detail.status === 'active' && detail.agentId === agent.id,
      canClaim: detail.status === 'queued',
    };
  });
}

/** Claims a waiting case. Of two agents claiming at once exactly one gets it. */
export async function claim(parts: DeskParts, caseId: string, agent: AgentProfile): Promise<{ outcome: 'claimed' | 'already-yours' } | { outcome: 'taken' | 'closed' | 'missing' }> {
  const { cases, audit } = parts;
  return inTransaction(parts, async () => {
    const now = parts.services.clock();
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
    await cases.setSnapshot(claimed.id, await refreshedSnapshot(parts, claimed));
    await cases.addMessage({ caseId: claimed.id, sender: 'system', text: `${agent.displayName} joined the chat.`, at: now });
    await audit.record({ actor: `agent:${agent.id}`, action: 'support.claim', subject: `support-case:${claimed.id}`, at: now });
    await notify(parts, claimed, { kind: 'connected', agentName: agent.displayName });
    await scheduleIdleCheck(parts, claimed);
    await announceMoves(parts, before, now);
    return { outcome: 'claimed' };
  });
}

/** The owner's chat message, relayed to the member's conversation. */
export async function agentMessage(parts: DeskParts, caseId: string, agent: AgentProfile, text: string): Promise<'sent' | 'not-active' | AccessProblem> {
  const { cases } = parts;
  return inTransaction(parts, async () => {
    const now = parts.services.clock();
    const detail = await cases.detail(caseId);
    if (!detail) return 'missing';
    if (detail.agentId !== agent.id) return 'forbidden';
    if (detail.status !== 'active') return 'not-active';
    await cases.addMessage({ caseId, sender: 'agent', agentId: agent.id, text, at: now });
    await parts.audit.record({ actor: `agent:${agent.id}`, action: 'support.message', subject: `support-case:${caseId}`, details: { length: text.length }, at: now });
    await notify(parts, detail, { kind: 'agent-message', agentName: agent.displayName, text });
    const updated = await cases.byId(caseId);
    if (updated) await scheduleIdleCheck(parts, updated);
    return 'sent';
  });
}

/** The owner closes the chat with a resolution; the member is thanked and asked for a rating. */
export async function close(parts: DeskParts, caseId: string, agent: AgentProfile, resolution: string): Promise<'closed' | 'not-active' | AccessProblem> {
  return inTransaction(parts, async () => {
    const now = parts.services.clock();
    const detail = await parts.cases.detail(caseId);
    if (!detail) return 'missing';
    if (detail.agentId !== agent.id) return 'forbidden';
    if (detail.status !== 'active') return 'not-active';
    const ended = await endOpenCase(
      parts,
      detail,
      { status: 'closed', resolution, actor: `agent:${agent.id}`, action: 'support.close', systemText: `${agent.displayName} closed the chat.`, agentId: agent.id },
      now,
    );
    if (!ended) return 'not-active';
    await notify(parts, ended, { kind: 'closed', agentName: agent.displayName, caseId: ended.id });
    return 'closed';
  });
}

/** For the live stream: the case's status and the messages written since `since` (owner or unclaimed only). */
export async function changesSince(
  parts: DeskParts,
  caseId: string,
  agent: AgentProfile,
  since: Date,
): Promise<{ status: SupportCase['status']; agentId: string | null; messages: TranscriptLine[] } | AccessProblem> {
  return inTransaction(parts, async () => {
    const detail = await parts.cases.detail(caseId);
    const problem = access(detail, agent);
    if (problem || !detail) return problem ?? 'missing';
    return { status: detail.status, agentId: detail.agentId, messages: await transcriptOf(parts, await parts.cases.messages(caseId, { since })) };
  });
}
