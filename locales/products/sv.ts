import type { ProductsMessages } from './en';

export const productsSv = {} as const satisfies ProductsMessages;
