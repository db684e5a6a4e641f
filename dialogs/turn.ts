import type { TurnContext } from 'botbuilder';
import type { Logger } from 'pino';
import type { CardActionParse } from './cardAction';
import type { MemberRepository } from '../data/repositories/members';
import type { SupportCase } from '../data/schema/support';
import type { LanguageNotice, Language } from '../domain/language';
import type { Translate } from '../locales';
import type { ReceivedFile } from './account/attachments';
import type { MemberHome } from '../services/member/home';

/** What a dialog may know about and do in the current turn. Built by bot/ once per turn. */
export interface Turn {
  readonly memberId: string;
  /** First contact ever from this channel identity. */
  readonly newMember: boolean;
  /** The language the member chose explicitly (stored), or null while they have not chosen one. */
  readonly chosenLanguage: Language | null;
  /** The language replies are written in this turn (domain/language resolveLanguage, then nextConversationLanguage). */
  readonly language: Language;
  /** A line about the language to say before this turn's answer (a Norwegian or unsupported language), once per conversation. */
  readonly languageNotice: LanguageNotice | undefined;
  readonly t: Translate;
  /** The card action in this activity, if any (untrusted: re-validate every value). */
  readonly cardAction: CardActionParse;
  /** The member's open support case as the turn began (read with the member, after the conversation lock). */
  readonly openSupportCase: SupportCase | undefined;
  readonly members: MemberRepository;
  /**
   * The first file attached to this message, already fetched by bot/ before the turn's lock and
   * transaction (a slow host never holds either); undefined when the message carries no file.
   */
  readonly file: ReceivedFile | undefined;
  readonly log: Logger;
  /** Where the member stands now (visitor … member), read fresh from the database on each call. */
  home(): Promise<MemberHome>;
  /** Persists the member's explicit language choice and switches this turn's replies to it (and `chosenLanguage`). */
  chooseLanguage(language: Language): Promise<void>;
}

const TURN_KEY = Symbol('cps.turn');

export function attachTurn(context: TurnContext, turn: Turn): void {
  context.turnState.set(TURN_KEY, turn);
}

export function turnOf(context: TurnContext): Turn {
  const turn = context.turnState.get(TURN_KEY) as Turn | undefined;
  if (!turn) throw new Error('Turn services missing: the turn did not go through bot/turnPipeline');
  return turn;
}
