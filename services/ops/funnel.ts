import { createEventLog } from '../../data/repositories/events';
import { withTransaction } from '../../data/transaction';
import type { Db } from '../../data/types';
import { computeFunnel, parseCalendarDate, type FunnelStepResult } from '../../domain/funnel';
import { isLanguage, type Language } from '../../domain/language';

/** The longest range one report covers (days). */
export const MAX_FUNNEL_DAYS = 366;
const DAY_MS = 24 * 60 * 60 * 1000;

export interface FunnelQuery {
  readonly from: string;
  readonly to: string;
  readonly locale: Language | null;
  readonly country: string | null;
}

export interface FunnelReport extends FunnelQuery {
  /** Members who started a conversation in the range (and language/country): the cohort. */
  readonly cohort: number;
  readonly steps: FunnelStepResult[];
}

export type FunnelQueryProblem = 'from' | 'to' | 'locale' | 'country' | 'range';

function text(query: Record<string, unknown>, name: string): string | undefined {
  const value = query[name];
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

/**
 * Reads `from`, `to` (YYYY-MM-DD, both days included; default the 30 days up to today), `locale`
 * and `country`; returns the fields that are wrong instead when any is.
 */
export function parseFunnelQuery(query: Record<string, unknown>, today: Date): { ok: true; query: FunnelQuery } | { ok: false; fields: FunnelQueryProblem[] } {
  const problems: FunnelQueryProblem[] = [];
  const todayText = today.toISOString().slice(0, 10);
  const toText = text(query, 'to') ?? todayText;
  const to = parseCalendarDate(toText);
  if (!to) problems.push('to');
  const fromText = text(query, 'from') ?? new Date((to ?? today).getTime() - 29 * DAY_MS).toISOString().slice(0, 10);
  const from = parseCalendarDate(fromText);
  if (!from) problems.push('from');
  const locale = text(query, 'locale') ?? null;
  if (locale !== null && !isLanguage(locale)) problems.push('locale');
  const country = text(query, 'country')?.toUpperCase() ?? null;
  if (country !== null && !/^[A-Z]{2}$/.test(country)) problems.push('country');
  if (from && to && (from > to || to.getTime() - from.getTime() >= MAX_FUNNEL_DAYS * DAY_MS)) problems.push('range');
  if (problems.length > 0) return { ok: false, fields: problems };
  return { ok: true, query: { from: fromText, to: toText, locale: locale as Language | null, country } };
}

/** The funnel of the members who started in the query's range. */
export async function funnelReport(db: Db, query: FunnelQuery): Promise<FunnelReport> {
  const from = parseCalendarDate(query.from);
  const to = parseCalendarDate(query.to);
  if (!from || !to) throw new Error('funnel query not validated');
  const events = await withTransaction(db, () =>
    createEventLog(db).cohort({ from, to: new Date(to.getTime() + DAY_MS), ...(query.locale ? { locale: query.locale } : {}), ...(query.country ? { country: query.country } : {}) }),
  );
  const steps = computeFunnel(events);
  return { ...query, cohort: steps[0]?.count ?? 0, steps };
}
