import type { Language, Translate } from '../locales';
import { adaptiveCard, submit, text, type AdaptiveCard } from './adaptive';

/** "You are now chatting with …", with a button that ends the chat. */
export function supportConnectedCard(view: { readonly language: Language; readonly agentName: string }, t: Translate): AdaptiveCard {
  return adaptiveCard([text(t('support.connected', { agent: view.agentName }), { weight: 'bolder' })], [submit(t('support.endChat'), 'handoff.cancel')]);
}

/** Shown while a chat with an agent is open and the member presses a button of the assistant. */
export function supportPausedCard(view: { readonly language: Language }, t: Translate): AdaptiveCard {
  return adaptiveCard([text(t('support.paused'))], [submit(t('support.endChat'), 'handoff.cancel')]);
}

/** After a chat ended without the member: an apology or goodbye with a way back to a person. */
export function supportEndedCard(view: { readonly language: Language; readonly message: string }, t: Translate): AdaptiveCard {
  return adaptiveCard([text(view.message)], [submit(t('support.requestAgain'), 'handoff.request')]);
}
