/** Messages of the web journey (English is the key source for this area). */
export const webEn = {} as const;

export type WebMessages = { readonly [K in keyof typeof webEn]: string };
