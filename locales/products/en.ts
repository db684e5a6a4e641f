/** Messages of the products journey (English is the key source for this area). */
export const productsEn = {} as const;

export type ProductsMessages = { readonly [K in keyof typeof productsEn]: string };
