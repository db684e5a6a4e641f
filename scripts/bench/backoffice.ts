import { performance } from 'node:perf_hooks';
import type { HttpClient } from './http';

export type ApprovalOutcome = 'approved' | { readonly skipped: string };

export interface Approver {
  /** Resolves when the back office has approved this company's application. */
  approve(companyName: string): Promise<ApprovalOutcome>;
  /** Time from asking to approval, ms (for the report). */
  readonly waits: number[];
  /** Back-office HTTP calls made. */
  calls(): number;
  /** Latency of each decision POST, ms. */
  readonly decisions: number[];
}

interface Waiting {
  readonly since: number;
  readonly done: (outcome: ApprovalOutcome) => void;
  readonly fail: (error: Error) => void;
}

/**
 * A back-office clerk working through the queue: lists pending applications every `pollMs` and
 * approves the bench's ones through the back-office API (`Authorization: Bearer BACKOFFICE_TOKEN`),
 * a few at a time. One clerk for all members keeps the listing cost linear in their number.
 */
export function createApprover(client: HttpClient, token: string, options: { pollMs?: number; parallel?: number; timeoutMs?: number } = {}): Approver {
  const pollMs = options.pollMs ?? 200;
  const parallel = options.parallel ?? 16;
  // Only catches an application that never shows up: with 1,000 members at once the clerk's queue is long.
  const timeoutMs = options.timeoutMs ?? 600_000;
  const headers = { authorization: `Bearer ${token}` };
  const waiting = new Map<string, Waiting>();
  const waits: number[] = [];
  const decisions: number[] = [];
  let calls = 0;
  let running = false;

  async function round(): Promise<void> {
    calls++;
    const listed = await client.send('GET', '/api/backoffice/applications?status=pending', undefined, headers);
    if (listed.status === 404) {
      for (const [name, w] of waiting) {
        waiting.delete(name);
        w.done({ skipped: 'the back-office API is not there (GET /api/backoffice/applications → 404)' });
      }
      return;
    }
    if (listed.status !== 200) throw new Error(`back office listing: HTTP ${listed.status} ${listed.body.slice(0, 200)}`);
    const { applications } = JSON.parse(listed.body) as { applications: { id: string; companyName: string | null }[] };
    const mine = applications.filter((a) => a.companyName !== null && waiting.has(a.companyName));
    for (let i = 0; i < mine.length; i += parallel) {
      await Promise.all(
        mine.slice(i, i + parallel).map(async (application) => {
          calls++;
          const decided = await client.send('POST', `/api/backoffice/applications/${application.id}/decision`, { decision: 'approve' }, headers);
          decisions.push(decided.ms);
          const w = application.companyName === null ? undefined : waiting.get(application.companyName);
          if (!w || application.companyName === null) return;
          waiting.delete(application.companyName);
          if (decided.status === 200) {
            waits.push(performance.now() - w.since);
            w.done('approved');
          } else {
            w.fail(new Error(`approval: HTTP ${decided.status} ${decided.body.slice(0, 200)}`));
          }
        }),
      );
    }
    const now = performance.now();
    for (const [name, w] of waiting) {
      if (now - w.since > timeoutMs) {
        waiting.delete(name);
        w.fail(new Error(`application of ${name} not pending after ${timeoutMs} ms`));
      }
    }
  }

  async function loop(): Promise<void> {
    running = true;
    try {
      while (waiting.size > 0) {
        try {
          await round();
        } catch (error) {
          for (const [name, w] of waiting) {
            waiting.delete(name);
            w.fail(error instanceof Error ? error : new Error(String(error)));
          }
        }
        if (waiting.size > 0) await new Promise((r) => setTimeout(r, pollMs));
      }
    } finally {
      running = false;
    }
  }

  return {
    waits,
    decisions,
    calls: () => calls,
    approve(companyName) {
      return new Promise<ApprovalOutcome>((done, fail) => {
        waiting.set(companyName, { since: performance.now(), done, fail });
        if (!running) void loop();
      });
    },
  };
}
