import type { MembershipMessages } from './en';

export const membershipDa = {} as const satisfies MembershipMessages;
