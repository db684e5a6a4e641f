import type { AgentProfile } from '../../data/repositories/agents';
import type { SupportCase } from '../../data/schema/support';
import type { Services } from '../index';
import * as consoleSide from './console';
import { supportJobs } from './jobs';
import * as queue from './queue';

export type { AccessProblem, CaseView, ConsoleCase, TranscriptLine } from './console';
export { SUPPORT_IDLE_JOB, SUPPORT_NOTIFY_JOB, type QueueStatus, type SupportDeskOptions, type SupportRequest } from './queue';

/**
 * The support desk: opening, relaying, claiming and ending cases for the member's journey
 * (`queue.ts`) and the agent console (`console.ts`) alike, and its job handlers (`jobs.ts`). Every
 * operation joins the caller's transaction or runs in its own; every message to the member leaves
 * through a durable `support.notify` job.
 */
export function createSupportDesk(services: Services, options: queue.SupportDeskOptions = {}) {
  const parts = queue.createDeskParts(services, options);
  return {
    limits: parts.limits,

    request: (input: queue.SupportRequest) => queue.request(parts, input),
    memberMessage: (supportCase: SupportCase, text: string, now: Date) => queue.memberMessage(parts, supportCase, text, now),
    memberCancel: (memberId: string, now: Date) => queue.memberCancel(parts, memberId, now),
    caseToRate: (memberId: string, caseId: string | undefined) => queue.caseToRate(parts, memberId, caseId),
    rate: (memberId: string, supportCase: SupportCase, rating: number, now: Date) => queue.rate(parts, memberId, supportCase, rating, now),
    hubStatus: (memberId: string, state: string, message: string | undefined, now: Date) => queue.hubStatus(parts, memberId, state, message, now),

    // ---- the agent console ------------------------------------------------------------------
    consoleQueue: (agent: AgentProfile) => consoleSide.consoleQueue(parts, agent),
    view: (caseId: string, agent: AgentProfile) => consoleSide.view(parts, caseId, agent),
    claim: (caseId: string, agent: AgentProfile) => consoleSide.claim(parts, caseId, agent),
    agentMessage: (caseId: string, agent: AgentProfile, text: string) => consoleSide.agentMessage(parts, caseId, agent, text),
    close: (caseId: string, agent: AgentProfile, resolution: string) => consoleSide.close(parts, caseId, agent, resolution),
    changesSince: (caseId: string, agent: AgentProfile, since: Date) => consoleSide.changesSince(parts, caseId, agent, since),

    jobs: supportJobs(parts),
  };
}

export type SupportDesk = ReturnType<typeof createSupportDesk>;
