/** Messages of the membership journey (English is the key source for this area). */
export const membershipEn = {} as const;

export type MembershipMessages = { readonly [K in keyof typeof membershipEn]: string };
