import type { MemberMessages } from './en';

export const memberSv = {
  'home.invited': 'Välkommen tillbaka, {company}! Med {points, number} poäng är du inbjuden att gå med i CPS: välj nivå under ”Gå med i CPS” nedan.',
  'home.member':
    'Välkommen tillbaka, {company}!\n\nCPS-medlemskap **{number}** · {tier} · förnyas {renewal} · {points, number} poäng · {invoices, plural, =0 {inga obetalda fakturor} one {# obetald faktura} other {# obetalda fakturor}}',
  'menu.membership': 'Mitt medlemskap',
} as const satisfies MemberMessages;
