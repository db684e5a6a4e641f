import './chat.css';
import { createElement } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import ReactWebChat, { createDirectLine, createStore } from 'botframework-webchat';
import { browserLanguage, INTL_LOCALE, isPageLanguage, LANGUAGE_NAMES, PAGE_LANGUAGES, pageStorage, pageTranslator, type PageLanguage } from '../shared/i18n';
import { fetchToken, LocalDirectLine } from './directLine';

const LANGUAGE_KEY = 'cps.language';

function element<T extends HTMLElement>(id: string, type: new () => T): T {
  const found = document.getElementById(id);
  if (!(found instanceof type)) throw new Error(`#${id} missing`);
  return found;
}

/** Language: `?lang=`, else the member's earlier pick on this device, else the browser's. */
function initialLanguage(): PageLanguage {
  const fromQuery = new URLSearchParams(location.search).get('lang');
  if (isPageLanguage(fromQuery)) return fromQuery;
  const stored = pageStorage('localStorage')?.getItem(LANGUAGE_KEY);
  return isPageLanguage(stored) ? stored : browserLanguage();
}

function applyTexts(language: PageLanguage): void {
  const t = pageTranslator(language);
  document.documentElement.lang = language;
  document.title = t('web.chat.title');
  element('title', HTMLElement).textContent = t('web.chat.title');
  element('intro', HTMLElement).textContent = t('web.chat.intro');
  element('language-label', HTMLLabelElement).textContent = t('web.chat.language');
  element('privacy', HTMLElement).textContent = t('web.chat.privacy');
  element('legal', HTMLElement).setAttribute('aria-label', t('web.legal.nav'));
  const privacyLink = element('privacy-link', HTMLAnchorElement);
  privacyLink.textContent = t('web.legal.privacyLink');
  privacyLink.href = `/privacy?lang=${language}`;
  const termsLink = element('terms-link', HTMLAnchorElement);
  termsLink.textContent = t('web.legal.termsLink');
  termsLink.href = `/terms?lang=${language}`;
  element('webchat', HTMLElement).setAttribute('aria-label', t('web.chat.region'));
}

function showNotice(text: string): void {
  const notice = element('notice', HTMLElement);
  notice.textContent = text;
  notice.hidden = text === '';
}

type WebChatProps = Parameters<typeof ReactWebChat>[0];

/**
 * The Adaptive Cards renderer labels a `filtered` choice set's container, not its text box, so
 * a filled-in box has no accessible name: give the box its container's label.
 */
function labelFilteredChoiceSets(root: HTMLElement): void {
  const fix = () => {
    for (const input of root.querySelectorAll<HTMLInputElement>('input.ac-choiceSetInput-filtered:not([aria-labelledby])')) {
      const labelledBy = input.parentElement?.getAttribute('aria-labelledby');
      if (labelledBy) input.setAttribute('aria-labelledby', labelledBy);
    }
  };
  new MutationObserver(fix).observe(root, { childList: true, subtree: true });
}

async function main(): Promise<void> {
  let language = initialLanguage();
  applyTexts(language);
  const picker = element('language', HTMLSelectElement);
  for (const code of PAGE_LANGUAGES) {
    const option = document.createElement('option');
    option.value = code;
    option.lang = code;
    option.textContent = LANGUAGE_NAMES[code];
    picker.append(option);
  }
  picker.value = language;
  showNotice(pageTranslator(language)('web.chat.connecting'));

  let answer;
  try {
    answer = await fetchToken();
  } catch (error) {
    const status = typeof error === 'object' && error !== null && 'status' in error ? error.status : undefined;
    showNotice(pageTranslator(language)(status === 503 ? 'web.chat.notConfigured' : 'web.chat.unavailable'));
    return;
  }

  const session = pageStorage('sessionStorage');
  const directLine =
    answer.mode === 'azure'
      ? createDirectLine({ token: answer.token, domain: answer.domain })
      : new LocalDirectLine({ token: answer.token, locale: INTL_LOCALE[language], ...(session ? { storage: session } : {}) });
  const store = createStore({}, () => (next: (action: { type: string }) => unknown) => (action: { type: string }) => {
    if (action.type === 'DIRECT_LINE/CONNECT_FULFILLED') showNotice('');
    if (action.type === 'DIRECT_LINE/CONNECT_REJECTED') showNotice(pageTranslator(language)('web.chat.unavailable'));
    return next(action);
  });
  const nonce = document.querySelector<HTMLMetaElement>('meta[name="csp-nonce"]')?.content;
  labelFilteredChoiceSets(element('webchat', HTMLElement));
  const root: Root = createRoot(element('webchat', HTMLElement));
  const render = () => {
    const props: WebChatProps = {
      directLine,
      store,
      userID: answer.userId,
      locale: INTL_LOCALE[language],
      ...(nonce ? { nonce } : {}),
      styleOptions: {
        accent: '#b30000',
        hideUploadButton: false,
        bubbleBorderRadius: 6,
        bubbleFromUserBorderRadius: 6,
        primaryFont: 'system-ui, "Segoe UI", Roboto, Helvetica, Arial, sans-serif',
        subtle: '#595959',
        timestampColor: '#595959',
        sendBoxButtonColor: '#595959',
      },
    };
    root.render(createElement(ReactWebChat, props));
  };
  render();

  picker.addEventListener('change', () => {
    if (!isPageLanguage(picker.value) || picker.value === language) return;
    language = picker.value;
    pageStorage('localStorage')?.setItem(LANGUAGE_KEY, language);
    applyTexts(language);
    render();
    // The bot keeps an explicit choice: tell it, exactly as the language card's buttons do.
    store.dispatch({ type: 'WEB_CHAT/SEND_POST_BACK', payload: { value: { verb: 'language.set', language } } });
  });
}

void main();
