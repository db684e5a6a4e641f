import type { MembershipMessages } from './en';

export const membershipNl = {} as const satisfies MembershipMessages;
