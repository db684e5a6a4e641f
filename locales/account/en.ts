/** Messages of the account journey (English is the key source for this area). */
export const accountEn = {} as const;

export type AccountMessages = { readonly [K in keyof typeof accountEn]: string };
