import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import type { HttpClient } from './http';
import type { Recorder } from './stats';

/** One reply activity as it comes back with expectReplies. */
export interface Reply {
  readonly type?: string;
  readonly text?: string;
  readonly attachments?: readonly { readonly contentType?: string; readonly content?: unknown }[];
  readonly [key: string]: unknown;
}

/** A step went wrong for this member: counted as an error, the member stops. */
export class StepError extends Error {
  override readonly name = 'StepError';
  constructor(
    readonly step: string,
    message: string,
  ) {
    super(message);
  }
}

export interface MemberIdentity {
  readonly index: number;
  readonly userId: string;
  readonly conversationId: string;
  readonly locale: string;
}

/** What a scenario's member uses to talk to the bot. */
export interface Session extends MemberIdentity {
  /** One turn: posts the activity with expectReplies, records its latency, returns the replies. */
  turn(step: string, activity: Record<string, unknown>): Promise<Reply[]>;
  /** True once the load level's time is up (duration mode): stop between steps. */
  readonly expired: boolean;
}

export interface Scenario {
  readonly name: string;
  /** Takes one simulated member through the scenario; true when they reached the end (not stopped by the clock). */
  member(session: Session): Promise<boolean>;
  /** Things the report should say (steps skipped because their journey is missing …). */
  notes(): string[];
}

export interface DriverOptions {
  readonly client: HttpClient;
  readonly recorder: Recorder;
  readonly runId: string;
  readonly serviceUrl: string;
  readonly locales: readonly string[];
  /** Replies that mean "the turn failed" (the localized apology in every language). */
  readonly failureTexts: readonly string[];
  /** Logs each member's replies (debugging the driver against a journey). */
  readonly trace?: boolean;
}

let nextMember = 0;

/** A session for a new member; turns are sequential, as a person's are. */
export function newSession(options: DriverOptions, isExpired: () => boolean): Session {
  const index = nextMember++;
  const conversationId = `bench-${options.runId}-${index}`;
  const identity: MemberIdentity = {
    index,
    userId: `${conversationId}-user`,
    conversationId,
    locale: options.locales[index % options.locales.length] ?? 'en',
  };
  return {
    ...identity,
    get expired() {
      return isExpired();
    },
    async turn(step, activity) {
      const body = {
        type: 'message',
        id: randomUUID(),
        channelId: 'webchat',
        serviceUrl: options.serviceUrl,
        from: { id: identity.userId, name: `Bench member ${index}` },
        recipient: { id: 'cps-bot' },
        conversation: { id: conversationId },
        locale: identity.locale,
        timestamp: new Date().toISOString(),
        deliveryMode: 'expectReplies',
        ...activity,
      };
      const started = performance.now();
      let result;
      try {
        result = await options.client.send('POST', '/api/messages', body);
      } catch (error) {
        options.recorder.turn(performance.now() - started, step);
        throw new StepError(step, error instanceof Error ? error.message : String(error));
      }
      options.recorder.turn(result.ms, step);
      if (result.status !== 200) throw new StepError(step, `HTTP ${result.status} ${result.body.slice(0, 200)}`);
      const parsed: unknown = result.body ? JSON.parse(result.body) : {};
      const replies = (parsed as { activities?: Reply[] }).activities ?? [];
      if (options.trace) console.error(`[${conversationId}] ${step} →`, JSON.stringify(replies).slice(0, 2000));
      const serialized = JSON.stringify(replies);
      const failure = options.failureTexts.find((text) => serialized.includes(jsonFragment(text)));
      if (failure) throw new StepError(step, 'the bot apologised (the turn failed on the server)');
      return replies;
    },
  };
}

/** How `text` appears inside a JSON document (quotes and newlines escaped). */
export function jsonFragment(text: string): string {
  return JSON.stringify(text).slice(1, -1);
}

/** True when any reply (text or card) contains `text`. */
export function mentions(replies: readonly Reply[], text: string): boolean {
  return JSON.stringify(replies).includes(jsonFragment(text));
}

/** The data of every card action with this verb (Action.Submit `data.verb` or Action.Execute `verb`). */
export function actionsWithVerb(replies: readonly Reply[], verb: string): Record<string, unknown>[] {
  const found: Record<string, unknown>[] = [];
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) {
      node.forEach(visit);
      return;
    }
    if (typeof node !== 'object' || node === null) return;
    const record = node as Record<string, unknown>;
    const data = typeof record['data'] === 'object' && record['data'] !== null ? (record['data'] as Record<string, unknown>) : undefined;
    if (typeof record['type'] === 'string' && record['type'].startsWith('Action.') && (record['verb'] === verb || data?.['verb'] === verb)) {
      found.push(data ?? {});
    }
    Object.values(record).forEach(visit);
  };
  visit(replies);
  return found;
}

export interface LevelResult {
  readonly seconds: number;
  readonly membersStarted: number;
  readonly membersCompleted: number;
}

/**
 * Runs `concurrency` members at once. Duration mode: each slot starts a new member when the last
 * one finishes, until the time is up. Members mode: exactly `members` members, `concurrency` at a time.
 */
export async function runLevel(
  scenario: Scenario,
  options: DriverOptions,
  load: { readonly concurrency: number; readonly durationSec?: number; readonly members?: number },
): Promise<LevelResult> {
  const started = performance.now();
  const deadline = load.durationSec === undefined ? Number.POSITIVE_INFINITY : started + load.durationSec * 1000;
  const expired = () => performance.now() >= deadline;
  let remaining = load.members ?? Number.POSITIVE_INFINITY;
  let membersStarted = 0;
  let membersCompleted = 0;
  const slot = async () => {
    while (remaining > 0 && !expired()) {
      remaining--;
      membersStarted++;
      const session = newSession(options, expired);
      try {
        if (await scenario.member(session)) membersCompleted++;
      } catch (error) {
        if (error instanceof StepError) options.recorder.error(error.step, error.message);
        else options.recorder.error('driver', error instanceof Error ? (error.stack ?? error.message) : String(error));
      }
    }
  };
  await Promise.all(Array.from({ length: load.concurrency }, slot));
  return { seconds: (performance.now() - started) / 1000, membersStarted, membersCompleted };
}
