import type { FaqMessages } from './en';

export const faqDa = {} as const satisfies FaqMessages;
