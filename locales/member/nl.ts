import type { MemberMessages } from './en';

export const memberNl = {
  'home.invited': 'Welkom terug, {company}! Met {points, number} punten ben je uitgenodigd om lid te worden van CPS: kies je niveau via "Lid worden van CPS" hieronder.',
  'home.member':
    'Welkom terug, {company}!\n\nCPS-lidmaatschap **{number}** · {tier} · wordt verlengd op {renewal} · {points, number} punten · {invoices, plural, =0 {geen openstaande facturen} one {# openstaande factuur} other {# openstaande facturen}}',
  'menu.membership': 'Mijn lidmaatschap',
} as const satisfies MemberMessages;
