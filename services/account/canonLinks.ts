import type { Language } from '../../locales';

/** Canon's business login and password reset pages, in the member's language (`da_DK`, …). */
const CANON_LOCALE: Readonly<Record<Language, string>> = { en: 'en_GB', da: 'da_DK', sv: 'sv_SE', nl: 'nl_NL' };

export function canonLoginLink(language: Language): string {
  return `https://businessid.canon-europe.com/b2bcustomers/s/login/?language=${CANON_LOCALE[language]}`;
}

export function canonPasswordResetLink(language: Language): string {
  return `https://businessid.canon-europe.com/b2bcustomers/s/login/ForgotPassword?language=${CANON_LOCALE[language]}`;
}

/** The no-reply sender of Canon's account e-mails (rule A5). */
export const CANON_NO_REPLY = 'donotreply@canon-europe.com';
