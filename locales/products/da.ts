import type { ProductsMessages } from './en';

export const productsDa = {} as const satisfies ProductsMessages;
