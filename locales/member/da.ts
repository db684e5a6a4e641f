import type { MemberMessages } from './en';

export const memberDa = {
  'home.invited': 'Velkommen tilbage, {company}! Med {points, number} point er du inviteret til at tilmelde dig CPS: vælg dit niveau under "Tilmeld dig CPS" herunder.',
  'home.member':
    'Velkommen tilbage, {company}!\n\nCPS-medlemskab **{number}** · {tier} · fornyes {renewal} · {points, number} point · {invoices, plural, =0 {ingen ubetalte fakturaer} one {# ubetalt faktura} other {# ubetalte fakturaer}}',
  'menu.membership': 'Mit medlemskab',
} as const satisfies MemberMessages;
