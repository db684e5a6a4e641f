/** Messages of the support journey (English is the key source for this area). */
export const supportEn = {} as const;

export type SupportMessages = { readonly [K in keyof typeof supportEn]: string };
