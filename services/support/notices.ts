import { supportConnectedCard, supportEndedCard } from '../../cards/supportChat';
import { supportCsatCard } from '../../cards/supportCsat';
import { formatOpening } from '../../cards/supportFormat';
import type { ChatMessage } from '../../jobs/notifier';
import { isLanguage, translator, type Language } from '../../locales';
import { isRecord } from '../../domain/records';

/** What the member is told outside their own turns (durable: sent by the `support.notify` job). */
export type SupportNotice =
  | { readonly kind: 'position'; readonly position: number; readonly waitMinutes: number; readonly opening?: string; readonly timeZone?: string }
  | { readonly kind: 'connected'; readonly agentName: string }
  | { readonly kind: 'agent-message'; readonly agentName: string; readonly text: string }
  | { readonly kind: 'closed'; readonly agentName: string; readonly caseId: string }
  | { readonly kind: 'timeout'; readonly side: 'agent' | 'member'; readonly caseId: string };

export interface NoticePayload {
  readonly memberId: string;
  readonly caseId: string;
  /** The case's language: the member's replies were in it even if they never chose one explicitly. */
  readonly language: Language;
  readonly notice: SupportNotice;
}

function isNotice(value: unknown): value is SupportNotice {
  if (!isRecord(value)) return false;
  switch (value['kind']) {
    case 'position':
      return typeof value['position'] === 'number' && typeof value['waitMinutes'] === 'number';
    case 'connected':
      return typeof value['agentName'] === 'string';
    case 'agent-message':
      return typeof value['agentName'] === 'string' && typeof value['text'] === 'string';
    case 'closed':
      return typeof value['agentName'] === 'string' && typeof value['caseId'] === 'string';
    case 'timeout':
      return (value['side'] === 'agent' || value['side'] === 'member') && typeof value['caseId'] === 'string';
    default:
      return false;
  }
}

/** Reads a job payload back (it went through JSON in the jobs table). */
export function parseNoticePayload(payload: Record<string, unknown>): NoticePayload | undefined {
  const { memberId, caseId, language, notice } = payload;
  if (typeof memberId !== 'string' || typeof caseId !== 'string' || !isLanguage(language) || !isNotice(notice)) return undefined;
  return { memberId, caseId, language, notice };
}

/** The chat message(s) for a notice, in the case's language. */
export function renderNotice(payload: NoticePayload): ChatMessage[] {
  const { language, notice } = payload;
  const t = translator(language);
  switch (notice.kind) {
    case 'position':
      return [
        {
          text:
            notice.opening && notice.timeZone
              ? t('support.queue.movedOutOfHours', { position: notice.position, opening: formatOpening(new Date(notice.opening), notice.timeZone, language) })
              : t('support.queue.moved', { position: notice.position, minutes: notice.waitMinutes }),
        },
      ];
    case 'connected':
      return [{ card: supportConnectedCard({ language, agentName: notice.agentName }, t) }];
    case 'agent-message':
      return [{ text: t('support.agentSays', { agent: notice.agentName, text: notice.text }) }];
    case 'closed':
      return [{ text: t('support.closedByAgent', { agent: notice.agentName }) }, { card: supportCsatCard({ language, caseId: notice.caseId }, t) }];
    case 'timeout':
      return [
        { card: supportEndedCard({ language, message: t(notice.side === 'member' ? 'support.timeout.member' : 'support.timeout.agent') }, t) },
        { card: supportCsatCard({ language, caseId: notice.caseId }, t) },
      ];
  }
}
