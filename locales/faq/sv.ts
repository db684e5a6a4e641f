import type { FaqMessages } from './en';

export const faqSv = {} as const satisfies FaqMessages;
