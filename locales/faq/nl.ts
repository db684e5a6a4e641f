import type { FaqMessages } from './en';

export const faqNl = {} as const satisfies FaqMessages;
