import type { MembershipMessages } from './en';

export const membershipSv = {} as const satisfies MembershipMessages;
