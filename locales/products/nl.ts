import type { ProductsMessages } from './en';

export const productsNl = {} as const satisfies ProductsMessages;
