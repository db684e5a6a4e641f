/** Messages of the faq journey (English is the key source for this area). */
export const faqEn = {} as const;

export type FaqMessages = { readonly [K in keyof typeof faqEn]: string };
