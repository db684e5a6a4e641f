import type { Translate } from '../locales';
import { adaptiveCard, submit, text, type AdaptiveCard } from './adaptive';

export interface DifferentVatView {
  readonly applicationId: string;
  /** Normalised (`DK25313763`): what the button sends back, re-checked on the server. */
  readonly foundVatNumber: string;
  /** Both as the member reads them: `DK 25 31 37 63`. */
  readonly foundDisplay: string;
  readonly typedDisplay: string;
}

/**
 * The document shows another VAT number than the member typed: which is right? Using the
 * document's number changes the application; keeping theirs changes nothing (they may send
 * another document). Neither blocks sending the application.
 */
export function differentVatCard(view: DifferentVatView, t: Translate): AdaptiveCard {
  return adaptiveCard(
    [text(t('account.documentCheck.differentVat', { found: view.foundDisplay, typed: view.typedDisplay }))],
    [
      submit(t('account.documentCheck.useDocument'), 'account.useDocumentVat', { applicationId: view.applicationId, vatNumber: view.foundVatNumber }, 'positive'),
      submit(t('account.documentCheck.keepTyped'), 'account.keepTypedVat', { applicationId: view.applicationId }),
    ],
  );
}
