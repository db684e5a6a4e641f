import type { TurnContext } from 'botbuilder';
import type { Language } from '../domain/language';

/** Issues the member's short-lived "Open my dashboard" link (implemented in bot/, signed with jose). */
export interface DashboardLinks {
  link(memberId: string, language: Language): Promise<string>;
}

const LINKS_KEY = Symbol('cps.dashboardLinks');

export function attachDashboardLinks(context: TurnContext, links: DashboardLinks): void {
  context.turnState.set(LINKS_KEY, links);
}

/** The member's dashboard URL for this turn, or undefined when the host has no dashboard links. */
export async function dashboardUrlOf(context: TurnContext, memberId: string, language: Language): Promise<string | undefined> {
  const links = context.turnState.get(LINKS_KEY) as DashboardLinks | undefined;
  return links?.link(memberId, language);
}
