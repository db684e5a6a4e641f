import type { TierThreshold } from './points';

/**
 * CPS Priority Support rules: queue order, expected wait, business hours, idle timeouts and the
 * onboarding facts an agent sees first. Pure: no database, no channel.
 */

/** One waiting case as the queue sees it. */
export interface QueueEntry {
  readonly caseId: string;
  /** 0 = no CPS membership; higher = higher tier (the tier's sort order). */
  readonly tierRank: number;
  readonly queuedAt: Date;
}

/**
 * The queue in the order agents should take it: members of higher CPS tiers first, then the
 * longest waiting; the case id breaks exact ties so the order is stable.
 */
export function orderQueue<T extends QueueEntry>(entries: readonly T[]): T[] {
  return [...entries].sort(
    (a, b) =>
      b.tierRank - a.tierRank ||
      a.queuedAt.getTime() - b.queuedAt.getTime() ||
      (a.caseId < b.caseId ? -1 : a.caseId > b.caseId ? 1 : 0),
  );
}

/** Case id → 1-based position in the ordered queue. */
export function queuePositions(entries: readonly QueueEntry[]): Map<string, number> {
  return new Map(orderQueue(entries).map((entry, index) => [entry.caseId, index + 1]));
}

/** A waiting member whose position changed (so they are told). */
export interface PositionChange {
  readonly caseId: string;
  readonly from: number;
  readonly position: number;
}

/**
 * Compares the queue before and after a change (a case joined, was claimed, cancelled or timed
 * out) and returns the cases still waiting whose position moved. New cases are not included:
 * whoever joins is told their position in the reply to their request.
 */
export function positionChanges(before: readonly QueueEntry[], after: readonly QueueEntry[]): PositionChange[] {
  const previous = queuePositions(before);
  const changes: PositionChange[] = [];
  for (const [caseId, position] of queuePositions(after)) {
    const from = previous.get(caseId);
    if (from !== undefined && from !== position) changes.push({ caseId, from, position });
  }
  return changes.sort((a, b) => a.position - b.position);
}

export interface WaitStatistics {
  /** Mean minutes from claim to close of recent cases. */
  readonly averageHandleMinutes: number;
  /** Agents signed in to the console right now. */
  readonly agentsAvailable: number;
}

/** What we assume before any case has been handled. */
export const DEFAULT_HANDLE_MINUTES = 8;

/**
 * Expected wait in whole minutes for the member at `position`: every agent handles one case at a
 * time, so the cases ahead are shared among the agents signed in (at least one). Never below 1.
 */
export function expectedWaitMinutes(position: number, stats: WaitStatistics): number {
  const handle = Number.isFinite(stats.averageHandleMinutes) && stats.averageHandleMinutes > 0 ? stats.averageHandleMinutes : DEFAULT_HANDLE_MINUTES;
  const agents = Math.max(1, Math.floor(stats.agentsAvailable));
  return Math.max(1, Math.ceil((Math.max(1, position) * handle) / agents));
}

/** Support hours of one country, as kept in the `countries` table. */
export interface SupportHours {
  /** IANA time zone, e.g. `Europe/Copenhagen`. */
  readonly timeZone: string;
  /** Local `HH:MM`. */
  readonly opensAt: string;
  /** Local `HH:MM` (exclusive), `24:00` for midnight. */
  readonly closesAt: string;
  /** ISO weekdays: 1 = Monday … 7 = Sunday. */
  readonly weekdays: readonly number[];
}

export type SupportAvailability =
  | { readonly open: true }
  /** `nextOpening` is undefined only when the country has no support day at all. */
  | { readonly open: false; readonly nextOpening: Date | undefined };

interface LocalTime {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  /** ISO weekday, 1 = Monday. */
  readonly weekday: number;
  readonly minutes: number;
}

const WEEKDAY_NUMBER: Readonly<Record<string, number>> = { Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6, Sun: 7 };
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      weekday: 'short',
      hourCycle: 'h23',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

function localTime(instant: Date, timeZone: string): LocalTime & { readonly second: number; readonly hour: number } {
  const parts: Record<string, string> = {};
  for (const part of formatterFor(timeZone).formatToParts(instant)) parts[part.type] = part.value;
  const hour = Number(parts['hour']) % 24;
  const minute = Number(parts['minute']);
  return {
    year: Number(parts['year']),
    month: Number(parts['month']),
    day: Number(parts['day']),
    weekday: WEEKDAY_NUMBER[parts['weekday'] ?? ''] ?? 1,
    hour,
    minutes: hour * 60 + minute,
    second: Number(parts['second']),
  };
}

/** Milliseconds the zone is ahead of UTC at `instant`. */
function zoneOffsetMs(instant: Date, timeZone: string): number {
  const local = localTime(instant, timeZone);
  const asUtc = Date.UTC(local.year, local.month - 1, local.day, local.hour, local.minutes % 60, local.second);
  return asUtc - (instant.getTime() - instant.getUTCMilliseconds());
}

/** The instant at which the wall clock in `timeZone` shows the given local date and time. */
export function zonedInstant(year: number, month: number, day: number, minutesOfDay: number, timeZone: string): Date {
  const wall = Date.UTC(year, month - 1, day, Math.floor(minutesOfDay / 60), minutesOfDay % 60);
  let guess = wall - zoneOffsetMs(new Date(wall), timeZone);
  // Once more with the offset at the guess, which differs near a daylight-saving change.
  guess = wall - zoneOffsetMs(new Date(guess), timeZone);
  return new Date(guess);
}

/** `HH:MM` → minutes after midnight; `24:00` → 1440. Throws on anything else. */
export function minutesOfDay(hhmm: string): number {
  const match = /^(\d{2}):(\d{2})$/.exec(hhmm);
  if (!match) throw new Error(`not a time of day: ${hhmm}`);
  const minutes = Number(match[1]) * 60 + Number(match[2]);
  if (minutes > 24 * 60 || Number(match[2]) > 59) throw new Error(`not a time of day: ${hhmm}`);
  return minutes;
}

/**
 * Whether CPS Priority Support is open at `now` in a country, and if not, when it next opens
 * (looking up to a week ahead, in the country's own time zone, daylight saving included).
 */
export function supportAvailability(now: Date, hours: SupportHours): SupportAvailability {
  const opens = minutesOfDay(hours.opensAt);
  const closes = minutesOfDay(hours.closesAt);
  const local = localTime(now, hours.timeZone);
  if (hours.weekdays.includes(local.weekday) && local.minutes >= opens && local.minutes < closes) return { open: true };
  for (let ahead = 0; ahead <= 7; ahead++) {
    const weekday = ((local.weekday - 1 + ahead) % 7) + 1;
    if (!hours.weekdays.includes(weekday)) continue;
    if (ahead === 0 && local.minutes >= opens) continue;
    const date = new Date(Date.UTC(local.year, local.month - 1, local.day + ahead));
    return { open: false, nextOpening: zonedInstant(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate(), opens, hours.timeZone) };
  }
  return { open: false, nextOpening: undefined };
}

/** The country whose support hours apply when we know nothing better than the member's language. */
export const COUNTRY_OF_LANGUAGE: Readonly<Record<'da' | 'sv' | 'nl' | 'en', string>> = { da: 'DK', sv: 'SE', nl: 'NL', en: 'GB' };

/** How long one side may stay silent in an active chat before the case is closed. */
export interface IdleLimits {
  /** The member is waiting for the agent. */
  readonly agentMinutes: number;
  /** The agent is waiting for the member. */
  readonly memberMinutes: number;
}

export const DEFAULT_IDLE_LIMITS: IdleLimits = { agentMinutes: 10, memberMinutes: 15 };

export interface ActiveCaseClock {
  readonly status: string;
  readonly claimedAt: Date | null;
  readonly lastMemberActivityAt: Date | null;
  readonly lastAgentActivityAt: Date | null;
}

export type IdleSide = 'agent' | 'member';

/**
 * Who the chat is waiting for, and since when. After a claim the agent speaks first; then whoever
 * wrote last waits for the other. Undefined for cases that are not active.
 */
export function waitingOn(chat: ActiveCaseClock): { readonly side: IdleSide; readonly since: Date } | undefined {
  if (chat.status !== 'active' || !chat.claimedAt) return undefined;
  const claimed = chat.claimedAt.getTime();
  const member = chat.lastMemberActivityAt?.getTime();
  const agent = chat.lastAgentActivityAt?.getTime();
  if (agent === undefined || agent < claimed || (member !== undefined && member > agent)) {
    return { side: 'agent', since: new Date(Math.max(claimed, member ?? claimed)) };
  }
  return { side: 'member', since: new Date(agent) };
}

/** The side that has been silent for too long, if any: the case is then closed politely. */
export function idleSide(chat: ActiveCaseClock, now: Date, limits: IdleLimits = DEFAULT_IDLE_LIMITS): IdleSide | undefined {
  const waiting = waitingOn(chat);
  if (!waiting) return undefined;
  return now.getTime() >= idleDeadline(waiting, limits).getTime() ? waiting.side : undefined;
}

/** When the side the chat waits on times out. */
export function idleDeadline(waiting: { readonly side: IdleSide; readonly since: Date }, limits: IdleLimits = DEFAULT_IDLE_LIMITS): Date {
  const minutes = waiting.side === 'agent' ? limits.agentMinutes : limits.memberMinutes;
  return new Date(waiting.since.getTime() + minutes * 60_000);
}

/** The tiers a member with `points` may choose (rules E1–E3; thresholds come from the database). */
export function eligibleTierCodes(points: number, tiers: readonly Pick<TierThreshold, 'code' | 'minPoints'>[]): string[] {
  return tiers.filter((tier) => points >= tier.minPoints).map((tier) => tier.code);
}

/** Hand-off reasons other journeys send; anything else slug-shaped is kept as given. */
export const KNOWN_HANDOFF_REASONS = ['faq-unanswered', 'duplicate-serial', 'validation-errors', 'migration-missing', 'member-request'] as const;
export type KnownHandoffReason = (typeof KNOWN_HANDOFF_REASONS)[number];

export function isKnownHandoffReason(value: unknown): value is KnownHandoffReason {
  return typeof value === 'string' && (KNOWN_HANDOFF_REASONS as readonly string[]).includes(value);
}

/**
 * The `reason` of a `handoff.request`, re-validated: a short lower-case slug, or undefined
 * (a bad reason never blocks a member from reaching a person).
 */
export function normaliseHandoffReason(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const reason = value.trim().toLowerCase();
  return /^[a-z0-9][a-z0-9.-]{0,63}$/.test(reason) ? reason : undefined;
}

/** A CSAT rating from a card: an integer 1–5 (as number or string), else undefined. */
export function parseRating(value: unknown): number | undefined {
  const n = typeof value === 'number' ? value : typeof value === 'string' && /^\s*[1-5]\s*$/.test(value) ? Number(value) : Number.NaN;
  return Number.isInteger(n) && n >= 1 && n <= 5 ? n : undefined;
}

/** Longest chat message an agent may send or a resolution may have. */
export const MAX_AGENT_TEXT = 4000;

/** An agent's message or resolution, trimmed; undefined when empty or too long. */
export function cleanAgentText(value: unknown, max: number = MAX_AGENT_TEXT): string | undefined {
  if (typeof value !== 'string') return undefined;
  const text = value.replace(/\r\n/g, '\n').trim();
  return text.length > 0 && text.length <= max ? text : undefined;
}
