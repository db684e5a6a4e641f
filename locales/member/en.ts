/** Messages of a member's home (greeting and menu per state) and self-service (English is the key source for this area). */
export const memberEn = {
  'home.invited': 'Welcome back, {company}! With {points, number} points you are invited to join CPS: choose your tier with "Join CPS" below.',
  'home.member':
    'Welcome back, {company}!\n\nCPS membership **{number}** · {tier} · renews on {renewal} · {points, number} points · {invoices, plural, =0 {no open invoices} one {# open invoice} other {# open invoices}}',
  'menu.membership': 'My membership',
} as const;

export type MemberMessages = { readonly [K in keyof typeof memberEn]: string };
